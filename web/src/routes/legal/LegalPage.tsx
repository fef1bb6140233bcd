import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { useLegal } from './legal';

export type LegalKind = 'imprint' | 'privacy' | 'accessibility';

const TITLE: Record<LegalKind, string> = { imprint: 'legal.imprint', privacy: 'legal.privacyTitle', accessibility: 'legal.accessibilityTitle' };

/**
 * A text as the organisation set it: a blank line starts a paragraph, "## " a heading, a line break stays a
 * line break (addresses).
 */
function PlainText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((block, i) => {
        const lines = block.split('\n');
        const heading = lines[0].startsWith('## ') ? lines.shift()!.slice(3) : null;
        return (
          <Fragment key={i}>
            {heading && (
              <Title order={2} fz="h3" mt="md">
                {heading}
              </Title>
            )}
            {lines.length > 0 && (
              <Text>
                {lines.map((line, j) => (
                  <Fragment key={j}>
                    {j > 0 && <br />}
                    {line}
                  </Fragment>
                ))}
              </Text>
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** /impressum, /datenschutz, /barrierefreiheit: the organisation's legal texts in the page's language. */
export function LegalPage({ kind }: { kind: LegalKind }) {
  const { t, i18n } = useTranslation();
  const legal = useLegal();
  const lang = i18n.language === 'en' ? 'en' : 'de';
  return (
    <Stack gap="sm" maw={760} data-testid={`legal-${kind}`}>
      <Title order={1}>{t(TITLE[kind])}</Title>
      {legal.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : legal.isError ? (
        <ErrorAlert error={legal.error} />
      ) : (
        <>
          {legal.data.samples[kind] && (
            <Alert color="dark" variant="outline" title={t('legal.sample')}>
              <Text c="dark.8">{t('legal.sampleNote')}</Text>
            </Alert>
          )}
          <PlainText text={legal.data[kind][lang]} />
        </>
      )}
    </Stack>
  );
}
