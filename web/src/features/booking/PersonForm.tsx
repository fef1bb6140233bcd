import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_PERSON, PersonFields, personPayload, validatePerson, type PersonField, type PersonValues } from '../citizens/PersonFields';
import type { PersonInput } from './api';
import { ProofOfWorkStatus } from '../botdefence/ProofOfWorkStatus';

export type PersonFieldErrors = Partial<Record<keyof PersonInput, string>>;

/** The fields a booking asks for (the booking API takes no address). */
const FIELDS = ['givenName', 'familyName', 'birthDate', 'postalCode', 'email', 'phone'] as const satisfies readonly (keyof PersonInput)[];
/** With a verified contact, that contact is the person's: no e-mail or phone fields. */
const VERIFIED_FIELDS = ['givenName', 'familyName', 'birthDate', 'postalCode'] as const satisfies readonly (keyof PersonInput)[];

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

export function PersonForm({ submitting, serverErrors, onSubmit, verifiedContact, initial }: Props) {
  const fields = verifiedContact ? VERIFIED_FIELDS : FIELDS;
  const { t } = useTranslation();
  const [values, setValues] = useState<PersonValues>(() => ({
    ...EMPTY_PERSON,
    ...Object.fromEntries(Object.entries(initial ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')),
  }));
  const [clientErrors, setClientErrors] = useState<PersonFieldErrors>({});
  const [touchedSinceServer, setTouchedSinceServer] = useState<Set<string>>(new Set());
  const [showSummary, setShowSummary] = useState(false);

  const set = (field: PersonField, v: string) => {
    setValues((prev) => ({ ...prev, [field]: v }));
    setClientErrors((prev) => ({ ...prev, [field]: undefined }));
    setTouchedSinceServer((prev) => new Set(prev).add(field));
  };

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs: PersonFieldErrors = validatePerson(verifiedContact ? { ...values, email: '', phone: '' } : values, t, { requiredMessage: t('booking.errors.required') });
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

  const err = (f: PersonField) => {
    if (f === 'street' || f === 'city') return undefined;
    return clientErrors[f] ?? (touchedSinceServer.has(f) ? undefined : serverErrors[f]);
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('booking.step3')}>
      <Stack gap="sm">
        {showSummary && Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" variant="outline">
            {t('booking.errors.checkFields')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonFields audience="citizen" fields={fields} values={values} onChange={set} error={err} />
        </SimpleGrid>
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
