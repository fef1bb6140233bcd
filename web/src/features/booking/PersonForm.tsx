import { Alert, Button, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../format';
import type { PersonInput } from './api';

export type PersonFieldErrors = Partial<Record<keyof PersonInput, string>>;

interface Props {
  submitting: boolean;
  /** Field errors from the server (422), keyed by person field. */
  serverErrors: PersonFieldErrors;
  onSubmit: (person: PersonInput) => void;
}

const EMPTY: Required<PersonInput> = {
  givenName: '',
  familyName: '',
  birthDate: '',
  postalCode: '',
  email: '',
  phone: '',
};

export function PersonForm({ submitting, serverErrors, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Required<PersonInput>>(EMPTY);
  const [clientErrors, setClientErrors] = useState<PersonFieldErrors>({});
  const [touchedSinceServer, setTouchedSinceServer] = useState<Set<string>>(new Set());
  const [showSummary, setShowSummary] = useState(false);

  const set = (field: keyof PersonInput) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setValues((prev) => ({ ...prev, [field]: v }));
    setClientErrors((prev) => ({ ...prev, [field]: undefined }));
    setTouchedSinceServer((prev) => new Set(prev).add(field));
  };

  function validate(v: Required<PersonInput>): PersonFieldErrors {
    const errs: PersonFieldErrors = {};
    if (!v.givenName.trim()) errs.givenName = t('booking.errors.required');
    if (!v.familyName.trim()) errs.familyName = t('booking.errors.required');
    if (!v.birthDate) errs.birthDate = t('booking.errors.required');
    else if (!isValidIsoDate(v.birthDate)) errs.birthDate = t('booking.errors.birthDate');
    if (!v.postalCode.trim()) errs.postalCode = t('booking.errors.required');
    else if (!/^\d{5}$/.test(v.postalCode.trim())) errs.postalCode = t('booking.errors.postalCode');
    if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errs.email = t('booking.errors.email');
    return errs;
  }

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs = validate(values);
    setClientErrors(errs);
    const invalid = Object.keys(errs);
    if (invalid.length > 0) {
      setShowSummary(true);
      const first = e.currentTarget.querySelector<HTMLInputElement>(`[name="${invalid[0]}"]`);
      first?.focus();
      return;
    }
    setShowSummary(false);
    setTouchedSinceServer(new Set());
    const person: PersonInput = {
      givenName: values.givenName.trim(),
      familyName: values.familyName.trim(),
      birthDate: values.birthDate,
      postalCode: values.postalCode.trim(),
    };
    if (values.email.trim()) person.email = values.email.trim();
    if (values.phone.trim()) person.phone = values.phone.trim();
    onSubmit(person);
  }

  const err = (f: keyof PersonInput) =>
    clientErrors[f] ?? (touchedSinceServer.has(f) ? undefined : serverErrors[f]);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('booking.step3')}>
      <Stack gap="sm">
        {showSummary && Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" variant="outline">
            {t('booking.errors.checkFields')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('booking.givenName')}
            name="givenName"
            autoComplete="given-name"
            required
            value={values.givenName}
            onChange={set('givenName')}
            error={err('givenName')}
          />
          <TextInput
            label={t('booking.familyName')}
            name="familyName"
            autoComplete="family-name"
            required
            value={values.familyName}
            onChange={set('familyName')}
            error={err('familyName')}
          />
          <TextInput
            label={t('booking.birthDate')}
            name="birthDate"
            type="date"
            autoComplete="bday"
            required
            max="9999-12-31"
            value={values.birthDate}
            onChange={set('birthDate')}
            error={err('birthDate')}
          />
          <TextInput
            label={t('booking.postalCode')}
            name="postalCode"
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={5}
            required
            value={values.postalCode}
            onChange={set('postalCode')}
            error={err('postalCode')}
          />
          <TextInput
            label={t('booking.email')}
            name="email"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={set('email')}
            error={err('email')}
          />
          <TextInput
            label={t('booking.phone')}
            name="phone"
            type="tel"
            autoComplete="tel"
            value={values.phone}
            onChange={set('phone')}
            error={err('phone')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" size="md" loading={submitting}>
            {t('booking.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
