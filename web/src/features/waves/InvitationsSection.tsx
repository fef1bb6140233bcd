import { Alert, Button, Group, List, Loader, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDateTime } from '../../format';
import { explain } from '../../problems';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { ScrollTable } from '../../routes/ScrollTable';
import { parseWaveSize, sendWave, useWavePreview, useWaves, WAVES_KEY, type WavePreview, type WaveResult } from './api';

const MAX_FALLBACK = 100_000;

/** Numbers as people read them in the language (100.000 / 100,000). */
function useNumber() {
  const { i18n } = useTranslation();
  return (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'de-DE');
}

/** The people a wave could not reach, by reason, as sentences. */
function UnreachableList({ unreachable }: { unreachable: WavePreview['unreachable'] }) {
  const { t } = useTranslation();
  const reasons = Object.entries(unreachable.byReason).filter(([, n]) => n > 0);
  if (!reasons.length) return null;
  return (
    <List size="sm" data-testid="unreachable-reasons">
      {reasons.map(([reason, n]) => (
        <List.Item key={reason}>{t(`console.waves.reason.${reason}`, { count: n, defaultValue: t('console.waves.reason.other', { count: n }) })}</List.Item>
      ))}
    </List>
  );
}

/** What a wave would do now: who can be reached, who not and why, free places by region and center, per group. */
function Preview({ preview }: { preview: WavePreview }) {
  const { t, i18n } = useTranslation();
  const num = useNumber();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Text data-testid="preview-reachable" fw={700}>
          {t('console.waves.reachable', { count: preview.reachable, n: num(preview.reachable) })}
        </Text>
        <Text data-testid="preview-unreachable">{t('console.waves.unreachable', { count: preview.unreachable.count, n: num(preview.unreachable.count) })}</Text>
        <Text data-testid="preview-free">{t('console.waves.free', { count: preview.freePlaces.total, n: num(preview.freePlaces.total), days: preview.horizonDays })}</Text>
      </SimpleGrid>
      <UnreachableList unreachable={preview.unreachable} />

      <Title order={3} size="h5">
        {t('console.waves.byGroup')}
      </Title>
      {preview.byGroup.length === 0 ? (
        <Text size="sm">{t('console.waves.nobodyEligible')}</Text>
      ) : (
          <Table striped data-testid="preview-groups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console.waves.group')}</Table.Th>
                <Table.Th scope="col">{t('console.waves.eligibleCol')}</Table.Th>
                <Table.Th scope="col">{t('console.waves.reachableCol')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.byGroup.map((g) => (
                <Table.Tr key={g.groupId} data-testid="preview-group" data-group={g.groupId}>
                  <Table.Th scope="row" fw={500}>
                    {g.label ? explain(g.label, i18n.language) : t('console.waves.noRules')}
                  </Table.Th>
                  <Table.Td>{num(g.eligible)}</Table.Td>
                  <Table.Td>{num(g.reachable)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
      )}

      <Title order={3} size="h5">
        {t('console.waves.freeByRegion', { days: preview.horizonDays })}
      </Title>
        <Table striped data-testid="preview-centers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('console.waves.region')}</Table.Th>
              <Table.Th scope="col">{t('console.waves.center')}</Table.Th>
              <Table.Th scope="col">{t('console.waves.freeCol')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.freePlaces.byRegion.map((r) => (
              <RegionRows key={r.region} region={r.region} free={r.free} centers={preview.freePlaces.byCenter.filter((c) => c.region === r.region)} />
            ))}
          </Table.Tbody>
        </Table>
    </Stack>
  );
}

function RegionRows({ region, free, centers }: { region: string; free: number; centers: WavePreview['freePlaces']['byCenter'] }) {
  const { t } = useTranslation();
  const num = useNumber();
  return (
    <>
      <Table.Tr data-testid="preview-region">
        <Table.Th scope="row" fw={700}>
          {region}
        </Table.Th>
        <Table.Td fw={700}>{t('console.waves.allCenters')}</Table.Td>
        <Table.Td fw={700}>{num(free)}</Table.Td>
      </Table.Tr>
      {centers.map((c) => (
        <Table.Tr key={c.centerId}>
          <Table.Td>{region}</Table.Td>
          <Table.Td>{c.center}</Table.Td>
          <Table.Td>{num(c.free)}</Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

/** Past waves: when, who, the size asked for and how many were invited. */
function History() {
  const { t, i18n } = useTranslation();
  const num = useNumber();
  const waves = useWaves();
  if (waves.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (waves.isError) return <ErrorAlert error={waves.error} />;
  if (!waves.data.length) return <Text size="sm">{t('console.waves.noHistory')}</Text>;
  return (
    <ScrollTable minWidth={440} label={t('console.waves.historyTable')}>
      <Table striped data-testid="wave-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console.waves.when')}</Table.Th>
            <Table.Th scope="col">{t('console.waves.who')}</Table.Th>
            <Table.Th scope="col">{t('console.waves.sizeCol')}</Table.Th>
            <Table.Th scope="col">{t('console.waves.invitedCol')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {waves.data.map((w) => (
            <Table.Tr key={w.id} data-testid="wave-row">
              <Table.Td>{formatDateTime(w.createdAt, i18n.language)}</Table.Td>
              <Table.Td>{w.createdBy ?? t('console.waves.system')}</Table.Td>
              <Table.Td>{num(w.size)}</Table.Td>
              <Table.Td>{num(w.invited)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The result of the wave just sent, with plurals and the people it could not reach. */
function Sent({ result }: { result: WaveResult }) {
  const { t } = useTranslation();
  const num = useNumber();
  return (
    <Alert color="teal.9" variant="outline" role="status" title={t('console.waves.sentTitle')} data-testid="wave-result">
      <Stack gap={4}>
        <Text c="dark.8">{t('console.waves.sent', { count: result.invited, n: num(result.invited) })}</Text>
        {result.unreachable.count > 0 && (
          <>
            <Text c="dark.8" size="sm">
              {t('console.waves.passedOver', { count: result.unreachable.count, n: num(result.unreachable.count) })}
            </Text>
            <UnreachableList unreachable={result.unreachable} />
          </>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * Admin: invitation waves. A preview first (who can be reached, who not and why, free places by region
 * and center, per group), then a size typed as a whole number, a confirmation, and the history.
 */
export function InvitationsSection() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const num = useNumber();
  const preview = useWavePreview();
  const max = preview.data?.maxSize ?? MAX_FALLBACK;
  const [size, setSize] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<number | null>(null);
  const send = useMutation({
    mutationFn: sendWave,
    onSuccess: () => {
      setConfirming(null);
      void qc.invalidateQueries({ queryKey: WAVES_KEY });
    },
  });
  const serverError = send.error instanceof ApiError ? send.error.fieldErrors(i18n.language).size : undefined;

  // The suggestion (as many as can be reached and have a place) fills the field until the admin types.
  useEffect(() => {
    if (!touched && preview.data) setSize(preview.data.suggestedSize > 0 ? String(preview.data.suggestedSize) : '');
  }, [preview.data, touched]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseWaveSize(size, max);
    if (!parsed.ok) {
      setError(t(`console.waves.sizeError.${parsed.error}`, { max: num(max) }));
      return;
    }
    setError(undefined);
    send.reset();
    setConfirming(parsed.size);
  }

  const wouldInvite = confirming === null ? 0 : Math.min(confirming, preview.data?.reachable ?? confirming);

  return (
    <Stack gap="md">
      <Title order={1}>{t('console.waves.title')}</Title>
      <Text>{t('console.waves.intro')}</Text>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="wave-preview-heading" data-testid="wave-preview">
        <Title order={2} size="h4" id="wave-preview-heading" mb="xs">
          {t('console.waves.previewTitle')}
        </Title>
        {preview.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : preview.isError ? (
          <ErrorAlert error={preview.error} />
        ) : (
          <Preview preview={preview.data} />
        )}
      </Paper>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={560} component="section" aria-labelledby="wave-send-heading">
        <Title order={2} size="h4" id="wave-send-heading" mb="xs">
          {t('console.waves.sendTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('console.waves.size')}
              description={t('console.waves.sizeHelp', { suggested: num(preview.data?.suggestedSize ?? 0), max: num(max) })}
              inputMode="numeric"
              autoComplete="off"
              required
              value={size}
              onChange={(e) => {
                setTouched(true);
                setSize(e.currentTarget.value);
                setError(undefined);
              }}
              error={error ?? serverError}
            />
            <div>
              <Button type="submit">{t('console.waves.send')}</Button>
            </div>
          </Stack>
        </form>
      </Paper>
      {send.isError && !serverError && <ErrorAlert error={send.error} />}
      {send.isSuccess && <Sent result={send.data} />}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="wave-history-heading">
        <Title order={2} size="h4" id="wave-history-heading" mb="xs">
          {t('console.waves.historyTitle')}
        </Title>
        <History />
      </Paper>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('console.waves.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text data-testid="wave-confirm-text">{t('console.waves.confirmText', { count: wouldInvite, n: num(wouldInvite) })}</Text>
          {confirming !== null && confirming > wouldInvite && (
            <Text size="sm">{t('console.waves.confirmFewer', { count: confirming, n: num(confirming) })}</Text>
          )}
          {send.isError && serverError && <ErrorAlert error={send.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button loading={send.isPending} onClick={() => confirming !== null && send.mutate(confirming)} data-autofocus>
              {t('console.waves.confirmSend', { count: wouldInvite, n: num(wouldInvite) })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
