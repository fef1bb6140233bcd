import type { Deps, RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { conflict, fieldErrorCode, forbidden, notFound, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { listProducts } from '../catalog/catalog.repo.js';
import { claimsFromHashes } from '../citizens/citizens.service.js';
import { localDate } from '../../lib/clock.js';
import { ageOn, decide, groupSummaries, productAllowed, type Decision } from './eligibility.engine.js';
import { RuleDefinition } from './eligibility.schema.js';
import * as repo from './eligibility.repo.js';

/** The engine's pure age and decision functions, for other modules (the waitlist ranks with them). */
export { ageOn, decide } from './eligibility.engine.js';

/**
 * The decision for a person under the rules in force at `now`, or null when the tenant has published
 * no rules (then nobody is restricted: a company's medical service may not need priorities).
 */
export async function decisionFor(trx: Tx, timezone: string, person: { birthDate: string; claims: readonly string[] }, now: Date): Promise<Decision | null> {
  const rules = await repo.ruleSetInForce(trx, now);
  return decisionUnder(rules?.definition ?? null, timezone, person, now);
}

/** The same decision under a rule definition the caller read in its transaction (null: no rules published). */
export function decisionUnder(definition: unknown, timezone: string, person: { birthDate: string; claims: readonly string[] }, now: Date): Decision | null {
  if (!definition) return null;
  return decide(definition as RuleDefinition, { age: ageOn(person.birthDate, localDate(now, timezone)), claims: person.claims }, now);
}

/** Refuses with 403 and the reason when the rules do not let the person book this product now. */
export function assertMayBook(decision: Decision | null, productId: string) {
  if (!decision) return;
  if (!decision.eligible) throw forbidden(decision.explanation.en, 'not-eligible', decision.explanation);
  const p = productAllowed(decision, productId);
  if (!p.allowed) {
    throw forbidden(`This vaccine is not available to you: ${p.explanation.en}.`, 'product-not-allowed', {
      de: `Dieser Impfstoff ist für Sie nicht vorgesehen: ${p.explanation.de}.`,
      en: `This vaccine is not available to you: ${p.explanation.en}.`,
    });
  }
}

/** Checks a rule set beyond its shape: every product it names exists in the catalog. */
async function validateAgainstCatalog(trx: Tx, def: RuleDefinition) {
  const known = new Set((await listProducts(trx)).map((p) => p.id));
  const unknown = Object.keys(def.products).filter((id) => !known.has(id));
  if (unknown.length) throw unprocessable(unknown.map((id) => ({ field: `definition.products.${id}`, message: 'Unknown product.', code: 'unknown-product' })));
}

function present(r: NonNullable<Awaited<ReturnType<typeof repo.getRuleSet>>>) {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    effectiveFrom: new Date(r.effective_from).toISOString(),
    definition: r.definition as RuleDefinition,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    publishedBy: r.published_by,
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    publishReason: r.publish_reason,
  };
}
export type RuleSetView = ReturnType<typeof present>;

/** Saves a new draft rule set (validated); drafts take effect only when published. */
export async function createDraft(deps: Deps, ctx: RequestCtx, input: { definition: RuleDefinition; effectiveFrom: string; note?: string }) {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    await validateAgainstCatalog(trx, input.definition);
    const row = await repo.insertDraft(trx, {
      tenant_id: ctx.tenant.id,
      definition: input.definition,
      effective_from: new Date(input.effectiveFrom),
      note: input.note ?? null,
      created_by: ctx.actor.id!,
    });
    await appendAudit(trx, ctx, [{ action: 'create', subjectType: 'rule_set', subjectId: row.id, personId: null, note: input.note }], now);
    return present(row);
  });
}

/** Lists rule sets, newest first, and names the one in force now. */
export async function listRuleSets(deps: Deps, ctx: RequestCtx) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const inForce = await repo.ruleSetInForce(trx, deps.clock.now());
    return { inForce: inForce?.id ?? null, ruleSets: (await repo.listRuleSets(trx)).map(present) };
  });
}

export async function getRuleSet(deps: Deps, ctx: RequestCtx, id: string) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const r = await repo.getRuleSet(trx, id);
    if (!r) throw notFound('Unknown rule set.', 'unknown-rule-set');
    return present(r);
  });
}

/** Publishes a draft: from its effective-from time on it decides; audited with who and why. */
export async function publish(deps: Deps, ctx: RequestCtx, id: string, reason: string) {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const r = await repo.getRuleSet(trx, id);
    if (!r) throw notFound('Unknown rule set.', 'unknown-rule-set');
    if (r.status !== 'draft') throw conflict('This rule set is already published; create a new version instead.', 'already-published');
    // Re-validate: the catalog may have changed since the draft was saved.
    const parsed = RuleDefinition.safeParse(r.definition);
    if (!parsed.success) throw unprocessable(parsed.error.issues.map((i) => ({ field: ['definition', ...i.path].join('.'), message: i.message, code: fieldErrorCode(i.code, i, i.message) })));
    await validateAgainstCatalog(trx, parsed.data);
    if (!(await repo.markPublished(trx, id, ctx.actor.id!, now, reason))) throw conflict('This rule set was published meanwhile.', 'already-published');
    await appendAudit(trx, ctx, [{ action: 'publish', subjectType: 'rule_set', subjectId: id, personId: null, note: reason }], now);
    return present((await repo.getRuleSet(trx, id))!);
  });
}

