import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../format';
import { checkIn, NAME_SEARCH_LIMIT, searchDay, type StaffAppointment } from './api';
import { CheckedIn } from './CheckinBox';
import { onsiteErrorText } from './problemText';

/** Letters (with accents), spaces, hyphens and apostrophes: what the server searches names for. */
const NAME = /^[\p{L}\p{M}' ’.-]+(?: [\p{L}\p{M}' ’.-]+)*$/u;

/**
 * For someone who came without their booking code: find them by name among the day's appointments at the
 * center (the server decrypts and matches, and audits whom it found), then check them in from the result.
 */
export function NameSearch({ centerId, date, canCheckIn }: { centerId: string; date: string; canCheckIn: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  const [found, setFound] = useState<StaffAppointment[] | null>(null);

  const search = useMutation({ mutationFn: searchDay, networkMode: 'always', onSuccess: setFound });
  const checkin = useMutation({
    mutationFn: (a: StaffAppointment) => checkIn({ bookingCode: a.bookingCode, centerId }),
    networkMode: 'always',
    onSuccess: (data) => {
      // The person's row in the results shows the new status at once.
      setFound((rows) => rows?.map((a) => (a.id === data.appointment.id ? data.appointment : a)) ?? null);
      void qc.invalidateQueries({ queryKey: ['staff', 'appointments'] });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const typed = name.trim().replace(/\s+/g, ' ');
    if (typed.replace(/[^\p{L}]/gu, '').length < 2 || !NAME.test(typed)) {
      setFieldError(t('console.board.search.tooShort'));
      return;
    }
    setFieldError(undefined);
    checkin.reset();
    setFound(null);
    search.mutate({ centerId, date, name: typed });
  }

  const fullName = (a: StaffAppointment) => `${a.person.givenName} ${a.person.familyName}`;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="name-search-heading">
      <Title order={2} size="h4" id="name-search-heading" mb="xs">
        {t('console.board.search.title')}
      </Title>
      <form onSubmit={submit} noValidate role="search" aria-labelledby="name-search-heading">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('console.board.search.name')}
            description={t('console.board.search.help')}
            name="nameSearch"
            autoComplete="off"
            spellCheck={false}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError}
            style={{ flex: '1 1 14rem' }}
          />
          <Button type="submit" loading={search.isPending} variant="default">
            {t('console.board.search.button')}
          </Button>
        </Group>
      </form>
      <div aria-live="polite">
        {search.isError && (
          <Alert color="red" variant="outline" mt="sm" data-testid="name-search-error">
            <Text c="dark.8">{onsiteErrorText(search.error, t, lng)}</Text>
          </Alert>
        )}
        {found && (
          <Stack gap="xs" mt="sm" data-testid="name-search-results">
            <Text fw={700}>{found.length === 0 ? t('console.board.search.none') : t('console.board.search.found', { count: found.length })}</Text>
            {found.length >= NAME_SEARCH_LIMIT && <Text size="sm">{t('console.board.search.narrow')}</Text>}
            {found.map((a) => (
              <Group key={a.id} justify="space-between" gap="xs" wrap="wrap" data-testid="name-search-row">
                <Text>
                  {t('console.board.search.row', {
                    time: formatTime(a.start, lng),
                    name: fullName(a),
                    birthDate: formatDate(a.person.birthDate, lng),
                    dose: a.doseNumber,
                  })}
                </Text>
                <Group gap="xs">
                  <Badge color={a.status === 'cancelled' ? 'red.9' : a.status === 'booked' ? 'gray.7' : 'blue.8'} variant="filled">
                    {t(`appointmentStatus.${a.status}`)}
                  </Badge>
                  {canCheckIn && a.status === 'booked' && (
                    <Button
                      size="compact-sm"
                      loading={checkin.isPending && checkin.variables?.id === a.id}
                      onClick={() => checkin.mutate(a)}
                      aria-label={t('console.board.search.checkinFor', { name: fullName(a) })}
                    >
                      {t('staff.checkinButton')}
                    </Button>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        {checkin.isSuccess && <CheckedIn appointment={checkin.data.appointment} />}
        {checkin.isError && (
          <Alert color="red" variant="outline" mt="sm" data-testid="checkin-error">
            <Text c="dark.8">{onsiteErrorText(checkin.error, t, lng)}</Text>
          </Alert>
        )}
      </div>
    </Paper>
  );
}
