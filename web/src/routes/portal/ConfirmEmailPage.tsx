import { Alert, Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api';
import { confirmEmail } from '../../features/citizens/api';
import { ErrorAlert } from '../ErrorAlert';

/** /confirm-email?token=…: confirms the e-mail address from the link in the confirmation mail. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';

  // A query (not an effect) so the POST runs once per token, also under StrictMode.
  const confirmation = useQuery({
    queryKey: ['public', 'email-confirmation', token],
    queryFn: () => confirmEmail(token),
    enabled: token !== '',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

  const status = confirmation.error instanceof ApiError ? confirmation.error.status : null;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('portal.confirmEmail.title')}</Title>
      {!token ? (
        <Alert color="red" variant="outline" role="alert" title={t('portal.confirmEmail.invalidTitle')} data-testid="confirm-result">
          <Text>{t('portal.confirmEmail.noToken')}</Text>
        </Alert>
      ) : confirmation.isPending ? (
        <Stack gap="xs" align="flex-start" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{t('portal.confirmEmail.checking')}</Text>
        </Stack>
      ) : confirmation.isSuccess ? (
        <Alert color="teal.9" variant="outline" role="status" title={t('portal.confirmEmail.successTitle')} data-testid="confirm-result">
          <Text c="dark.8">{t('portal.confirmEmail.success')}</Text>
        </Alert>
      ) : status === 404 || status === 410 || status === 422 ? (
        <Alert
          color="red"
          variant="outline"
          role="alert"
          title={status === 410 ? t('portal.confirmEmail.expiredTitle') : t('portal.confirmEmail.unknownTitle')}
          data-testid="confirm-result"
        >
          <Text>{status === 410 ? t('portal.confirmEmail.expired') : t('portal.confirmEmail.unknown')}</Text>
        </Alert>
      ) : (
        <>
          <ErrorAlert error={confirmation.error} />
          <div>
            <Button variant="outline" onClick={() => void confirmation.refetch()}>
              {t('portal.tryAgain')}
            </Button>
          </div>
        </>
      )}
      <Anchor component={Link} to="/">
        {t('app.backHome')}
      </Anchor>
    </Stack>
  );
}
