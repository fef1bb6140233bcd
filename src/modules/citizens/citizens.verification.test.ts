import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot, type Res } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { fixedClock } from '../../lib/clock.js';
import { decryptPayload } from '../notifications/notifications.service.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { CODES_PER_CONTACT_PER_HOUR } from './citizens.verification.js';
import { bookingCodeHash } from '../../kernel/codes.js';
import { claimsOf } from './citizens.service.js';

/*
 * Citizens prove control of a contact before they register or book (VAXOPS_CITIZEN_VERIFICATION=on).
 *
 * Anna (76) is in a care home: registered with her claim she may book now. Otto (86) has booked and had his
 * first dose. Eve knows both their names and birth dates (public knowledge) and has an e-mail address of her
 * own, which she verifies. Whatever she does under it touches only records of her own contact.
 */

const NOW = '2026-11-23T09:10:00+01:00';
const ANNA = { givenName: 'Anna', familyName: 'Schäfer', birthDate: '1950-04-12', postalCode: '10115' };
const ANNA_EMAIL = 'anna.schaefer@example.org';
/** Unknown to everyone: the same birth date, postal code and claims as Eve gives for "Anna". */
const BERTA = { givenName: 'Berta', familyName: 'Unbekannt', birthDate: '1950-04-12', postalCode: '10117' };
const OTTO = { givenName: 'Otto', familyName: 'Krause', birthDate: '1940-02-02', postalCode: '10115' };
const OTTO_PHONE = '+49 170 5550101';
const EVE_EMAIL = 'eve@example.net';
const EVE2_EMAIL = 'eve.too@example.net';

type Api = ReturnType<typeof client>;

/** The newest code sent to a contact, read from the outbox as the mail or SMS would carry it. */
async function codeSentTo(srv: TestServer, contact: string): Promise<string> {
  const tenant = await tenantBySlug(srv.deps, 'demo');
  const rows = await sql<{ payload: Buffer }>`select payload from outbox where template = 'verification-code' order by created_at desc, id desc`.execute(srv.deps.db.owner);
  for (const r of rows.rows) {
    const p = decryptPayload(tenant, r.payload) as { to: { email?: string; phone?: string }; data: { code: string } };
    if (p.to.email === contact || p.to.phone === contact) return p.data.code;
  }
  throw new Error(`no code sent to ${contact}`);
}

