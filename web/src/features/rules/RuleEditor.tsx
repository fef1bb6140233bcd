import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { productName, usePublicProducts } from '../booking/api';
import { CLAIMS, type Claim } from '../claims';
import { createRuleSet, RULE_SETS_KEY, type Criterion, type RuleDefinition, type RuleSet } from './api';
import { isoToLocal, localToIso } from './time';

interface GroupDraft {
  key: number;
  id: string;
  labelDe: string;
  labelEn: string;
  notScheduled: boolean;
  opensAt: string;
  minAge: string;
  claims: Claim[];
}

interface ProductDraft {
  id: string;
  minAge: string;
  maxAge: string;
}

let nextKey = 1;

function toGroupDrafts(def: RuleDefinition | null): GroupDraft[] {
  return (def?.groups ?? []).map((g) => {
    const ages = g.anyOf.flatMap((c) => ('minAge' in c ? [c.minAge] : []));
    return {
      key: nextKey++,
      id: g.id,
      labelDe: g.label.de,
      labelEn: g.label.en,
      notScheduled: g.opensAt === null,
      opensAt: g.opensAt ? isoToLocal(g.opensAt) : '',
      // "Any of" several minimum ages is the same as the lowest of them.
      minAge: ages.length ? String(Math.min(...ages)) : '',
      claims: g.anyOf.flatMap((c) => ('claim' in c ? [c.claim] : [])),
    };
  });
}

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

interface Props {
  /** The rule set the new draft starts from (the one in force). */
  base: RuleSet | null;
  onCancel: () => void;
  onCreated: (created: RuleSet) => void;
}

