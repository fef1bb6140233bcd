import { Alert, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatTime } from '../../format';
import { checkIn, type StaffAppointment } from './api';
import { onsiteErrorText } from './problemText';

/**
 * Check-in by booking code. The code field has the focus as soon as the box appears (after sign-in), and
 * keeps it after each check-in, so a barcode scanner's scans (code + Enter) go straight in.
 */
export function CheckinBox({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  useEffect(() => {
    input.current?.focus();
  }, []);

  const mutation = useMutation({
    mutationFn: checkIn,
    // Offline the request fails at once and says so (by default a mutation waits, spinning, for the network).
    networkMode: 'always',
    onSuccess: () => {
      setCode('');
      void qc.invalidateQueries({ queryKey: ['staff', 'appointments'] });
    },
  });

  // A code the server finds malformed is shown at the field, in the user's language.
  const codeProblem = mutation.error instanceof ApiError ? mutation.error.fieldErrors(i18n.language).bookingCode : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!code.trim()) {
      setFieldError(t('booking.errors.required'));
      return;
    }
    setFieldError(undefined);
    mutation.reset();
    mutation.mutate({ bookingCode: code.trim().toUpperCase(), centerId });
  }

  const done = mutation.isSuccess ? mutation.data.appointment : null;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="checkin-heading">
      <Title order={2} size="h4" id="checkin-heading" mb="xs">
        {t('staff.checkinTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            ref={input}
            label={t('staff.checkinCode')}
            name="checkinCode"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError ?? codeProblem}
            style={{ flex: '1 1 14rem' }}
          />
          <Button type="submit" loading={mutation.isPending} disabled={!centerId}>
            {t('staff.checkinButton')}
          </Button>
        </Group>
      </form>
      <div aria-live="polite">
        {done && <CheckedIn appointment={done} />}
        {mutation.isError && !codeProblem && (
          <Alert color="red" variant="outline" mt="sm" data-testid="checkin-error">
            <Text c="dark.8">{onsiteErrorText(mutation.error, t, i18n.language)}</Text>
          </Alert>
        )}
      </div>
    </Paper>
  );
}

/** "Anna Muster ist eingecheckt (1. Dosis, 09:00 Uhr)." */
export function CheckedIn({ appointment }: { appointment: StaffAppointment }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="green" variant="outline" mt="sm" data-testid="checkin-result">
      <Text c="dark.8">
        {t('staff.checkinSuccess', {
          name: `${appointment.person.givenName} ${appointment.person.familyName}`,
          dose: t('common.dose', { n: appointment.doseNumber }),
          time: formatTime(appointment.start, i18n.language),
        })}
      </Text>
    </Alert>
  );
}
