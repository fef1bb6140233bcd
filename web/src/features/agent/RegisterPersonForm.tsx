import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { CLAIMS, type Claim } from '../claims';
import { EMPTY_PERSON, PERSON_FIELDS, PersonFields, personPayload, validatePerson, type PersonErrors, type PersonField, type PersonValues } from '../citizens/PersonFields';
import { registerPerson, type RegistrationInput, type RegistrationResult } from './api';

interface Props {
  /** Prefilled from the search that found nobody. */
  initial?: Partial<Record<'givenName' | 'familyName' | 'birthDate' | 'email' | 'phone', string>>;
  onCancel: () => void;
  onRegistered: (r: RegistrationResult) => void;
}

/** The agent registers a caller: person, address and contact, priority claims and language. */
export function RegisterPersonForm({ initial, onCancel, onRegistered }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PersonValues>(() => {
    const v = { ...EMPTY_PERSON };
    for (const [f, x] of Object.entries(initial ?? {})) if (x) v[f as PersonField] = x;
    return v;
  });
  const [claims, setClaims] = useState<Claim[]>([]);
  const [language, setLanguage] = useState<'de' | 'en'>('de');
  const [clientErrors, setClientErrors] = useState<PersonErrors>({});
  const register = useMutation({ mutationFn: registerPerson, onSuccess: onRegistered });
  const serverErrors = register.error instanceof ApiError ? register.error.fieldErrors() : {};
  const err = (f: PersonField) => clientErrors[f] ?? serverErrors[`person.${f}`];

  const set = (f: PersonField, v: string) => {
    setValues((prev) => ({ ...prev, [f]: v }));
    setClientErrors((prev) => ({ ...prev, [f]: undefined }));
  };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs = validatePerson(values, t, { requiredMessage: t('common.required') });
    setClientErrors(errs);
    const invalid = Object.keys(errs);
    if (invalid.length) {
      e.currentTarget.querySelector<HTMLInputElement>(`[name="${invalid[0]}"]`)?.focus();
      return;
    }
    register.mutate({ person: personPayload(values, PERSON_FIELDS) as RegistrationInput['person'], claims, language });
  }

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
          <PersonFields audience="staff" fields={PERSON_FIELDS} values={values} onChange={set} error={err} />
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