/** Structured editor for a new draft rule set: groups, product age limits, effective-from and note. */
export function RuleEditor({ base, onCancel, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'de' | 'en';
  const qc = useQueryClient();
  const products = usePublicProducts();
  const [groups, setGroups] = useState<GroupDraft[]>(() => toGroupDrafts(base?.definition ?? null));
  const [limits, setLimits] = useState<ProductDraft[]>(() =>
    Object.entries(base?.definition.products ?? {}).map(([id, l]) => ({ id, minAge: l.minAge?.toString() ?? '', maxAge: l.maxAge?.toString() ?? '' })),
  );
  const [effectiveFrom, setEffectiveFrom] = useState(() => isoToLocal(new Date()));
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  // Products of the catalogue without a limit yet can get one too.
  const allLimits = useMemo(() => {
    const ids = new Set(limits.map((l) => l.id));
    return [...limits, ...(products.data ?? []).filter((p) => !ids.has(p.id)).map((p) => ({ id: p.id, minAge: '', maxAge: '' }))];
  }, [limits, products.data]);

  const save = useMutation({
    mutationFn: createRuleSet,
    onSuccess: (created) => {
      void qc.invalidateQueries({ queryKey: RULE_SETS_KEY });
      onCreated(created);
    },
  });
  const serverErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  /** The first error at this path or below it (server paths look like definition.groups.0.opensAt). */
  const errAt = (path: string): string | undefined => {
    if (clientErrors[path]) return clientErrors[path];
    for (const [field, message] of Object.entries(serverErrors)) {
      if (field === path || field.startsWith(`${path}.`)) return message;
    }
    return undefined;
  };

  const updateGroup = (key: number, patch: Partial<GroupDraft>) => setGroups((gs) => gs.map((g) => (g.key === key ? { ...g, ...patch } : g)));
  const moveGroup = (index: number, by: number) =>
    setGroups((gs) => {
      const out = [...gs];
      const [g] = out.splice(index, 1);
      out.splice(index + by, 0, g);
      return out;
    });
  const updateLimit = (id: string, patch: Partial<ProductDraft>) =>
    setLimits((ls) => (ls.some((l) => l.id === id) ? ls.map((l) => (l.id === id ? { ...l, ...patch } : l)) : [...ls, { id, minAge: '', maxAge: '', ...patch }]));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const def: RuleDefinition = {
      groups: groups.map((g, i) => {
        let opensAt: string | null = null;
        if (!g.notScheduled) {
          opensAt = localToIso(g.opensAt);
          if (!opensAt) errs[`definition.groups.${i}.opensAt`] = t('console.rules.opensAtRequired');
        }
        const anyOf: Criterion[] = [];
        const minAge = num(g.minAge);
        if (minAge !== undefined) anyOf.push({ minAge });
        for (const c of g.claims) anyOf.push({ claim: c });
        return { id: g.id.trim(), label: { de: g.labelDe, en: g.labelEn }, opensAt, anyOf };
      }),
      products: Object.fromEntries(
        allLimits
          .filter((l) => l.minAge.trim() !== '' || l.maxAge.trim() !== '')
          .map((l) => {
            const out: { minAge?: number; maxAge?: number } = {};
            if (num(l.minAge) !== undefined) out.minAge = num(l.minAge);
            if (num(l.maxAge) !== undefined) out.maxAge = num(l.maxAge);
            return [l.id, out];
          }),
      ),
    };
    const from = localToIso(effectiveFrom);
    if (!from) errs.effectiveFrom = t('console.rules.effectiveFromRequired');
    setClientErrors(errs);
    if (Object.keys(errs).length) {
      save.reset();
      return;
    }
    save.mutate({ definition: def, effectiveFrom: from!, note: note.trim() || undefined });
  }

  const hasErrors = Object.keys(clientErrors).length > 0;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rule-editor-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="rule-editor-heading">
          {t('console.rules.newTitle')}
        </Title>
        <Text>{base ? t('console.rules.startsFrom', { version: base.version }) : t('console.rules.startsEmpty')}</Text>
        {hasErrors && (
          <Alert color="red" variant="outline" role="alert">
            {t('console.checkFields')}
          </Alert>
        )}
        {save.isError && <ErrorAlert error={save.error} />}

        <Title order={3} size="h4">
          {t('console.rules.groupsTitle')}
        </Title>
        <Text size="sm">{t('console.rules.groupsHint')}</Text>
        {errAt('definition.groups') && !groups.length && (
          <Text c="red.9" size="sm" role="alert">
            {errAt('definition.groups')}
          </Text>
        )}
        {groups.map((g, i) => {
          const p = `definition.groups.${i}`;
          const name = (lng === 'en' ? g.labelEn : g.labelDe) || g.id;
          const legend = t('console.rules.groupLegend', { n: i + 1, name });
          return (
            <Fieldset key={g.key} legend={legend} data-testid="group-editor">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput label={t('console.rules.groupId')} description={t('console.rules.groupIdHelp')} required value={g.id} onChange={(e) => updateGroup(g.key, { id: e.currentTarget.value })} error={errAt(`${p}.id`)} />
                  <TextInput label={t('console.rules.labelDe')} required value={g.labelDe} onChange={(e) => updateGroup(g.key, { labelDe: e.currentTarget.value })} error={errAt(`${p}.label.de`) ?? errAt(`${p}.label`)} />
                  <TextInput label={t('console.rules.labelEn')} required value={g.labelEn} onChange={(e) => updateGroup(g.key, { labelEn: e.currentTarget.value })} error={errAt(`${p}.label.en`)} />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Checkbox
                    mt={{ sm: 'xl' }}
                    label={t('console.rules.notScheduled')}
                    checked={g.notScheduled}
                    onChange={(e) => updateGroup(g.key, { notScheduled: e.currentTarget.checked })}
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('console.rules.opensAt')}
                    description={t('console.rules.opensAtHelp')}
                    disabled={g.notScheduled}
                    value={g.notScheduled ? '' : g.opensAt}
                    onChange={(e) => updateGroup(g.key, { opensAt: e.currentTarget.value })}
                    error={errAt(`${p}.opensAt`)}
                  />
                  <NumberInput
                    label={t('console.rules.minAge')}
                    description={t('console.rules.minAgeHelp')}
                    min={0}
                    max={130}
                    allowDecimal={false}
                    allowNegative={false}
                    value={g.minAge}
                    onChange={(v) => updateGroup(g.key, { minAge: String(v) })}
                    error={errAt(`${p}.anyOf`)}
                  />
                </SimpleGrid>
                <Checkbox.Group label={t('console.rules.claims')} value={g.claims} onChange={(v) => updateGroup(g.key, { claims: v as Claim[] })}>
                  <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
                    {CLAIMS.map((c) => (
                      <Checkbox key={c} value={c} label={t(`console.claims.${c}`)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
                <Group gap="xs">
                  <Button variant="default" size="compact-sm" disabled={i === 0} onClick={() => moveGroup(i, -1)} aria-label={t('console.rules.moveUp', { name: legend })}>
                    ↑ {t('console.rules.up')}
                  </Button>
                  <Button variant="default" size="compact-sm" disabled={i === groups.length - 1} onClick={() => moveGroup(i, 1)} aria-label={t('console.rules.moveDown', { name: legend })}>
                    ↓ {t('console.rules.down')}
                  </Button>
                  <Button variant="outline" color="red.9" size="compact-sm" onClick={() => setGroups((gs) => gs.filter((x) => x.key !== g.key))} aria-label={t('console.rules.removeGroup', { name: legend })}>
                    {t('console.rules.remove')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <div>
          <Button
            variant="default"
            onClick={() =>
              setGroups((gs) => [...gs, { key: nextKey++, id: '', labelDe: '', labelEn: '', notScheduled: true, opensAt: '', minAge: '', claims: [] }])
            }
          >
            {t('console.rules.addGroup')}
          </Button>
        </div>

        <Paper withBorder p="sm">
          <Title order={3} size="h4" id="product-limits-heading" mb="xs">
            {t('console.rules.productsTitle')}
          </Title>
          <Table.ScrollContainer minWidth={420}>
            <Table aria-labelledby="product-limits-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('common.product')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.productMinAge')}</Table.Th>
                  <Table.Th scope="col">{t('console.rules.productMaxAge')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {allLimits.map((l) => {
                  const pname = productName(products.data, l.id);
                  const err = errAt(`definition.products.${l.id}`);
                  return (
                    <Table.Tr key={l.id}>
                      <Table.Th scope="row" fw={500}>
                        {pname}
                      </Table.Th>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('console.rules.productMinAgeFor', { product: pname })}
                          min={0}
                          max={130}
                          allowDecimal={false}
                          allowNegative={false}
                          value={l.minAge}
                          onChange={(v) => updateLimit(l.id, { minAge: String(v) })}
                          error={errAt(`definition.products.${l.id}.minAge`) ?? err}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('console.rules.productMaxAgeFor', { product: pname })}
                          min={0}
                          max={130}
                          allowDecimal={false}
                          allowNegative={false}
                          value={l.maxAge}
                          onChange={(v) => updateLimit(l.id, { maxAge: String(v) })}
                          error={errAt(`definition.products.${l.id}.maxAge`)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('console.rules.effectiveFrom')}
            description={t('console.rules.effectiveFromHelp')}
            required
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
            error={errAt('effectiveFrom')}
          />
          <Textarea label={t('console.rules.note')} autosize minRows={2} maxLength={500} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errAt('note')} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('console.rules.saveDraft')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
