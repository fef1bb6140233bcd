import { Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { useImpact, type Impact } from './api';

type Moment = Impact['moments'][number];

const BEFORE = 'var(--mantine-color-gray-6)';
const AFTER = 'var(--mantine-color-blue-8)';

/** Horizontal bars of eligibleBefore / eligibleAfter per group (plain SVG, described for screen readers). */
function ImpactChart({ impact }: { impact: Moment }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'de' | 'en';
  const max = Math.max(1, ...impact.groups.flatMap((g) => [g.eligibleBefore, g.eligibleAfter]));
  const labelW = 170;
  const barMax = 360;
  const rowH = 44;
  const width = labelW + barMax + 60;
  const height = impact.groups.length * rowH + 8;
  const summary = impact.groups
    .map((g) => t('console.impact.chartRow', { group: g.label[lng], before: g.eligibleBefore, after: g.eligibleAfter }))
    .join('; ');
  return (
    <Stack gap={4}>
      <Group gap="md" aria-hidden="true">
        <Group gap={6}>
          <svg width="14" height="14">
            <rect width="14" height="14" fill={BEFORE} />
          </svg>
          <Text size="sm">{t('console.impact.before')}</Text>
        </Group>
        <Group gap={6}>
          <svg width="14" height="14">
            <rect width="14" height="14" fill={AFTER} />
          </svg>
          <Text size="sm">{t('console.impact.after')}</Text>
        </Group>
      </Group>
      <svg
        role="img"
        aria-label={`${t('console.impact.chartTitle')}: ${summary}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        data-testid="impact-chart"
      >
        {impact.groups.map((g, i) => {
          const y = i * rowH + 4;
          const wb = (g.eligibleBefore / max) * barMax;
          const wa = (g.eligibleAfter / max) * barMax;
          return (
            <g key={g.groupId}>
              <text x={0} y={y + 22} fontSize="13" fill="#212529">
                {g.label[lng].length > 24 ? `${g.label[lng].slice(0, 23)}…` : g.label[lng]}
              </text>
              <rect x={labelW} y={y + 2} width={Math.max(wb, 1)} height={16} fill={BEFORE} />
              <text x={labelW + Math.max(wb, 1) + 6} y={y + 15} fontSize="12" fill="#212529">
                {g.eligibleBefore}
              </text>
              <rect x={labelW} y={y + 20} width={Math.max(wa, 1)} height={16} fill={AFTER} />
              <text x={labelW + Math.max(wa, 1) + 6} y={y + 33} fontSize="12" fill="#212529">
                {g.eligibleAfter}
              </text>
            </g>
          );
        })}
      </svg>
    </Stack>
  );
}

/** The moments of the preview window (the start, then each time a group opens): what opens, totals and the newly eligible. */
function Timeline({ impact }: { impact: Impact }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'de' | 'en';
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="impact-timeline">
        <Table.Caption>{t('console.impact.timelineCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console.impact.when')}</Table.Th>
            <Table.Th scope="col">{t('console.impact.opens')}</Table.Th>
            <Table.Th scope="col">{t('console.impact.before')}</Table.Th>
            <Table.Th scope="col">{t('console.impact.after')}</Table.Th>
            <Table.Th scope="col">{t('console.impact.newly')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {impact.moments.map((m, i) => (
            <Table.Tr key={m.at} data-testid="impact-moment" data-at={m.at}>
              <Table.Th scope="row" fw={500}>
                {formatDateTime(m.at, lng)}
              </Table.Th>
              <Table.Td>{i === 0 ? t('console.impact.start') : m.opens.map((o) => o.label[lng]).join(', ')}</Table.Td>
              <Table.Td>{m.eligibleBefore}</Table.Td>
              <Table.Td>{m.eligibleAfter}</Table.Td>
              <Table.Td data-testid="impact-moment-newly">{m.groups.reduce((sum, g) => sum + g.newlyEligible, 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * What publishing a draft would change: eligible people per group, as a table and a bar chart, at the
 * rule set's start and at each time a group opens within the preview window (chosen in a list; the
 * last one, with every opening in the window, first).
 */
export function ImpactPanel({ ruleSetId, version }: { ruleSetId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'de' | 'en';
  const impact = useImpact(ruleSetId);
  const [chosen, setChosen] = useState<string | null>(null);
  const headingId = `impact-heading-${ruleSetId}`;
  const moments = impact.data?.moments ?? [];
  const moment = moments.find((m) => m.at === chosen) ?? moments.at(-1);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId} data-testid="impact">
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('console.impact.title', { version })}
      </Title>
      {impact.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : impact.isError ? (
        <ErrorAlert error={impact.error} />
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('console.impact.window', { at: formatDateTime(impact.data.at, lng), until: formatDateTime(impact.data.until, lng) })}</Text>
          <Text data-testid="impact-waiting">{t('console.impact.waiting', { count: impact.data.waiting })}</Text>
          {moments.length > 1 && <Timeline impact={impact.data} />}
          {moment && (
            <>
              {moments.length > 1 ? (
                <NativeSelect
                  label={t('console.impact.showAt')}
                  value={moment.at}
                  onChange={(e) => setChosen(e.currentTarget.value)}
                  data={moments.map((m, i) => ({
                    value: m.at,
                    label: `${formatDateTime(m.at, lng)} – ${i === 0 ? t('console.impact.start') : t('console.impact.opensShort', { groups: m.opens.map((o) => o.label[lng]).join(', ') })}`,
                  }))}
                  maw={520}
                />
              ) : (
                <Text size="sm">{t('console.impact.at', { at: formatDateTime(moment.at, lng) })}</Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Text data-testid="impact-before">{t('console.impact.totalBefore', { count: moment.eligibleBefore })}</Text>
                <Text data-testid="impact-after" fw={700}>
                  {t('console.impact.totalAfter', { count: moment.eligibleAfter })}
                </Text>
              </SimpleGrid>
              <Table.ScrollContainer minWidth={480}>
                <Table striped data-testid="impact-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('console.impact.group')}</Table.Th>
                      <Table.Th scope="col">{t('console.impact.before')}</Table.Th>
                      <Table.Th scope="col">{t('console.impact.after')}</Table.Th>
                      <Table.Th scope="col">{t('console.impact.newly')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {moment.groups.map((g) => (
                      <Table.Tr key={g.groupId} data-testid="impact-row" data-group={g.groupId}>
                        <Table.Th scope="row" fw={500}>
                          {g.label[lng]}
                        </Table.Th>
                        <Table.Td>{g.eligibleBefore}</Table.Td>
                        <Table.Td>{g.eligibleAfter}</Table.Td>
                        <Table.Td data-testid="impact-newly">{g.newlyEligible}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <ImpactChart impact={moment} />
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}
