import { Alert, Button, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, client, type ResponseOf } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';

export type WaveResult = ResponseOf<'/api/v1/admin/invitation-waves', 'post'>;

export function sendWave(size: number | undefined) {
  return call(client.POST('/api/v1/admin/invitation-waves', { body: size === undefined ? {} : { size } }));
}

/** Admin: send a wave of invitations to eligible people waiting, sized to the free places by default. */
export function InvitationsSection() {
  const { t } = useTranslation();
  const [size, setSize] = useState<string>('');
  const [error, setError] = useState<string | undefined>();
  const send = useMutation({ mutationFn: sendWave });
  const serverError = send.error instanceof ApiError ? send.error.fieldErrors().size : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = size.trim();
    const n = trimmed === '' ? undefined : Number(trimmed);
    if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
      setError(t('console.waves.sizeInvalid'));
      return;
    }
    setError(undefined);
    send.mutate(n);
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t('console.waves.title')}</Title>
      <Text>{t('console.waves.intro')}</Text>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={560}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <NumberInput
              label={t('console.waves.size')}
              description={t('console.waves.sizeHelp')}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              value={size}
              onChange={(v) => setSize(String(v))}
              error={error ?? serverError}
            />
            <div>
              <Button type="submit" loading={send.isPending}>
                {t('console.waves.send')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
      {send.isError && !serverError && <ErrorAlert error={send.error} />}
      {send.isSuccess && (
        <Alert color="teal.9" variant="outline" role="status" title={t('console.waves.sentTitle')} data-testid="wave-result">
          <Text c="dark.8">{t('console.waves.sent', { invited: send.data.invited, free: send.data.freePlaces })}</Text>
          <Text c="dark.8" size="sm">
            {t('console.waves.waveId', { id: send.data.waveId })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