/** Days after the rule set's start that the impact preview looks ahead by default. */
export const IMPACT_WINDOW_DAYS = 14;

/**
 * What publishing a rule set would change: per group, how many registered people still waiting are
 * eligible under the rules in force and would be under this set. Counted at its start (its effective-from
 * time, or now when that has passed) and again at each moment within the preview window when a group
 * opens (in this set or in the one it replaces): a group that opens at 08:00 shows its effect at 08:00,
 * not "0" at midnight. Ages are counted by year of birth.
 */
export async function impact(deps: Deps, ctx: RequestCtx, id: string, opts: { days?: number } = {}) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const draft = await repo.getRuleSet(trx, id);
    if (!draft) throw notFound('Unknown rule set.', 'unknown-rule-set');
    const start = new Date(Math.max(new Date(draft.effective_from).getTime(), deps.clock.now().getTime()));
    const end = new Date(start.getTime() + (opts.days ?? IMPACT_WINDOW_DAYS) * 86_400_000);
    const population = await repo.waitingPopulation(trx);
    const draftDef = draft.definition as RuleDefinition;

    const atStart = await repo.ruleSetInForce(trx, start);
    const opening = new Map<number, Set<string>>();
    for (const def of [draftDef, atStart?.definition as RuleDefinition | undefined]) {
      for (const g of def?.groups ?? []) {
        const t = g.opensAt ? Date.parse(g.opensAt) : NaN;
        if (t > start.getTime() && t <= end.getTime()) opening.set(t, (opening.get(t) ?? new Set()).add(g.id));
      }
    }

    const countAt = async (at: Date) => {
      const current = await repo.ruleSetInForce(trx, at);
      const year = Number(localDate(at, ctx.tenant.timezone).slice(0, 4));
      const groups = new Map<string, { groupId: string; label: { de: string; en: string }; eligibleBefore: number; eligibleAfter: number }>();
      let before = 0;
      let after = 0;
      for (const g of draftDef.groups) groups.set(g.id, { groupId: g.id, label: g.label, eligibleBefore: 0, eligibleAfter: 0 });
      for (const row of population) {
        const subject = { age: year - row.birth_year, claims: claimsFromHashes(ctx.tenant, row.claim_hashes) };
        const was = current ? decide(current.definition as RuleDefinition, subject, at) : null;
        const will = decide(draftDef, subject, at);
        const wasEligible = was ? was.eligible : true;
        if (wasEligible) before += row.n;
        if (will.eligible) after += row.n;
        const entry = will.group && groups.get(will.group.id);
        if (entry) {
          if (wasEligible) entry.eligibleBefore += row.n;
          if (will.eligible) entry.eligibleAfter += row.n;
        }
      }
      return {
        at: at.toISOString(),
        comparedWith: current?.id ?? null,
        eligibleBefore: before,
        eligibleAfter: after,
        groups: [...groups.values()].map((g) => ({ ...g, newlyEligible: Math.max(0, g.eligibleAfter - g.eligibleBefore) })),
      };
    };

    const labelOf = (groupId: string) =>
      draftDef.groups.find((g) => g.id === groupId)?.label ?? (atStart?.definition as RuleDefinition | undefined)?.groups.find((g) => g.id === groupId)?.label ?? { de: groupId, en: groupId };
    const first = await countAt(start);
    const moments = [{ ...first, opens: [] as { groupId: string; label: { de: string; en: string } }[] }];
    for (const t of [...opening.keys()].sort((a, b) => a - b)) {
      moments.push({ ...(await countAt(new Date(t))), opens: [...opening.get(t)!].map((groupId) => ({ groupId, label: labelOf(groupId) })) });
    }
    return {
      ruleSetId: id,
      comparedWith: first.comparedWith,
      at: first.at,
      until: end.toISOString(),
      waiting: population.reduce((s, r) => s + r.n, 0),
      eligibleBefore: first.eligibleBefore,
      eligibleAfter: first.eligibleAfter,
      groups: first.groups,
      moments,
    };
  });
}

/** The public eligibility check: the decision for a birth date and claims, without registering. */
export async function check(deps: Deps, ctx: RequestCtx, input: { birthDate: string; claims: string[] }) {
  return deps.db.withTenant(ctx.tenant.id, (trx) => decisionFor(trx, ctx.tenant.timezone, input, deps.clock.now()));
}

/** The public overview of who may book now: the groups of the rules in force (empty when none are published: nobody is restricted). */
export async function publicGroups(deps: Deps, ctx: RequestCtx) {
  const now = deps.clock.now();
  const rules = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.ruleSetInForce(trx, now));
  return { restricted: !!rules, groups: rules ? groupSummaries(rules.definition as RuleDefinition, now) : [] };
}
