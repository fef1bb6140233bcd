import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { startSmtpSink } from '../../../test/support/smtp.js';
import { deliverDue } from '../../jobs/outbox.worker.js';
import { claimsOf, findOrRegister } from '../citizens/citizens.service.js';
import { demoRules } from '../eligibility/eligibility.demo.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { expireAndRefill } from './invitations.service.js';

const gerda = { givenName: 'Gerda', familyName: 'Vogel', birthDate: '1961-06-01', postalCode: '10115', street: 'Lindenweg 3', city: 'Demostadt', email: 'gerda@example.org' };
const otto = { givenName: 'Otto', familyName: 'Lenz', birthDate: '1958-02-02', postalCode: '10117', email: 'otto@example.org' };
const NOW = '2026-11-23T09:00:00+01:00';

describe.each(BACKENDS)('registration, waitlist and invitations (%s)', (backend) => {
  let srv: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: ReturnType<typeof client>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    srv = await startTestServer({ backend, now: NOW, env: { VAXOPS_SMTP_URL: smtp.url } });
    admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
  });
  afterAll(async () => {
    await srv?.close();
    await smtp?.close();
  });

  it('Gerda (65) registers, confirms her e-mail, is told why she must wait, and registering again merges', async () => {
    const api = client(srv.url);
    const res = await api.post('/api/v1/public/registrations', { person: gerda, claims: [], language: 'de' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'registered', emailConfirmation: 'sent', decision: { eligible: false, reason: 'group-not-scheduled', group: { id: '3' } } });
    expect(res.body.decision.explanation.de).toBe('Noch nicht berechtigt: Prioritätsgruppe 3 (Alter ab 60) hat noch keinen Starttermin.');

    await deliverDue(srv.deps);
    const token = smtp.token(gerda.email, '/confirm-email');
    expect((await api.post('/api/v1/public/email-confirmations', { token })).body).toEqual({ confirmed: true });
    expect((await api.post('/api/v1/public/email-confirmations', { token })).status).toBe(200); // twice is fine
    expect((await api.post('/api/v1/public/email-confirmations', { token: 'x'.repeat(40) })).status).toBe(404);

    // She registers again by phone, with another spelling and a teacher claim: the same person, updated.
    const again = await api.post('/api/v1/public/registrations', {
      person: { ...gerda, givenName: 'GERDA', email: undefined, phone: '0151 2345678' },
      claims: ['teacher'],
      language: 'de',
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ personId: res.body.personId, status: 'updated', emailConfirmation: 'not-needed' });
    // Her claim is health-adjacent personal data: stored encrypted, with a keyed hash for SQL, never in clear.
    const persons = await sql<{ claims_box: Buffer; claim_hashes: unknown[]; clear: string }>`
      select claims_box, claim_hashes, claims::text as clear from persons where birth_year = 1961`.execute(srv.deps.db.owner);
    expect(persons.rows).toHaveLength(1);
    const [gerdaRow] = persons.rows;
    expect(gerdaRow.clear).toBe('{}');
    expect(Buffer.from(gerdaRow.claims_box).toString('latin1')).not.toContain('teacher');
    expect(gerdaRow.claim_hashes).toHaveLength(1);
    expect(claimsOf(await tenantBySlug(srv.deps, 'demo'), gerdaRow)).toEqual(['teacher']);
  });

  it('nobody is invited while the rules say no; after the admin opens group 3, an invitation wave invites Gerda first', async () => {
    const api = client(srv.url);
    // Otto (68) registers later than Gerda; both are group 3.
    expect((await api.post('/api/v1/public/registrations', { person: otto, claims: [], language: 'en' })).status).toBe(201);
    await deliverDue(srv.deps);
    await api.post('/api/v1/public/email-confirmations', { token: smtp.token(otto.email, '/confirm-email') });

    const none = await admin.post('/api/v1/admin/invitation-waves', { size: 5 });
    expect(none.status).toBe(201);
    expect(none.body.invited).toBe(0);

    const rules = demoRules('2020-12-27T00:00:00+01:00');
    const draft = await admin.post('/api/v1/admin/rule-sets', {
      definition: { ...rules, groups: rules.groups.map((g) => (g.id === '3' ? { ...g, opensAt: '2026-11-23T00:00:00+01:00' } : g)) },
      effectiveFrom: '2026-11-23T00:00:00+01:00',
    });
    expect((await admin.post(`/api/v1/admin/rule-sets/${draft.body.id}/publish`, { reason: 'Gruppe 3 öffnet' })).status).toBe(200);

    const wave = await admin.post('/api/v1/admin/invitation-waves', { size: 1 });
    expect(wave.body).toMatchObject({ invited: 1 });
    expect(wave.body.freePlaces).toBeGreaterThan(1000);
    await deliverDue(srv.deps);
    const token = smtp.token(gerda.email, '/invitation');
    expect(() => smtp.token(otto.email, '/invitation')).toThrow(); // Otto registered later: next in line

    const view = await api.get(`/api/v1/public/invitations/${token}`);
    expect(view.body).toMatchObject({ status: 'open', givenName: 'Gerda', decision: { eligible: true } });

    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const booked = await api.post(`/api/v1/public/invitations/${token}/bookings`, { slotId: slot.id, product: 'comirnaty' });
    expect(booked.status).toBe(201);
    expect(booked.body.appointments).toHaveLength(2);
    expect((await api.get(`/api/v1/public/invitations/${token}`)).body.status).toBe('accepted');
    expect((await api.post(`/api/v1/public/invitations/${token}/bookings`, { slotId: slot.id, product: 'comirnaty' })).status).toBe(409);

    // The booking confirmation reaches her by mail, with a calendar file for each appointment.
    await deliverDue(srv.deps);
    const confirmation = smtp.to(gerda.email).find((m) => m.text.includes(booked.body.bookingCode));
    expect(confirmation?.text).toContain(booked.body.securityCode);
    expect(confirmation?.raw.match(/Content-Type: text\/calendar/g)).toHaveLength(2);
  });

  it('Otto declines and stays in line; an invitation left to expire passes to the next person', async () => {
    const api = client(srv.url);
    await admin.post('/api/v1/admin/invitation-waves', { size: 1 });
    await deliverDue(srv.deps);
    const first = smtp.token(otto.email, '/invitation');
    expect((await api.post(`/api/v1/public/invitations/${first}/decline`)).body).toEqual({ status: 'declined' });
    expect((await api.post(`/api/v1/public/invitations/${first}/decline`)).status).toBe(409);

    // Still in line: the next wave invites him again; this time he lets it expire.
    await admin.post('/api/v1/admin/invitation-waves', { size: 1 });
    await deliverDue(srv.deps);
    const second = smtp.token(otto.email, '/invitation');
    expect(second).not.toBe(first);
    const later = new Date(Date.parse(NOW) + 49 * 3600_000); // invitations are valid 48 hours
    expect(await expireAndRefill(srv.deps, later)).toBe(1);
    const view = await api.get(`/api/v1/public/invitations/${second}`);
    expect(view.body.status).toBe('expired');
    // The place passed on: the only one waiting is Otto himself, so he is invited once more.
    const open = await sql<{ n: number }>`select count(*)::int as n from invitations where status = 'open'`.execute(srv.deps.db.owner);
    expect(open.rows[0].n).toBe(1);
  });

  it('a wave needs a whole number of people: "abc", 0, -5, 2.5, nothing or too many are refused by field, and nothing is sent', async () => {
    const waves = async () => (await sql<{ n: number }>`select count(*)::int as n from invitation_waves`.execute(srv.deps.db.owner)).rows[0].n;
    const before = await waves();
    for (const size of ['abc', 0, -5, 2.5, 100_001, null]) {
      const res = await admin.post('/api/v1/admin/invitation-waves', { size });
      expect(res.status, JSON.stringify(size)).toBe(422);
      expect(res.body.errors[0], JSON.stringify(size)).toMatchObject({ field: 'size' });
    }
    const none = await admin.post('/api/v1/admin/invitation-waves', {});
    expect(none.status).toBe(422);
    expect(none.body.errors[0]).toMatchObject({ field: 'size', code: 'required' });
    expect(await waves()).toBe(before);
    // Field error codes the page translates (test/api/admin-problem-texts.test.ts), not zod's English.
    expect((await admin.post('/api/v1/admin/invitation-waves', { size: 100_001 })).body.errors).toEqual([expect.objectContaining({ field: 'size', code: 'too-big' })]);
    expect((await admin.post('/api/v1/admin/invitation-waves', { size: 'abc' })).body.errors).toEqual([expect.objectContaining({ field: 'size', code: 'invalid-type' })]);
    for (const q of ['abc', '0', '-5', '2.5']) expect((await admin.get(`/api/v1/admin/invitation-waves/preview?size=${q}`)).status, q).toBe(422);
  });

  it('the preview says who can be reached and why not, per group, with the free places by region and center; the history lists past waves', async () => {
    const api = client(srv.url);
    // Three more people of 60+ wait: Ilse with a phone, Paul with an e-mail he has not confirmed, and Rita with
    // nothing but a postal code (registration refuses that now; she came with an older import).
    for (const person of [
      { givenName: 'Ilse', familyName: 'Kurz', birthDate: '1962-03-03', postalCode: '10115', phone: '+49 170 3333333' },
      { givenName: 'Paul', familyName: 'Ohne', birthDate: '1963-04-04', postalCode: '10115', email: 'paul@example.org' },
    ]) {
      const reg = await api.post("/api/v1/public/registrations", { person, claims: [], language: "de" });
      expect(reg.status).toBe(201);
    }
    const tenant = await tenantBySlug(srv.deps, 'demo');
    await srv.deps.db.withTenant(tenant.id, (trx) => findOrRegister(trx, tenant, { givenName: 'Rita', familyName: 'Fern', birthDate: '1964-05-05', postalCode: '10115' }));
    const preview = await admin.get('/api/v1/admin/invitation-waves/preview');
    expect(preview.status).toBe(200);
    // Otto has an open invitation (above): waiting and eligible are Ilse, Paul and Rita; only Ilse can be reached.
    expect(preview.body).toMatchObject({ eligible: 3, reachable: 1, unreachable: { count: 2, byReason: { 'email-unconfirmed': 1, 'no-contact': 1 } }, suggestedSize: 1, size: 1, wouldInvite: 1 });
    expect(preview.body.byGroup).toEqual([{ groupId: '3', label: { de: 'Prioritätsgruppe 3', en: 'Priority group 3' }, eligible: 3, reachable: 1, wouldInvite: 1 }]);
    expect(preview.body.freePlaces.total).toBeGreaterThan(1000);
    expect(preview.body.freePlaces.byCenter.reduce((s: number, c: { free: number }) => s + c.free, 0)).toBe(preview.body.freePlaces.total);
    expect(preview.body.freePlaces.byRegion.reduce((s: number, r: { free: number }) => s + r.free, 0)).toBe(preview.body.freePlaces.total);
    expect(preview.body.freePlaces.byCenter[0]).toMatchObject({ center: expect.any(String), region: expect.any(String) });
    // Nothing was sent by looking.
    expect((await admin.get('/api/v1/admin/invitation-waves/preview?size=5')).body).toMatchObject({ size: 5, wouldInvite: 1 });

    // A wave of 5 invites Ilse and reports the two it passed over, and why.
    const wave = await admin.post('/api/v1/admin/invitation-waves', { size: 5 });
    expect(wave.status).toBe(201);
    expect(wave.body).toMatchObject({ invited: 1, unreachable: { count: 2, byReason: { 'email-unconfirmed': 1, 'no-contact': 1 } } });

    const history = await admin.get('/api/v1/admin/invitation-waves');
    expect(history.status).toBe(200);
    expect(history.body[0]).toMatchObject({ id: wave.body.waveId, createdBy: 'Demo Admin', size: 5, invited: 1, createdAt: expect.stringMatching(/^2026-11-23T/) });
    expect(history.body.length).toBeGreaterThanOrEqual(4);
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.get('/api/v1/admin/invitation-waves')).status).toBe(403);
    expect((await clerk.get('/api/v1/admin/invitation-waves/preview')).status).toBe(403);
  });
});
