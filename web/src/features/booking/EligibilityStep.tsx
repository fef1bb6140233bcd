import { Alert, Anchor, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, isoDay, isValidIsoDate } from '../../format';
import { explain } from '../../problems';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { checkEligibility, useEligibilityGroups, type EligibilityDecision } from './api';

/** What the first step found out: the birth date (and postal code) the rest of the booking starts from. */
export interface EligibilityChecked {
  birthDate: string;
  postalCode: string;
  /** null: the organisation publishes no rules, everyone may book. */
  decision: EligibilityDecision | null;
}

/** "Who can book now?": the priority groups of the rules in force, in the page's language. */
export function WhoMayBook() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const groups = useEligibilityGroups();
  if (groups.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (groups.isError) return null; // the check below still answers
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="who-heading" data-testid="who-may-book">
      <Title order={2} size="h3" id="who-heading" mb="xs">
        {t('portal.flow.whoHeading')}
      </Title>
      {!groups.data.restricted ? (
        <Text>{t('portal.flow.whoUnrestricted')}</Text>
      ) : (
        <List spacing={4}>
          {groups.data.groups.map((g) => (
            <List.Item key={g.id} data-testid="who-group" data-open={g.open}>
              <Text span fw={700}>
                {explain(g.label, lng)}
              </Text>{' '}
              ({explain(g.who, lng)}):{' '}
              {g.open ? t('portal.flow.groupOpen') : g.opensAt ? t('portal.flow.groupOpensAt', { date: formatDate(g.opensAt, lng) }) : t('portal.flow.groupNotScheduled')}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

interface Props {
  /** Filled in from a registration ("Jetzt Termin buchen"): checked at once. */
  initial?: { birthDate?: string; postalCode?: string };
  checked: EligibilityChecked | null;
  onChecked: (c: EligibilityChecked | null) => void;
}

/**
 * Step 1 of booking: the birth date first, so that someone who may not book yet hears it, with the reason in
 * their language and the way to an invitation, before they fill in anything else.
 */
export function EligibilityStep({ initial, checked, onChecked }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [birthDate, setBirthDate] = useState(initial?.birthDate ?? '');
  const [postalCode, setPostalCode] = useState(initial?.postalCode ?? '');
  const [errors, setErrors] = useState<{ birthDate?: string; postalCode?: string }>({});
  const resultRef = useRef<HTMLDivElement>(null);

  const check = useMutation({
    mutationFn: (v: { birthDate: string; postalCode: string }) => checkEligibility(v.birthDate).then((decision) => ({ ...v, decision })),
    onSuccess: (c) => {
      onChecked(c.decision === null || c.decision.eligible ? c : null);
      requestAnimationFrame(() => resultRef.current?.focus());
    },
  });

  function validate(v: { birthDate: string; postalCode: string }) {
    const errs: typeof errors = {};
    if (!v.birthDate || !isValidIsoDate(v.birthDate) || v.birthDate > isoDay() || v.birthDate < '1900-01-01') errs.birthDate = t('portal.flow.birthDateInvalid');
    if (v.postalCode && !/^\d{5}$/.test(v.postalCode)) errs.postalCode = t('portal.flow.postalCodeInvalid');
    return errs;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = { birthDate, postalCode: postalCode.trim() };
    const errs = validate(v);
    setErrors(errs);
    onChecked(null);
    if (Object.keys(errs).length) return;
    check.mutate(v);
  }

  // Carried over from a registration: answered without another click.
  const initialBirthDate = initial?.birthDate;
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current || !initialBirthDate) return;
    ran.current = true;
    const v = { birthDate: initialBirthDate, postalCode: initial?.postalCode ?? '' };
    if (Object.keys(validate(v)).length === 0) check.mutate(v);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialBirthDate]);

  const decision = check.data?.decision;
  const refused = check.isSuccess && decision && !decision.eligible ? decision : null;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="check-heading">
      <Title order={2} size="h3" id="check-heading" mb="xs">
        {t('portal.flow.checkHeading')}
      </Title>
      <Text mb="sm">{t('portal.flow.checkIntro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              name="checkBirthDate"
              label={t('portal.flow.birthDate')}
              autoComplete="bday"
              min="1900-01-01"
              max={isoDay()}
              required
              value={birthDate}
              onChange={(e) => {
                setBirthDate(e.currentTarget.value);
                setErrors((x) => ({ ...x, birthDate: undefined }));
              }}
              error={errors.birthDate}
            />
            <TextInput
              name="checkPostalCode"
              label={t('portal.flow.postalCode')}
              autoComplete="postal-code"
              inputMode="numeric"
              maxLength={5}
              value={postalCode}
              onChange={(e) => {
                setPostalCode(e.currentTarget.value);
                setErrors((x) => ({ ...x, postalCode: undefined }));
              }}
              error={errors.postalCode}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" size="md" loading={check.isPending}>
              {t('portal.flow.check')}
            </Button>
          </Group>
        </Stack>
      </form>
      <div ref={resultRef} tabIndex={-1} style={{ outline: 'none' }}>
        {check.isError && <ErrorAlert error={check.error} mb="sm" />}
        {refused && (
          <Alert mt="md" color="red.9" variant="outline" role="alert" title={t('portal.flow.notEligibleTitle')} data-testid="not-eligible">
            <Stack gap="xs" align="flex-start">
              <Text fw={700} data-testid="not-eligible-reason">
                {explain(refused.explanation, lng)}
              </Text>
              <Text>{t('portal.flow.registerHint')}</Text>
              <Anchor component={Link} to="/register" fw={700} data-testid="register-link">
                {t('portal.flow.registerLink')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {checked && (
          <Alert mt="md" color="teal.9" variant="outline" role="status" title={t('portal.flow.eligibleTitle')} data-testid="eligible">
            {checked.decision && <Text c="dark.8">{explain(checked.decision.explanation, lng)}</Text>}
          </Alert>
        )}
      </div>
    </Paper>
  );
}
