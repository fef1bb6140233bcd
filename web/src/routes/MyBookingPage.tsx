import { Alert, Badge, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { cancelBooking, fetchBooking, usePublicProducts, productName, type BookingAppointment, type BookingDetails } from '../features/booking/api';
import { BookingQrCode } from '../features/booking/Confirmation';
import { MoveAppointmentDialog } from '../features/booking/MoveAppointment';
import { PortalCertificates } from '../features/dcc/PortalCertificates';
import { MyAppointments } from '../features/citizens/MyAppointments';
import { useVerificationPolicy } from '../features/citizens/identity';
import { useCitizenSession } from '../features/citizens/session';
import { CitizenSessionBar, VerificationStep } from '../features/citizens/VerificationStep';
import { formatDateTime, isValidIsoDate } from '../format';
import { ErrorAlert } from './ErrorAlert';

export function MyBookingPage() {
  const { t, i18n } = useTranslation();
  const products = usePublicProducts();
  const [code, setCode] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [errors, setErrors] = useState<{ code?: string; birthDate?: string }>({});
  const [booking, setBooking] = useState<BookingDetails | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const [moving, setMoving] = useState<BookingAppointment | null>(null);
  const [moved, setMoved] = useState<{ dose: number; start: string; next?: { dose: number; start: string } } | null>(null);
  // The birth date the shown booking was looked up with (the field may have been edited since).
  const [lookedUpWith, setLookedUpWith] = useState('');
  const policy = useVerificationPolicy();
  const session = useCitizenSession();

  const lookup = useMutation({
    mutationFn: (v: { code: string; birthDate: string }) => fetchBooking(v.code, v.birthDate),
    onSuccess: (data, v) => {
      setBooking(data);
      setLookedUpWith(v.birthDate);
    },
    onError: () => setBooking(null),
  });

  const cancel = useMutation({
    mutationFn: () => cancelBooking(booking!.bookingCode, lookedUpWith),
    onSuccess: async () => {
      setConfirmOpen(false);
      setCancelled(true);
      setCancelledRest(partial);
      setMoved(null);
      try {
        setBooking(await fetchBooking(booking!.bookingCode, lookedUpWith));
      } catch {
        /* keep the old view */
      }
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: typeof errors = {};
    if (!code.trim()) errs.code = t('booking.errors.required');
    if (!birthDate) errs.birthDate = t('booking.errors.required');
    else if (!isValidIsoDate(birthDate)) errs.birthDate = t('booking.errors.birthDate');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setCancelled(false);
    setMoved(null);
    lookup.mutate({ code: code.trim().toUpperCase(), birthDate });
  }

  /** A booking of the verified contact's people, opened from "Meine Termine". */
  function show(bookingCode: string, personBirthDate: string) {
    setCode(bookingCode);
    setBirthDate(personBirthDate);
    setErrors({});
    setCancelled(false);
    setMoved(null);
    lookup.mutate({ code: bookingCode, birthDate: personBirthDate });
  }

  const lng = i18n.language;
  // After a dose was given, cancelling takes back only what is still ahead; the documented doses stay.
  const given = booking?.appointments.filter((a) => a.status === 'vaccinated').sort((a, b) => a.doseNumber - b.doseNumber) ?? [];
  const ahead = booking?.appointments.filter((a) => a.status === 'booked').sort((a, b) => a.doseNumber - b.doseNumber) ?? [];
  const partial = given.length > 0;
  const [cancelledRest, setCancelledRest] = useState(false);
  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('myBooking.title')}</Title>
        <Text mt="xs">{t('myBooking.intro')}</Text>
      </div>
      <CitizenSessionBar />
      {session ? <MyAppointments onShow={show} /> : policy.data?.required && <VerificationStep intro={t('portal.mine.intro')} />}
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="lookup-heading">
        <Title order={2} size="h3" id="lookup-heading" mb="xs">
          {t('portal.mine.lookupHeading')}
        </Title>
        {policy.data?.required && !session && <Text mb="sm">{t('portal.mine.lookupHint')}</Text>}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('myBooking.code')}
                name="bookingCode"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={errors.code}
              />
              <TextInput
                label={t('myBooking.birthDate')}
                name="birthDate"
                type="date"
                required
                value={birthDate}
                onChange={(e) => setBirthDate(e.currentTarget.value)}
                error={errors.birthDate}
              />
            </SimpleGrid>
            <div>
              <Button type="submit" loading={lookup.isPending}>
                {t('myBooking.show')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>

      {notFound && (
        <Alert color="red" variant="outline" role="alert">
          {t('myBooking.notFound')}
        </Alert>
      )}
      {lookup.isError && !notFound && <ErrorAlert error={lookup.error} />}

      {cancelled && (
        <Alert color="green" variant="outline" role="status" data-testid="cancel-confirmation">
          <Text c="dark.8">{cancelledRest ? t('portal.flow.cancelledRest') : t('myBooking.cancelled')}</Text>
        </Alert>
      )}

      {moved && (
        <Alert color="green" variant="outline" role="status" data-testid="move-confirmation">
          <Text c="dark.8">
            {moved.next
              ? t('portal.flow.movedBoth', {
                  dose: t('common.dose', { n: moved.dose }),
                  when: formatDateTime(moved.start, lng),
                  next: t('common.dose', { n: moved.next.dose }),
                  nextWhen: formatDateTime(moved.next.start, lng),
                })
              : t('portal.move.success', { dose: t('common.dose', { n: moved.dose }), when: formatDateTime(moved.start, lng) })}
          </Text>
        </Alert>
      )}

      {booking && (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="booking-heading" data-testid="booking-details">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap="xs">
              <Title order={2} size="h3" id="booking-heading">
                {t('myBooking.details', { code: booking.bookingCode })}
              </Title>
              <Group gap="xs">
                <Text>{t('myBooking.status', { status: t(`bookingStatus.${booking.status}`) })}</Text>
                <Badge color={booking.status === 'active' ? 'teal.9' : 'gray.8'} variant="filled">
                  {t(`bookingStatus.${booking.status}`)}
                </Badge>
              </Group>
              <Text>
                {t('common.product')}: {productName(products.data, booking.product)}
              </Text>
            </Stack>
            {booking.status === 'active' && <BookingQrCode code={booking.bookingCode} />}
          </Group>
          <List spacing="xs" mt="md">
            {[...booking.appointments]
              .sort((a, b) => a.doseNumber - b.doseNumber)
              .map((a) => (
                <List.Item key={a.id} data-testid="booking-appointment" data-dose={a.doseNumber}>
                  <Group gap="sm" wrap="wrap">
                    <Text span>
                      <Text span fw={700}>
                        {t('common.dose', { n: a.doseNumber })}:
                      </Text>{' '}
                      {formatDateTime(a.start, lng)} – {a.centerName} ({t(`appointmentStatus.${a.status}`)})
                    </Text>
                    {booking.status === 'active' && a.moveWindow && (
                      <Button
                        size="compact-sm"
                        variant="outline"
                        aria-label={t('portal.move.buttonFor', { dose: t('common.dose', { n: a.doseNumber }) })}
                        onClick={() => {
                          setMoved(null);
                          setMoving(a);
                        }}
                      >
                        {t('portal.move.button')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
          </List>
          {booking.status === 'active' && (!partial || ahead.length > 0) && (
            <Button mt="md" color="red.9" variant="outline" onClick={() => setConfirmOpen(true)} data-testid="cancel-booking">
              {partial ? t('portal.flow.cancelRest') : t('myBooking.cancel')}
            </Button>
          )}
        </Paper>
      )}

      {/* Certificates exist once a dose is documented. */}
      {booking && booking.appointments.some((a) => a.status === 'vaccinated') && (
        <PortalCertificates bookingCode={booking.bookingCode} birthDate={lookedUpWith} />
      )}

      {booking && moving && (
        <MoveAppointmentDialog
          key={moving.id}
          opened
          bookingCode={booking.bookingCode}
          birthDate={lookedUpWith}
          appointment={moving}
          next={booking.appointments.find((x) => x.doseNumber === moving.doseNumber + 1 && x.status === 'booked')}
          onClose={() => setMoving(null)}
          onMoved={(updated, before) => {
            setBooking(updated);
            setMoving(null);
            const after = updated.appointments.find((x) => x.doseNumber === before.doseNumber && x.status !== 'cancelled');
            // Did the next dose move along?
            const nextBefore = booking.appointments.find((x) => x.doseNumber === before.doseNumber + 1 && x.status === 'booked');
            const nextAfter = updated.appointments.find((x) => x.doseNumber === before.doseNumber + 1 && x.status === 'booked');
            const next = nextBefore && nextAfter && nextAfter.start !== nextBefore.start ? { dose: nextAfter.doseNumber, start: nextAfter.start } : undefined;
            setMoved(after ? { dose: before.doseNumber, start: after.start, next } : null);
          }}
        />
      )}

      <Modal
        opened={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title={partial ? t('portal.flow.cancelRestTitle') : t('myBooking.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack data-testid="cancel-dialog">
          {partial ? (
            <>
              {given.map((a) => (
                <Text key={a.id} data-testid="cancel-keeps">
                  {t('portal.flow.cancelKeeps', { dose: t('common.dose', { n: a.doseNumber }), when: formatDateTime(a.start, lng) })}
                </Text>
              ))}
              <Text>{t('portal.flow.cancelWhat')}</Text>
              <List spacing={4}>
                {ahead.map((a) => (
                  <List.Item key={a.id} data-testid="cancel-ahead">
                    {t('common.dose', { n: a.doseNumber })}: {formatDateTime(a.start, lng)} – {a.centerName}
                  </List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text>{t('myBooking.confirmText')}</Text>
          )}
          {cancel.isError && <ErrorAlert error={cancel.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmOpen(false)}>
              {t('myBooking.confirmNo')}
            </Button>
            <Button color="red.9" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              {partial ? t('portal.flow.cancelRestYes') : t('myBooking.confirmYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
