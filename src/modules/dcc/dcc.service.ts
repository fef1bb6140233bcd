/**
 * Issuing EU Digital COVID Certificates: keys (generated in demo mode, imported in production), issuing in
 * the transaction that documents or corrects a vaccination, retrieval by staff and on the portal, e-mail,
 * revocation after corrections, and the trust and revocation lists.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Deps, RequestCtx, TenantCtx } from '../../context.js';
import { localDate } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Tx } from '../../db/database.js';
import { conflict, notFound, Problem } from '../../errors.js';
import { assertCan } from '../../kernel/access.js';
import { bookingCodeHash } from '../../kernel/codes.js';
import { findBookingByCode } from '../booking/booking.repo.js';
import { birthHash, decryptPerson } from '../citizens/citizens.service.js';
import { mayActForPerson } from '../citizens/citizens.session.js';
import { enqueue } from '../notifications/notifications.service.js';
import { encodeHc1, decodeHc1, hasStandardZlibHeader } from './dcc.codec.js';
import { decodeCoseSign1, decodeCwt, encodeCwt, signCoseSign1 } from './dcc.cose.js';
import { buildVaccinationDcc, newUvci, uciHash, type VaccinationDcc } from './dcc.issue.js';
import {
  generateCsca,
  generateDsc,
  importPem,
  importPkcs12,
  openCscaKey,
  openSignerKey,
  sealCscaKey,
  sealSignerKey,
  trustEntryOf,
  type SignerMaterial,
} from './dcc.keys.js';
import { renderCertificatePdf, type PdfLanguage } from './dcc.pdf.js';
import { qrPng, qrSvg } from './dcc.qr.js';
import * as repo from './dcc.repo.js';
import type { TrustEntry } from './dcc.types.js';

const DAY_S = 86_400;

const HC1_FIELD = (id: string) => `dcc_hc1:${id}`;

/** The issuer name in the DCC (`is`): VAXOPS_DCC_ISSUER, else the tenant's name. */
export const issuerName = (deps: Deps, tenant: TenantCtx) => deps.config.dcc.issuer ?? tenant.name;

// ---------------------------------------------------------------------------------------------------
// Keys

/**
 * The signer to use now. Without one, and where keys may be generated (demo/embedded), generates a CSCA (once)
 * and a DSC under it: under a per-tenant advisory lock and re-checked after taking it, so concurrent
 * transactions and processes create one key, not several. Returns null when there is no key to sign with.
 */
async function signerFor(deps: Deps, tenant: TenantCtx, trx: Tx, now: Date, ctx?: RequestCtx) {
  const found = await repo.usableSigner(trx, now);
  if (found || !deps.config.dcc.generateKeys) return found ?? null;
  await repo.lockTenantKeys(trx, tenant.id);
  const again = await repo.usableSigner(trx, now);
  if (again) return again;
  const kid = await generateSigner(deps, tenant, trx, now);
  if (ctx) await repo.auditDcc(trx, ctx, [{ action: 'create', subjectType: 'dcc_key', subjectId: null, personId: null, note: `generated DSC ${kid}` }], now);
  deps.log.info({ tenantId: tenant.id, kid }, 'generated a DCC document signer key');
  return (await repo.usableSigner(trx, now)) ?? null;
}

async function generateSigner(deps: Deps, tenant: TenantCtx, trx: Tx, now: Date): Promise<string> {
  const { country, validityDays } = deps.config.dcc;
  const organisation = issuerName(deps, tenant);
  let csca: { id: string; certificate: Uint8Array; privateKey: Uint8Array };
  const existing = await repo.generatedCsca(trx, new Date(now.getTime() + validityDays * DAY_S * 1000));
  if (existing) {
    csca = { id: existing.id, certificate: existing.certificate, privateKey: openCscaKey(tenant.cipher, existing.id, existing.private_key!) };
  } else {
    const made = await generateCsca({ country, organisation, now });
    const id = randomUUID();
    await repo.insertCsca(trx, {
      id,
      tenant_id: tenant.id,
      subject: made.subject,
      certificate: made.certificate,
      private_key: sealCscaKey(tenant.cipher, id, made.privateKey),
      not_before: made.notBefore,
      not_after: made.notAfter,
    });
    csca = { id, certificate: made.certificate, privateKey: made.privateKey };
  }
  const dsc = await generateDsc({ csca, country, organisation, now, minValidityDays: validityDays });
  await storeSigner(trx, tenant, dsc, { source: 'generated', cscaId: csca.id, now });
  return dsc.kid;
}

