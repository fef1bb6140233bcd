import { Button, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayLong, formatTime, isoDay } from '../../format';
import type { Slot } from './api';

interface Props {
  slots: Slot[];
  selectedId: string | null;
  onSelect: (slot: Slot) => void;
  /** Prefix for element ids, so two pickers never share ids. */
  idPrefix?: string;
}

/** Free slots by local day, in time order (days without a free place left out). */
export function slotDays(slots: Slot[]): [string, Slot[]][] {
  const map = new Map<string, Slot[]>();
  const sorted = [...slots].filter((s) => s.free > 0).sort((a, b) => a.start.localeCompare(b.start));
  for (const s of sorted) {
    const day = isoDay(new Date(s.start));
    const list = map.get(day);
    if (list) list.push(s);
    else map.set(day, [s]);
  }
  return [...map.entries()];
}

/**
 * A day, then a time: the first day with a free place is chosen at first, a day picker (a native select, so a
 * phone shows its own wheel) offers the others, and only the chosen day's times are shown as toggle buttons.
 * Weeks of slots as buttons were a dozen screens on a phone.
 */
export function SlotPicker({ slots, selectedId, onSelect, idPrefix = 'slots' }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const days = useMemo(() => slotDays(slots), [slots]);
  const [chosenDay, setChosenDay] = useState<string | null>(null);

  if (days.length === 0) {
    return <Text>{t('booking.noSlots')}</Text>;
  }

  // The chosen day while it still has free places, else the first free day.
  const day = days.find(([d]) => d === chosenDay)?.[0] ?? days[0][0];
  const times = days.find(([d]) => d === day)![1];
  const headingId = `${idPrefix}-times-heading`;

  return (
    <Stack gap="sm" data-testid="slot-list">
      <Text data-testid="first-free-day">{t('portal.flow.firstFreeDay', { day: formatDayLong(days[0][0], lng) })}</Text>
      <NativeSelect
        label={t('portal.flow.day')}
        data-testid="slot-day"
        value={day}
        onChange={(e) => setChosenDay(e.currentTarget.value)}
        data={days.map(([d, list]) => ({ value: d, label: t('portal.flow.dayOption', { day: formatDayLong(d, lng), count: list.length }) }))}
      />
      <section aria-labelledby={headingId}>
        <Title order={3} size="h5" id={headingId} mb="xs">
          {t('portal.flow.timesHeading', { day: formatDayLong(day, lng) })}
        </Title>
        <SimpleGrid cols={{ base: 3, xs: 4, sm: 6 }} spacing="xs">
          {times.map((slot) => {
            const time = formatTime(slot.start, lng);
            const selected = slot.id === selectedId;
            return (
              <Button
                key={slot.id}
                data-testid="slot"
                variant={selected ? 'filled' : 'default'}
                aria-pressed={selected}
                aria-label={t('portal.flow.slotLabel', { time, count: slot.free })}
                onClick={() => onSelect(slot)}
                size="md"
                px={4}
              >
                {time}
              </Button>
            );
          })}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
