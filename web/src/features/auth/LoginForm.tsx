import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { lockedOut, lockedOutText } from './AccountActions';
import { useLogin } from './api';

/** Why the sign-in is shown again: the session ended (idle, expired, revoked) or the user signed out everywhere. */
export type LoginNotice = 'sessionEnded' | 'signedOutEverywhere';

export function LoginForm({ notice }: { notice?: LoginNotice | null }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: typeof errors = {};
    if (!email.trim()) errs.email = t('booking.errors.required');
    if (!password) errs.password = t('booking.errors.required');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    login.mutate({ email: email.trim(), password });
  }

  const badCredentials = login.error instanceof ApiError && login.error.status === 401;
  const wait = lockedOut(login.error);

  return (
    <Stack maw={420} mx="auto" w="100%">
      <Title order={1}>{t('staff.loginTitle')}</Title>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {notice && !login.isError && (
              <Alert color="blue" variant="outline" role="status" data-testid="login-notice">
                {t(notice === 'sessionEnded' ? 'console.account.sessionEnded' : 'console.account.signedOutEverywhere')}
              </Alert>
            )}
            {wait !== null && (
              <Alert color="red" variant="outline" role="alert" data-testid="login-locked">
                {lockedOutText(t, wait)}
              </Alert>
            )}
            {badCredentials && (
              <Alert color="red" variant="outline" role="alert">
                {t('staff.invalidCredentials')}
              </Alert>
            )}
            {login.isError && !badCredentials && wait === null && <ErrorAlert error={login.error} />}
            <TextInput
              label={t('staff.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <PasswordInput
              label={t('staff.password')}
              name="password"
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('staff.togglePassword') }}
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
            />
            <Button type="submit" loading={login.isPending}>
              {t('staff.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
