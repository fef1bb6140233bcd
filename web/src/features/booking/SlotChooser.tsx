import { Card, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isoDay } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { SlotPicker } from './SlotPicker';
import { usePublicCenters, usePublicProducts, useSlots, type Slot } from './api';

export interface CenterProduct {
  centerId: string;
  product: string;
}

/** How far ahead the booking page looks for free days (the slot search answers at most 62 days at once). */
const DAYS_AHEAD = 28;

interface Props {
  value: CenterProduct;
  onChange: (value: CenterProduct) => void;
  /** Only these products are offered (every product when undefined). */
  allowedProducts?: string[];
  /** The person's postal code: centers nearest first, with their distance. */
  near?: string;
  selectedSlotId: string | null;
  onSelectSlot: (slot: Slot) => void;
  /** Headings of the two steps (h2). */
  step1Title: string;
  step2Title: string;
  /** Prefix for element ids, so two choosers never share ids. */
  idPrefix: string;
  slotsHeadingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Center → product → free slot, as on the booking page: step 1 chooses the center (nearest first when the
 * postal code is known) and the vaccine, step 2 the day (the first free one at first) and a time that day.
 */
export function SlotChooser({ value, onChange, allowedProducts, near, selectedSlotId, onSelectSlot, step1Title, step2Title, idPrefix, slotsHeadingRef }: Props) {
  const { t } = useTranslation();
  const centers = usePublicCenters(near);
  const products = usePublicProducts();
  const from = isoDay();
  const to = addDays(from, DAYS_AHEAD - 1);
  const { centerId, product } = value;

  const permitted = (id: string) => !allowedProducts || allowedProducts.includes(id);
  const allowedKey = allowedProducts?.join(',') ?? null;
  const visibleCenters = useMemo(() => {
    const allowed = allowedKey === null ? null : allowedKey.split(',');
    return (centers.data ?? []).filter((c) => !allowed || c.products.some((p) => allowed.includes(p)));
  }, [centers.data, allowedKey]);
  const center = visibleCenters.find((c) => c.id === centerId);
  const offered = (products.data ?? []).filter((p) => permitted(p.id) && (!center || center.products.includes(p.id)));
  const enabled = Boolean(centerId && product);
  const slots = useSlots({ centerId, product, from, to }, enabled);

  const step1Id = `${idPrefix}-step1-heading`;
  const step2Id = `${idPrefix}-step2-heading`;
  const distance = (km: number | null | undefined) => (typeof km === 'number' ? ` (${t('portal.flow.distance', { km })})` : '');

  return (
    <>
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={step1Id}>
        <Title order={2} size="h3" id={step1Id} mb="sm">
          {step1Title}
        </Title>
        {centers.isPending || products.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : centers.isError || products.isError ? (
          <ErrorAlert error={centers.error ?? products.error} />
        ) : (
          <Stack gap="sm">
            {near && <Text data-testid="centers-near">{t('portal.flow.centersNear', { postalCode: near })}</Text>}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('booking.center')}
                value={centerId}
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  const c = visibleCenters.find((x) => x.id === id);
                  let next = product;
                  if (c && next && !c.products.includes(next)) next = '';
                  const choices = c ? c.products.filter(permitted) : [];
                  if (c && !next && choices.length === 1) next = choices[0];
                  onChange({ centerId: id, product: next });
                }}
                data={[
                  { value: '', label: t('booking.centerPlaceholder') },
                  ...visibleCenters.map((c) => ({ value: c.id, label: `${c.name} – ${c.region}${distance(c.distanceKm)}` })),
                ]}
              />
              <NativeSelect
                label={t('booking.product')}
                value={product}
                onChange={(e) => onChange({ centerId, product: e.currentTarget.value })}
                data={[
                  { value: '', label: t('booking.productPlaceholder') },
                  ...offered.map((p) => ({
                    value: p.id,
                    label: `${p.name} (${p.manufacturer}, ${t('booking.doses', { count: p.doses })})`,
                  })),
                ]}
              />
            </SimpleGrid>
            {center && (
              <Card withBorder padding="sm" data-testid="center-details">
                <Text fw={700}>{center.name}</Text>
                <Text size="sm">{center.address.includes(center.postalCode) ? center.address : `${center.address}, ${center.postalCode}`}</Text>
                <Text size="sm">
                  {center.region}
                  {distance(center.distanceKm)}
                </Text>
              </Card>
            )}
          </Stack>
        )}
      </Paper>

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={step2Id}>
        <Title order={2} size="h3" id={step2Id} mb="sm" ref={slotsHeadingRef} tabIndex={-1}>
          {step2Title}
        </Title>
        {!enabled ? (
          <Text>{t('booking.chooseCenterFirst')}</Text>
        ) : slots.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : slots.isError ? (
          <ErrorAlert error={slots.error} />
        ) : (
          // A new center or product starts again at its first free day.
          <SlotPicker key={`${centerId}|${product}`} idPrefix={idPrefix} slots={slots.data} selectedId={selectedSlotId} onSelect={onSelectSlot} />
        )}
      </Paper>
    </>
  );
}
