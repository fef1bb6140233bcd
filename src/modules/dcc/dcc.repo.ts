import { sql, type RawBuilder } from 'kysely';
import type { RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { appendAudit, auditInsert, type AuditEntry } from '../audit/audit.repo.js';

type Bytes = Buffer | Uint8Array;

// ---------------------------------------------------------------------------------------------------
// Audit

/** Audit entries of this module: certificates (issue, read, revoke) and issuing keys (import, deactivate). */
export type DccAuditEntry = AuditEntry & { subjectType: 'certificate' | 'dcc_key'; subjectId: string | null };

/** Appends to the audit trail in the caller's transaction. */
export async function auditDcc(trx: Tx, ctx: RequestCtx, entries: DccAuditEntry[], at: Date) {
  await appendAudit(trx, ctx, entries, at);
}

// ---------------------------------------------------------------------------------------------------
// Keys

/** Serialises key generation per tenant across transactions and processes (released at commit). */
export async function lockTenantKeys(trx: Tx, tenantId: string) {
  await sql`select pg_advisory_xact_lock(7242006, hashtext(${tenantId}))`.execute(trx);
}

// What signing needs of a signer (its certificate goes into the trust list, not into what it signs).
const SIGNER_COLUMNS = ['id', 'kid', 'alg', 'private_key', 'not_after'] as const;

/** The signer to use at `now`: active and valid; the most recently added one (so a freshly imported key takes over). */
export async function usableSigner(trx: Tx, now: Date) {
  return trx
    .selectFrom('dcc_signing_keys')
    .select([...SIGNER_COLUMNS])
    .where('active', '=', true)
    .where('not_before', '<=', now)
    .where('not_after', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('not_before', 'desc')
    .limit(1)
    .executeTakeFirst();
}
export type SignerRow = NonNullable<Awaited<ReturnType<typeof usableSigner>>>;

/** The newest CSCA that has its private key (generated in this installation), valid at `now`. */
export async function generatedCsca(trx: Tx, now: Date) {
  return trx
    .selectFrom('dcc_cscas')
    .select(['id', 'certificate', 'private_key', 'not_after'])
    .where('private_key', 'is not', null)
    .where('not_after', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertCsca(trx: Tx, row: { id: string; tenant_id: string; subject: string; certificate: Buffer; private_key: Buffer | null; not_before: Date; not_after: Date }) {
  await trx.insertInto('dcc_cscas').values(row).execute();
}

/** Inserts a signer; undefined when the tenant has this certificate already (same kid). */
export async function insertSigningKey(
  trx: Tx,
  row: {
    tenant_id: string;
    kid: string;
    country: string;
    alg: 'ES256' | 'PS256';
    subject: string;
    certificate: Buffer;
    private_key: Buffer;
    csca_id: string | null;
    not_before: Date;
    not_after: Date;
    source: 'generated' | 'imported';
    created_at: Date;
  },
) {
  return trx
    .insertInto('dcc_signing_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'kid']).doNothing())
    .returning(['id', 'kid'])
    .executeTakeFirst();
}

/** All signers of the tenant, without their private keys. */
export async function listSigningKeys(trx: Tx) {
  return trx
    .selectFrom('dcc_signing_keys')
    .select(['id', 'kid', 'alg', 'country', 'subject', 'not_before', 'not_after', 'active', 'source', 'created_at', 'deactivated_at'])
    .orderBy('created_at', 'desc')
    .execute();
}

/** The DSCs to trust: active and not expired at `now` (no private keys). */
export async function trustedSigners(trx: Tx, now: Date) {
  return trx
    .selectFrom('dcc_signing_keys')
    .select(['kid', 'country', 'certificate', 'created_at'])
    .where('active', '=', true)
    .where('not_after', '>', now)
    .orderBy('created_at')
    .execute();
}

export async function deactivateSigningKey(trx: Tx, kid: string, at: Date) {
  return trx
    .updateTable('dcc_signing_keys')
    .set({ active: false, deactivated_at: at })
    .where('kid', '=', kid)
    .where('active', '=', true)
    .returning(['id', 'kid'])
    .executeTakeFirst();
}

export async function signingKeyByKid(trx: Tx, kid: string) {
  return trx.selectFrom('dcc_signing_keys').select(['id', 'kid', 'active']).where('kid', '=', kid).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------------
// Certificates

export type IssueSource = {
  id: string;
  person_id: string;
  center_id: string;
  product_id: string;
  dose_number: number;
  administered_at: Date;
  superseded_by: string | null;
  given_name: Bytes;
  family_name: Bytes;
  birth_date: Bytes;
  product_name: string;
  doses: number;
  dcc_vp: string;
  dcc_mp: string;
  dcc_ma: string;
  /** The signer usableSigner would choose at the given time, if there is one. */
  signer: SignerRow | null;
};

/** The signer usableSigner would choose at `now`, as a lateral subquery (for statements that read more than it). */
export function signerAt(now: Date) {
  return sql`select k.id, k.kid, k.alg, k.private_key, k.not_after from dcc_signing_keys k
      where k.active and k.not_before <= ${now}::timestamptz and k.not_after > ${now}::timestamptz
      order by k.created_at desc, k.not_before desc
      limit 1`;
}

/** Signer columns as signerAt's lateral `s` yields them, prefixed `s_`, for a select list. */
export const SIGNER_SELECT = sql.raw(`s.id as s_id, s.kid as s_kid, s.alg as s_alg, s.private_key as s_private_key, s.not_after as s_not_after`);

/** The signer columns of a row read with SIGNER_SELECT, taken out of it. */
export type SignerColumns = { s_id: string | null; s_kid: string; s_alg: 'ES256' | 'PS256'; s_private_key: Bytes; s_not_after: Date };

/** Splits a row read with SIGNER_SELECT into the signer (null when there is none) and the rest. */
export function splitSigner<T extends SignerColumns>(row: T): { signer: SignerRow | null; rest: Omit<T, keyof SignerColumns> } {
  const { s_id, s_kid, s_alg, s_private_key, s_not_after, ...rest } = row;
  const signer = s_id ? { id: s_id, kid: s_kid, alg: s_alg, private_key: s_private_key, not_after: s_not_after } : null;
  return { signer, rest };
}

/**
 * A vaccination record with what its certificate needs, in one round trip: the person (encrypted), the
 * product's DCC codes, and the signer to use at `now` (as usableSigner chooses it).
 */
export async function issueSource(trx: Tx, vaccinationId: string, now: Date): Promise<IssueSource | undefined> {
  const r = await sql<Omit<IssueSource, 'signer'> & SignerColumns>`
    select v.id, v.person_id, v.center_id, v.product_id, v.dose_number, v.administered_at,
           (select n.id from vaccinations n where n.supersedes_id = v.id) as superseded_by,
           p.given_name, p.family_name, p.birth_date,
           pr.name as product_name, pr.doses, pr.dcc_vp, pr.dcc_mp, pr.dcc_ma,
           ${SIGNER_SELECT}
    from vaccinations v
    join persons p on p.id = v.person_id
    join products pr on pr.tenant_id = v.tenant_id and pr.id = v.product_id
    left join lateral (${signerAt(now)}) s on true
    where v.id = ${vaccinationId}`.execute(trx);
  const row = r.rows[0];
  if (!row) return undefined;
  const { signer, rest } = splitSigner(row);
  return { ...rest, signer };
}

export type NewCertificate = {
  id: string;
  tenant_id: string;
  vaccination_id: string;
  person_id: string;
  signing_key_id: string;
  uvci: string;
  uci_hash: Buffer;
  product_id: string;
  dose_number: number;
  series_doses: number;
  vaccinated_on: string;
  issued_at: Date;
  expires_at: Date;
  hc1: Buffer;
};

/**
 * A certificate and its audit entry as two common table expressions (`certificate`, `certificate_audit`), for
 * a statement that writes more: the documentation puts them into its own, sent with the COMMIT.
 */
export function certificateCtes(ctx: RequestCtx, row: NewCertificate, audit: { at: Date; note: string }): RawBuilder<unknown> {
  return sql`certificate as (
      insert into dcc_certificates (id, tenant_id, vaccination_id, person_id, signing_key_id, uvci, uci_hash, product_id,
                                    dose_number, series_doses, vaccinated_on, issued_at, expires_at, hc1)
      values (${row.id}::uuid, ${row.tenant_id}::uuid, ${row.vaccination_id}::uuid, ${row.person_id}::uuid, ${row.signing_key_id}::uuid,
              ${row.uvci}, ${row.uci_hash}, ${row.product_id}, ${row.dose_number}::smallint, ${row.series_doses}::smallint,
              ${row.vaccinated_on}::date, ${row.issued_at}::timestamptz, ${row.expires_at}::timestamptz, ${row.hc1})
      returning id, person_id
    ), certificate_audit as (${auditInsert(
      ctx,
      [{ action: 'create', subjectType: 'certificate', subjectId: sql`(select id from certificate)`, personId: sql`(select person_id from certificate)`, note: audit.note }],
      audit.at,
    )})`;
}

/** Stores a certificate and its audit entry in one statement. */
export async function insertCertificate(trx: Tx, ctx: RequestCtx, row: NewCertificate, audit: { at: Date; note: string }) {
  await sql`with ${certificateCtes(ctx, row, audit)} select 1`.execute(trx);
}

const CERT_COLUMNS = [
  'c.id',
  'c.vaccination_id',
  'c.person_id',
  'c.uvci',
  'c.product_id',
  'c.dose_number',
  'c.series_doses',
  'c.vaccinated_on',
  'c.issued_at',
  'c.expires_at',
  'c.hc1',
  'c.status',
  'c.revoked_at',
  'pr.name as product_name',
  'v.center_id',
] as const;

function certificates(trx: Tx) {
  return trx
    .selectFrom('dcc_certificates as c')
    .innerJoin('vaccinations as v', 'v.id', 'c.vaccination_id')
    .innerJoin('products as pr', (j) => j.onRef('pr.tenant_id', '=', 'c.tenant_id').onRef('pr.id', '=', 'c.product_id'))
    .select([...CERT_COLUMNS]);
}
export type CertificateRow = NonNullable<Awaited<ReturnType<typeof certificateById>>>;

export async function certificateById(trx: Tx, id: string) {
  return certificates(trx).where('c.id', '=', id).executeTakeFirst();
}

export async function currentCertificateOf(trx: Tx, vaccinationId: string) {
  return certificates(trx).where('c.vaccination_id', '=', vaccinationId).where('c.status', '=', 'current').executeTakeFirst();
}

/** A person's current certificates, oldest vaccination first. */
export async function currentCertificatesOfPerson(trx: Tx, personId: string) {
  return certificates(trx)
    .where('c.person_id', '=', personId)
    .where('c.status', '=', 'current')
    .orderBy('c.vaccinated_on')
    .orderBy('c.dose_number')
    .orderBy('c.issued_at')
    .execute();
}

/** A page of the tenant's current certificates in id order, after `after` (encrypted HC1 included). */
export async function currentCertificatesPage(trx: Tx, after: string | null, limit: number) {
  let q = trx.selectFrom('dcc_certificates').select(['id', 'vaccination_id', 'hc1']).where('status', '=', 'current');
  if (after) q = q.where('id', '>', after);
  return q.orderBy('id').limit(limit).execute();
}

/** Marks the record's current certificate superseded (still valid, no longer shown); returns its id. */
export async function supersedeCurrent(trx: Tx, vaccinationId: string, at: Date) {
  const r = await trx
    .updateTable('dcc_certificates')
    .set({ status: 'superseded', superseded_at: at })
    .where('vaccination_id', '=', vaccinationId)
    .where('status', '=', 'current')
    .returning(['id'])
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Moves a record's certificates that are not revoked to the record that corrects it; returns them. */
export async function moveCertificates(trx: Tx, fromVaccinationId: string, toVaccinationId: string) {
  return trx
    .updateTable('dcc_certificates')
    .set({ vaccination_id: toVaccinationId })
    .where('vaccination_id', '=', fromVaccinationId)
    .where('status', '<>', 'revoked')
    .returning(['id', 'person_id'])
    .execute();
}

/** Revokes every certificate of a record that is not revoked yet; returns them. */
export async function revokeAllOf(trx: Tx, vaccinationId: string, at: Date) {
  return trx
    .updateTable('dcc_certificates')
    .set({ status: 'revoked', revoked_at: at })
    .where('vaccination_id', '=', vaccinationId)
    .where('status', '<>', 'revoked')
    .returning(['id', 'person_id'])
    .execute();
}

/** The revocation list: hashes of revoked UCIs with the time of revocation, oldest first. */
export async function revokedHashes(trx: Tx) {
  return trx
    .selectFrom('dcc_certificates')
    .select(['uci_hash', 'revoked_at'])
    .where('status', '=', 'revoked')
    .orderBy('revoked_at')
    .orderBy('id')
    .execute();
}

/** The person's confirmed e-mail (encrypted) and language, for sending a certificate. */
export async function mailContact(trx: Tx, personId: string) {
  return trx
    .selectFrom('persons')
    .select(['id', 'given_name', 'family_name', 'birth_date', 'email', 'email_confirmed_at', 'language'])
    .where('id', '=', personId)
    .executeTakeFirst();
}
