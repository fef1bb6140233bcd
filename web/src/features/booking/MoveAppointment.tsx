import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../api';
import { addDays, formatDate, formatDateTime, formatDayLong, formatTime, isoDay } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { SlotPicker } from './SlotPicker';
import { moveAppointment, usePublicProducts, useSlots, type BookingAppointment, type BookingDetails, type Slot } from './api';

/** Furthest ahead the slot search may reach (the server answers at most 62 days at once). */
const MAX_DAYS_AHEAD = 62;


/** The days a dose may move to: its window, clamped to today … today + 62 days (null bound = open). */
export function moveRange(window: { from: string | null; to: string | null }, today = isoDay()): { min: string; max: string } {
  const last = addDays(today, MAX_DAYS_AHEAD);
  const from = window.from ? isoDay(new Date(window.from)) : today;
  const to = window.to ? isoDay(new Date(window.to)) : last;
  return { min: from > today ? from : today, max: to < last ? to : last };
}

interface Props {
  bookingCode: string;
  birthDate: string;
  appointment: BookingAppointment;
  /** The next dose while it is still ahead: it may have to move along. */
  next?: BookingAppointment;
  opened: boolean;
  onClose: () => void;
  onMoved: (booking: BookingDetails, appointment: BookingAppointment) => void;
}

/**
 * Dialog to move one appointment to another free slot at the same center, within its dose window: a day (the
 * first free one at first), then a time. Earlier or later: when the new date leaves no room for the next dose
 * where it is, the dialog says so, and the next dose moves along inside the interval.
 */
export function MoveAppointmentDialog({ bookingCode, birthDate, appointment, next, opened, onClose, onMoved }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const queryClient = useQueryClient();
  const products = usePublicProducts();
  const winFrom = appointment.moveWindow?.from ?? null;
  const winTo = appointment.moveWindow?.to ?? null;
  const keeps = appointment.moveWindow?.keepsNext ?? null;
  const range = useMemo(() => moveRange({ from: winFrom, to: winTo }), [winFrom, winTo]);
  const possible = range.min <= range.max;
  const [slot, setSlot] = useState<Slot | null>(null);
  const slots = useSlots({ centerId: appointment.centerId, product: appointment.product, from: range.min, to: range.max }, opened && possible);

  // Only slots inside the exact window (the day bounds can be wider) and not the current one.
  const candidates = useMemo(() => {
    const lo = winFrom ? Date.parse(winFrom) : -Infinity;
    const hi = winTo ? Date.parse(winTo) : Infinity;
    return (slots.data ?? []).filter((s) => {
      const start = Date.parse(s.start);
      return start >= lo && start <= hi && s.start !== appointment.start;
    });
  }, [slots.data, winFrom, winTo, appointment.start]);

  const move = useMutation({
    mutationFn: (slotId: string) => moveAppointment(bookingCode, birthDate, appointment.doseNumber, slotId),
    onSuccess: (booking) => {
      void queryClient.invalidateQueries({ queryKey: ['public', 'slots'] });
      onMoved(booking, appointment);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['public', 'slots'] }),
  });

  const code = errorCode(move.error);
  const dose = t('common.dose', { n: appointment.doseNumber });
  const product = products.data?.find((p) => p.id === appointment.product);
  const nextDose = next ? t('common.dose', { n: next.doseNumber }) : '';
  // Whether the chosen slot leaves the next dose where it is.
  const drags = (s: Slot) => {
    if (!next || !keeps) return false;
    const start = Date.parse(s.start);
    return (keeps.from !== null && start < Date.parse(keeps.from)) || (keeps.to !== null && start > Date.parse(keeps.to));
  };

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('portal.move.title', { dose })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text>{t('portal.move.current', { when: formatDateTime(appointment.start, lng), center: appointment.centerName })}</Text>
        {!possible ? (
          <Alert color="blue" variant="light" role="status">
            <Text c="dark.8">{t('portal.move.noDates')}</Text>
          </Alert>
        ) : (
          <>
            <Text data-testid="move-window">{t('portal.move.window', { min: formatDayLong(range.min, lng), max: formatDayLong(range.max, lng) })}</Text>
            {next && keeps?.to && product?.minIntervalDays != null && product.maxIntervalDays != null && (
              <Text data-testid="move-explains-next">
                {t('portal.flow.moveLater', { keepTo: formatDate(keeps.to, lng), next: nextDose, min: product.minIntervalDays, max: product.maxIntervalDays })}
              </Text>
            )}
            {slots.isPending ? (
              <Loader size="sm" aria-label={t('app.loading')} />
            ) : slots.isError ? (
              <ErrorAlert error={slots.error} />
            ) : (
              <SlotPicker idPrefix="move" slots={candidates} selectedId={slot?.id ?? null} onSelect={setSlot} />
            )}
          </>
        )}

        {move.isError &&
          (code === 'outside-window' || code === 'slot-full' || code === 'slot-past' || code === 'no-doses' ? (
            <Alert color="red" variant="outline" role="alert" title={t('portal.move.failedTitle')} data-testid="move-error">
              <Text>{t(`portal.move.errors.${code}`)}</Text>
            </Alert>
          ) : (
            <ErrorAlert error={move.error} />
          ))}

        {slot && (
          <Text fw={700} data-testid="move-selected">
            {t('booking.selectedSlot', { day: formatDayLong(slot.start, lng), time: formatTime(slot.start, lng) })}
          </Text>
        )}
        {slot && next && (
          <Text data-testid="move-next-effect">
            {drags(slot)
              ? t('portal.flow.moveDragsNext', { next: nextDose, when: formatDateTime(next.start, lng) })
              : t('portal.flow.moveKeepsNext', { next: nextDose, when: formatDateTime(next.start, lng) })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!slot} loading={move.isPending} onClick={() => slot && move.mutate(slot.id)}>
            {t('portal.move.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
