import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { generateCsca, generateDsc } from './dcc.keys.js';
import { trustFromEntries } from './dcc.trust.js';
import { verifyHc1 } from './dcc.verify.js';

const NOW = '2026-11-23T09:10:00+01:00';

const pem = (label: string, der: Buffer) => `-----BEGIN ${label}-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
const kidOf = (der: Buffer) => createHash('sha256').update(der).digest().subarray(0, 8).toString('base64');

/** A CSCA and a DSC under it, as a health authority would bring them (made here with the same generator as demo mode). */
async function ecChain(opts: { country?: string; now?: Date; organisation?: string } = {}) {
  const now = opts.now ?? new Date(NOW);
  const organisation = opts.organisation ?? 'Gesundheitsamt Import';
  const csca = await generateCsca({ country: opts.country ?? 'DE', organisation, now });
  const dsc = await generateDsc({ csca, country: opts.country ?? 'DE', organisation, now, minValidityDays: 365 });
  return { csca, dsc };
}

/** An RSA DSC in a PKCS#12 file made with node-forge (self-signed, like a test PKI). */
function rsaPkcs12(password: string) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }) as string);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string);
  cert.serialNumber = '0a1b2c3d';
  cert.validity.notBefore = new Date('2026-11-01T00:00:00Z');
  cert.validity.notAfter = new Date('2028-11-01T00:00:00Z');
  const name = [
    { name: 'countryName', value: 'DE' },
    { name: 'organizationName', value: 'Gesundheitsamt RSA' },
    { name: 'commonName', value: 'DSC RSA 1' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: '3des' });
  const certDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return { base64: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary').toString('base64'), kid: kidOf(certDer) };
}

/**
 * An EC DSC in a PKCS#12 file made with node-forge. forge builds PKCS#12 only from its own (RSA) objects, so
 * for this one call its three ASN.1 converters hand through the EC certificate and PKCS#8 key as they are.
 */
function ecPkcs12(certDer: Buffer, pkcs8Der: Buffer, password: string): string {
  const pki = forge.pki as unknown as Record<string, (x: unknown) => unknown>;
  const saved = { certificateToAsn1: pki.certificateToAsn1!, privateKeyToAsn1: pki.privateKeyToAsn1!, wrapRsaPrivateKey: pki.wrapRsaPrivateKey! };
  const certAsn1 = forge.asn1.fromDer(certDer.toString('binary'));
  const keyAsn1 = forge.asn1.fromDer(pkcs8Der.toString('binary'));
  const certToken = { ec: 'certificate' };
  const keyToken = { ec: 'key' };
  pki.certificateToAsn1 = (c) => (c === certToken ? certAsn1 : saved.certificateToAsn1(c));
  pki.privateKeyToAsn1 = (k) => (k === keyToken ? keyAsn1 : saved.privateKeyToAsn1(k));
  pki.wrapRsaPrivateKey = (a) => (a === keyAsn1 ? keyAsn1 : saved.wrapRsaPrivateKey(a));
  try {
    const p12 = forge.pkcs12.toPkcs12Asn1(keyToken as never, [certToken as never], password, { algorithm: 'aes256' });
    return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary').toString('base64');
  } finally {
    Object.assign(pki, saved);
  }
}

describe.each(BACKENDS)('issuing keys in production: imported as PEM or PKCS#12, rotated, deactivated (%s)', (backend) => {
  let srv: TestServer;
  let admin: ReturnType<typeof client>;
  let clerk: ReturnType<typeof client>;
  let vaccinationId: string;
  const imported: { kid: string; secrets: string[] }[] = [];

  beforeAll(async () => {
    // Production does not make up keys: they are imported.
    srv = await startTestServer({ backend, now: NOW, env: { VAXOPS_DCC_GENERATE_KEYS: '0' } });
    admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
  });
  afterAll(() => srv?.close());

  /** Books, checks in and documents dose 1 for a person; returns the documentation answer. */
  async function vaccinate(person: typeof anna) {
    const citizen = client(srv.url);
    const { center, slot } = await firstSlot(citizen, 'comirnaty', '2026-11-23');
    const b = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person });
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId: center.id })).status).toBe(200);
    const vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    return vaccinator.post('/api/v1/staff/vaccinations', {
      appointmentId: b.body.appointments[0].id,
      product: 'comirnaty',
      lotNumber: 'EX1',
      doseNumber: 1,
      site: 'left_upper_arm',
      securityCode: b.body.securityCode,
    });
  }

  it('before a key is imported, documentation works but has no certificate, and staff are told why', async () => {
    const doc = await vaccinate(anna);
    expect(doc.status).toBe(201);
    expect(doc.body.certificateId).toBeNull();
    vaccinationId = doc.body.id;
    // Reading never issues: there is none yet. Issuing is refused while there is no key.
    const res = await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(res.status).toBe(404);
    expect(res.body.type).toContain('no-certificate');
    const issue = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(issue.status).toBe(409);
    expect(issue.body.type).toContain('no-issuing-key');
    expect((await client(srv.url).get('/api/v1/public/dcc/trust-list')).body).toEqual([]);
    expect((await admin.get('/api/v1/admin/dcc/keys')).body).toEqual([]);
  });

  it('the admin imports a DSC with its CSCA as PEM; from then on certificates are signed with it', async () => {
    const { csca, dsc } = await ecChain();
    const sec1 = createPrivateKey({ key: dsc.privateKey, format: 'der', type: 'pkcs8' }).export({ type: 'sec1', format: 'pem' }) as string;
    const body = { certificatePem: pem('CERTIFICATE', dsc.certificate) + pem('CERTIFICATE', csca.certificate), privateKeyPem: sec1 };
    const res = await admin.post('/api/v1/admin/dcc/keys', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kid: kidOf(dsc.certificate), alg: 'ES256', country: 'DE', active: true, source: 'imported' });
    expect(res.body.subject).toContain('Gesundheitsamt Import DSC');
    imported.push({ kid: res.body.kid, secrets: [dsc.privateKey.toString('hex'), dsc.privateKey.toString('base64'), sec1.split('\n')[1]!] });
    const cscas = await srv.deps.db.owner.selectFrom('dcc_cscas').select(['subject', 'private_key']).execute();
    expect(cscas).toEqual([{ subject: expect.stringContaining('CSCA'), private_key: null }]); // its CSCA, for the record

    // The clerk now issues Anna's certificate, signed with the imported key.
    const certificates = async () => (await sql<{ n: number }>`select count(*)::int as n from dcc_certificates`.execute(srv.deps.db.owner)).rows[0]!.n;
    const before = await certificates();
    expect((await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).status).toBe(404);
    expect(await certificates()).toBe(before); // a GET never issues, even where it could
    const cert = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(cert.status).toBe(201);
    expect((await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body).toEqual(cert.body);
    const trust = (await client(srv.url).get('/api/v1/public/dcc/trust-list')).body;
    expect(trust.map((t: { kid: string }) => t.kid)).toEqual([res.body.kid]);
    expect(verifyHc1(cert.body.hc1, { trust: trustFromEntries(trust), at: srv.deps.clock.now() })).toMatchObject({ valid: true, kid: res.body.kid });

    // Refused, with the field named: the same key again, a key of another certificate, an expired or foreign certificate.
    const again = await admin.post('/api/v1/admin/dcc/keys', body);
    expect(again.status).toBe(409);
    expect(again.body.type).toContain('key-exists');
    const other = await ecChain();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ ...body, privateKeyPem: pem('PRIVATE KEY', other.dsc.privateKey) }, 'privateKeyPem', /does not belong/],
      [{ ...body, privateKeyPem: 'not a key' }, 'privateKeyPem', /not a readable/],
      [{ ...body, certificatePem: 'not a certificate' }, 'certificatePem', /BEGIN CERTIFICATE/],
      [{ certificatePem: pem('CERTIFICATE', (await ecChain({ now: new Date('2020-01-01T00:00:00Z') })).dsc.certificate), privateKeyPem: '' }, 'privateKeyPem', /Required/],
    ];
    const expired = await ecChain({ now: new Date('2020-01-01T00:00:00Z') });
    cases.push([{ certificatePem: pem('CERTIFICATE', expired.dsc.certificate), privateKeyPem: pem('PRIVATE KEY', expired.dsc.privateKey) }, 'certificatePem', /expired/]);
    const french = await ecChain({ country: 'FR' });
    cases.push([{ certificatePem: pem('CERTIFICATE', french.dsc.certificate), privateKeyPem: pem('PRIVATE KEY', french.dsc.privateKey) }, 'certificatePem', /country FR/]);
    const encrypted = createPrivateKey({ key: other.dsc.privateKey, format: 'der', type: 'pkcs8' }).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'richtig' }) as string;
    cases.push([{ certificatePem: pem('CERTIFICATE', other.dsc.certificate), privateKeyPem: encrypted, password: 'falsch' }, 'privateKeyPem', /password/]);
    for (const [input, field, message] of cases) {
      const r = await admin.post('/api/v1/admin/dcc/keys', input);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.body.errors).toEqual([{ field, message: expect.stringMatching(message), code: expect.any(String) }]);
    }
    // With the right password the encrypted key imports.
    const ok = await admin.post('/api/v1/admin/dcc/keys', { certificatePem: pem('CERTIFICATE', other.dsc.certificate), privateKeyPem: encrypted, password: 'richtig' });
    expect(ok.status).toBe(201);
    imported.push({ kid: ok.body.kid, secrets: [other.dsc.privateKey.toString('hex')] });
  });

  it('PKCS#12 files, RSA (PS256) and EC (ES256), import too; the newest key signs', async () => {
    const rsa = rsaPkcs12('geheim');
    expect((await admin.post('/api/v1/admin/dcc/keys', { pkcs12Base64: rsa.base64, password: 'falsch' })).body.errors).toEqual([{ field: 'password', message: expect.stringMatching(/password/), code: 'invalid' }]);
    expect((await admin.post('/api/v1/admin/dcc/keys', { pkcs12Base64: Buffer.from('no pkcs12').toString('base64'), password: 'x' })).body.errors[0].field).toBe('pkcs12Base64');
    expect((await admin.post('/api/v1/admin/dcc/keys', { pkcs12Base64: rsa.base64 })).body.errors).toEqual([{ field: 'password', message: expect.any(String), code: 'required' }]);
    const r1 = await admin.post('/api/v1/admin/dcc/keys', { pkcs12Base64: rsa.base64, password: 'geheim' });
    expect(r1.status, JSON.stringify(r1.body)).toBe(201);
    expect(r1.body).toMatchObject({ kid: rsa.kid, alg: 'PS256', source: 'imported' });
    imported.push({ kid: rsa.kid, secrets: [] });

    const reissued = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(reissued.status).toBe(201);
    let trust = (await client(srv.url).get('/api/v1/public/dcc/trust-list')).body;
    expect(verifyHc1(reissued.body.hc1, { trust: trustFromEntries(trust), at: srv.deps.clock.now() })).toMatchObject({ valid: true, kid: rsa.kid });

    const { dsc } = await ecChain({ organisation: 'Gesundheitsamt P12' });
    const r2 = await admin.post('/api/v1/admin/dcc/keys', { pkcs12Base64: ecPkcs12(dsc.certificate, dsc.privateKey, 'p12-pass'), password: 'p12-pass' });
    expect(r2.status, JSON.stringify(r2.body)).toBe(201);
    expect(r2.body).toMatchObject({ kid: kidOf(dsc.certificate), alg: 'ES256' });
    imported.push({ kid: r2.body.kid, secrets: [dsc.privateKey.toString('hex'), dsc.privateKey.toString('base64')] });
    const third = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    trust = (await client(srv.url).get('/api/v1/public/dcc/trust-list')).body;
    expect(trust).toHaveLength(4);
    expect(verifyHc1(third.body.hc1, { trust: trustFromEntries(trust), at: srv.deps.clock.now() })).toMatchObject({ valid: true, kid: r2.body.kid });
  });

  it('private keys are stored only encrypted and never shown', async () => {
    const keys = await admin.get('/api/v1/admin/dcc/keys');
    expect(keys.body.map((k: { kid: string }) => k.kid).sort()).toEqual(imported.map((k) => k.kid).sort());
    expect(JSON.stringify(keys.body)).not.toMatch(/private|BEGIN/i);
    const rows = await sql<{ t: string }>`select row_to_json(k)::text as t from dcc_signing_keys k union all select row_to_json(c)::text from dcc_cscas c`.execute(srv.deps.db.owner);
    const text = rows.rows.map((r) => r.t).join('\n');
    const secrets = imported.flatMap((k) => k.secrets);
    expect(secrets.length).toBeGreaterThan(5);
    for (const s of secrets) expect(text).not.toContain(s);
    if (backend === 'postgres') {
      const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', srv.deps.config.databaseUrl!], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
      expect(dump).toContain('Gesundheitsamt Import'); // the subjects are there...
      for (const s of secrets) expect(dump).not.toContain(s); // ...the keys are not
    }
    const audit = await sql<{ action: string; n: number }>`
      select action, count(*)::int as n from audit_log where subject_type = 'dcc_key' and actor_type = 'staff' group by action`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([{ action: 'import', n: 4 }]);
  });

  it('deactivated keys stop signing and leave the trust list; without an active key issuing is refused', async () => {
    const before = (await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body;
    for (const { kid } of imported) {
      const res = await admin.post(`/api/v1/admin/dcc/keys/${encodeURIComponent(kid)}/deactivate`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ kid, active: false });
    }
    expect((await admin.post(`/api/v1/admin/dcc/keys/${encodeURIComponent(imported[0]!.kid)}/deactivate`)).status).toBe(409);
    expect((await admin.post('/api/v1/admin/dcc/keys/AAAAAAAAAAA=/deactivate')).status).toBe(404);
    // base64url spelling of a kid works as well
    expect((await admin.post(`/api/v1/admin/dcc/keys/${imported[1]!.kid.replace(/\+/g, '-').replace(/\//g, '_')}/deactivate`)).status).toBe(409);
    expect((await client(srv.url).get('/api/v1/public/dcc/trust-list')).body).toEqual([]);
    const check = await client(srv.url).post('/api/v1/public/dcc/verifications', { hc1: before.hc1 });
    expect(check.body).toMatchObject({ valid: false, signatureValid: false });
    const refused = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain('no-issuing-key');
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log where subject_type = 'dcc_key' and action = 'update'`.execute(srv.deps.db.owner);
    expect(audit.rows[0]!.n).toBe(4);
  });

  it('a key that cannot be used never costs a documentation: the record is kept, without a certificate', async () => {
    const { dsc } = await ecChain({ organisation: 'Gesundheitsamt Defekt' });
    const res = await admin.post('/api/v1/admin/dcc/keys', { certificatePem: pem('CERTIFICATE', dsc.certificate), privateKeyPem: pem('PRIVATE KEY', dsc.privateKey) });
    expect(res.status).toBe(201);
    // The stored key is damaged (a restored backup under another master key, a bit flip): it no longer decrypts.
    await sql`update dcc_signing_keys set private_key = substring(private_key from 1 for 20) || '\\x00'::bytea || substring(private_key from 22) where kid = ${res.body.kid}`.execute(srv.deps.db.owner);
    const doc = await vaccinate({ ...anna, givenName: 'Berta', birthDate: '1936-02-02' });
    expect(doc.status).toBe(201);
    expect(doc.body.certificateId).toBeNull();
    const stored = await srv.deps.db.owner.selectFrom('vaccinations').select('id').where('id', '=', doc.body.id).execute();
    expect(stored).toHaveLength(1);
  });
});
