import { execFileSync } from 'node:child_process';
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp.js';
import { deliverDue } from '../../jobs/outbox.worker.js';
import { tenantById, tenantBySlug } from '../tenants/tenants.service.js';
import { hasValidChecksum, uciHash, type VaccinationDcc } from './dcc.issue.js';
import { openSignerKey } from './dcc.keys.js';
import { validateDccSchema } from './dcc.schema.js';
import { ensureIssuingKeys } from './dcc.service.js';
import { attachmentsOf, pdfText, qrTextOfPng, qrTextsOfPdf } from './dcc.test-support.js';
import { trustFromEntries } from './dcc.trust.js';
import type { TrustEntry } from './dcc.types.js';
import { checkValueSets } from './dcc.valuesets.js';
import { verifyHc1 } from './dcc.verify.js';

const NOW = '2026-11-23T09:10:00+01:00';
const annaDcc = { ...anna, email: 'anna.dcc@example.org' };
const bruno = { givenName: 'Bruno', familyName: 'Weiß-Öztürk', birthDate: '1941-07-30', postalCode: '10115', email: 'bruno@example.org' };

type Api = ReturnType<typeof client>;

describe.each(BACKENDS)('EU Digital COVID Certificates: issuing, getting, correcting (%s)', (backend) => {
  let srv: TestServer;
  let smtp: SmtpSink;
  let citizen: Api;
  let clerk: Api;
  let vaccinator: Api;
  let centerId: string;
  let bookingCode: string;
  let vaccinationId: string;
  let certificateId: string;
  let hc1: string;
  let uvci: string;
  let trust: TrustEntry[];

  /** Books, checks in and documents dose 1 of `product` for a person; returns the documentation answer. */
  async function vaccinate(person: typeof annaDcc, product: string, administeredAt: string) {
    const { center, slot } = await firstSlot(citizen, product, '2026-11-23');
    const booked = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product, person });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: booked.body.bookingCode, centerId: center.id })).status).toBe(200);
    const doc = await vaccinator.post('/api/v1/staff/vaccinations', {
      appointmentId: booked.body.appointments[0].id,
      product,
      lotNumber: 'EX1234',
      doseNumber: 1,
      site: 'left_upper_arm',
      administeredAt,
      securityCode: booked.body.securityCode,
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    return { centerId: center.id, bookingCode: booked.body.bookingCode as string, vaccination: doc.body };
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    srv = await startTestServer({ backend, now: NOW, env: { VAXOPS_SMTP_URL: smtp.url } });
    citizen = client(srv.url);
    clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    // Anna registered on the portal and confirmed her e-mail address before booking.
    expect((await citizen.post('/api/v1/public/registrations', { person: annaDcc, claims: [], language: 'de' })).status).toBe(201);
    await deliverDue(srv.deps);
    expect((await citizen.post('/api/v1/public/email-confirmations', { token: smtp.token(annaDcc.email, '/confirm-email') })).body).toEqual({ confirmed: true });
  });
  afterAll(async () => {
    await srv?.close();
    await smtp?.close();
  });

  it('the vaccinator documents Anna’s first dose; her certificate is issued with it and verifies against the exported trust list', async () => {
    const done = await vaccinate(annaDcc, 'comirnaty', '2026-11-23T09:05:00+01:00');
    centerId = done.centerId;
    bookingCode = done.bookingCode;
    vaccinationId = done.vaccination.id;
    certificateId = done.vaccination.certificateId;
    expect(certificateId).toMatch(/^[0-9a-f-]{36}$/);

    // At check-out the clerk fetches it for printing.
    const res = await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(res.status).toBe(200);
    const cert = res.body;
    expect(cert).toMatchObject({ id: certificateId, doseNumber: 1, seriesDoses: 2, vaccinatedOn: '2026-11-23', product: 'comirnaty', productName: 'Comirnaty', revoked: false });
    // The test clock starts at NOW and runs on.
    expect(Date.parse(cert.issuedAt) - Date.parse(NOW)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(cert.issuedAt) - Date.parse(NOW)).toBeLessThan(5 * 60_000);
    expect(Date.parse(cert.expiresAt) - Date.parse(cert.issuedAt)).toBe(365 * 86_400_000);
    expect(cert.uvci).toMatch(/^URN:UVCI:01:DE:DEMO\/[A-Z0-9]{24}#.$/);
    expect(hasValidChecksum(cert.uvci)).toBe(true);
    expect(cert.hc1).toMatch(/^HC1:[0-9A-Z $%*+\-./:]+$/);
    hc1 = cert.hc1;
    uvci = cert.uvci;

    // Anyone can check it with the organisation's trust list (EU gateway format).
    const list = await citizen.get('/api/v1/public/dcc/trust-list');
    expect(list.status).toBe(200);
    trust = list.body;
    expect(trust).toHaveLength(1);
    const [entry] = trust;
    const der = Buffer.from(entry!.rawData, 'base64');
    expect(entry).toMatchObject({ country: 'DE', certificateType: 'DSC', thumbprint: createHash('sha256').update(der).digest('hex') });
    expect(entry!.kid).toBe(createHash('sha256').update(der).digest().subarray(0, 8).toString('base64'));
    const dsc = new X509Certificate(der);
    expect(dsc.keyUsage).toContain('1.3.6.1.4.1.1847.2021.1.2'); // may sign vaccination certificates
    expect(dsc.subject).toMatch(/^C=DE$/m);
    expect(dsc.issuer).toMatch(/CSCA/); // under the country signing CA, not self-signed
    expect(Object.keys(entry!).sort()).toEqual(['certificateType', 'country', 'kid', 'rawData', 'thumbprint', 'timestamp']);

    const result = verifyHc1(hc1, { trust: trustFromEntries(trust), at: srv.deps.clock.now() });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ valid: true, signatureValid: true, timeValid: true, keyUsageValid: true, schemaValid: true, valueSetsValid: true, kid: entry!.kid });
    const dcc = result.payload as VaccinationDcc;
    expect(dcc).toEqual({
      ver: '1.3.0',
      nam: { fn: 'Schäfer', fnt: 'SCHAEFER', gn: 'Anna', gnt: 'ANNA' },
      dob: '1938-04-12',
      v: [{ tg: '840539006', vp: '1119349007', mp: 'EU/1/20/1528', ma: 'ORG-100030215', dn: 1, sd: 2, dt: '2026-11-23', co: 'DE', is: 'Freistaat Demo', ci: cert.uvci }],
    });
    expect(validateDccSchema(dcc).valid).toBe(true);
    expect(checkValueSets(dcc)).toEqual([]);
    // A year and a day later the signature has expired.
    expect(verifyHc1(hc1, { trust: trustFromEntries(trust), at: new Date('2027-11-24T09:00:00Z') })).toMatchObject({ valid: false, timeValid: false });

    // The public verification endpoint says the same; a tampered code fails.
    const check = await citizen.post('/api/v1/public/dcc/verifications', { hc1 });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ valid: true, kid: entry!.kid });
    const tampered = await citizen.post('/api/v1/public/dcc/verifications', { hc1: hc1.slice(0, 40) + (hc1[40] === 'A' ? 'B' : 'A') + hc1.slice(41) });
    expect(tampered.status).toBe(200);
    expect(tampered.body.valid).toBe(false);
  });

  it('the QR code (PNG and SVG) and the PDF carry the same HC1; the PDF names Anna, in German and English', async () => {
    const png = await clerk.request('GET', `/api/v1/staff/certificates/${certificateId}/qr.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const pngBytes = Buffer.from(await (await fetch(`${srv.url}/api/v1/staff/certificates/${certificateId}/qr.png`, { headers: { cookie: clerk.cookie } })).arrayBuffer());
    expect(qrTextOfPng(pngBytes)).toBe(hc1);
    const svg = await clerk.get(`/api/v1/staff/certificates/${certificateId}/qr.svg`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[^>]+viewBox/);

    for (const lang of ['de', 'en'] as const) {
      const res = await fetch(`${srv.url}/api/v1/staff/certificates/${certificateId}/pdf?lang=${lang}`, { headers: { cookie: clerk.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(await qrTextsOfPdf(pdf)).toEqual([hc1]);
      const text = await pdfText(pdf);
      for (const s of ['Schäfer, Anna', 'SCHAEFER<<ANNA', 'Comirnaty (EU/1/20/1528)', '1 / 2', 'Freistaat Demo']) expect(text).toContain(s);
      expect(text.replace(/\s+/g, '')).toContain(uvci); // whatever the line breaks
      // Both languages on one page, the requested one first.
      expect(text).toContain('Geburtsdatum');
      expect(text).toContain('Date of birth');
      expect(text.indexOf(lang === 'de' ? 'Geburtsdatum' : 'Date of birth')).toBeLessThan(text.indexOf(lang === 'de' ? 'Date of birth' : 'Geburtsdatum'));
      expect(text).toContain(lang === 'de' ? '12.04.1938' : '12/04/1938');
    }
  });

  it('on the portal Anna gets her certificate with booking code and birth date; a wrong birth date looks like an unknown code', async () => {
    const url = `/api/v1/public/bookings/${bookingCode}/certificates`;
    const res = await citizen.get(`${url}?birthDate=${anna.birthDate}`);
    expect(res.status).toBe(200);
    expect(res.body.certificates).toHaveLength(1);
    expect(res.body.certificates[0]).toMatchObject({ id: certificateId, hc1, revoked: false });

    const wrong = await citizen.get(`${url}?birthDate=1938-04-13`);
    const unknown = await citizen.get(`/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ/certificates?birthDate=${anna.birthDate}`);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual(unknown.body);
    expect((await citizen.get(`${url}/${certificateId}/pdf?birthDate=1938-04-13`)).body).toEqual(unknown.body);

    const pdf = await fetch(`${srv.url}${url}/${certificateId}/pdf?birthDate=${anna.birthDate}&lang=en`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="vaccination-certificate-dose-1.pdf"');
    expect(await qrTextsOfPdf(Buffer.from(await pdf.arrayBuffer()))).toEqual([hc1]);
    const png = await fetch(`${srv.url}${url}/${certificateId}/qr.png?birthDate=${anna.birthDate}`);
    expect(qrTextOfPng(Buffer.from(await png.arrayBuffer()))).toBe(hc1);
    expect((await citizen.get(`${url}/${certificateId}/qr.svg?birthDate=${anna.birthDate}`)).status).toBe(200);
    // Someone else's certificate id under Anna's booking is not found.
    expect((await citizen.get(`${url}/${randomUUID()}/qr.svg?birthDate=${anna.birthDate}`)).status).toBe(404);
  });

  it('Anna asks for her certificate by e-mail: it arrives with the PDF; Bruno, whose address is unconfirmed, is told why not', async () => {
    const res = await citizen.post(`/api/v1/public/bookings/${bookingCode}/certificates/${certificateId}/mail`, { birthDate: anna.birthDate });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ queued: true });
    await deliverDue(srv.deps);
    const mail = smtp.to(annaDcc.email).find((m) => m.subject.startsWith('Ihr Impfzertifikat'));
    expect(mail?.subject).toBe('Ihr Impfzertifikat (1. Impfung)');
    expect(mail!.text).toContain('Guten Tag Anna Schäfer');
    const [pdf] = attachmentsOf(mail!.raw, 'application/pdf');
    expect(pdf!.filename).toBe('impfzertifikat-dosis-1.pdf');
    expect(await qrTextsOfPdf(pdf!.content)).toEqual([hc1]);

    // Bruno gave an e-mail address when booking but never confirmed it; Janssen is a one-dose series.
    const brunoDone = await vaccinate(bruno, 'jcovden', '2026-11-23T09:06:00+01:00');
    const brunoCert = await clerk.get(`/api/v1/staff/vaccinations/${brunoDone.vaccination.id}/certificate`);
    expect(brunoCert.body).toMatchObject({ doseNumber: 1, seriesDoses: 1, product: 'jcovden' });
    const payload = verifyHc1(brunoCert.body.hc1, { trust: trustFromEntries(trust), at: srv.deps.clock.now() });
    expect(payload.valid).toBe(true);
    expect((payload.payload as VaccinationDcc).nam).toEqual({ fn: 'Weiß-Öztürk', fnt: 'WEISS<OEZTUERK', gn: 'Bruno', gnt: 'BRUNO' });
    const refused = await clerk.post(`/api/v1/staff/certificates/${brunoCert.body.id}/mail`);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain('no-confirmed-email');
    expect(refused.body.detail).toMatch(/no confirmed e-mail address/);
    // The clerk sends Anna's too (she asked at the desk).
    expect((await clerk.post(`/api/v1/staff/certificates/${certificateId}/mail`)).status).toBe(202);
  });

  it('the clerk prints a fresh copy: the new certificate supersedes the old one, which stays valid and is not revoked', async () => {
    const again = await clerk.post(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(certificateId);
    expect(again.body.uvci).not.toBe(uvci);
    expect((await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body.id).toBe(again.body.id);
    const portal = await citizen.get(`/api/v1/public/bookings/${bookingCode}/certificates?birthDate=${anna.birthDate}`);
    expect(portal.body.certificates.map((c: { id: string }) => c.id)).toEqual([again.body.id]);
    expect((await citizen.get('/api/v1/public/dcc/revocations')).body.entries).toEqual([]);
    expect((await citizen.post('/api/v1/public/dcc/verifications', { hc1 })).body.valid).toBe(true); // the old print-out still works
    certificateId = again.body.id;
    hc1 = again.body.hc1;
    uvci = again.body.uvci;
  });

  it('a corrected lot number changes nothing the certificate says: Anna’s certificates stay valid and move to the new record', async () => {
    const before = (await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body;
    const fix = await vaccinator.post(`/api/v1/staff/vaccinations/${vaccinationId}/corrections`, { lotNumber: 'EX9999', site: 'right_upper_arm', reason: 'Lot number mistyped' });
    expect(fix.status).toBe(201);
    expect(fix.body.certificateId).toBe(before.id);
    const kept = await clerk.get(`/api/v1/staff/vaccinations/${fix.body.id}/certificate`);
    expect(kept.body).toMatchObject({ id: before.id, uvci: before.uvci, hc1: before.hc1, revoked: false });
    expect((await citizen.post('/api/v1/public/dcc/verifications', { hc1: before.hc1 })).body.valid).toBe(true);
    expect((await citizen.get('/api/v1/public/dcc/revocations')).body.entries).toEqual([]);
    // Both of the record's certificates (the first print and the fresh copy) moved; the old record has none.
    const rows = await srv.deps.db.owner.selectFrom('dcc_certificates').select(['vaccination_id', 'status']).where('person_id', '=', fix.body.personId).execute();
    expect(rows.map((r) => r.vaccination_id)).toEqual([fix.body.id, fix.body.id]);
    expect(rows.map((r) => r.status).sort()).toEqual(['current', 'superseded']);
    const audit = await sql<{ action: string; note: string }>`
      select action, note from audit_log where subject_type = 'certificate' and route = 'POST /api/v1/staff/vaccinations/:id/corrections'`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([
      { action: 'update', note: 'vaccination record corrected; certificate content unchanged, kept' },
      { action: 'update', note: 'vaccination record corrected; certificate content unchanged, kept' },
    ]);
    vaccinationId = fix.body.id; // the newest record is the one to correct next
  });

  it('a correction re-issues the certificate; the old UVCIs are revoked, listed by hash, and no longer verify here', async () => {
    const before = (await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).body;
    const old = await srv.deps.db.owner.selectFrom('dcc_certificates').select(['id', 'uvci']).where('vaccination_id', '=', vaccinationId).execute();
    expect(old).toHaveLength(2); // the first print and the fresh copy
    // It was Spikevax, not Comirnaty; and the time was entered in UTC: 23:40 UTC is 00:40 on the 23rd in Berlin.
    const fix = await vaccinator.post(`/api/v1/staff/vaccinations/${vaccinationId}/corrections`, {
      product: 'spikevax',
      administeredAt: '2026-11-22T23:40:00Z',
      reason: 'Wrong vaccine selected',
      deviationReason: 'No Comirnaty left that morning', // not the product of her appointment's series
    });
    expect(fix.status).toBe(201);
    expect(fix.body.certificateId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fix.body.certificateId).not.toBe(before.id);

    const now = await clerk.get(`/api/v1/staff/vaccinations/${fix.body.id}/certificate`);
    expect(now.body).toMatchObject({ id: fix.body.certificateId, product: 'spikevax', vaccinatedOn: '2026-11-23', revoked: false });
    const dcc = verifyHc1(now.body.hc1, { trust: trustFromEntries(trust), at: srv.deps.clock.now() });
    expect(dcc.valid).toBe(true);
    expect((dcc.payload as VaccinationDcc).v[0]).toMatchObject({ mp: 'EU/1/20/1507', ma: 'ORG-100031184', dn: 1, sd: 2, dt: '2026-11-23' });

    // The corrected record has no certificate any more; its old ones are revoked.
    const stale = await clerk.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(stale.status).toBe(409);
    expect(stale.body.type).toContain('superseded');
    expect((await clerk.get(`/api/v1/staff/certificates/${before.id}/pdf`)).status).toBe(409);
    const list = await citizen.get('/api/v1/public/dcc/revocations');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ country: 'DE', hashType: 'UCI' });
    expect(list.body.generatedAt).toMatch(/^2026-11-23T08:1\d:\d\d\.\d{3}Z$/);
    expect(list.body.entries.map((e: { hash: string }) => e.hash).sort()).toEqual(old.map((c) => uciHash(c.uvci).toString('base64')).sort());
    for (const e of list.body.entries) expect(Object.keys(e).sort()).toEqual(['hash', 'revokedAt']);
    expect(new Set(list.body.entries.map((e: { revokedAt: string }) => e.revokedAt)).size).toBe(1); // in one transaction
    const check = await citizen.post('/api/v1/public/dcc/verifications', { hc1: before.hc1 });
    expect(check.body.valid).toBe(false);
    expect(check.body.signatureValid).toBe(true); // the signature is fine; the revocation list says no
    expect(check.body.errors.join(' ')).toMatch(/revocation list/);

    // Anna's portal shows the new certificate only.
    const portal = await citizen.get(`/api/v1/public/bookings/${bookingCode}/certificates?birthDate=${anna.birthDate}`);
    expect(portal.body.certificates.map((c: { id: string }) => c.id)).toEqual([fix.body.certificateId]);
    expect((await citizen.get(`/api/v1/public/bookings/${bookingCode}/certificates/${before.id}/qr.svg?birthDate=${anna.birthDate}`)).status).toBe(404);
  });

  it('every issuance, retrieval and revocation is in the audit trail, with who and through which route', async () => {
    const r = await sql<{ actor_type: string; action: string; route: string; note: string | null }>`
      select a.actor_type, a.action, a.route, a.note from audit_log a
      join persons p on p.id = a.person_id
      where a.subject_type = 'certificate' and p.birth_year = 1938 order by a.id`.execute(srv.deps.db.owner);
    const trail = r.rows.map((x) => `${x.actor_type} ${x.action} ${x.route}${x.note ? ` (${x.note})` : ''}`);
    expect(trail).toEqual(
      expect.arrayContaining([
        'staff create POST /api/v1/staff/vaccinations (issued on documentation)',
        'staff read GET /api/v1/staff/vaccinations/:id/certificate',
        'staff read GET /api/v1/staff/certificates/:id/qr.png (qr png)',
        'staff read GET /api/v1/staff/certificates/:id/pdf (pdf)',
        'citizen read GET /api/v1/public/bookings/:bookingCode/certificates',
        'citizen read GET /api/v1/public/bookings/:bookingCode/certificates/:id/pdf (pdf)',
        'citizen read POST /api/v1/public/bookings/:bookingCode/certificates/:id/mail (sent by e-mail)',
        'staff create POST /api/v1/staff/vaccinations/:id/certificate (issued on demand)',
        'staff update POST /api/v1/staff/vaccinations/:id/corrections (vaccination record corrected; certificate content unchanged, kept)',
        'staff revoke POST /api/v1/staff/vaccinations/:id/corrections (vaccination record corrected)',
        'staff create POST /api/v1/staff/vaccinations/:id/corrections (issued after correction)',
      ]),
    );
    expect(trail.filter((t) => t.startsWith('staff revoke'))).toHaveLength(2);
  });

  it('keys are generated once per tenant, however many ask at once; private keys and certificates are stored only encrypted', async () => {
    // A second organisation starts issuing: four concurrent requests make one CSCA and one DSC.
    const owner = srv.deps.db.owner;
    const otherId = randomUUID();
    await owner.insertInto('tenants').values({ id: otherId, slug: 'andere', name: 'Andere Stadt', wrapped_key: srv.deps.keys.wrapNewDataKey(otherId) }).execute();
    const other = await tenantById(srv.deps, otherId);
    expect(await Promise.all([1, 2, 3, 4].map(() => ensureIssuingKeys(srv.deps, other)))).toEqual([true, true, true, true]);
    const counts = await sql<{ keys: number; cscas: number }>`
      select (select count(*)::int from dcc_signing_keys where tenant_id = ${otherId}) as keys,
             (select count(*)::int from dcc_cscas where tenant_id = ${otherId}) as cscas`.execute(owner);
    expect(counts.rows[0]).toEqual({ keys: 1, cscas: 1 });
    // Each organisation sees only its own keys.
    const demo = await tenantBySlug(srv.deps, 'demo');
    const seen = await srv.deps.db.withTenant(demo.id, (trx) => trx.selectFrom('dcc_signing_keys').select('tenant_id').execute());
    expect(new Set(seen.map((s) => s.tenant_id))).toEqual(new Set([demo.id]));

    // The demo DSC's private key: readable with the tenant's key, nowhere in clear.
    const row = await owner.selectFrom('dcc_signing_keys').select(['kid', 'private_key']).where('tenant_id', '=', demo.id).executeTakeFirstOrThrow();
    const jwk = openSignerKey(demo.cipher, row.kid, row.private_key).export({ format: 'jwk' });
    const scalar = Buffer.from(jwk.d!, 'base64url');
    const pkcs8 = openSignerKey(demo.cipher, row.kid, row.private_key).export({ type: 'pkcs8', format: 'der' });
    const secrets = [scalar.toString('hex'), scalar.toString('base64'), pkcs8.toString('base64'), pkcs8.toString('hex'), hc1.slice(4, 60), 'Schäfer', 'SCHAEFER'];
    const rows = await sql<{ t: string }>`
      select row_to_json(k)::text as t from dcc_signing_keys k union all
      select row_to_json(c)::text from dcc_cscas c union all
      select row_to_json(d)::text from dcc_certificates d union all
      select row_to_json(o)::text from outbox o`.execute(owner);
    const text = rows.rows.map((x) => x.t).join('\n');
    for (const s of secrets) expect(text).not.toContain(s);
    if (backend === 'postgres') {
      const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', srv.deps.config.databaseUrl!], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
      expect(dump).toContain('URN:UVCI:01:DE:DEMO/'); // the dump is real...
      for (const s of secrets) expect(dump).not.toContain(s); // ...and holds neither key nor certificate in clear
    }
    // The admin's key list shows certificates, never keys.
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const keys = await admin.get('/api/v1/admin/dcc/keys');
    expect(keys.status).toBe(200);
    expect(keys.body).toEqual([expect.objectContaining({ kid: row.kid, alg: 'ES256', country: 'DE', active: true, source: 'generated' })]);
    expect(JSON.stringify(keys.body)).not.toMatch(/private|BEGIN/i);
    expect((await clerk.get('/api/v1/admin/dcc/keys')).status).toBe(403);
  });
});
