import { Alert, Button, Card, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { Confirmation } from '../features/booking/Confirmation';
import { PersonForm, type PersonFieldErrors } from '../features/booking/PersonForm';
import { SlotPicker } from '../features/booking/SlotPicker';
import {
  createBooking,
  usePublicCenters,
  usePublicProducts,
  useSlots,
  type BookingCreated,
  type PersonInput,
  type Slot,
} from '../features/booking/api';
import { addDays, formatDayLong, formatTime, isoDay, isValidIsoDate } from '../format';
import { ErrorAlert } from './ErrorAlert';

export function BookPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const centers = usePublicCenters();
  const products = usePublicProducts();

  const [centerId, setCenterId] = useState('');
  const [product, setProduct] = useState('');
  const [from, setFrom] = useState(() => isoDay());
  const [to, setTo] = useState(() => addDays(isoDay(), 13));
  const [slot, setSlot] = useState<Slot | null>(null);
  const [serverErrors, setServerErrors] = useState<PersonFieldErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<ApiError | null>(null);
  const [booking, setBooking] = useState<BookingCreated | null>(null);
  const [formKey, setFormKey] = useState(0);
  const slotsHeadingRef = useRef<HTMLHeadingElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);

  const center = centers.data?.find((c) => c.id === centerId);
  const offered = useMemo(
    () => (products.data ?? []).filter((p) => !center || center.products.includes(p.id)),
    [products.data, center],
  );
  const rangeValid = isValidIsoDate(from) && isValidIsoDate(to) && from <= to;
  const slotsEnabled = Boolean(centerId && product && rangeValid);
  const slots = useSlots({ centerId, product, from, to }, slotsEnabled);

  const mutation = useMutation({
    mutationFn: createBooking,
    onSuccess: (data) => {
      setBooking(data);
      void queryClient.invalidateQueries({ queryKey: ['public', 'slots'] });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 422) {
        const fe = err.fieldErrors();
        const mapped: PersonFieldErrors = {};
        let unmapped = false;
        for (const [field, message] of Object.entries(fe)) {
          const key = field.replace(/^person\./, '') as keyof PersonInput;
          if (['givenName', 'familyName', 'birthDate', 'postalCode', 'email', 'phone'].includes(key)) mapped[key] = message;
          else unmapped = true;
        }
        setServerErrors(mapped);
        if (unmapped || Object.keys(mapped).length === 0) setGeneralError(err);
      } else if (err instanceof ApiError && err.status === 409) {
        setConflict(err.problem.detail || err.problem.title || t('booking.conflictDefault'));
      } else {
        setGeneralError(err instanceof ApiError ? err : new ApiError({ status: 0, detail: String(err) }));
      }
    },
  });

  function selectSlot(s: Slot) {
    setSlot(s);
    setConflict(null);
    setGeneralError(null);
    requestAnimationFrame(() => formHeadingRef.current?.focus());
  }

  function pickAnother() {
    setConflict(null);
    setSlot(null);
    void queryClient.invalidateQueries({ queryKey: ['public', 'slots'] });
    requestAnimationFrame(() => slotsHeadingRef.current?.focus());
  }

  function submit(person: PersonInput) {
    if (!slot) return;
    setServerErrors({});
    setConflict(null);
    setGeneralError(null);
    mutation.mutate({ slotId: slot.id, product, person });
  }

  function reset() {
    setBooking(null);
    setSlot(null);
    setServerErrors({});
    setFormKey((k) => k + 1);
  }

  if (booking) {
    return <Confirmation booking={booking} centers={centers.data} products={products.data} onNewBooking={reset} />;
  }

  const lng = i18n.language;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('booking.title')}</Title>
        <Text mt="xs">{t('booking.intro')}</Text>
      </div>

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="step1-heading">
        <Title order={2} size="h3" id="step1-heading" mb="sm">
          {t('booking.step1')}
        </Title>
        {centers.isPending || products.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : centers.isError || products.isError ? (
          <ErrorAlert error={centers.error ?? products.error} />
        ) : (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('booking.center')}
                value={centerId}
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  setCenterId(id);
                  setSlot(null);
                  const c = centers.data?.find((x) => x.id === id);
                  if (c && product && !c.products.includes(product)) setProduct('');
                  if (c && !product && c.products.length === 1) setProduct(c.products[0]);
                }}
                data={[
                  { value: '', label: t('booking.centerPlaceholder') },
                  ...(centers.data ?? []).map((c) => ({ value: c.id, label: `${c.name} – ${c.region}` })),
                ]}
              />
              <NativeSelect
                label={t('booking.product')}
                value={product}
                onChange={(e) => {
                  setProduct(e.currentTarget.value);
                  setSlot(null);
                }}
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
                <Text size="sm">
                  {center.address.includes(center.postalCode) ? center.address : `${center.address}, ${center.postalCode}`}
                </Text>
                <Text size="sm">{center.region}</Text>
              </Card>
            )}
            <SimpleGrid cols={{ base: 2 }}>
              <TextInput type="date" label={t('booking.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
              <TextInput
                type="date"
                label={t('booking.to')}
                value={to}
                min={from}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={from && to && isValidIsoDate(from) && isValidIsoDate(to) && from > to ? t('booking.invalidRange') : undefined}
              />
            </SimpleGrid>
          </Stack>
        )}
      </Paper>

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="step2-heading">
        <Title order={2} size="h3" id="step2-heading" mb="sm" ref={slotsHeadingRef} tabIndex={-1}>
          {t('booking.step2')}
        </Title>
        {!slotsEnabled ? (
          <Text>{centerId && product ? t('booking.invalidRange') : t('booking.chooseCenterFirst')}</Text>
        ) : slots.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : slots.isError ? (
          <ErrorAlert error={slots.error} />
        ) : (
          <SlotPicker slots={slots.data} selectedId={slot?.id ?? null} onSelect={selectSlot} />
        )}
      </Paper>

      {slot && (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="step3-heading">
          <Title order={2} size="h3" id="step3-heading" mb="xs" ref={formHeadingRef} tabIndex={-1}>
            {t('booking.step3')}
          </Title>
          <Text mb="sm" data-testid="selected-slot">
            {t('booking.selectedSlot', { day: formatDayLong(slot.start, lng), time: formatTime(slot.start, lng) })}
          </Text>
          {conflict && (
            <Alert color="red" variant="outline" role="alert" title={t('booking.conflictTitle')} mb="sm" data-testid="booking-conflict">
              <Stack gap="xs" align="flex-start">
                <Text>{conflict}</Text>
                <Button variant="outline" color="red.9" onClick={pickAnother}>
                  {t('booking.pickAnother')}
                </Button>
              </Stack>
            </Alert>
          )}
          {generalError && <ErrorAlert error={generalError} mb="sm" />}
          <PersonForm key={formKey} submitting={mutation.isPending} serverErrors={serverErrors} onSubmit={submit} />
          <Group mt="sm">
            <Button variant="subtle" onClick={pickAnother}>
              {t('booking.pickAnother')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