async function storeSigner(trx: Tx, tenant: TenantCtx, m: SignerMaterial, o: { source: 'generated' | 'imported'; cscaId: string | null; now: Date }) {
  return repo.insertSigningKey(trx, {
    tenant_id: tenant.id,
    kid: m.kid,
    country: m.country,
    alg: m.alg,
    subject: m.subject,
    certificate: m.certificate,
    private_key: sealSignerKey(tenant.cipher, m.kid, m.privateKey),
    csca_id: o.cscaId,
    not_before: m.notBefore,
    not_after: m.notAfter,
    source: o.source,
    created_at: o.now,
  });
}

/** Makes sure a tenant can issue (demo/embedded mode): generates its keys if it has none. Idempotent. */
export async function ensureIssuingKeys(deps: Deps, tenant: TenantCtx): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.withTenant(tenant.id, async (trx) => !!(await signerFor(deps, tenant, trx, now)));
}

export type KeyView = { kid: string; alg: 'ES256' | 'PS256'; subject: string; country: string; notBefore: string; notAfter: string; active: boolean; source: 'generated' | 'imported'; createdAt: string };

export async function listKeys(deps: Deps, ctx: RequestCtx): Promise<KeyView[]> {
  const rows = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.listSigningKeys(trx));
  return rows.map((r) => ({
    kid: r.kid,
    alg: r.alg,
    subject: r.subject,
    country: r.country,
    notBefore: r.not_before.toISOString(),
    notAfter: r.not_after.toISOString(),
    active: r.active,
    source: r.source,
    createdAt: r.created_at.toISOString(),
  }));
}

export type KeyImport = { certificatePem: string; privateKeyPem: string; password?: string } | { pkcs12Base64: string; password: string };

/** Imports a DSC with its private key (PEM or PKCS#12); it becomes the signer from now on. Audited. */
export async function importKey(deps: Deps, ctx: RequestCtx, input: KeyImport): Promise<KeyView> {
  const now = deps.clock.now();
  const opts = { country: deps.config.dcc.country, now };
  const m = 'pkcs12Base64' in input ? importPkcs12(Buffer.from(input.pkcs12Base64, 'base64'), input.password, opts) : importPem(input, opts);
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    let cscaId: string | null = null;
    if (m.csca) {
      cscaId = randomUUID();
      await repo.insertCsca(trx, {
        id: cscaId,
        tenant_id: ctx.tenant.id,
        subject: m.csca.subject,
        certificate: m.csca.certificate,
        private_key: null,
        not_before: m.csca.notBefore,
        not_after: m.csca.notAfter,
      });
    }
    const row = await storeSigner(trx, ctx.tenant, m, { source: 'imported', cscaId, now });
    if (!row) throw conflict(`This certificate (kid ${m.kid}) is already imported.`, 'key-exists');
    await repo.auditDcc(trx, ctx, [{ action: 'import', subjectType: 'dcc_key', subjectId: row.id, personId: null, note: `kid ${m.kid}` }], now);
  });
  return (await listKeys(deps, ctx)).find((k) => k.kid === m.kid)!;
}

/** Stops signing with a DSC and withdraws it from the trust list. Audited. */
export async function deactivateKey(deps: Deps, ctx: RequestCtx, kid: string): Promise<KeyView> {
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const row = await repo.signingKeyByKid(trx, kid);
    if (!row) throw notFound('No issuing key with this kid.', 'unknown-key');
    if (!row.active) throw conflict('This key is already deactivated.', 'already-deactivated');
    await repo.deactivateSigningKey(trx, kid, now);
    await repo.auditDcc(trx, ctx, [{ action: 'update', subjectType: 'dcc_key', subjectId: row.id, personId: null, note: `deactivated kid ${kid}` }], now);
  });
  return (await listKeys(deps, ctx)).find((k) => k.kid === kid)!;
}

