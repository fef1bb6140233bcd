import { Alert, Button, Checkbox, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDay, isValidIsoDate } from '../../format';
import { CLAIM_IDS, type ClaimId, type RegistrationPerson, type RegistrationRequest } from './api';

type TextField = keyof Required<RegistrationPerson>;
export type RegistrationField = TextField | 'claims' | 'language' | 'consent';
export type RegistrationFieldErrors = Partial<Record<RegistrationField, string>>;

interface Props {
  submitting: boolean;
  /** Field errors from the server (422), keyed by form field. */
  serverErrors: RegistrationFieldErrors;
  onSubmit: (request: RegistrationRequest) => void;
}

const EMPTY: Required<RegistrationPerson> = {
  givenName: '',
  familyName: '',
  birthDate: '',
  postalCode: '',
  street: '',
  city: '',
  email: '',
  phone: '',
};

/** The registration form: person, address, contact, preferred language, priority claims and consent. */
export function RegistrationForm({ submitting, serverErrors, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Required<RegistrationPerson>>(EMPTY);
  const [language, setLanguage] = useState<'de' | 'en'>(i18n.language === 'en' ? 'en' : 'de');
  const [claims, setClaims] = useState<ClaimId[]>([]);
  const [consent, setConsent] = useState(false);
  const [clientErrors, setClientErrors] = useState<RegistrationFieldErrors>({});
  const [touched, setTouched] = useState<Set<RegistrationField>>(new Set());
  const [showSummary, setShowSummary] = useState(false);

  const touch = (f: RegistrationField) => {
    setClientErrors((prev) => ({ ...prev, [f]: undefined }));
    setTouched((prev) => new Set(prev).add(f));
  };
  const set = (f: TextField) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setValues((prev) => ({ ...prev, [f]: v }));
    touch(f);
  };

  function validate(): RegistrationFieldErrors {
    const v = values;
    const errs: RegistrationFieldErrors = {};
    if (!v.givenName.trim()) errs.givenName = t('booking.errors.required');
    if (!v.familyName.trim()) errs.familyName = t('booking.errors.required');
    if (!v.birthDate) errs.birthDate = t('booking.errors.required');
    else if (!isValidIsoDate(v.birthDate) || v.birthDate > isoDay() || v.birthDate < '1900-01-01') errs.birthDate = t('booking.errors.birthDate');
    if (!v.postalCode.trim()) errs.postalCode = t('booking.errors.required');
    else if (!/^\d{5}$/.test(v.postalCode.trim())) errs.postalCode = t('booking.errors.postalCode');
    if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errs.email = t('booking.errors.email');
    if (v.phone.trim() && !/^\+?[0-9 ()/-]{6,}$/.test(v.phone.trim())) errs.phone = t('portal.register.errors.phone');
    if (!consent) errs.consent = t('portal.register.errors.consent');
    return errs;
  }

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs = validate();
    setClientErrors(errs);
    const invalid = Object.keys(errs);
    if (invalid.length > 0) {
      setShowSummary(true);
      e.currentTarget.querySelector<HTMLInputElement>(`[name="${invalid[0]}"]`)?.focus();
      return;
    }
    setShowSummary(false);
    setTouched(new Set());
    const person: RegistrationPerson = {
      givenName: values.givenName.trim(),
      familyName: values.familyName.trim(),
      birthDate: values.birthDate,
      postalCode: values.postalCode.trim(),
    };
    for (const f of ['street', 'city', 'email', 'phone'] as const) {
      if (values[f].trim()) person[f] = values[f].trim();
    }
    onSubmit({ person, claims, language });
  }

  const err = (f: RegistrationField) => clientErrors[f] ?? (touched.has(f) ? undefined : serverErrors[f]);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('portal.register.formLabel')}>
      <Stack gap="lg">
        {showSummary && Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" variant="outline">
            {t('booking.errors.checkFields')}
          </Alert>
        )}

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-person-heading">
          <Title order={2} size="h3" id="reg-person-heading" mb="sm">
            {t('portal.register.personHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('booking.givenName')} name="givenName" autoComplete="given-name" required value={values.givenName} onChange={set('givenName')} error={err('givenName')} />
            <TextInput label={t('booking.familyName')} name="familyName" autoComplete="family-name" required value={values.familyName} onChange={set('familyName')} error={err('familyName')} />
            <TextInput
              label={t('booking.birthDate')}
              name="birthDate"
              type="date"
              autoComplete="bday"
              required
              min="1900-01-01"
              max="9999-12-31"
              value={values.birthDate}
              onChange={set('birthDate')}
              error={err('birthDate')}
            />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-address-heading">
          <Title order={2} size="h3" id="reg-address-heading" mb="sm">
            {t('portal.register.addressHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('portal.register.street')} name="street" autoComplete="street-address" value={values.street} onChange={set('street')} error={err('street')} />
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
            <TextInput label={t('portal.register.city')} name="city" autoComplete="address-level2" value={values.city} onChange={set('city')} error={err('city')} />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-contact-heading">
          <Title order={2} size="h3" id="reg-contact-heading" mb="xs">
            {t('portal.register.contactHeading')}
          </Title>
          <Text mb="sm">{t('portal.register.contactHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('booking.email')} name="email" type="email" autoComplete="email" value={values.email} onChange={set('email')} error={err('email')} />
            <TextInput label={t('booking.phone')} name="phone" type="tel" autoComplete="tel" value={values.phone} onChange={set('phone')} error={err('phone')} />
            <NativeSelect
              label={t('portal.register.language')}
              name="language"
              value={language}
              onChange={(e) => {
                setLanguage(e.currentTarget.value === 'en' ? 'en' : 'de');
                touch('language');
              }}
              error={err('language')}
              data={[
                { value: 'de', label: 'Deutsch' },
                { value: 'en', label: 'English' },
              ]}
            />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-claims-heading">
          <Title order={2} size="h3" id="reg-claims-heading" mb="xs">
            {t('portal.register.claimsHeading')}
          </Title>
          <Checkbox.Group
            label={t('portal.register.claimsLabel')}
            description={t('portal.register.claimsHint')}
            value={claims}
            onChange={(v) => {
              setClaims(v as ClaimId[]);
              touch('claims');
            }}
            error={err('claims')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {CLAIM_IDS.map((id) => (
                <Checkbox key={id} value={id} name="claims" label={t(`portal.claims.${id}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-consent-heading">
          <Title order={2} size="h3" id="reg-consent-heading" mb="xs">
            {t('portal.register.consentHeading')}
          </Title>
          <Stack gap="xs" mb="sm" data-testid="consent-notice">
            <Text>{t('portal.register.notice1')}</Text>
            <Text>{t('portal.register.notice2')}</Text>
            <Text>{t('portal.register.notice3')}</Text>
          </Stack>
          <Checkbox
            name="consent"
            required
            checked={consent}
            onChange={(e) => {
              setConsent(e.currentTarget.checked);
              touch('consent');
            }}
            label={t('portal.register.consent')}
            error={err('consent')}
          />
        </Paper>

        <div>
          <Button type="submit" size="md" loading={submitting}>
            {t('portal.register.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
