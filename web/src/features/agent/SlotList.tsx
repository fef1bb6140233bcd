import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayLong, formatTime, isoDay } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { useSlots, type Slot } from '../booking/api';

interface Props {
  centerId: string;
  product: string;
  from: string;
  to: string;
  enabled: boolean;
  selectedId: string | null;
  onSelect: (slot: Slot) => void;
  /** Only slots starting within these instants (inclusive; null = open). */
  window?: { from: string | null; to: string | null } | null;
  /** A prefix for heading ids, unique on the page. */
  idPrefix: string;
  /** The start of the appointment being moved: its own slot is no choice. */
  excludeStart?: string;
}

/** Free slots of a center and product, grouped by day; each slot is a toggle button. */
export function SlotList({ centerId, product, from, to, enabled, selectedId, onSelect, window, idPrefix, excludeStart }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const slots = useSlots({ centerId, product, from, to }, enabled);

  const days = useMemo(() => {
    const lo = window?.from ? Date.parse(window.from) : -Infinity;
    const hi = window?.to ? Date.parse(window.to) : Infinity;
    const map = new Map<string, Slot[]>();
    for (const s of [...(slots.data ?? [])].sort((a, b) => a.start.localeCompare(b.start))) {
      const start = Date.parse(s.start);
      if (s.free <= 0 || start < lo || start > hi || s.start === excludeStart) continue;
      const day = isoDay(new Date(s.start));
      const list = map.get(day);
      if (list) list.push(s);
      else map.set(day, [s]);
    }
    return [...map.entries()];
  }, [slots.data, window?.from, window?.to, excludeStart]);

  if (!enabled) return null;
  if (slots.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (slots.isError) return <ErrorAlert error={slots.error} />;
  if (days.length === 0) return <Text>{t('console.agent.noSlots')}</Text>;

  return (
    <Stack gap="sm" data-testid="agent-slot-list">
      {days.map(([day, list]) => {
        const headingId = `${idPrefix}-day-${day}`;
        return (
          <section key={day} aria-labelledby={headingId}>
            <Title order={4} size="h6" id={headingId} mb={4}>
              {formatDayLong(day, lng)}
            </Title>
            <Group gap={6}>
              {list.map((slot) => {
                const selected = slot.id === selectedId;
                return (
                  <Button
                    key={slot.id}
                    data-testid="agent-slot"
                    variant={selected ? 'filled' : 'default'}
                    aria-pressed={selected}
                    size="compact-sm"
                    onClick={() => onSelect(slot)}
                    aria-label={t('console.agent.slotLabel', { day: formatDayLong(day, lng), time: formatTime(slot.start, lng), count: slot.free })}
                  >
                    {formatTime(slot.start, lng)}
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
