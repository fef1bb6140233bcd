import { Alert, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatTime } from '../../format';
import { checkIn, type StaffAppointment } from './api';

export function CheckinBox({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: true; appointment: StaffAppointment } | { ok: false; message: string } | null>(null);

  const mutation = useMutation({
    mutationFn: checkIn,
    onSuccess: (data) => {
      setResult({ ok: true, appointment: data.appointment });
      setCode('');
      void qc.invalidateQueries({ queryKey: ['staff', 'appointments'] });
    },
    onError: (err) => {
      let message = t('app.genericError');
      if (err instanceof ApiError) {
        if (err.status === 404) message = t('staff.checkinNotFound');
        else if (err.status === 403) message = t('staff.forbidden');
        else message = err.text(i18n.language);
      }
      setResult({ ok: false, message });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!code.trim()) {
      setFieldError(t('booking.errors.required'));
      return;
    }
    setFieldError(undefined);
    setResult(null);
    mutation.mutate({ bookingCode: code.trim().toUpperCase(), centerId });
  }

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="checkin-heading">
      <Title order={2} size="h4" id="checkin-heading" mb="xs">
        {t('staff.checkinTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('staff.checkinCode')}
            name="checkinCode"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError}
            style={{ flex: '1 1 14rem' }}
          />
          <Button type="submit" loading={mutation.isPending} disabled={!centerId}>
            {t('staff.checkinButton')}
          </Button>
        </Group>
      </form>
      <div aria-live="polite">
        {result?.ok === true && (
          <Alert color="green" variant="outline" mt="sm" data-testid="checkin-result">
            <Text c="dark.8">
              {t('staff.checkinSuccess', {
                name: `${result.appointment.person.givenName} ${result.appointment.person.familyName}`,
                dose: t('common.dose', { n: result.appointment.doseNumber }),
                time: formatTime(result.appointment.start, i18n.language),
              })}
            </Text>
          </Alert>
        )}
        {result?.ok === false && (
          <Alert color="red" variant="outline" mt="sm" data-testid="checkin-error">
            <Text c="dark.8">{result.message}</Text>
          </Alert>
        )}
      </div>
    </Paper>
  );
}
