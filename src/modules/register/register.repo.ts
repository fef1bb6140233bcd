import { sql, type Insertable } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { RegisterEntryTable } from '../../db/types.js';

export type RegisterEntryInsert = Insertable<RegisterEntryTable>;

/**
 * Inserts or updates register entries in one statement. An existing entry (same external id) is
 * rewritten only when its identity changed (match hash differs), so re-importing a file is a no-op.
 * Returns how many rows were inserted and how many updated; the rest were unchanged.
 */
export async function upsertEntries(trx: Tx, rows: RegisterEntryInsert[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const written = await trx
    .insertInto('register_entries')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'external_id'])
        .doUpdateSet((eb) => ({
          match_hash: eb.ref('excluded.match_hash'),
          given_name: eb.ref('excluded.given_name'),
          family_name: eb.ref('excluded.family_name'),
          birth_date: eb.ref('excluded.birth_date'),
          postal_code: eb.ref('excluded.postal_code'),
          address: eb.ref('excluded.address'),
          imported_at: sql<Date>`now()`,
        }))
        .where(sql<boolean>`register_entries.match_hash is distinct from excluded.match_hash`),
    )
    // xmax is 0 for a freshly inserted row version and set for one written by ON CONFLICT DO UPDATE.
    .returning(sql<boolean>`(register_entries.xmax = 0)`.as('inserted'))
    .execute();
  const inserted = written.filter((r) => r.inserted).length;
  return { inserted, updated: written.length - inserted };
}

/** The entry with this match hash (smallest id if the register holds the identity twice). */
export async function entryByMatchHash(trx: Tx, tenantId: string, matchHash: Buffer): Promise<string | null> {
  const row = await trx
    .selectFrom('register_entries')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('match_hash', '=', matchHash).orderBy('id').limit(1).executeTakeFirst();
  return row?.id ?? null;
}

/** Number of entries in the tenant's register. */
export async function countEntries(trx: Tx): Promise<number> {
  const row = await trx.selectFrom('register_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

