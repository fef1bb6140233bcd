/**
 * What we issue must be read by verifiers that are not ours. Two independent checks:
 * - the EU reference verifier (dgca-app-core-android, DefaultCompressorService) and the national apps built
 *   on it inflate only data starting with 0x78 followed by 0x01, 0x5E, 0x9C or 0xDA; anything else is not
 *   decompressed and fails as CBOR. `androidInflate` mirrors that rule.
 * - `dcc-utils` (the Italian health ministry's DCC library: base45, node:zlib, cbor, cose-js) decodes the
 *   certificate and checks its signature against the document signer certificate from our trust list.
 * Certificates issued before the fix (2 KB zlib window, header 38 CB) are issued again by
 * `vaxops dcc reissue-legacy`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import dccUtils from 'dcc-utils';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS, createScratchDatabase, DEFENCES_OFF } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { Deps, RequestCtx } from '../../context.js';
import { fixedClock } from '../../lib/clock.js';
import { newKeyBase64 } from '../../lib/crypto.js';
import { createDeps } from '../../runtime.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { dccCommand } from './dcc.cli.js';
import { base45Decode, base45Encode, decodeHc1 } from './dcc.codec.js';
import { reissueLegacyEncodings } from './dcc.service.js';
import { trustFromEntries } from './dcc.trust.js';
import type { TrustEntry } from './dcc.types.js';
import { verifyHc1 } from './dcc.verify.js';

const { DCC } = dccUtils;
const NOW = '2026-11-23T09:10:00+01:00';

/** The second header bytes DefaultCompressorService accepts after 0x78. */
const ANDROID_SECOND_BYTES = [0x01, 0x5e, 0x9c, 0xda];

/** The zlib stream's first two bytes of an HC1 string. */
const zlibHeader = (hc1: string) => Buffer.from(base45Decode(hc1.slice(4))).subarray(0, 2);

/**
 * The EU reference app's decompression step: inflate only behind an accepted header, else hand the bytes on
 * as they are (which then fail as COSE). Returns null where the app would not have inflated.
 */
function androidInflate(hc1: string): Buffer | null {
  const bytes = Buffer.from(base45Decode(hc1.slice(4)));
  if (bytes[0] !== 0x78 || !ANDROID_SECOND_BYTES.includes(bytes[1]!)) return null;
  return inflateSync(bytes);
}

/** The encoding used before the fix: a 2 KB window (header 38 CB), which the EU apps refuse. */
function legacyHc1(hc1: string): string {
  return 'HC1:' + base45Encode(deflateSync(decodeHc1(hc1).cose, { level: 9, windowBits: 11, memLevel: 2 }));
}

// dcc-utils hands the certificate to jsrsasign's KEYUTIL.getKey, which reads PEM text (its types say Buffer).
const pem = (der: string) => `-----BEGIN CERTIFICATE-----\n${der.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n` as unknown as Buffer;

type Api = ReturnType<typeof client>;

/** Books, checks in and documents dose 1 for a person through the API; returns the vaccination record's id. */
async function vaccinate(url: string, person: typeof anna): Promise<string> {
  const citizen = client(url);
  const clerk = client(url);
  await clerk.signIn('clerk@demo.vaxops');
  const vaccinator = client(url);
  await vaccinator.signIn('vaccinator@demo.vaxops');
  const { center, slot } = await firstSlot(citizen, 'comirnaty', '2026-11-23');
  const b = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person });
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId: center.id })).status).toBe(200);
  const doc = await vaccinator.post('/api/v1/staff/vaccinations', {
    appointmentId: b.body.appointments[0].id,
    product: 'comirnaty',
    lotNumber: 'EX1',
    doseNumber: 1,
    site: 'left_upper_arm',
    securityCode: b.body.securityCode,
  });
  expect(doc.status, JSON.stringify(doc.body)).toBe(201);
  expect(doc.body.certificateId).toMatch(/^[0-9a-f-]{36}$/);
  return doc.body.id;
}

