import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDateTime, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import type { Slot } from '../booking/api';
import { moveAppointment, personKey, type AgentAppointment, type AgentBooking } from './api';
import { SlotList } from './SlotList';

function initialRange(w: AgentAppointment['moveWindow']): { from: string; to: string } {
  const today = isoDay();
  const lo = w?.from ? isoDay(new Date(w.from)) : today;
  const from = lo > today ? lo : today;
  let to = addDays(from, 6);
  if (w?.to) {
    const hi = isoDay(new Date(w.to));
    if (hi < to) to = hi < from ? from : hi;
  }
  return { from, to };
}

interface Props {
  personId: string;
  booking: AgentBooking | null;
  appointment: AgentAppointment | null;
  opened: boolean;
  onClose: () => void;
  onMoved: (a: AgentAppointment, to: Slot) => void;
}

/** Move one appointment to another slot at the same center, within its move window. */
export function MoveDialog({ personId, booking, appointment, opened, onClose, onMoved }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const [range, setRange] = useState(() => initialRange(appointment?.moveWindow ?? null));
  const [slot, setSlot] = useState<Slot | null>(null);
  const move = useMutation({
    mutationFn: (v: { code: string; dose: number; slotId: string }) => moveAppointment(v.code, v.dose, v.slotId),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: personKey(personId) });
      void qc.invalidateQueries({ queryKey: ['public', 'slots'] });
      if (appointment && slot) onMoved(appointment, slot);
    },
  });
  const w = appointment?.moveWindow;
  const rangeValid = isValidIsoDate(range.from) && isValidIsoDate(range.to) && range.to >= range.from;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={appointment ? t('console.agent.moveTitle', { dose: appointment.doseNumber }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {appointment && booking && (
        <Stack gap="sm">
          <Text>{t('console.agent.moveCurrent', { when: formatDateTime(appointment.start, lng), center: appointment.centerName })}</Text>
          <Text data-testid="move-window">
            {w?.from && w?.to
              ? t('console.agent.moveWindow', { from: formatDateTime(w.from, lng), to: formatDateTime(w.to, lng) })
              : w?.from
                ? t('console.agent.moveWindowFrom', { from: formatDateTime(w.from, lng) })
                : w?.to
                  ? t('console.agent.moveWindowTo', { to: formatDateTime(w.to, lng) })
                  : t('console.agent.moveWindowOpen')}
          </Text>
          <SimpleGrid cols={2}>
            <TextInput type="date" label={t('console.agent.from')} value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.currentTarget.value }))} />
            <TextInput type="date" label={t('console.agent.to')} value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.currentTarget.value }))} />
          </SimpleGrid>
          <SlotList
            idPrefix="agent-move"
            centerId={appointment.centerId}
            product={appointment.product}
            from={range.from}
            to={range.to}
            enabled={rangeValid}
            window={w}
            excludeStart={appointment.start}
            selectedId={slot?.id ?? null}
            onSelect={setSlot}
          />
          {move.isError && <ErrorAlert error={move.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!slot}
              loading={move.isPending}
              onClick={() => slot && move.mutate({ code: booking.bookingCode, dose: appointment.doseNumber, slotId: slot.id })}
            >
              {t('console.agent.moveConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
