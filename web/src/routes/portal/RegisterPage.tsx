import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { register, type RegistrationRequest, type RegistrationResult as Result } from '../../features/citizens/api';
import { RegistrationForm, type RegistrationField, type RegistrationFieldErrors } from '../../features/citizens/RegistrationForm';
import { RegistrationResult } from '../../features/citizens/RegistrationResult';
import { explain } from '../../problems';
import { useVerificationPolicy } from '../../features/citizens/identity';
import { useCitizenSession, withVerifiedContact } from '../../features/citizens/session';
import { CitizenSessionBar, useProblemText, VerificationStep } from '../../features/citizens/VerificationStep';
import { ErrorAlert } from '../ErrorAlert';

const FORM_FIELDS: RegistrationField[] = ['givenName', 'familyName', 'birthDate', 'postalCode', 'street', 'city', 'email', 'phone', 'claims', 'language'];

/** Field path of a server error (`person.birthDate`, `claims.2`) → form field, if there is one. */
function formField(path: string): RegistrationField | null {
  const f = path.replace(/^person\./, '').split('.')[0] as RegistrationField;
  return FORM_FIELDS.includes(f) ? f : null;
}

/** /register: sign up for the vaccination campaign and learn whether one may book now. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<Result | null>(null);
  const [emailGiven, setEmailGiven] = useState(false);
  const [registered, setRegistered] = useState<RegistrationRequest['person'] | null>(null);
  const [serverErrors, setServerErrors] = useState<RegistrationFieldErrors>({});
  const [formKey, setFormKey] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const policy = useVerificationPolicy();
  const session = useCitizenSession();
  const problemText = useProblemText();

  const mutation = useMutation({
    mutationFn: register,
    onSuccess: (data) => setResult(data),
    onError: (err) => {
      if (err instanceof ApiError && err.status === 422) {
        const mapped: RegistrationFieldErrors = {};
        for (const [path, message] of Object.entries(err.fieldErrors())) {
          const f = formField(path);
          if (f && !mapped[f]) mapped[f] = message;
        }
        setServerErrors(mapped);
      }
      requestAnimationFrame(() => alertRef.current?.focus());
    },
  });

  function submit(req: RegistrationRequest) {
    setServerErrors({});
    const request = { ...req, person: withVerifiedContact(req.person, session) };
    setEmailGiven(Boolean(request.person.email));
    setRegistered(request.person);
    mutation.mutate(request);
  }

  if (result) {
    return (
      <RegistrationResult
        result={result}
        emailGiven={emailGiven}
        person={registered ?? undefined}
        onRegisterAnother={() => {
          setResult(null);
          setServerErrors({});
          mutation.reset();
          setFormKey((k) => k + 1);
        }}
      />
    );
  }

  const err = mutation.error;
  const mismatch = err instanceof ApiError && err.status === 403 && err.code === 'register-mismatch';
  const fieldErrorCount = Object.keys(serverErrors).length;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('portal.register.title')}</Title>
        <Text mt="xs">{t('portal.register.intro')}</Text>
      </div>

      <div ref={alertRef} tabIndex={-1} style={{ outline: 'none' }}>
        {mismatch ? (
          <Alert color="red" variant="outline" role="alert" title={t('portal.register.mismatchTitle')} data-testid="register-mismatch">
            <Text>{explain(err.problem.explanation, i18n.language) || t('portal.register.mismatchDefault')}</Text>
            <Text mt="xs">{t('portal.register.mismatchHint')}</Text>
          </Alert>
        ) : err && err instanceof ApiError && err.status === 422 && fieldErrorCount > 0 ? (
          <Alert color="red" variant="outline" role="alert">
            {t('booking.errors.checkFields')}
          </Alert>
        ) : err && err instanceof ApiError && err.status !== 422 ? (
          <Alert color="red" variant="outline" role="alert">
            {problemText(err)}
          </Alert>
        ) : err ? (
          <ErrorAlert error={err} />
        ) : null}
      </div>

      <CitizenSessionBar />
      {policy.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : policy.data?.required && !session ? (
        <VerificationStep />
      ) : (
        <RegistrationForm key={formKey} submitting={mutation.isPending} serverErrors={serverErrors} onSubmit={submit} verifiedContact={session?.contact.masked} />
      )}
    </Stack>
  );
}
