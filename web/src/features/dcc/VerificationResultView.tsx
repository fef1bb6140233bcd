import { Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { VerificationResult } from './api';
import classes from './dcc.module.css';
import { countryName, dccProductName, readDcc } from './payload';

export type VerificationSource = 'camera' | 'paste' | 'upload';

const STEPS = ['decoded', 'signatureValid', 'timeValid', 'keyUsageValid', 'schemaValid', 'valueSetsValid', 'notRevoked'] as const;
type Step = (typeof STEPS)[number];
type StepStatus = 'passed' | 'failed' | 'skipped';

/**
 * Whether the issuer has revoked the certificate: the server checks its revocation list on top of the
 * signature and reports a hit as an error starting with "revocation" (or, should it say so directly,
 * as `revoked`).
 */
function isRevoked(result: VerificationResult): boolean {
  const direct = (result as { revoked?: unknown }).revoked;
  if (typeof direct === 'boolean') return direct;
  return result.errors.some((e) => /^revocation\b/i.test(e));
}

// Colors with at least 4.5:1 contrast to white text.
const STATUS_COLOR: Record<StepStatus, string> = { passed: 'teal.9', failed: 'red.9', skipped: 'gray.7' };
const STATUS_SYMBOL: Record<StepStatus, string> = { passed: '✓', failed: '✗', skipped: '–' };

function stepStatus(result: VerificationResult, step: Step): StepStatus {
  // Nothing but decoding can be checked in content that could not be decoded.
  if (step !== 'decoded' && !result.decoded) return 'skipped';
  if (step === 'notRevoked') return isRevoked(result) ? 'failed' : 'passed';
  return result[step] ? 'passed' : 'failed';
}

/** A YYYY-MM-DD date formatted; partial dates (YYYY-MM, YYYY), as DCCs allow for birth dates, as they are. */
function dccDate(value: string, lng: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lng) : value;
}

interface Props {
  result: VerificationResult;
  source: VerificationSource;
}

