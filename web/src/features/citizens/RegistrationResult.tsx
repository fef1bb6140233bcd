import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePublicProducts, productName } from '../booking/api';
import type { RegistrationResult as Result } from './api';
import { explain } from '../../problems';

interface Props {
  result: Result;
  emailGiven: boolean;
  onRegisterAnother: () => void;
  /** Who was registered: "Jetzt Termin buchen" carries it over to the booking page (router state, not the URL). */
  person?: { givenName?: string; familyName?: string; birthDate?: string; postalCode?: string; email?: string | null; phone?: string | null };
}

/** The registered person's details the booking form asks for (no empty or null values). */
function carried(p: NonNullable<Props['person']>) {
  const out: Record<string, string> = {};
  for (const k of ['givenName', 'familyName', 'birthDate', 'postalCode', 'email', 'phone'] as const) {
    const v = p[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return out;
}

/** "You are registered": the eligibility decision and what happens next. */
export function RegistrationResult({ result, emailGiven, onRegisterAnother, person }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const products = usePublicProducts();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const d = result.decision;
  const allowed = d?.eligible ? d.products.filter((p) => p.allowed) : [];

  return (
    <Stack gap="lg" data-testid="registration-result">
      <Title order={1} ref={headingRef} tabIndex={-1}>
        {t('portal.registered.title')}
      </Title>
      {result.status === 'updated' && <Text>{t('portal.registered.updated')}</Text>}

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="eligibility-heading">
        <Title order={2} size="h3" id="eligibility-heading" mb="sm">
          {t('portal.registered.eligibilityHeading')}
        </Title>
        {d ? (
          <Text fw={700} data-testid="eligibility-explanation">
            {explain(d.explanation, lng)}
          </Text>
        ) : (
          <Text data-testid="eligibility-explanation">{t('portal.registered.noDecision')}</Text>
        )}
        {allowed.length > 0 && (
          <>
            <Text mt="sm">{t('portal.registered.allowedProducts')}</Text>
            <List mt="xs" spacing={4}>
              {allowed.map((p) => (
                <List.Item key={p.id}>{productName(products.data, p.id)}</List.Item>
              ))}
            </List>
          </>
        )}
        {d?.eligible ? (
          <Stack gap="xs" mt="md" align="flex-start">
            <Text>{t('portal.registered.eligibleNext')}</Text>
            <Button component={Link} to="/" state={person ? { person: carried(person) } : undefined} data-testid="book-now">
              {t('portal.registered.bookNow')}
            </Button>
          </Stack>
        ) : (
          <Text mt="md" data-testid="invite-later">
            {t('portal.registered.inviteLater')}
          </Text>
        )}
      </Paper>

      {result.emailConfirmation === 'sent' && (
        <Alert color="blue" variant="light" title={t('portal.registered.confirmEmailTitle')} data-testid="confirm-email-hint">
          <Text c="dark.8">{t('portal.registered.confirmEmail')}</Text>
        </Alert>
      )}
      {result.emailConfirmation !== 'sent' && !emailGiven && <Text>{t('portal.registered.noEmail')}</Text>}

      <div>
        <Button variant="subtle" onClick={onRegisterAnother}>
          {t('portal.registered.registerAnother')}
        </Button>
      </div>
    </Stack>
  );
}
