import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api';
import { useInvitation } from '../../features/invitations/api';
import { InvitationBooking } from '../../features/invitations/InvitationBooking';
import { ErrorAlert } from '../ErrorAlert';

/** A page with only a heading and a message (invitation unknown, expired, used, ...). */
function InvitationMessage({ title, text, tone = 'red' }: { title: string; text: string; tone?: 'red' | 'blue' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Alert color={tone} variant={tone === 'red' ? 'outline' : 'light'} role={tone === 'red' ? 'alert' : 'status'} data-testid="invitation-message">
        <Text c={tone === 'red' ? undefined : 'dark.8'}>{text}</Text>
      </Alert>
      <Stack gap={4}>
        <Anchor component={Link} to="/booking">
          {t('portal.invitation.toMyBooking')}
        </Anchor>
        <Anchor component={Link} to="/">
          {t('app.backHome')}
        </Anchor>
      </Stack>
    </Stack>
  );
}

/** /invitation?token=…: book with a personal invitation, or decline it and stay in the queue. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const invitation = useInvitation(token);

  if (!token) return <InvitationMessage title={t('portal.invitation.unknownTitle')} text={t('portal.invitation.noToken')} />;
  if (invitation.isPending) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('portal.invitation.title')}</Title>
        <Loader size="sm" aria-label={t('app.loading')} />
      </Stack>
    );
  }
  if (invitation.isError) {
    const status = invitation.error instanceof ApiError ? invitation.error.status : 0;
    // 422: the token in the link is malformed (cut off), which is the same as unknown for the person.
    if (status === 404 || status === 422) return <InvitationMessage title={t('portal.invitation.unknownTitle')} text={t('portal.invitation.unknown')} />;
    if (status === 409 || status === 410) return <InvitationMessage title={t('portal.invitation.expiredTitle')} text={t('portal.invitation.noLongerValid')} />;
    return (
      <Stack gap="lg">
        <Title order={1}>{t('portal.invitation.title')}</Title>
        <ErrorAlert error={invitation.error} />
      </Stack>
    );
  }
  const inv = invitation.data;
  switch (inv.status) {
    case 'expired':
      return <InvitationMessage title={t('portal.invitation.expiredTitle')} text={t('portal.invitation.expired')} />;
    case 'accepted':
      return <InvitationMessage tone="blue" title={t('portal.invitation.acceptedTitle')} text={t('portal.invitation.accepted')} />;
    case 'declined':
      return <InvitationMessage tone="blue" title={t('portal.invitation.declinedTitle')} text={t('portal.invitation.declinedText')} />;
    default:
      return <InvitationBooking token={token} invitation={inv} />;
  }
}