/** The tenant's DSCs to trust, in the EU gateway's trust list format (never a private key). */
export async function trustList(deps: Deps, tenant: TenantCtx): Promise<TrustEntry[]> {
  const now = deps.clock.now();
  const rows = await deps.db.withTenant(tenant.id, (trx) => repo.trustedSigners(trx, now));
  return rows.map(trustEntryOf);
}

export type RevocationList = { country: string; generatedAt: string; hashType: 'UCI'; entries: { hash: string; revokedAt: string }[] };

/** The revocation list: for each revoked certificate the first 16 bytes of SHA-256 over its UCI, base64. */
export async function revocationList(deps: Deps, tenant: TenantCtx): Promise<RevocationList> {
  const rows = await deps.db.withTenant(tenant.id, (trx) => repo.revokedHashes(trx));
  return {
    country: deps.config.dcc.country,
    generatedAt: deps.clock.now().toISOString(),
    hashType: 'UCI',
    entries: rows.map((r) => ({ hash: Buffer.from(r.uci_hash).toString('base64'), revokedAt: r.revoked_at!.toISOString() })),
  };
}

/** The UCIs (`ci` of each entry) in a decoded DCC payload. */
function ucisOf(payload: unknown): string[] {
  const p = payload as Record<string, unknown> | null;
  if (!p || typeof p !== 'object') return [];
  return (['v', 't', 'r'] as const).flatMap((k) => (Array.isArray(p[k]) ? (p[k] as { ci?: unknown }[]) : [])).flatMap((e) => (typeof e?.ci === 'string' ? [e.ci] : []));
}

/** True when a certificate in the payload is on this tenant's revocation list. */
export async function isRevoked(deps: Deps, tenant: TenantCtx, payload: unknown): Promise<boolean> {
  const hashes = ucisOf(payload).map(uciHash);
  if (hashes.length === 0) return false;
  return deps.db.withTenant(tenant.id, async (trx) => {
    const hit = await trx.selectFrom('dcc_certificates').select('id').where('uci_hash', 'in', hashes).where('status', '=', 'revoked').executeTakeFirst();
    return !!hit;
  });
}

// ---------------------------------------------------------------------------------------------------
// Issuing

export type Certificate = {
  id: string;
  uvci: string;
  doseNumber: number;
  seriesDoses: number;
  vaccinatedOn: string;
  product: string;
  productName: string;
  issuedAt: string;
  expiresAt: string;
  hc1: string;
  revoked: boolean;
};

type IssueNote = 'issued on documentation' | 'issued after correction' | 'issued on demand' | 'issued again: standard zlib header';

/**
 * Signs and stores a certificate for a vaccination record in the caller's transaction, and audits it.
 * Returns null when there is no key to sign with (production before a key is imported).
 * `lenient` (correction): a failure to build or sign is logged and yields null, so the record around it
 * still commits; everything that can fail that way runs before the one write.
 */
async function issue(deps: Deps, ctx: RequestCtx, trx: Tx, src: repo.IssueSource, note: IssueNote, lenient = false): Promise<string | null> {
  const row = await prepareCertificate(deps, ctx, trx, src, lenient);
  if (!row) return null;
  await repo.insertCertificate(trx, ctx, row, { at: deps.clock.now(), note });
  return row.id;
}

/** Builds and signs a certificate (no write); null without a key, or, when lenient, after a failure (logged). */
async function prepareCertificate(deps: Deps, ctx: RequestCtx, trx: Tx, src: repo.IssueSource, lenient: boolean): Promise<repo.NewCertificate | null> {
  const now = deps.clock.now();
  try {
    const signer = src.signer ?? (await signerFor(deps, ctx.tenant, trx, now, ctx));
    if (!signer) return null;
    return sign(deps, ctx.tenant, src, signer, now);
  } catch (err) {
    if (!lenient || isDatabaseError(err)) throw err;
    const e = err as { name?: string; code?: string };
    deps.log.error({ err: { name: e?.name, code: e?.code } }, 'DCC: issuing failed; the vaccination record is kept without a certificate');
    return null;
  }
}

