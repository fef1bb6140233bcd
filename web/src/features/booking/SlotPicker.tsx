import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayLong, formatTime, isoDay } from '../../format';
import type { Slot } from './api';

interface Props {
  slots: Slot[];
  selectedId: string | null;
  onSelect: (slot: Slot) => void;
}

/** Free slots grouped by day; each slot is a toggle button. */
export function SlotPicker({ slots, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;

  const days = useMemo(() => {
    const map = new Map<string, Slot[]>();
    const sorted = [...slots].filter((s) => s.free > 0).sort((a, b) => a.start.localeCompare(b.start));
    for (const s of sorted) {
      const day = isoDay(new Date(s.start));
      const list = map.get(day);
      if (list) list.push(s);
      else map.set(day, [s]);
    }
    return [...map.entries()];
  }, [slots]);

  if (days.length === 0) {
    return <Text>{t('booking.noSlots')}</Text>;
  }

  return (
    <Stack gap="md" data-testid="slot-list">
      {days.map(([day, list]) => {
        const headingId = `slots-day-${day}`;
        const dayLabel = formatDayLong(day, lng);
        return (
          <section key={day} aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId} mb="xs">
              {dayLabel}
            </Title>
            <Group gap="xs">
              {list.map((slot) => {
                const time = formatTime(slot.start, lng);
                const free = t('booking.freePlaces', { count: slot.free });
                const selected = slot.id === selectedId;
                return (
                  <Button
                    key={slot.id}
                    data-testid="slot"
                    variant={selected ? 'filled' : 'default'}
                    aria-pressed={selected}
                    onClick={() => onSelect(slot)}
                    size="compact-md"
                    h="auto"
                    py={6}
                  >
                    <Stack gap={0} align="center">
                      <Text fw={700} size="sm" inherit>
                        {time}
                      </Text>
                      <Text size="xs" inherit>
                        {free}
                      </Text>
                    </Stack>
                  </Button>
                );
              })}
            </Group>
          </section>
        );
      })}
    </Stack>
  );
}
