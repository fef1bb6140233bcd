import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDateTime, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { productName, usePublicCenters, usePublicProducts, type Slot } from '../booking/api';
import { bookForPerson, personKey, type PersonDetails } from './api';
import { SlotList } from './SlotList';

export interface BookedResult {
  bookingCode: string;
  securityCode: string;
  appointments: { id: string; start: string; doseNumber: number; centerId: string; product: string }[];
}

/** Book for a caller: center → product (only those the rules allow) → slot → book. */
export function BookingPanel({ person, onBooked }: { person: PersonDetails; onBooked: (r: BookedResult) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const centers = usePublicCenters();
  const products = usePublicProducts();
  const [centerId, setCenterId] = useState('');
  const [product, setProduct] = useState('');
  const [from, setFrom] = useState(() => isoDay());
  const [to, setTo] = useState(() => addDays(isoDay(), 6));
  const [slot, setSlot] = useState<Slot | null>(null);

  const allowed = useMemo(() => {
    const decided = person.decision?.products;
    return decided ? new Set(decided.filter((p) => p.allowed).map((p) => p.id)) : null;
  }, [person.decision]);
  const center = centers.data?.find((c) => c.id === centerId);
  const productChoices = (center?.products ?? []).filter((p) => !allowed || allowed.has(p));

  // A product no longer on offer at the chosen center is deselected.
  useEffect(() => {
    if (product && !productChoices.includes(product)) setProduct('');
  }, [product, productChoices]);

  const book = useMutation({
    mutationFn: (body: { slotId: string; product: string }) => bookForPerson(person.id, body),
    onSuccess: (r) => {
      setSlot(null);
      void qc.invalidateQueries({ queryKey: personKey(person.id) });
      void qc.invalidateQueries({ queryKey: ['public', 'slots'] });
      onBooked(r);
    },
  });

  const rangeValid = isValidIsoDate(from) && isValidIsoDate(to) && to >= from;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="agent-book-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="agent-book-heading">
          {t('console.agent.bookTitle')}
        </Title>
        {person.decision && !person.decision.eligible && (
          <Text size="sm" c="red.9">
            {t('console.agent.notEligibleHint')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('console.agent.center')}
            value={centerId}
            onChange={(e) => {
              setCenterId(e.currentTarget.value);
              setSlot(null);
            }}
            data={[
              { value: '', label: centers.isPending ? t('app.loading') : t('staff.centerPlaceholder') },
              ...(centers.data ?? []).map((c) => ({ value: c.id, label: `${c.name}, ${c.postalCode}` })),
            ]}
          />
          <NativeSelect
            label={t('console.agent.product')}
            description={allowed ? t('console.agent.productAllowedOnly') : undefined}
            value={product}
            disabled={!centerId}
            onChange={(e) => {
              setProduct(e.currentTarget.value);
              setSlot(null);
            }}
            data={[
              { value: '', label: centerId && productChoices.length === 0 ? t('console.agent.noProduct') : t('console.agent.productPlaceholder') },
              ...productChoices.map((p) => ({ value: p, label: productName(products.data, p) })),
            ]}
          />
          <TextInput type="date" label={t('console.agent.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('console.agent.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </SimpleGrid>
        <SlotList
          idPrefix="agent-book"
          centerId={centerId}
          product={product}
          from={from}
          to={to}
          enabled={Boolean(centerId && product && rangeValid)}
          selectedId={slot?.id ?? null}
          onSelect={setSlot}
        />
        {book.isError && <ErrorAlert error={book.error} />}
        <Group gap="sm" align="center">
          <Button disabled={!slot || !product} loading={book.isPending} onClick={() => slot && book.mutate({ slotId: slot.id, product })}>
            {t('console.agent.book')}
          </Button>
          {slot && <Text size="sm">{t('console.agent.chosenSlot', { when: formatDateTime(slot.start, lng) })}</Text>}
        </Group>
      </Stack>
    </Paper>
  );
}