/** A database error leaves the transaction aborted: it cannot be swallowed. */
const isDatabaseError = (err: unknown) => typeof (err as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((err as { code: string }).code);

/**
 * The signer's private key, opened once per process: a stored key never changes (a new key is a new row),
 * and opening one (decrypting, parsing PKCS#8) costs several times the signature.
 */
function signerKey(deps: Deps, tenant: TenantCtx, signer: repo.SignerRow): KeyObject {
  const keys = (deps.state.signerKeys ??= new Map());
  const id = `${tenant.id}|${signer.id}`;
  let key = keys.get(id);
  if (!key) {
    if (keys.size >= 1_000) keys.clear(); // tenants x keys: a handful in practice
    keys.set(id, (key = openSignerKey(tenant.cipher, signer.kid, signer.private_key)));
  }
  return key;
}

/** Builds, signs and encrypts a certificate (no database access). */
function sign(deps: Deps, tenant: TenantCtx, src: repo.IssueSource, signer: repo.SignerRow, now: Date): repo.NewCertificate {
  const { country, validityDays } = deps.config.dcc;
  const uvci = newUvci(country, tenant.slug);
  const vaccinatedOn = localDate(new Date(src.administered_at), tenant.timezone);
  const dcc = buildVaccinationDcc({
    person: decryptPerson(tenant, src),
    product: { vp: src.dcc_vp, mp: src.dcc_mp, ma: src.dcc_ma, doses: src.doses },
    doseNumber: src.dose_number,
    vaccinatedOn,
    country,
    issuer: issuerName(deps, tenant),
    uvci,
  });
  const iat = Math.floor(now.getTime() / 1000);
  // The signature may not outlive the DSC (HCERT spec 3.3.5).
  const exp = Math.min(iat + validityDays * DAY_S, Math.floor(new Date(signer.not_after).getTime() / 1000));
  const cose = signCoseSign1(encodeCwt({ iss: country, iat, exp, dcc }), {
    kid: Buffer.from(signer.kid, 'base64'),
    alg: signer.alg,
    privateKey: signerKey(deps, tenant, signer),
  });
  const id = uuidv7();
  return {
    id,
    tenant_id: tenant.id,
    vaccination_id: src.id,
    person_id: src.person_id,
    signing_key_id: signer.id,
    uvci,
    uci_hash: uciHash(uvci),
    product_id: src.product_id,
    dose_number: src.dose_number,
    series_doses: src.doses,
    vaccinated_on: vaccinatedOn,
    issued_at: new Date(iat * 1000),
    expires_at: new Date(exp * 1000),
    hc1: tenant.cipher.encrypt(HC1_FIELD(id), encodeHc1(cose)),
  };
}

/**
 * For the documentation's own transaction: the record's certificate, signed, as common table expressions
 * to write in the documentation's last statement (record, certificate and both audit entries go out as one
 * statement with the COMMIT). Null when none can be issued (no key yet, or a failure, logged): the record
 * is then documented without one.
 */
export async function certificateForDocumentation(
  deps: Deps,
  ctx: RequestCtx,
  trx: Tx,
  src: repo.IssueSource,
): Promise<{ id: string; ctes: RawBuilder<unknown> } | null> {
  const row = await prepareCertificate(deps, ctx, trx, src, true);
  return row ? { id: row.id, ctes: repo.certificateCtes(ctx, row, { at: deps.clock.now(), note: 'issued on documentation' }) } : null;
}

/**
 * Called by a correction in its transaction. A certificate says who, which vaccine, which dose of how many,
 * on which day and in which country: when the correction changes none of that (a mistyped lot number, the
 * injection site, the time on the same day), the record's certificates stay valid and move to the new
 * record, so a certificate already printed or in a wallet app keeps working. Otherwise every certificate of
 * the corrected record is revoked (its UCI goes into the revocation list) and one is issued for the new record.
 */
export async function reissueAfterCorrection(deps: Deps, ctx: RequestCtx, trx: Tx, oldVaccinationId: string, newVaccinationId: string): Promise<string | null> {
  const now = deps.clock.now();
  const src = await repo.issueSource(trx, newVaccinationId, now);
  if (!src) return null;
  const audit = (rows: { id: string; person_id: string }[], action: 'update' | 'revoke', note: string) =>
    repo.auditDcc(trx, ctx, rows.map((r) => ({ action, subjectType: 'certificate', subjectId: r.id, personId: r.person_id, note })), now);
  const current = await repo.currentCertificateOf(trx, oldVaccinationId);
  if (current && sameContent(ctx.tenant, current, src)) {
    await audit(await repo.moveCertificates(trx, oldVaccinationId, newVaccinationId), 'update', 'vaccination record corrected; certificate content unchanged, kept');
    return current.id;
  }
  await audit(await repo.revokeAllOf(trx, oldVaccinationId, now), 'revoke', 'vaccination record corrected');
  return issue(deps, ctx, trx, src, 'issued after correction', true);
}

/** Whether a certificate says what one issued for `src` would say (the person cannot change in a correction). */
function sameContent(tenant: TenantCtx, cert: repo.CertificateRow, src: repo.IssueSource): boolean {
  return (
    cert.product_id === src.product_id &&
    cert.dose_number === src.dose_number &&
    cert.series_doses === src.doses &&
    cert.vaccinated_on === localDate(new Date(src.administered_at), tenant.timezone)
  );
}

function noKey() {
  return conflict('No document signer key is active: an administrator must import one before certificates can be issued.', 'no-issuing-key');
}

async function staffSource(trx: Tx, ctx: RequestCtx, vaccinationId: string, now: Date) {
  const src = await repo.issueSource(trx, vaccinationId, now);
  if (!src) throw notFound('Unknown vaccination record.', 'unknown-vaccination');
  assertCan(ctx.actor, 'certificates.manage', { centerId: src.center_id });
  if (src.superseded_by) {
    throw conflict('This record has been corrected; its certificates are revoked. Use the newest record.', 'superseded');
  }
  return src;
}

/**
 * The current certificate of a record, read only (a GET never issues): 404 `no-certificate` when the record
 * has none yet (documented before a key was there, or signing failed); staff then issue one with a POST.
 * Audited as a read.
 */
export async function certificateOfVaccination(deps: Deps, ctx: RequestCtx, vaccinationId: string): Promise<Certificate> {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const src = await staffSource(trx, ctx, vaccinationId, now);
    const row = await repo.currentCertificateOf(trx, src.id);
    if (!row) throw new Problem(404, 'Not found', 'This vaccination record has no certificate yet; issue one.', undefined, 'no-certificate');
    await repo.auditDcc(trx, ctx, [{ action: 'read', subjectType: 'certificate', subjectId: row.id, personId: row.person_id }], now);
    return present(ctx.tenant, row);
  });
}

