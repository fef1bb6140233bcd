import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_PERSON, needsPostalAddress, PersonFields, personPayload, validatePerson, type PersonField, type PersonValues } from '../citizens/PersonFields';
import type { PersonInput } from './api';
import { ProofOfWorkStatus } from '../botdefence/ProofOfWorkStatus';

export type PersonFieldErrors = Partial<Record<keyof PersonInput, string>>;

/** The fields a booking asks for; the postal address only where the person is reached by post. */
const FIELDS = ['givenName', 'familyName', 'birthDate', 'postalCode', 'email', 'phone'] as const satisfies readonly (keyof PersonInput)[];
/** With a verified contact, that contact is the person's: no e-mail or phone fields. */
const VERIFIED_FIELDS = ['givenName', 'familyName', 'birthDate', 'postalCode'] as const satisfies readonly (keyof PersonInput)[];
/** The rest of the postal address (the postal code is asked for everyone). */
const ADDRESS_FIELDS = ['street', 'city'] as const satisfies readonly (keyof PersonInput)[];

interface Props {
  submitting: boolean;
  /** Field errors from the server (422), keyed by person field. */
  serverErrors: PersonFieldErrors;
  onSubmit: (person: PersonInput) => void;
  /** The verified contact (masked), when the person books under one: messages go there. */
  verifiedContact?: string;
  /** Values known already (the birth date checked in step 1, a registration carried over). */
  initial?: Partial<PersonValues>;
}

/**
 * The person's details for a booking. The checks are the registration form's (validatePerson: birth date in
 * the past, phone format). Without a verified contact, a person who gives neither e-mail nor phone gets
 * the confirmation and reminder by letter: the form then asks for the street and city as well.
 */
export function PersonForm({ submitting, serverErrors, onSubmit, verifiedContact, initial }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PersonValues>(() => ({
    ...EMPTY_PERSON,
    ...Object.fromEntries(Object.entries(initial ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')),
  }));
  const [clientErrors, setClientErrors] = useState<PersonFieldErrors>({});
  const [touchedSinceServer, setTouchedSinceServer] = useState<Set<string>>(new Set());
  const [showSummary, setShowSummary] = useState(false);
  const byPost = !verifiedContact && needsPostalAddress(values);
  const fields: readonly PersonField[] = verifiedContact ? VERIFIED_FIELDS : byPost ? [...FIELDS, ...ADDRESS_FIELDS] : FIELDS;

  const set = (field: PersonField, v: string) => {
    setValues((prev) => ({ ...prev, [field]: v }));
    setClientErrors((prev) => ({ ...prev, [field]: undefined }));
    setTouchedSinceServer((prev) => new Set(prev).add(field));
  };

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const shown: PersonValues = verifiedContact ? { ...values, email: '', phone: '', street: '', city: '' } : byPost ? values : { ...values, street: '', city: '' };
    const errs: PersonFieldErrors = validatePerson(shown, t, {
      requiredMessage: t('booking.errors.required'),
      birthDateRange: true,
      phone: true,
      ...(verifiedContact ? {} : { addressForLetters: t('portal.letters.required') }),
    });
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
    onSubmit(personPayload(values, fields) as PersonInput);
  }

  const err = (f: PersonField) => clientErrors[f] ?? (touchedSinceServer.has(f) ? undefined : serverErrors[f]);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('portal.flow.step4')}>
      <Stack gap="sm">
        {showSummary && Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" variant="outline">
            {t('booking.errors.checkFields')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonFields audience="citizen" fields={verifiedContact ? VERIFIED_FIELDS : FIELDS} values={values} onChange={set} error={err} />
        </SimpleGrid>
        {byPost && (
          <Paper withBorder p="sm" component="section" aria-labelledby="booking-letters-heading" data-testid="postal-address">
            <Title order={3} size="h4" id="booking-letters-heading" mb={4}>
              {t('portal.letters.heading')}
            </Title>
            <Text mb="xs">{t('portal.letters.hint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PersonFields audience="citizen" fields={ADDRESS_FIELDS} values={values} onChange={set} error={err} alsoRequired={ADDRESS_FIELDS} />
            </SimpleGrid>
          </Paper>
        )}
        {verifiedContact && <Text data-testid="verified-contact">{t('portal.identity.verifiedContact', { contact: verifiedContact })}</Text>}
        <div>
          <Button type="submit" size="md" loading={submitting}>
            {t('booking.submit')}
          </Button>
        </div>
        <ProofOfWorkStatus />
      </Stack>
    </form>
  );
}