/** Verifies a contact through the API: code requested, read from the outbox, checked; answers the session token. */
async function verify(srv: TestServer, contact: string): Promise<string> {
  const api = client(srv.url);
  const started = await api.post('/api/v1/public/verifications', contact.includes('@') ? { email: contact } : { phone: contact });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const code = await codeSentTo(srv, contact);
  const checked = await api.post(`/api/v1/public/verifications/${started.body.verificationId}/code`, { code });
  expect(checked.status, JSON.stringify(checked.body)).toBe(201);
  return checked.body.token as string;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** An answer without what differs by nature (ids, codes, tokens): the rest must be byte for byte the same. */
const withoutIds = (body: Record<string, unknown>) => JSON.stringify(body, (k, v) => (['personId', 'id', 'bookingCode', 'securityCode'].includes(k) ? '<id>' : v));

async function personRow(srv: TestServer, id: string) {
  return (
    await sql<Record<string, unknown>>`
      select email, phone, email_hash, phone_hash, postal_code, language, claims_box, claim_hashes, email_confirmed_at, street, city, owner_hash, possible_duplicate
      from persons where id = ${id}`.execute(srv.deps.db.owner)
  ).rows[0];
}

describe.each(BACKENDS)('citizens prove control of a contact (%s)', (backend) => {
  let srv: TestServer;
  let centerId: string;
  let anna: { token: string; personId: string };
  let otto: { token: string; personId: string; code: string; birthDate: string; certificateId: string };

  beforeAll(async () => {
    srv = await startTestServer({ backend, now: NOW, env: { VAXOPS_CITIZEN_VERIFICATION: 'on' } });
    const api = client(srv.url);

    // Anna registers under her verified e-mail address with her claim: she may book now.
    const annaToken = await verify(srv, ANNA_EMAIL);
    const reg = await api.post('/api/v1/public/registrations', { person: ANNA, claims: ['care_home_resident'], language: 'de' }, bearer(annaToken));
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    expect(reg.body).toMatchObject({ status: 'registered', emailConfirmation: 'not-needed', decision: { eligible: true } });
    anna = { token: annaToken, personId: reg.body.personId };

    // Otto books today under his verified mobile number and gets his first dose.
    const ottoToken = await verify(srv, OTTO_PHONE);
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    centerId = center.id;
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: OTTO }, bearer(ottoToken));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: booked.body.bookingCode, centerId })).status).toBe(200);
    const vac = client(srv.url);
    await vac.signIn('vaccinator@demo.vaxops');
    const v = await vac.post('/api/v1/staff/vaccinations', {
      appointmentId: booked.body.appointments[0].id,
      product: 'comirnaty',
      lotNumber: 'L1',
      doseNumber: 1,
      site: 'left_upper_arm',
      securityCode: booked.body.securityCode,
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const ottoId = (await sql<{ person_id: string }>`select person_id from bookings where code_hash = ${bookingCodeHash(await tenantBySlug(srv.deps, 'demo'), booked.body.bookingCode.replace(/-/g, ''))}`.execute(srv.deps.db.owner)).rows[0].person_id;
    otto = { token: ottoToken, personId: ottoId, code: booked.body.bookingCode, birthDate: OTTO.birthDate, certificateId: v.body.certificateId };
  }, 600_000);
  afterAll(() => srv?.close());

  it('without a verified contact, registration and booking answer 401 verification-required, the same for every body', async () => {
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const answers: Res[] = [
      await api.post('/api/v1/public/registrations', { person: ANNA, claims: [], language: 'de' }),
      await api.post('/api/v1/public/registrations', { person: BERTA, claims: [], language: 'de' }),
      await api.post('/api/v1/public/registrations', { nonsense: true }),
      await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: OTTO }),
      await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: BERTA }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body.type).toBe('https://vaxops.org/problems/verification-required');
    }
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    // A made-up or ended token is refused the same way.
    const forged = await api.post('/api/v1/public/registrations', { person: ANNA, claims: [], language: 'de' }, bearer('A'.repeat(43)));
    expect(forged.status).toBe(401);
  });

  it('Eve registers as Anna under her own verified e-mail: Anna’s record, contact and claims stay as they were, and the answer is the one an unknown person gets', async () => {
    const before = await personRow(srv, anna.personId);
    const persons = async () => (await sql<{ n: number }>`select count(*)::int as n from persons`.execute(srv.deps.db.owner)).rows[0].n;
    const eve = await verify(srv, EVE_EMAIL);
    const eve2 = await verify(srv, EVE2_EMAIL);
    const api = client(srv.url);
    const n0 = await persons();

    // "Anna" in another spelling, with Eve's e-mail and postal code; and, for comparison, Berta, whom nobody knows.
    const asAnna = await api.post('/api/v1/public/registrations', { person: { ...ANNA, familyName: 'SCHAFER', postalCode: '10117', email: EVE_EMAIL }, claims: [], language: 'en' }, bearer(eve));
    const asBerta = await api.post('/api/v1/public/registrations', { person: { ...BERTA, email: EVE2_EMAIL }, claims: [], language: 'en' }, bearer(eve2));
    expect(asAnna.status, JSON.stringify(asAnna.body)).toBe(201);
    expect(asBerta.status).toBe(201);
    expect(asAnna.body.status).toBe('registered');
    // Byte for byte the same answer (but for the new record's id): neither "updated" nor Anna's claim shows.
    expect(withoutIds(asAnna.body)).toBe(withoutIds(asBerta.body));
    expect(asAnna.body.decision.eligible).toBe(false); // decided on what Eve gave (76, no claim), not on Anna's care-home claim
    expect(asAnna.body.personId).not.toBe(anna.personId);

    // Anna's record is untouched; Eve's "Anna" is a record of Eve's contact, flagged for staff to merge.
    expect(await personRow(srv, anna.personId)).toEqual(before);
    expect(await persons()).toBe(n0 + 2);
    const eves = await personRow(srv, asAnna.body.personId);
    expect(eves.possible_duplicate).toBe(true);
    expect(Buffer.from(eves.owner_hash as Buffer).length).toBe(32);
    expect((await personRow(srv, asBerta.body.personId)).possible_duplicate).toBe(false);

    // Eve cannot give Anna's e-mail address either: only the contact she verified.
    const other = await api.post('/api/v1/public/registrations', { person: { ...ANNA, email: ANNA_EMAIL }, claims: [], language: 'de' }, bearer(eve));
    expect(other.status).toBe(422);
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['person.email']);
    const phone = await api.post('/api/v1/public/registrations', { person: { ...ANNA, phone: '+49 170 1234567' }, claims: [], language: 'de' }, bearer(eve));
    expect(phone.status).toBe(422);
    expect(phone.body.errors.map((e: { field: string }) => e.field)).toEqual(['person.phone']);
    expect(await personRow(srv, anna.personId)).toEqual(before);

    // Anna, under her own contact, changes her postal code: her record, and only hers.
    const again = await api.post('/api/v1/public/registrations', { person: { ...ANNA, postalCode: '10119' }, claims: [], language: 'de' }, bearer(anna.token));
    expect(again.body).toMatchObject({ personId: anna.personId, status: 'updated', decision: { eligible: true } }); // her own claim stays
    const after = await personRow(srv, anna.personId);
    expect(after.postal_code).not.toEqual(before.postal_code);
    expect(after.email_hash).toEqual(before.email_hash);
    expect(claimsOf(await tenantBySlug(srv.deps, 'demo'), after as { claims_box: Buffer | null })).toEqual(['care_home_resident']);
  });

  it('Eve books as Otto, who is booked and vaccinated: no 409, a booking of her own record, and no way to Otto’s codes or certificates', async () => {
    const eve = await verify(srv, 'eve.otto@example.net');
    const unknown = await verify(srv, 'nobody@example.net');
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-25');
    const bookingsBefore = await sql<Record<string, unknown>>`select * from bookings where person_id = ${otto.personId} order by id`.execute(srv.deps.db.owner);

    const asOtto = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: { ...OTTO, givenName: 'OTTO' } }, bearer(eve));
    const asNobody = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: { ...OTTO, givenName: 'Otmar' } }, bearer(unknown));
    expect(asOtto.status, JSON.stringify(asOtto.body)).toBe(201); // not 409 already-booked
    expect(asNobody.status).toBe(201);
    expect(withoutIds(asOtto.body)).toBe(withoutIds(asNobody.body));
    expect(asOtto.body.bookingCode).not.toBe(otto.code);
    // Otto's bookings are as they were; Eve's booking belongs to a new record of her contact.
    expect((await sql<Record<string, unknown>>`select * from bookings where person_id = ${otto.personId} order by id`.execute(srv.deps.db.owner)).rows).toEqual(bookingsBefore.rows);
    const evesPerson = (await sql<{ person_id: string }>`select person_id from bookings where code_hash = ${bookingCodeHash(await tenantBySlug(srv.deps, 'demo'), asOtto.body.bookingCode.replace(/-/g, ''))}`.execute(srv.deps.db.owner)).rows[0].person_id;
    expect(evesPerson).not.toBe(otto.personId);

    // With her own booking's code and Otto's birth date, Eve sees her record's certificates: none.
    const mine = await api.get(`/api/v1/public/bookings/${asOtto.body.bookingCode}/certificates?birthDate=${OTTO.birthDate}`, bearer(eve));
    expect(mine.status).toBe(200);
    expect(mine.body.certificates).toEqual([]);
    // Even knowing Otto's booking code: the look-up shows no security code, and his certificates are a 404, as for an unknown code.
    const lookup = await api.get(`/api/v1/public/bookings/${otto.code}?birthDate=${OTTO.birthDate}`, bearer(eve));
    expect(lookup.status).toBe(200);
    expect(lookup.body.securityCode).toBeNull();
    const anonymous = await api.get(`/api/v1/public/bookings/${otto.code}?birthDate=${OTTO.birthDate}`);
    expect(anonymous.body.securityCode).toBeNull();
    const unknownCode = await api.get(`/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ/certificates?birthDate=${OTTO.birthDate}`, bearer(eve));
    for (const res of [
      await api.get(`/api/v1/public/bookings/${otto.code}/certificates?birthDate=${OTTO.birthDate}`, bearer(eve)),
      await api.get(`/api/v1/public/bookings/${otto.code}/certificates?birthDate=${OTTO.birthDate}`),
      await api.get(`/api/v1/public/bookings/${otto.code}/certificates/${otto.certificateId}/pdf?birthDate=${OTTO.birthDate}`, bearer(eve)),
      await api.get(`/api/v1/public/bookings/${otto.code}/certificates/${otto.certificateId}/qr.png?birthDate=${OTTO.birthDate}`),
      await api.post(`/api/v1/public/bookings/${otto.code}/certificates/${otto.certificateId}/mail`, { birthDate: OTTO.birthDate }, bearer(eve)),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknownCode.body);
    }
    // Eve's own page lists her contact's people: her "Otto", never Otto's booking.
    const me = await api.get('/api/v1/public/me', bearer(eve));
    expect(me.status).toBe(200);
    expect(me.body.contact).toEqual({ channel: 'email', masked: 'e***@example.net' });
    expect(me.body.people.map((p: { id: string }) => p.id)).toEqual([evesPerson]);
    expect(JSON.stringify(me.body)).not.toContain(otto.code);

    // Otto, with his verified number, sees his booking and his certificate (the security code was shown once, when booking).
    const own = await api.get(`/api/v1/public/bookings/${otto.code}?birthDate=${OTTO.birthDate}`, bearer(otto.token));
    expect(own.status).toBe(200);
    const certs = await api.get(`/api/v1/public/bookings/${otto.code}/certificates?birthDate=${OTTO.birthDate}`, bearer(otto.token));
    expect(certs.status).toBe(200);
    expect(certs.body.certificates.map((c: { id: string }) => c.id)).toEqual([otto.certificateId]);
    const ottoMe = await api.get('/api/v1/public/me', bearer(otto.token));
    expect(ottoMe.body.contact).toEqual({ channel: 'sms', masked: '***01' });
    expect(ottoMe.body.people).toHaveLength(1);
    expect(ottoMe.body.people[0]).toMatchObject({ id: otto.personId, givenName: 'Otto', certificates: [{ id: otto.certificateId, doseNumber: 1 }] });
    expect(ottoMe.body.people[0].bookings[0]).toMatchObject({ bookingCode: otto.code, securityCode: null });
  });

  it('a verified e-mail address counts as confirmed for the people who have it on file (so certificates can be mailed)', async () => {
    expect((await personRow(srv, anna.personId)).email_confirmed_at).not.toBeNull();
    // Clara was registered by the call center with her e-mail address, not yet confirmed; she verifies it with a code.
    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    const clara = await agent.post('/api/v1/agent/registrations', { person: { ...BERTA, givenName: 'Clara', email: 'clara@example.org' }, claims: [], language: 'de' });
    expect(clara.status).toBe(201);
    expect((await personRow(srv, clara.body.personId)).email_confirmed_at).toBeNull();
    const token = await verify(srv, 'Clara@Example.org');
    expect((await personRow(srv, clara.body.personId)).email_confirmed_at).not.toBeNull();
    const me = await client(srv.url).get('/api/v1/public/me', bearer(token));
    expect(me.body.people.map((p: { id: string }) => p.id)).toEqual([clara.body.personId]);
  });

  it('one contact acts for at most four people; the fifth is refused with 409 too-many-people', async () => {
    const family = await verify(srv, 'family@example.org');
    const api = client(srv.url);
    for (const given of ['Ida', 'Jan', 'Kai', 'Lea']) {
      const r = await api.post('/api/v1/public/registrations', { person: { ...BERTA, givenName: given }, claims: [], language: 'de' }, bearer(family));
      expect(r.status, given).toBe(201);
    }
    // The same four again: updates, not new people.
    expect((await api.post('/api/v1/public/registrations', { person: { ...BERTA, givenName: 'Ida' }, claims: [], language: 'de' }, bearer(family))).body.status).toBe('updated');
    const fifth = await api.post('/api/v1/public/registrations', { person: { ...BERTA, givenName: 'Max' }, claims: [], language: 'de' }, bearer(family));
    expect(fifth.status).toBe(409);
    expect(fifth.body.type).toContain('too-many-people');
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-26');
    const booking = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: { ...OTTO, givenName: 'Moritz' } }, bearer(family));
    expect(booking.status).toBe(409);
    expect(booking.body.type).toContain('too-many-people');
    expect((await api.get('/api/v1/public/me', bearer(family))).body.people).toHaveLength(4);
  });

  it('the code: any contact gets 202 alike; a wrong code is a 422 naming `code`, five wrong ones or an expired code a 410; a used code cannot be used again', async () => {
    const api = client(srv.url);
    const a = await api.post('/api/v1/public/verifications', { email: ANNA_EMAIL });
    const b = await api.post('/api/v1/public/verifications', { email: 'never-seen@example.org', language: 'en' });
    const c = await api.post('/api/v1/public/verifications', { phone: '0170 5550199' });
    for (const r of [a, b, c]) {
      expect(r.status).toBe(202);
      expect(Object.keys(r.body).sort()).toEqual(['expiresInSeconds', 'resendAfterSeconds', 'verificationId']);
      expect(r.body).toMatchObject({ expiresInSeconds: 600, resendAfterSeconds: 60 });
    }
    expect((await api.post('/api/v1/public/verifications', { email: ANNA_EMAIL, phone: OTTO_PHONE })).status).toBe(422);

    // Wrong codes: four answered 422 naming `code`, the fifth ends the verification (410); the right code no longer helps.
    const right = await codeSentTo(srv, 'never-seen@example.org');
    const wrong = right === '000000' ? '000001' : '000000';
    const url = `/api/v1/public/verifications/${b.body.verificationId}/code`;
    for (let i = 0; i < 4; i++) {
      const r = await api.post(url, { code: wrong });
      expect(r.status).toBe(422);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['code']);
    }
    expect((await api.post(url, { code: wrong })).status).toBe(410);
    expect((await api.post(url, { code: right })).status).toBe(410);
    expect((await api.post(`/api/v1/public/verifications/00000000-0000-4000-8000-000000000000/code`, { code: right })).status).toBe(404);

    // Used once, then gone.
    const ok = await api.post(`/api/v1/public/verifications/${c.body.verificationId}/code`, { code: await codeSentTo(srv, '0170 5550199') });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ expiresInSeconds: 1800, contact: { channel: 'sms', masked: '***99' } });
    expect((await api.post(`/api/v1/public/verifications/${c.body.verificationId}/code`, { code: await codeSentTo(srv, '0170 5550199') })).status).toBe(410);

    // Expired after ten minutes (the server's clock moves on).
    const d = await api.post('/api/v1/public/verifications', { email: 'late@example.org' });
    const code = await codeSentTo(srv, 'late@example.org');
    const clock = srv.deps.clock;
    try {
      srv.deps.clock = fixedClock(new Date(clock.now().getTime() + 10 * 60_000 + 1000));
      expect((await api.post(`/api/v1/public/verifications/${d.body.verificationId}/code`, { code })).status).toBe(410);
    } finally {
      srv.deps.clock = clock;
    }
  });

  it('a contact gets at most five codes an hour: more requests are answered alike, and nothing more is sent', async () => {
    const api = client(srv.url);
    const count = async () => (await sql<{ n: number }>`select count(*)::int as n from outbox where template = 'verification-code'`.execute(srv.deps.db.owner)).rows[0].n;
    const before = await count();
    const answers = [];
    for (let i = 0; i < CODES_PER_CONTACT_PER_HOUR + 2; i++) answers.push(await api.post('/api/v1/public/verifications', { phone: '+49 151 5550777' }));
    for (const r of answers) expect(r.status).toBe(202);
    expect(await count()).toBe(before + CODES_PER_CONTACT_PER_HOUR);
  });

  it('a session ends after 30 minutes without a request, after 2 hours in any case, and when signed out', async () => {
    const api = client(srv.url);
    const clock = srv.deps.clock;
    const at = (minutes: number) => (srv.deps.clock = fixedClock(new Date(clock.now().getTime() + minutes * 60_000)));
    try {
      const token = await verify(srv, 'sessions@example.org');
      const me = () => api.get('/api/v1/public/me', bearer(token)).then((r) => r.status);
      expect(await me()).toBe(200);
      at(25);
      expect(await me()).toBe(200);
      at(50); // 25 minutes after the last request
      expect(await me()).toBe(200);
      at(119);
      expect(await me()).toBe(401); // 69 minutes idle
      srv.deps.clock = clock;

      const busy = await verify(srv, 'sessions@example.org');
      for (const m of [20, 40, 60, 80, 100, 119]) {
        at(m);
        expect((await api.get('/api/v1/public/me', bearer(busy))).status, `${m} min`).toBe(200);
      }
      at(121);
      expect((await api.get('/api/v1/public/me', bearer(busy))).status).toBe(401);
      srv.deps.clock = clock;

      const leaving = await verify(srv, 'sessions@example.org');
      expect((await api.del('/api/v1/public/session', bearer(leaving))).status).toBe(204);
      const after = await api.get('/api/v1/public/me', bearer(leaving));
      expect(after.status).toBe(401);
      expect(after.body.type).toContain('verification-required');
    } finally {
      srv.deps.clock = clock;
    }
  });

  it('the demo mailbox shows what the outbox sent (recipients masked), so the try-out works without SMTP', async () => {
    const api = client(srv.url);
    await api.post('/api/v1/public/verifications', { email: 'mailbox@example.org' });
    const box = await api.get('/api/v1/demo/mailbox');
    expect(box.status).toBe(200);
    const code = await codeSentTo(srv, 'mailbox@example.org');
    expect(box.body[0]).toMatchObject({ channel: 'email', to: 'm***@example.org', subject: `Ihr Bestätigungscode: ${code}` });
    expect(box.body[0].text).toContain(code);
    expect(JSON.stringify(box.body)).not.toContain('mailbox@example.org');
  });
});