/**
 * Issues a certificate for a record: its first (documented before a key was there) or a new one (e.g. for a
 * lost print-out); the previous one is superseded, not revoked.
 */
export async function reissue(deps: Deps, ctx: RequestCtx, vaccinationId: string): Promise<Certificate> {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const src = await staffSource(trx, ctx, vaccinationId, now);
    const id = await supersedeAndIssue(deps, ctx, trx, src, now, 'issued on demand');
    if (!id) throw noKey();
    return present(ctx.tenant, (await repo.certificateById(trx, id))!);
  });
}

/** Supersedes the record's current certificate (still valid) and issues a new one; null without a key. */
async function supersedeAndIssue(deps: Deps, ctx: RequestCtx, trx: Tx, src: repo.IssueSource, now: Date, note: IssueNote): Promise<string | null> {
  // Lock the record's certificates so two concurrent re-issues do not both supersede the same one.
  await sql`select id from dcc_certificates where vaccination_id = ${src.id} for update`.execute(trx);
  await repo.supersedeCurrent(trx, src.id, now);
  return issue(deps, ctx, trx, src, note);
}

/** What `reissueLegacyEncodings` found: current certificates looked at, and those issued again. */
export type LegacyReissue = { checked: number; reissued: number };

const LEGACY_BATCH = 200;

/**
 * Issues again every current certificate of a tenant whose zlib stream does not start with a header the EU
 * reference verifier accepts (until this was fixed, certificates used a 2 KB window: header 38 CB, which the
 * EU and national verifier apps refuse to read). Like re-issuing on demand: the old certificate is superseded,
 * still valid (never revoked, it says nothing wrong), and a new one with the same content is signed. Works
 * through the certificates in batches, a transaction each, so a large tenant is not held in one transaction
 * and a second run picks up where a stopped one ended. `onProgress` gets (looked at, total) after each batch.
 */
