import { Alert, Button, Checkbox, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIMS, type Claim } from '../claims';
import type { RegistrationPerson, RegistrationRequest } from './api';
import { EMPTY_PERSON, PERSON_FIELDS, PersonFields, personPayload, validatePerson, type PersonField, type PersonValues } from './PersonFields';
import { ProofOfWorkStatus } from '../botdefence/ProofOfWorkStatus';

export type RegistrationField = PersonField | 'claims' | 'language' | 'consent';
export type RegistrationFieldErrors = Partial<Record<RegistrationField, string>>;

interface Props {
  submitting: boolean;
  /** Field errors from the server (422), keyed by form field. */
  serverErrors: RegistrationFieldErrors;
  onSubmit: (request: RegistrationRequest) => void;
  /** The verified contact (masked), when the person registers under one: it is their contact, no fields for it. */
  verifiedContact?: string;
}

/** The registration form: person, address, contact, preferred language, priority claims and consent. */
export function RegistrationForm({ submitting, serverErrors, onSubmit, verifiedContact }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<PersonValues>(EMPTY_PERSON);
  const [language, setLanguage] = useState<'de' | 'en'>(i18n.language === 'en' ? 'en' : 'de');
  const [claims, setClaims] = useState<Claim[]>([]);
  const [consent, setConsent] = useState(false);
  const [clientErrors, setClientErrors] = useState<RegistrationFieldErrors>({});
  const [touched, setTouched] = useState<Set<RegistrationField>>(new Set());
  const [showSummary, setShowSummary] = useState(false);

  const touch = (f: RegistrationField) => {
    setClientErrors((prev) => ({ ...prev, [f]: undefined }));
    setTouched((prev) => new Set(prev).add(f));
  };
  const set = (f: PersonField, v: string) => {
    setValues((prev) => ({ ...prev, [f]: v }));
    touch(f);
  };

  function validate(): RegistrationFieldErrors {
    const errs: RegistrationFieldErrors = validatePerson(verifiedContact ? { ...values, email: '', phone: '' } : values, t, { requiredMessage: t('booking.errors.required'), birthDateRange: true, phone: true });
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
    const person = personPayload(values, verifiedContact ? PERSON_FIELDS.filter((f) => f !== 'email' && f !== 'phone') : PERSON_FIELDS) as RegistrationPerson;
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
            <PersonFields audience="citizen" fields={['givenName', 'familyName', 'birthDate']} values={values} onChange={set} error={err} />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-address-heading">
          <Title order={2} size="h3" id="reg-address-heading" mb="sm">
            {t('portal.register.addressHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PersonFields audience="citizen" fields={['street', 'postalCode', 'city']} values={values} onChange={set} error={err} />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="reg-contact-heading">
          <Title order={2} size="h3" id="reg-contact-heading" mb="xs">
            {t('portal.register.contactHeading')}
          </Title>
          {verifiedContact ? (
            <Text mb="sm" data-testid="verified-contact">
              {t('portal.identity.verifiedContact', { contact: verifiedContact })}
            </Text>
          ) : (
            <Text mb="sm">{t('portal.register.contactHint')}</Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {!verifiedContact && <PersonFields audience="citizen" fields={['email', 'phone']} values={values} onChange={set} error={err} />}
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
              setClaims(v as Claim[]);
              touch('claims');
            }}
            error={err('claims')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {CLAIMS.map((id) => (
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
        <ProofOfWorkStatus />
      </Stack>
    </form>
  );
}
