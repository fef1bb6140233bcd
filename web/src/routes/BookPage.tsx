import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, networkError } from '../api';
import { Confirmation } from '../features/booking/Confirmation';
import { EligibilityStep, WhoMayBook, type EligibilityChecked } from '../features/booking/EligibilityStep';
import { PersonForm, type PersonFieldErrors } from '../features/booking/PersonForm';
import { SlotChooser, type CenterProduct } from '../features/booking/SlotChooser';
import { createBooking, usePublicCenters, usePublicProducts, type BookingCreated, type PersonInput, type Slot } from '../features/booking/api';
import { useVerificationPolicy } from '../features/citizens/identity';
import { useCitizenSession, withVerifiedContact } from '../features/citizens/session';
import { CitizenSessionBar, VerificationStep } from '../features/citizens/VerificationStep';
import { formatDayLong, formatTime } from '../format';
import { ErrorAlert } from './ErrorAlert';

/** What "Jetzt Termin buchen" after a registration carries over (router state). */
export interface CarriedPerson {
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  postalCode?: string;
  email?: string;
  phone?: string;
}

export function BookPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const carried = (location.state as { person?: CarriedPerson } | null)?.person;
  const [checked, setChecked] = useState<EligibilityChecked | null>(null);
  const queryClient = useQueryClient();
  const centers = usePublicCenters();
  const products = usePublicProducts();

  const [choice, setChoice] = useState<CenterProduct>({ centerId: '', product: '' });
  const [slot, setSlot] = useState<Slot | null>(null);
  const [serverErrors, setServerErrors] = useState<PersonFieldErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<ApiError | null>(null);
  const [booking, setBooking] = useState<BookingCreated | null>(null);
  const [formKey, setFormKey] = useState(0);
  const slotsHeadingRef = useRef<HTMLHeadingElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const policy = useVerificationPolicy();
  const session = useCitizenSession();

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
        setConflict(err.text(i18n.language) || t('booking.conflictDefault'));
      } else {
        setGeneralError(err instanceof ApiError ? err : networkError(err));
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
    mutation.mutate({ slotId: slot.id, product: choice.product, person: withVerifiedContact(person, session) });
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

  const allowedProducts = checked?.decision ? checked.decision.products.filter((p) => p.allowed).map((p) => p.id) : undefined;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('booking.title')}</Title>
        <Text mt="xs">{t('booking.intro')}</Text>
      </div>

      <WhoMayBook />
      <EligibilityStep
        initial={carried}
        checked={checked}
        onChecked={(c) => {
          setChecked(c);
          setSlot(null);
          setChoice({ centerId: '', product: '' });
        }}
      />

      {checked && (
        <SlotChooser
          idPrefix="book"
          value={choice}
          onChange={(v) => {
            setChoice(v);
            setSlot(null);
          }}
          allowedProducts={allowedProducts}
          near={checked.postalCode || undefined}
          selectedSlotId={slot?.id ?? null}
          onSelectSlot={selectSlot}
          step1Title={t('portal.flow.step2')}
          step2Title={t('portal.flow.step3')}
          slotsHeadingRef={slotsHeadingRef}
        />
      )}

      {checked && slot && (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="step3-heading">
          <Title order={2} size="h3" id="step3-heading" mb="xs" ref={formHeadingRef} tabIndex={-1}>
            {t('portal.flow.step4')}
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
          <Stack gap="sm">
            <CitizenSessionBar />
            {policy.isPending ? (
              <Loader size="sm" aria-label={t('app.loading')} />
            ) : policy.data?.required && !session ? (
              <VerificationStep headingLevel={3} />
            ) : (
              <PersonForm
                key={formKey}
                submitting={mutation.isPending}
                serverErrors={serverErrors}
                onSubmit={submit}
                verifiedContact={session?.contact.masked}
                initial={{ ...carried, birthDate: checked.birthDate, postalCode: checked.postalCode || carried?.postalCode || '' }}
              />
            )}
          </Stack>
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
