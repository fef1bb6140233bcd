import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, errorCode } from '../../api';
import { PASSWORD_POLICY, useChangePassword, useSignOutEverywhere } from './api';

/** The lock-out message with the wait in seconds (under a minute) or whole minutes (rounded up). */
export function lockedOutText(t: TFunction, seconds: number | undefined): string {
  const s = Math.max(1, Math.round(seconds ?? 60));
  return s < 60 ? t('console.account.lockedSeconds', { count: s }) : t('console.account.lockedMinutes', { count: Math.ceil(s / 60) });
}

/** The wait of a 429 answer, or null for any other outcome. */
export function lockedOut(err: unknown): number | null {
  return err instanceof ApiError && err.status === 429 ? (err.problem.retryAfter ?? 60) : null;
}

const length = (s: string) => [...s].length;

/** The dialog to change one's own password; the policy is explained, every error is in the user's language. */
export function ChangePasswordDialog({ opened, onClose, onChanged }: { opened: boolean; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; repeat?: string }>({});
  const { minLength: min, maxLength: max } = PASSWORD_POLICY;

  function close() {
    setCurrent('');
    setNext('');
    setRepeat('');
    setErrors({});
    change.reset();
    onClose();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: typeof errors = {};
    if (!current) errs.current = t('common.required');
    if (length(next) < min) errs.next = t('console.account.errors.tooShort', { min });
    else if (length(next) > max) errs.next = t('console.account.errors.tooLong', { max });
    if (!errs.next && next !== repeat) errs.repeat = t('console.account.errors.mismatch');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          close();
          onChanged();
        },
        onError: (err) => {
          // The server's problem types, in the user's language (never its English detail).
          const code = errorCode(err);
          if (code === 'password-too-short') setErrors({ next: t('console.account.errors.tooShort', { min }) });
          else if (code === 'password-too-long') setErrors({ next: t('console.account.errors.tooLong', { max }) });
          else if (code === 'password-breached') setErrors({ next: t('console.account.errors.breached') });
          else if (code === 'current-password-wrong') setErrors({ current: t('console.account.errors.wrongCurrent') });
        },
      },
    );
  }

  const wait = lockedOut(change.error);
  const known = ['password-too-short', 'password-too-long', 'password-breached', 'current-password-wrong'];
  const otherError = change.isError && wait === null && !known.includes(errorCode(change.error));

  return (
    <Modal opened={opened} onClose={close} title={t('console.account.changePasswordTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" id="password-policy">
            {t('console.account.policy', { min, max })}
          </Text>
          {wait !== null && (
            <Alert color="red" variant="outline" role="alert" data-testid="change-password-locked">
              {lockedOutText(t, wait)}
            </Alert>
          )}
          {otherError && (
            <Alert color="red" variant="outline" role="alert">
              {t('console.account.errors.generic')}
            </Alert>
          )}
          <PasswordInput
            label={t('console.account.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('staff.togglePassword') }}
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.current}
            data-autofocus
          />
          <PasswordInput
            label={t('console.account.newPassword')}
            name="newPassword"
            autoComplete="new-password"
            aria-describedby="password-policy"
            visibilityToggleButtonProps={{ 'aria-label': t('staff.togglePassword') }}
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.next}
          />
          <PasswordInput
            label={t('console.account.repeatPassword')}
            name="repeatPassword"
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('staff.togglePassword') }}
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={errors.repeat}
          />
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('console.account.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "Sign out everywhere" with a confirmation: ends every session of the user, this one included. */
export function SignOutEverywhereButton({ onConfirmed }: { onConfirmed: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const everywhere = useSignOutEverywhere();
  return (
    <>
      <Button variant="default" size="sm" onClick={() => setOpened(true)}>
        {t('console.account.signOutEverywhere')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('console.account.signOutEverywhereTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          <Text>{t('console.account.signOutEverywhereText')}</Text>
          {everywhere.isError && (
            <Alert color="red" variant="outline" role="alert">
              {t('app.genericError')}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={everywhere.isPending}
              onClick={() => {
                onConfirmed();
                everywhere.mutate(undefined, { onSuccess: () => setOpened(false) });
              }}
            >
              {t('console.account.signOutEverywhereConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The warning shown while demo accounts with a published password can sign in (PostgreSQL in demo mode). */
export function DemoAccountsBanner() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="outline" role="status" title={t('console.account.demoBannerTitle')} data-testid="demo-accounts-banner">
      {t('console.account.demoBannerText')}
    </Alert>
  );
}