/** The verification's verdict, each step with a green or red mark and words, and the decoded content. */
export const VerificationResultView = forwardRef<HTMLHeadingElement, Props>(function VerificationResultView({ result, source }, headingRef) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const content = result.decoded ? readDcc(result.payload) : null;
  const v = content?.vaccination ?? null;

  const rows: [key: string, label: string, value: string][] = [];
  if (content) {
    rows.push(['name', t('dcc.verify.result.name'), `${content.givenName} ${content.familyName}`.trim()]);
    if (content.familyNameT || content.givenNameT) {
      rows.push(['name-t', t('dcc.verify.result.transliterated'), [content.familyNameT, content.givenNameT].filter(Boolean).join('<<')]);
    }
    rows.push(['birth-date', t('dcc.verify.result.birthDate'), dccDate(content.birthDate, lng)]);
    rows.push(['kind', t('dcc.verify.result.kind'), t(`dcc.verify.result.kinds.${content.kind}`)]);
  }
  if (v) {
    const name = dccProductName(v.product);
    rows.push(['vaccine', t('dcc.verify.result.vaccine'), name === v.product ? v.product : `${name} (${v.product})`]);
    rows.push(['dose', t('dcc.verify.result.dose'), t('dcc.verify.result.doseValue', { n: v.doseNumber ?? '?', m: v.seriesDoses ?? '?' })]);
    rows.push(['date', t('dcc.verify.result.date'), dccDate(v.date, lng)]);
    rows.push(['country', t('dcc.verify.result.country'), countryName(v.country, lng)]);
    rows.push(['issuer', t('dcc.verify.result.issuer'), v.issuer]);
    rows.push(['uvci', t('dcc.verify.result.uvci'), v.uvci]);
  }
  if (result.kid) rows.push(['kid', t('dcc.verify.result.kid'), result.kid]);

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="verification-heading" data-testid="verification-result">
      <Stack gap="md">
        <Title order={2} size="h3" id="verification-heading" ref={headingRef} tabIndex={-1}>
          {t('dcc.verify.result.heading')}
        </Title>
        <Text size="sm" c="gray.7">
          {t(`dcc.verify.result.from.${source}`)}
        </Text>

        <Box
          bg={result.valid ? 'teal.9' : 'red.9'}
          c="white"
          p="md"
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          data-testid="verdict"
          data-valid={String(result.valid)}
        >
          <Group gap="sm" wrap="nowrap" align="center">
            <Text span fz={40} fw={800} lh={1} aria-hidden>
              {result.valid ? '✓' : '✗'}
            </Text>
            <div>
              <Text fz={28} fw={800} lh={1.2} data-testid="verdict-label">
                {t(result.valid ? 'dcc.verify.result.valid' : 'dcc.verify.result.invalid')}
              </Text>
              <Text c="white">{t(result.valid ? 'dcc.verify.result.validText' : 'dcc.verify.result.invalidText')}</Text>
            </div>
          </Group>
        </Box>

        <section aria-labelledby="verification-steps-heading">
          <Title order={3} size="h4" id="verification-steps-heading" mb="xs">
            {t('dcc.verify.result.stepsHeading')}
          </Title>
          <List listStyleType="none" spacing="xs" p={0} data-testid="verification-steps">
            {STEPS.map((step) => {
              const status = stepStatus(result, step);
              return (
                <List.Item key={step} data-testid="step" data-step={step} data-status={status}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Box
                      aria-hidden
                      bg={STATUS_COLOR[status]}
                      c="white"
                      fw={800}
                      style={{
                        flex: '0 0 auto',
                        width: 28,
                        height: 28,
                        borderRadius: '50%',
                        display: 'flex',
                        alignItems: 'center',
                        justifyContent: 'center',
                      }}
                    >
                      {STATUS_SYMBOL[status]}
                    </Box>
                    <div>
                      <Text>
                        <Text span fw={700}>
                          {t(`dcc.verify.result.steps.${step}`)}:
                        </Text>{' '}
                        <Text span fw={700} c={status === 'passed' ? 'teal.9' : status === 'failed' ? 'red.9' : 'gray.7'} data-testid="step-status">
                          {t(`dcc.verify.result.${status}`)}
                        </Text>
                      </Text>
                      <Text size="sm" c="gray.7">
                        {t(`dcc.verify.result.stepHelp.${step}`)}
                      </Text>
                    </div>
                  </Group>
                </List.Item>
              );
            })}
          </List>
        </section>

        {rows.length > 0 && (
          <section aria-labelledby="verification-content-heading">
            <Title order={3} size="h4" id="verification-content-heading" mb="xs">
              {t('dcc.verify.result.contentHeading')}
            </Title>
            <div className={classes.detailsBox}>
              <dl className={classes.details} data-testid="verification-content">
                {rows.map(([key, label, value]) => [
                  <Text component="dt" fw={700} key={`${key}-dt`}>
                    {label}
                  </Text>,
                  <Text
                    component="dd"
                    key={`${key}-dd`}
                    data-testid={`content-${key}`}
                    ff={key === 'uvci' || key === 'kid' ? 'monospace' : undefined}
                    className={key === 'uvci' || key === 'kid' ? classes.code : undefined}
                  >
                    {value}
                  </Text>,
                ])}
              </dl>
            </div>
          </section>
        )}

        {result.errors.length > 0 && (
          <section aria-labelledby="verification-errors-heading">
            <Title order={3} size="h4" id="verification-errors-heading" mb="xs">
              {t('dcc.verify.result.errorsHeading')}
            </Title>
            <List size="sm" data-testid="verification-errors">
              {result.errors.map((e, i) => (
                <List.Item key={`${i}:${e}`}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {e}
                  </Text>
                </List.Item>
              ))}
            </List>
          </section>
        )}
      </Stack>
    </Paper>
  );
});
