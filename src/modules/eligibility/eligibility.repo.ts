import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

const COLUMNS = ['id', 'version', 'status', 'effective_from', 'definition', 'note', 'created_by', 'created_at', 'published_by', 'published_at', 'publish_reason'] as const;

/** The rule set in force at `at`: the published one with the latest effective-from time not after it. */
export async function ruleSetInForce(trx: Tx, at: Date) {
  return trx
    .selectFrom('rule_sets')
    .select(COLUMNS)
    .where('status', '=', 'published')
    .where('effective_from', '<=', at)
    .orderBy('effective_from', 'desc')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function getRuleSet(trx: Tx, id: string) {
  return trx.selectFrom('rule_sets').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function listRuleSets(trx: Tx) {
  return trx.selectFrom('rule_sets').select(COLUMNS).orderBy('version', 'desc').limit(200).execute();
}

export async function insertDraft(
  trx: Tx,
  r: { tenant_id: string; definition: unknown; effective_from: Date; note: string | null; created_by: string },
) {
  // Versions count up per tenant; the unique (tenant_id, version) settles concurrent drafts.
  const next = await sql<{ v: number }>`select coalesce(max(version), 0) + 1 as v from rule_sets`.execute(trx);
  return trx
    .insertInto('rule_sets')
    .values({ ...r, definition: JSON.stringify(r.definition), version: next.rows[0].v })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function markPublished(trx: Tx, id: string, by: string, at: Date, reason: string) {
  const r = await trx
    .updateTable('rule_sets')
    .set({ status: 'published', published_by: by, published_at: at, publish_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Registered people who are still waiting (no active booking), grouped by year of birth and claims: by
 * their keyed hashes (claims are stored encrypted), given as hex for citizens.service claimsFromHashes.
 */
export async function waitingPopulation(trx: Tx) {
  const r = await sql<{ birth_year: number; claim_hashes: string[]; n: number }>`
    select p.birth_year, array(select encode(h, 'hex') from unnest(p.claim_hashes) as h) as claim_hashes, count(*)::int as n
    from persons p
    where p.merged_into is null and p.birth_year is not null
      and not exists (select 1 from bookings b where b.person_id = p.id and b.status = 'active')
    group by p.birth_year, p.claim_hashes`.execute(trx);
  return r.rows;
}