export async function reissueLegacyEncodings(
  deps: Deps,
  ctx: RequestCtx,
  onProgress?: (checked: number, total: number) => void,
): Promise<LegacyReissue> {
  const tenant = ctx.tenant;
  const total = await deps.db.withTenant(tenant.id, async (trx) => {
    const r = await trx.selectFrom('dcc_certificates').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'current').executeTakeFirstOrThrow();
    return Number(r.n);
  });
  const result: LegacyReissue = { checked: 0, reissued: 0 };
  const issuedNow = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const last = await deps.db.withTenant(tenant.id, async (trx) => {
      const rows = await repo.currentCertificatesPage(trx, after, LEGACY_BATCH);
      const now = deps.clock.now();
      for (const row of rows) {
        if (issuedNow.has(row.id)) continue; // issued by this run (time-ordered ids come after the old ones)
        result.checked++;
        if (hasStandardZlibHeader(tenant.cipher.decrypt(HC1_FIELD(row.id), row.hc1))) continue;
        const src = await repo.issueSource(trx, row.vaccination_id, now);
        if (!src) continue;
        const id = await supersedeAndIssue(deps, ctx, trx, src, now, 'issued again: standard zlib header');
        if (!id) throw noKey();
        issuedNow.add(id);
        result.reissued++;
      }
      return rows.at(-1)?.id ?? null;
    });
    onProgress?.(Math.min(result.checked, total), total);
    if (!last) return result;
    after = last;
  }
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.certificateById>>>;

function openHc1(tenant: TenantCtx, row: Row): string {
  return tenant.cipher.decrypt(HC1_FIELD(row.id), row.hc1);
}

function present(tenant: TenantCtx, row: Row): Certificate {
  return {
    id: row.id,
    uvci: row.uvci,
    doseNumber: row.dose_number,
    seriesDoses: row.series_doses,
    vaccinatedOn: row.vaccinated_on,
    product: row.product_id,
    productName: row.product_name,
    issuedAt: new Date(row.issued_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    hc1: openHc1(tenant, row),
    revoked: row.status === 'revoked',
  };
}

// ---------------------------------------------------------------------------------------------------
// Retrieval: staff (by certificate id) and citizens (booking code + birth date)

const PORTAL_NOT_FOUND = 'No booking with this code and birth date.';
const NO_CERTIFICATE = 'No certificate with this id for this booking.';

/**
 * The person behind a booking code, checked with the birth date (a wrong one looks like an unknown code).
 * Certificates are health data and name a person's earlier vaccinations, so with citizen verification on,
 * code and birth date are not enough: the caller must have verified the person's contact (else the same 404).
 */
async function personOfBooking(deps: Deps, trx: Tx, ctx: RequestCtx, code: string, birthDate: string): Promise<string> {
  const b = await findBookingByCode(trx, bookingCodeHash(ctx.tenant, code));
  if (!b || !birthHash(ctx.tenant, birthDate).equals(Buffer.from(b.birth_hash))) throw notFound(PORTAL_NOT_FOUND, 'booking-not-found');
  if (!(await mayActForPerson(deps, trx, ctx, b.person_id))) throw notFound(PORTAL_NOT_FOUND, 'booking-not-found');
  return b.person_id;
}

/** The citizen's current certificates (revoked and superseded ones are not shown). Each read is audited. */
export async function portalCertificates(deps: Deps, ctx: RequestCtx, code: string, birthDate: string): Promise<Certificate[]> {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const personId = await personOfBooking(deps, trx, ctx, code, birthDate);
    const rows = await repo.currentCertificatesOfPerson(trx, personId);
    await repo.auditDcc(
      trx,
      ctx,
      rows.length
        ? rows.map((r) => ({ action: 'read', subjectType: 'certificate', subjectId: r.id, personId }))
        : [{ action: 'read', subjectType: 'certificate', subjectId: null, personId, note: 'no certificates' }],
      now,
    );
    return rows.map((r) => present(ctx.tenant, r));
  });
}

type Access = { kind: 'staff' } | { kind: 'portal'; code: string; birthDate: string };

