import { Alert, Badge, Button, Group, Loader, Modal, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { useSession } from '../auth/api';
import { publishRuleSet, RULE_SETS_KEY, useRuleSets, type RuleSet } from './api';
import { ImpactPanel } from './ImpactPanel';
import { RuleEditor } from './RuleEditor';

function PublishDialog({ ruleSet, opened, onClose, onDone }: { ruleSet: RuleSet | null; opened: boolean; onClose: () => void; onDone: (r: RuleSet) => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const publish = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => publishRuleSet(id, reason),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: RULE_SETS_KEY });
      setReason('');
      onDone(r);
    },
  });
  const serverError = publish.error instanceof ApiError ? publish.error.fieldErrors().reason : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!ruleSet) return;
    if (reason.trim().length < 3) {
      setError(t('console.rules.reasonRequired'));
      return;
    }
    setError(undefined);
    publish.mutate({ id: ruleSet.id, reason: reason.trim() });
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={ruleSet ? t('console.rules.publishTitle', { version: ruleSet.version }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {ruleSet && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text>{t('console.rules.publishText', { from: formatDateTime(ruleSet.effectiveFrom, i18n.language) })}</Text>
            {publish.isError && !serverError && <ErrorAlert error={publish.error} />}
            <Textarea
              label={t('console.rules.reason')}
              description={t('console.rules.reasonHelp')}
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={error ?? serverError}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={publish.isPending}>
                {t('console.rules.publishConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** Admin: the versioned rule sets, a new draft, its impact and its publication. */
export function RulesSection() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const session = useSession();
  const me = session.data?.user;
  const list = useRuleSets();
  const [editing, setEditing] = useState(false);
  const [impactOf, setImpactOf] = useState<RuleSet | null>(null);
  const [publishing, setPublishing] = useState<RuleSet | null>(null);
  const [publishOpen, setPublishOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const inForce = list.data?.ruleSets.find((r) => r.id === list.data?.inForce) ?? null;
  const base = inForce ?? list.data?.ruleSets.find((r) => r.status === 'published') ?? list.data?.ruleSets[0] ?? null;
  const who = (id: string | null) => (!id ? '–' : id === me?.id ? me.displayName : id.slice(0, 8));

  return (
    <Stack gap="md">
      <Title order={1}>{t('console.rules.title')}</Title>
      <Text>{t('console.rules.intro')}</Text>

      {notice && (
        <Alert color="teal.9" variant="outline" role="status" data-testid="rules-notice" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setNotice(null)}>
          <Text c="dark.8">{notice}</Text>
        </Alert>
      )}

      {!editing && (
        <div>
          <Button
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
            disabled={list.isPending}
          >
            {t('console.rules.new')}
          </Button>
        </div>
      )}

      {editing && list.data && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <RuleEditor
            base={base}
            onCancel={() => setEditing(false)}
            onCreated={(r) => {
              setEditing(false);
              setImpactOf(null);
              setNotice(t('console.rules.draftSaved', { version: r.version }));
            }}
          />
        </Paper>
      )}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="rule-sets-heading">
        <Title order={2} size="h4" id="rule-sets-heading" mb="xs">
          {t('console.rules.listTitle')}
        </Title>
        {list.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : list.isError ? (
          <ErrorAlert error={list.error} />
        ) : list.data.ruleSets.length === 0 ? (
          <Text>{t('console.rules.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" data-testid="rule-sets-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('console.rules.col.version')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.col.status')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.col.effectiveFrom')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.col.note')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.col.published')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.col.reason')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.ruleSets.map((r) => {
                  const isInForce = r.id === list.data.inForce;
                  return (
                    <Table.Tr key={r.id} data-testid="rule-set-row" data-version={r.version} data-in-force={isInForce ? 'true' : undefined}>
                      <Table.Td>{r.version}</Table.Td>
                      <Table.Td miw={150}>
                        <Group gap={4}>
                          <Badge color={r.status === 'draft' ? 'gray.7' : 'blue.8'} variant="filled" data-testid="rule-set-status">
                            {t(`console.rules.status.${r.status}`)}
                          </Badge>
                          {isInForce && (
                            <Badge color="teal.9" variant="filled" data-testid="in-force">
                              {t('console.rules.inForce')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{formatDateTime(r.effectiveFrom, lng)}</Table.Td>
                      <Table.Td>{r.note ?? '–'}</Table.Td>
                      <Table.Td>{r.publishedAt ? `${who(r.publishedBy)}, ${formatDateTime(r.publishedAt, lng)}` : '–'}</Table.Td>
                      <Table.Td>{r.publishReason ?? '–'}</Table.Td>
                      <Table.Td>
                        {r.status === 'draft' && (
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="default"
                              aria-pressed={impactOf?.id === r.id}
                              aria-label={t('console.rules.showImpactFor', { version: r.version })}
                              onClick={() => setImpactOf(impactOf?.id === r.id ? null : r)}
                            >
                              {t('console.rules.showImpact')}
                            </Button>
                            <Button
                              size="compact-sm"
                              aria-label={t('console.rules.publishFor', { version: r.version })}
                              onClick={() => {
                                setNotice(null);
                                setPublishing(r);
                                setPublishOpen(true);
                              }}
                            >
                              {t('console.rules.publish')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      {impactOf && <ImpactPanel key={impactOf.id} ruleSetId={impactOf.id} version={impactOf.version} />}

      <PublishDialog
        ruleSet={publishing}
        opened={publishOpen}
        onClose={() => setPublishOpen(false)}
        onDone={(r) => {
          setPublishOpen(false);
          setImpactOf(null);
          setNotice(t('console.rules.published', { version: r.version }));
        }}
      />
    </Stack>
  );
}
