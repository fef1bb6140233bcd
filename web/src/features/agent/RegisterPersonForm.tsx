import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { CLAIMS, type Claim } from '../rules/api';
import { registerPerson, type RegistrationInput, type RegistrationResult } from './api';

const FIELDS = ['givenName', 'familyName', 'birthDate', 'postalCode', 'street', 'city', 'email', 'phone'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: Field[] = ['givenName', 'familyName', 'birthDate', 'postalCode'];

interface Props {
  /** Prefilled from the search that found nobody. */
  initial?: Partial<Record<'givenName' | 'familyName' | 'birthDate' | 'email' | 'phone', string>>;
  onCancel: () => void;
  onRegistered: (r: RegistrationResult) => void;
}

/** The agent registers a caller: person, address and contact, priority claims and language. */
export function RegisterPersonForm({ initial, onCancel, onRegistered }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, (initial as Partial<Record<Field, string>> | undefined)?.[f] ?? ''])) as Record<Field, string>,
  );
  const [claims, setClaims] = useState<Claim[]>([]);
  const [language, setLanguage] = useState<'de' | 'en'>('de');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const register = useMutation({ mutationFn: registerPerson, onSuccess: onRegistered });
  const serverErrors = register.error instanceof ApiError ? register.error.fieldErrors() : {};
  const err = (f: Field) => clientErrors[f] ?? serverErrors[`person.${f}`];

  const set = (f: Field) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setValues((prev) => ({ ...prev, [f]: v }));
    setClientErrors((prev) => ({ ...prev, [f]: undefined }));
  };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    for (const f of REQUIRED) if (!values[f].trim()) errs[f] = t('common.required');
    if (values.birthDate && !isValidIsoDate(values.birthDate)) errs.birthDate = t('booking.errors.birthDate');
    if (values.postalCode.trim() && !/^\d{5}$/.test(values.postalCode.trim())) errs.postalCode = t('booking.errors.postalCode');
    if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errs.email = t('booking.errors.email');
    setClientErrors(errs);
    const invalid = Object.keys(errs);
    if (invalid.length) {
      e.currentTarget.querySelector<HTMLInputElement>(`[name="${invalid[0]}"]`)?.focus();
      return;
    }
    const person: Record<string, string> = {};
    for (const f of FIELDS) if (values[f].trim()) person[f] = values[f].trim();
    register.mutate({ person: person as unknown as RegistrationInput['person'], claims, language });
  }

  const input = (f: Field, extra: Partial<React.ComponentProps<typeof TextInput>> = {}) => (
    <TextInput
      label={t(`console.agent.person.${f}`)}
      name={f}
      required={REQUIRED.includes(f)}
      value={values[f]}
      onChange={set(f)}
      error={err(f)}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="register-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="register-heading">
          {t('console.agent.registerTitle')}
        </Title>
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" variant="outline" role="alert">
            {t('console.checkFields')}
          </Alert>
        )}
        {register.isError && <ErrorAlert error={register.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('givenName', { autoComplete: 'off' })}
          {input('familyName', { autoComplete: 'off' })}
          {input('birthDate', { type: 'date', max: '9999-12-31' })}
          {input('postalCode', { inputMode: 'numeric', maxLength: 5 })}
          {input('street')}
          {input('city')}
          {input('email', { type: 'email' })}
          {input('phone', { type: 'tel' })}
          <NativeSelect
            label={t('console.agent.person.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as 'de' | 'en')}
            data={[
              { value: 'de', label: t('console.agent.languages.de') },
              { value: 'en', label: t('console.agent.languages.en') },
            ]}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('console.agent.person.claims')} description={t('console.agent.claimsHelp')} value={claims} onChange={(v) => setClaims(v as Claim[])}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
            {CLAIMS.map((c) => (
              <Checkbox key={c} value={c} label={t(`console.claims.${c}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={register.isPending}>
            {t('console.agent.register')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