/** Loads one certificate the caller may see, audits the read, and hands the decrypted view to `use` inside the transaction. */
async function withCertificate<T>(deps: Deps, ctx: RequestCtx, id: string, access: Access, note: string | undefined, use: (row: Row, trx: Tx) => Promise<T>): Promise<T> {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    let row: Row | undefined;
    if (access.kind === 'portal') {
      const personId = await personOfBooking(deps, trx, ctx, access.code, access.birthDate);
      row = await repo.certificateById(trx, id);
      if (!row || row.person_id !== personId || row.status !== 'current') throw notFound(NO_CERTIFICATE, 'unknown-certificate');
    } else {
      row = await repo.certificateById(trx, id);
      if (!row) throw notFound('Unknown certificate.', 'unknown-certificate');
      assertCan(ctx.actor, 'certificates.manage', { centerId: row.center_id });
      if (row.status === 'revoked') throw conflict('This certificate was revoked after a correction of the vaccination record; use the current one.', 'revoked');
    }
    await repo.auditDcc(trx, ctx, [{ action: 'read', subjectType: 'certificate', subjectId: row.id, personId: row.person_id, note }], now);
    return use(row, trx);
  });
}

/** The DCC JSON inside an HC1 string this server issued (read back from the signed payload). */
export function dccOf(hc1: string): VaccinationDcc {
  return decodeCwt(decodeCoseSign1(decodeHc1(hc1).cose).payload).hcert as VaccinationDcc;
}

async function pdfOf(deps: Deps, tenant: TenantCtx, trx: Tx, row: Row, language: PdfLanguage): Promise<Buffer> {
  const hc1 = openHc1(tenant, row);
  const product = await trx.selectFrom('products').select(['manufacturer']).where('id', '=', row.product_id).executeTakeFirst();
  const pdf = await renderCertificatePdf({
    language,
    hc1,
    dcc: dccOf(hc1),
    productName: row.product_name,
    manufacturerName: product?.manufacturer,
    issuedAt: new Date(row.issued_at),
    expiresAt: new Date(row.expires_at),
    timeZone: tenant.timezone,
  });
  return Buffer.from(pdf);
}

export const pdfFilename = (language: PdfLanguage, doseNumber: number) => (language === 'de' ? `impfzertifikat-dosis-${doseNumber}.pdf` : `vaccination-certificate-dose-${doseNumber}.pdf`);

export async function certificatePdf(deps: Deps, ctx: RequestCtx, id: string, access: Access, language: PdfLanguage) {
  return withCertificate(deps, ctx, id, access, 'pdf', async (row, trx) => ({ pdf: await pdfOf(deps, ctx.tenant, trx, row, language), filename: pdfFilename(language, row.dose_number) }));
}

export async function certificateQr(deps: Deps, ctx: RequestCtx, id: string, access: Access, format: 'png' | 'svg') {
  return withCertificate(deps, ctx, id, access, `qr ${format}`, async (row) => {
    const hc1 = openHc1(ctx.tenant, row);
    return format === 'png' ? { png: await qrPng(hc1) } : { svg: await qrSvg(hc1) };
  });
}

/**
 * Sends a certificate as PDF to the person's confirmed e-mail address (through the outbox, in the person's
 * language). 409 when there is no confirmed address: certificates hold health data and go only there.
 */
export async function mailCertificate(deps: Deps, ctx: RequestCtx, id: string, access: Access): Promise<{ queued: true }> {
  return withCertificate(deps, ctx, id, access, 'sent by e-mail', async (row, trx) => {
    const person = await repo.mailContact(trx, row.person_id);
    if (!person?.email || !person.email_confirmed_at) {
      throw conflict(
        'There is no confirmed e-mail address for this person. Confirm the address with the link from the registration e-mail, or download or print the PDF instead.',
        'no-confirmed-email',
      );
    }
    const language = person.language;
    const names = decryptPerson(ctx.tenant, person);
    const email = ctx.tenant.cipher.decrypt('email', person.email);
    const pdf = await pdfOf(deps, ctx.tenant, trx, row, language);
    await enqueue(trx, ctx.tenant, {
      channel: 'email',
      template: 'certificate',
      language,
      personId: row.person_id,
      to: { email, name: `${names.givenName} ${names.familyName}` },
      data: {
        uvci: row.uvci,
        doseNumber: row.dose_number,
        seriesDoses: row.series_doses,
        product: row.product_name,
        vaccinatedOn: row.vaccinated_on,
        pdf: { filename: pdfFilename(language, row.dose_number), contentBase64: pdf.toString('base64') },
      },
    });
    return { queued: true as const };
  });
}