/** Rewrites a stored certificate's HC1 in the old encoding, as certificates issued before the fix are stored. */
async function plantLegacy(deps: Deps, certificateId: string) {
  const tenant = await tenantBySlug(deps, 'demo');
  const row = await deps.db.owner.selectFrom('dcc_certificates').select(['hc1']).where('id', '=', certificateId).executeTakeFirstOrThrow();
  const old = legacyHc1(tenant.cipher.decrypt(`dcc_hc1:${certificateId}`, row.hc1));
  expect(zlibHeader(old).toString('hex')).toBe('38cb');
  await deps.db.owner.updateTable('dcc_certificates').set({ hc1: tenant.cipher.encrypt(`dcc_hc1:${certificateId}`, old) }).where('id', '=', certificateId).execute();
  return old;
}

describe.each(BACKENDS)('certificates are read by verifiers that are not ours (%s)', (backend) => {
  let srv: TestServer;
  let clerk: Api;

  beforeAll(async () => {
    srv = await startTestServer({ backend, now: NOW });
    clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
  });
  afterAll(() => srv?.close());

  it('the vaccinator documents Anna’s dose; her certificate starts 78 DA, the EU app’s rule inflates it, and dcc-utils verifies its signature', async () => {
    const vaccinationId = await vaccinate(srv.url, anna);
    const cert = (await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body;
    const header = zlibHeader(cert.hc1);
    expect(header[0]).toBe(0x78);
    expect(ANDROID_SECOND_BYTES).toContain(header[1]);
    expect(androidInflate(cert.hc1)).not.toBeNull();

    // Re-issued on demand: the same encoding.
    const again = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(again.status).toBe(201);
    expect(androidInflate(again.body.hc1)).not.toBeNull();

    const trust: TrustEntry[] = (await client(srv.url).get('/api/v1/public/dcc/trust-list')).body;
    for (const hc1 of [cert.hc1, again.body.hc1]) {
      const dcc = await DCC.fromRaw(hc1);
      expect(dcc.payload).toMatchObject({ nam: { fn: 'Schäfer', gn: 'Anna', fnt: 'SCHAEFER' }, dob: anna.birthDate, v: [{ dn: 1, sd: 2, co: 'DE' }] });
      const signer = trust.find((t) => t.kid === dcc.kid);
      expect(signer, 'the kid is in our trust list').toBeDefined();
      // cose-js throws when the signature does not match.
      await expect(dcc.checkSignatureWithCertificate(pem(signer!.rawData))).resolves.toBeTruthy();
    }
    // And dcc-utils refuses a certificate whose signed bytes were changed (its check is a real one).
    const cose = Buffer.from(decodeHc1(cert.hc1).cose);
    cose[cose.length - 5] ^= 0x01; // inside the signature
    const forged = await DCC.fromRaw('HC1:' + base45Encode(deflateSync(cose, { level: 9 })));
    await expect(forged.checkSignatureWithCertificate(pem(trust[0]!.rawData))).rejects.toThrow();
  });

  it('a certificate in the old encoding (38 CB) is not read by the EU app’s rule; re-issuing gives Bruno a standard one, the old one stays valid', async () => {
    const bruno = { ...anna, givenName: 'Bruno', familyName: 'Weiß', birthDate: '1941-07-30', email: 'bruno@example.org' };
    const vaccinationId = await vaccinate(srv.url, bruno);
    const oldCert = (await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body;
    const old = await plantLegacy(srv.deps, oldCert.id);
    expect(androidInflate(old)).toBeNull();
    const current = () => srv.deps.db.owner.selectFrom('dcc_certificates').select(['id', 'status']).where('vaccination_id', '=', vaccinationId).orderBy('issued_at').orderBy('id').execute();

    const tenant = await tenantBySlug(srv.deps, 'demo');
    const ctx: RequestCtx = { tenant, actor: { type: 'system', id: null }, route: 'test reissue-legacy', requestId: 'test' };
    const progress: [number, number][] = [];
    const currentBefore = (await sql<{ n: number }>`select count(*)::int as n from dcc_certificates where status = 'current'`.execute(srv.deps.db.owner)).rows[0]!.n;
    const result = await reissueLegacyEncodings(srv.deps, ctx, (done, total) => progress.push([done, total]));
    expect(result).toEqual({ checked: currentBefore, reissued: 1 });
    expect(progress.at(-1)).toEqual([currentBefore, currentBefore]);

    const rows = await current();
    expect(rows.map((r) => r.status)).toEqual(['superseded', 'current']);
    expect(rows[0]!.id).toBe(oldCert.id);
    const now = (await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body;
    expect(now.id).toBe(rows[1]!.id);
    expect(androidInflate(now.hc1)).not.toBeNull();
    expect(now).toMatchObject({ doseNumber: oldCert.doseNumber, vaccinatedOn: oldCert.vaccinatedOn, product: oldCert.product, revoked: false });
    expect(now.uvci).not.toBe(oldCert.uvci);
    // The old one is superseded, not revoked: a copy printed before still verifies.
    const trust = (await client(srv.url).get('/api/v1/public/dcc/trust-list')).body;
    expect(verifyHc1(old, { trust: trustFromEntries(trust), at: srv.deps.clock.now() })).toMatchObject({ valid: true });
    expect((await client(srv.url).get('/api/v1/public/dcc/revocations')).body.entries).toEqual([]);
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log where note = 'issued again: standard zlib header'`.execute(srv.deps.db.owner);
    expect(audit.rows[0]!.n).toBe(1);

    // A second run finds nothing left to do.
    expect(await reissueLegacyEncodings(srv.deps, ctx)).toMatchObject({ reissued: 0 });
  });
});

/** Runs `vaxops dcc ...` in this process with the given environment; returns exit code, stdout and stderr. */
async function vaxopsDcc(env: Record<string, string>, args: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await dccCommand(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.env = saved;
  }
}

describe.each(BACKENDS)('vaxops dcc reissue-legacy (%s)', (backend) => {
  const dir = path.join(os.tmpdir(), `vaxops-dcc-legacy-${process.pid}-${randomBytes(4).toString('hex')}`);
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the operator re-issues the certificates of the old encoding; the command reports how many', async () => {
    const scratch = backend === 'postgres' ? await createScratchDatabase() : null;
    drop = scratch?.drop;
    const env = { VAXOPS_DATA_DIR: dir, VAXOPS_MASTER_KEY: newKeyBase64(), VAXOPS_DEMO: '1', LOG_LEVEL: 'silent', VAXOPS_WEB_DIR: dir, ...DEFENCES_OFF, ...(scratch ? { DATABASE_URL: scratch.url } : {}) };
    // The server as it ran before the fix: two people vaccinated, one certificate in the old encoding.
    const deps = await createDeps(loadConfig(env), { clock: fixedClock(NOW), log: pino({ level: 'silent' }) });
    const app = await buildApp(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    let legacyId: string;
    try {
      await vaccinate(url, anna);
      const bruno = await vaccinate(url, { ...anna, givenName: 'Bruno', birthDate: '1941-07-30' });
      const clerk = client(url);
      await clerk.signIn('clerk@demo.vaxops');
      legacyId = (await clerk.get(`/api/v1/staff/vaccinations/${bruno}/certificate`)).body.id;
      await plantLegacy(deps, legacyId);
    } finally {
      await app.close();
      await deps.db.close();
    }

    const run = await vaxopsDcc(env, ['reissue-legacy', '--tenant', 'demo']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ checked: 2, reissued: 1 });
    expect(run.stderr).toMatch(/Checking certificates: 2\/2/); // the progress bar's last line (stderr is no terminal here)

    const after = await createDeps(loadConfig(env), { log: pino({ level: 'silent' }) });
    try {
      const tenant = await tenantBySlug(after, 'demo');
      const rows = await after.db.owner.selectFrom('dcc_certificates').select(['id', 'status', 'hc1']).where('status', '=', 'current').execute();
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => r.id)).not.toContain(legacyId!);
      for (const r of rows) expect(androidInflate(tenant.cipher.decrypt(`dcc_hc1:${r.id}`, r.hc1))).not.toBeNull();
    } finally {
      await after.db.close();
    }
    expect(JSON.parse((await vaxopsDcc(env, ['reissue-legacy'])).stdout)).toEqual({ checked: 2, reissued: 0 });
  });
});