describe.each(BACKENDS)('look-up lock-out with verification (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, now: NOW, env: { VAXOPS_CITIZEN_VERIFICATION: 'on', VAXOPS_RATE_LIMIT: 'on', VAXOPS_DEMO_MAILBOX: 'off' } });
  }, 600_000);
  afterAll(() => srv?.close());

  it('a stranger locks Otto’s booking code with wrong birth dates; Otto, with his verified number, still reads and cancels it', async () => {
    const api = client(srv.url);
    const token = await verify(srv, OTTO_PHONE);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: OTTO }, bearer(token));
    expect(booked.status).toBe(201);
    const code = booked.body.bookingCode;

    for (let i = 0; i < 5; i++) expect((await api.get(`/api/v1/public/bookings/${code}?birthDate=1999-01-0${i + 1}`)).status).toBe(404);
    const locked = await api.get(`/api/v1/public/bookings/${code}?birthDate=${OTTO.birthDate}`);
    expect(locked.status).toBe(429); // locked, even for the right birth date

    const own = await api.get(`/api/v1/public/bookings/${code}?birthDate=${OTTO.birthDate}`, bearer(token));
    expect(own.status).toBe(200);
    expect(own.body.bookingCode).toBe(booked.body.bookingCode);
    expect((await api.del(`/api/v1/public/bookings/${code}?birthDate=${OTTO.birthDate}`, bearer(token))).status).toBe(204);
    // Still locked for everyone else.
    expect((await api.get(`/api/v1/public/bookings/${code}?birthDate=${OTTO.birthDate}`)).status).toBe(429);
  });

  it('the demo mailbox is not there when switched off (and config refuses it in production)', async () => {
    const res = await client(srv.url).get('/api/v1/demo/mailbox');
    expect(res.status).toBe(404);
  });
});
