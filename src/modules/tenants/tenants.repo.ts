import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Tx } from '../../db/database.js';

/** Tenant id by slug, through the owner-defined lookup (the tenant is not known yet). */
export async function tenantIdBySlug(db: Kysely<DB>, slug: string): Promise<string | null> {
  const r = await sql<{ id: string | null }>`select app_tenant_by_slug(${slug}) as id`.execute(db);
  return r.rows[0]?.id ?? null;
}

export async function getTenant(trx: Tx) {
  return trx.selectFrom('tenants').select(['id', 'slug', 'name', 'timezone', 'wrapped_key']).executeTakeFirst();
}

/** Centers with their region and the products their lanes offer. */
export async function listCenters(trx: Tx) {
  return trx
    .selectFrom('centers as c')
    .innerJoin('regions as r', 'r.id', 'c.region_id')
    .select([
      'c.id',
      'c.name',
      'c.address',
      'c.postal_code',
      'c.city',
      'r.name as region',
      sql<string[]>`coalesce((select array_agg(distinct l.product_id order by l.product_id) from lanes l where l.center_id = c.id), '{}')`.as('products'),
    ])
    .where('c.active', '=', true)
    .orderBy('r.name')
    .orderBy('c.name')
    .execute();
}

export async function centerExists(trx: Tx, centerId: string) {
  return !!(await trx.selectFrom('centers').select('id').where('id', '=', centerId).executeTakeFirst());
}

/** Names and one-line addresses of centers, by id. */
export async function centerAddresses(trx: Tx, ids: string[]) {
  if (!ids.length) return new Map<string, { name: string; address: string }>();
  const rows = await trx.selectFrom('centers').select(['id', 'name', 'address', 'postal_code', 'city']).where('id', 'in', ids).execute();
  return new Map(rows.map((c) => [c.id, { name: c.name, address: `${c.address}, ${c.postal_code} ${c.city}` }]));
}
