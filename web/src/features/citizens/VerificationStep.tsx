import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api';
import { ProofOfWorkStatus } from '../botdefence/ProofOfWorkStatus';
import { checkCode, ME_KEY, requestCode, signOutCitizen, useDemoMailbox, type VerificationStarted } from './identity';
import { clearCitizenSession, saveCitizenSession, useCitizenSession } from './session';

/** Text of a problem for the citizen, by its code (never the server's English detail); a general text else. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return (err: unknown): string => {
    if (err instanceof ApiError) return err.text(i18n.language);
    return t('portal.problems.default');
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()/-]{6,20}$/;

/**
 * The first step of registering and booking: the person proves control of an e-mail address or mobile number
 * with a 6-digit code sent there. Then the pages go on under that contact (the session).
 */
export function VerificationStep({ headingLevel = 2, intro }: { headingLevel?: 2 | 3; intro?: string }) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const id = useId();
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  const [contact, setContact] = useState('');
  const [contactError, setContactError] = useState<string | null>(null);
  const [started, setStarted] = useState<VerificationStarted | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [resendIn, setResendIn] = useState(0);
  const codeRef = useRef<HTMLInputElement>(null);
  const mailbox = useDemoMailbox(Boolean(started));

  useEffect(() => {
    if (resendIn <= 0) return;
    const timer = setTimeout(() => setResendIn((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [resendIn]);

  const send = useMutation({
    mutationFn: () => requestCode(channel === 'email' ? { email: contact.trim() } : { phone: contact.trim() }, i18n.language === 'en' ? 'en' : 'de'),
    onSuccess: (s) => {
      setStarted(s);
      setCode('');
      setCodeError(null);
      setResendIn(s.resendAfterSeconds);
      requestAnimationFrame(() => codeRef.current?.focus());
    },
  });

  const check = useMutation({
    mutationFn: () => checkCode(started!.verificationId, code.trim()),
    onSuccess: (s) => {
      saveCitizenSession({ token: s.token, contact: s.contact, value: contact.trim() });
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 422) setCodeError(t('portal.problems.wrong-code'));
      else setCodeError(problemText(err));
      if (err instanceof ApiError && (err.status === 410 || err.status === 404)) setStarted(null);
    },
  });

  function submitContact(e: FormEvent) {
    e.preventDefault();
    const v = contact.trim();
    const ok = channel === 'email' ? EMAIL.test(v) : PHONE.test(v);
    setContactError(ok ? null : t(channel === 'email' ? 'portal.identity.errors.email' : 'portal.identity.errors.phone'));
    if (ok) send.mutate();
  }

  function submitCode(e: FormEvent) {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('portal.identity.errors.code'));
      codeRef.current?.focus();
      return;
    }
    setCodeError(null);
    check.mutate();
  }

  const Heading = (
    <Title order={headingLevel} size="h3" id={`${id}-heading`}>
      {t('portal.identity.heading')}
    </Title>
  );

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={`${id}-heading`} data-testid="verification-step">
      <Stack gap="sm">
        {Heading}
        <Text>{intro ?? t('portal.identity.intro')}</Text>
        {!started ? (
          <form onSubmit={submitContact} noValidate aria-label={t('portal.identity.heading')}>
            <Stack gap="sm">
              <SegmentedControl
                value={channel}
                onChange={(v) => {
                  setChannel(v as 'email' | 'sms');
                  setContactError(null);
                }}
                data={[
                  { value: 'email', label: t('portal.identity.byEmail') },
                  { value: 'sms', label: t('portal.identity.byPhone') },
                ]}
                aria-label={t('portal.identity.how')}
              />
              {channel === 'email' ? (
                <TextInput
                  key="email"
                  label={t('portal.identity.email')}
                  name="verifyEmail"
                  type="email"
                  autoComplete="email"
                  required
                  value={contact}
                  onChange={(e) => setContact(e.currentTarget.value)}
                  error={contactError}
                />
              ) : (
                <TextInput
                  key="phone"
                  label={t('portal.identity.phone')}
                  name="verifyPhone"
                  type="tel"
                  autoComplete="tel"
                  inputMode="tel"
                  required
                  value={contact}
                  onChange={(e) => setContact(e.currentTarget.value)}
                  error={contactError}
                />
              )}
              {send.isError && (
                <Alert color="red" variant="outline" role="alert">
                  {problemText(send.error)}
                </Alert>
              )}
              <div>
                <Button type="submit" loading={send.isPending}>
                  {t('portal.identity.sendCode')}
                </Button>
              </div>
              <ProofOfWorkStatus />
            </Stack>
          </form>
        ) : (
          <form onSubmit={submitCode} noValidate aria-label={t('portal.identity.codeForm')}>
            <Stack gap="sm">
              <Text role="status" data-testid="code-sent">
                {t(channel === 'email' ? 'portal.identity.sentEmail' : 'portal.identity.sentPhone', { contact: contact.trim(), minutes: Math.round(started.expiresInSeconds / 60) })}
              </Text>
              <TextInput
                ref={codeRef}
                label={t('portal.identity.code')}
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={6}
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
                error={codeError}
                styles={{ input: { letterSpacing: '0.3em', fontSize: '1.25rem', maxWidth: '12rem' } }}
              />
              <Group gap="sm" wrap="wrap">
                <Button type="submit" loading={check.isPending}>
                  {t('portal.identity.continue')}
                </Button>
                <Button variant="default" onClick={() => send.mutate()} disabled={resendIn > 0 || send.isPending}>
                  {resendIn > 0 ? t('portal.identity.resendIn', { seconds: resendIn }) : t('portal.identity.resend')}
                </Button>
                <Button variant="subtle" onClick={() => setStarted(null)}>
                  {t('portal.identity.otherContact')}
                </Button>
              </Group>
              {mailbox.isSuccess && (
                <Alert color="dark" variant="outline" role="note" title={t('portal.mailbox.demo')}>
                  <Text c="dark.8">
                    {t('portal.mailbox.hint')}{' '}
                    <Anchor component={Link} to="/demo/postfach" target="_blank" data-testid="demo-mailbox-link">
                      {t('portal.mailbox.link')}
                    </Anchor>
                  </Text>
                </Alert>
              )}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

/** Who is signed in (the verified contact, masked) and a way out; nothing without a session. */
export function CitizenSessionBar() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const queryClient = useQueryClient();
  const out = useMutation({
    mutationFn: () => signOutCitizen(session!.token).catch(() => undefined),
    onSettled: () => {
      clearCitizenSession();
      queryClient.removeQueries({ queryKey: ME_KEY });
    },
  });
  if (!session) return null;
  return (
    <Alert color="teal" variant="outline" role="status" data-testid="citizen-session">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text c="dark.8">{t('portal.identity.signedInAs', { contact: session.contact.masked })}</Text>
        <Button size="compact-sm" variant="outline" color="dark" onClick={() => out.mutate()} loading={out.isPending}>
          {t('portal.identity.signOut')}
        </Button>
      </Group>
    </Alert>
  );
}
