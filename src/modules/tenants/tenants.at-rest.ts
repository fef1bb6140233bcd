import { sql, type Kysely } from 'kysely';
import type { TenantCtx } from '../../context.js';
import type { DB } from '../../db/types.js';
import type { Keyring } from '../../lib/crypto.js';
import { codeColumns } from '../../kernel/codes.js';
import { claimHash, sealClaims } from '../citizens/citizens.service.js';
import { sealPrintBatch } from '../notifications/notifications.service.js';

/*
 * Data that versions before migration 0016 stored in clear, converted once per tenant when the server opens
 * the database (as the owner; the keys are not in the database, so the migration cannot do it): booking
 * and security codes become keyed hashes (and the booking code a ciphertext), health claims a ciphertext
 * and a keyed hash per claim, reasons on vaccination records ciphertexts, print-batch PDFs ciphertexts.
 * Each step takes only rows still in the old form (the partial indexes of 0016 find them at once, and find
 * none once done), in batches, with the old form as condition of its UPDATE: running again, or in several
 * processes at once, converts nothing twice.
 */

const BATCH = 2000;
const PDF_MAGIC = Buffer.from('%PDF-');

export type Converted = { bookings: number; persons: number; vaccinations: number; printBatches: number };

/** Converts what is still in clear, tenant by tenant; returns how many rows of each kind it converted. */
export async function protectLegacyData(owner: Kysely<DB>, keys: Keyring): Promise<Converted> {
  const done: Converted = { bookings: 0, persons: 0, vaccinations: 0, printBatches: 0 };
  const tenants = await sql<{ id: string; slug: string; name: string; timezone: string; wrapped_key: Buffer }>`
    select id, slug, name, timezone, wrapped_key from tenants order by id`.execute(owner);
  for (const t of tenants.rows) {
    const tenant: TenantCtx = { id: t.id, slug: t.slug, name: t.name, timezone: t.timezone, cipher: keys.cipher(t.id, t.wrapped_key) };
    done.bookings += await convertCodes(owner, tenant);
    done.persons += await convertClaims(owner, tenant);
    done.vaccinations += await convertReasons(owner, tenant);
    done.printBatches += await convertPrintBatches(owner, tenant);
  }
  return done;
}

const hex = (b: Buffer) => b.toString('hex');

async function convertCodes(owner: Kysely<DB>, tenant: TenantCtx): Promise<number> {
  let n = 0;
  for (;;) {
    const rows = await sql<{ id: string; code: string; security_code: string | null }>`
      select id, code, security_code from bookings
      where tenant_id = ${tenant.id} and code is not null limit ${BATCH}`.execute(owner);
    if (rows.rows.length === 0) return n;
    // Old rows always have both codes (both were NOT NULL); the CASE only guards against a hand-made row.
    const cols = rows.rows.map((r) => codeColumns(tenant, r.code, r.security_code ?? ''));
    await sql`
      update bookings b set code_hash = decode(t.h, 'hex'), code_box = decode(t.box, 'hex'),
                            security_hash = case when b.security_code is null then null else decode(t.s, 'hex') end,
                            code = null, security_code = null
      from unnest(${rows.rows.map((r) => r.id)}::uuid[], ${cols.map((c) => hex(c.code_hash))}::text[],
                  ${cols.map((c) => hex(c.code_box))}::text[], ${cols.map((c) => hex(c.security_hash))}::text[]) as t(id, h, box, s)
      where b.id = t.id and b.code is not null`.execute(owner);
    n += rows.rows.length;
  }
}

async function convertClaims(owner: Kysely<DB>, tenant: TenantCtx): Promise<number> {
  let n = 0;
  for (;;) {
    const rows = await sql<{ id: string; claims: string[] }>`
      select id, claims from persons where tenant_id = ${tenant.id} and claims <> '{}' limit ${BATCH}`.execute(owner);
    if (rows.rows.length === 0) return n;
    const sorted = rows.rows.map((r) => [...new Set(r.claims)].sort());
    await sql`
      update persons p set claims_box = decode(t.box, 'hex'),
                           claim_hashes = array(select decode(h, 'hex') from unnest(string_to_array(t.hs, ',')) with ordinality as x(h, i) order by i),
                           claims = '{}'
      from unnest(${rows.rows.map((r) => r.id)}::uuid[], ${sorted.map((c) => hex(sealClaims(tenant, c)))}::text[],
                  ${sorted.map((c) => c.map((x) => hex(claimHash(tenant, x))).join(','))}::text[]) as t(id, box, hs)
      where p.id = t.id and p.claims <> '{}'`.execute(owner);
    n += rows.rows.length;
  }
}

/**
 * The vaccination ledger refuses every UPDATE (a trigger, even for the owner). Its old clear reasons are
 * re-encoded in one transaction that lifts the trigger for itself alone (ALTER TABLE is transactional and
 * holds a lock that keeps other writers out until the commit): only the reason columns change, from the
 * text to its ciphertext, which decrypts to the same text. Nothing else of a record is touched.
 */
async function convertReasons(owner: Kysely<DB>, tenant: TenantCtx): Promise<number> {
  const found = await sql<{ n: number }>`
    select count(*)::int as n from vaccinations
    where tenant_id = ${tenant.id} and (correction_reason is not null or security_override_reason is not null)`.execute(owner);
  if (found.rows[0].n === 0) return 0;
  return owner.transaction().execute(async (trx) => {
    await sql`alter table vaccinations disable trigger vaccinations_append_only`.execute(trx);
    const rows = await sql<{ id: string; correction_reason: string | null; security_override_reason: string | null }>`
      select id, correction_reason, security_override_reason from vaccinations
      where tenant_id = ${tenant.id} and (correction_reason is not null or security_override_reason is not null)`.execute(trx);
    const box = (field: string, v: string | null) => (v === null ? null : hex(tenant.cipher.encrypt(field, v)));
    for (let i = 0; i < rows.rows.length; i += BATCH) {
      const part = rows.rows.slice(i, i + BATCH);
      await sql`
        update vaccinations v set correction_reason_box = coalesce(decode(t.c, 'hex'), v.correction_reason_box),
                                  security_override_reason_box = coalesce(decode(t.s, 'hex'), v.security_override_reason_box),
                                  correction_reason = null, security_override_reason = null
        from unnest(${part.map((r) => r.id)}::uuid[], ${part.map((r) => box('correction_reason', r.correction_reason))}::text[],
                    ${part.map((r) => box('security_override_reason', r.security_override_reason))}::text[]) as t(id, c, s)
        where v.id = t.id`.execute(trx);
    }
    await sql`alter table vaccinations enable trigger vaccinations_append_only`.execute(trx);
    return rows.rows.length;
  });
}

async function convertPrintBatches(owner: Kysely<DB>, tenant: TenantCtx): Promise<number> {
  const ids = await sql<{ id: string }>`
    select id from print_batches where tenant_id = ${tenant.id} and substring(pdf from 1 for 5) = ${PDF_MAGIC}`.execute(owner);
  for (const { id } of ids.rows) {
    const row = await sql<{ pdf: Uint8Array }>`select pdf from print_batches where id = ${id}`.execute(owner);
    await sql`update print_batches set pdf = ${sealPrintBatch(tenant, row.rows[0].pdf)}
              where id = ${id} and substring(pdf from 1 for 5) = ${PDF_MAGIC}`.execute(owner);
  }
  return ids.rows.length;
}
