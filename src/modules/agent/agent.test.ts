import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { client } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { securityCodeMatches } from '../../kernel/codes.js';
import { decryptPayload } from '../notifications/notifications.service.js';
import { tenantBySlug } from '../tenants/tenants.service.js';

const walter = { givenName: 'Walter', familyName: 'Kühn', birthDate: '1941-03-15', postalCode: '10115', street: 'Am Markt 2', city: 'Demostadt', phone: '+49 151 1234567' };

describe.each(BACKENDS)('the call center (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, now: '2026-11-23T09:00:00+01:00' });
  });
  afterAll(() => srv?.close());

  it('Walter calls: the agent registers him, books his series, moves dose 2, sends a letter and later cancels', async () => {
    const agent = client(srv.url);
    const me = (await agent.signIn('agent@demo.vaxops')).body.user;

    const q = `givenName=Walter&familyName=K%C3%BChn&birthDate=${walter.birthDate}`;
    expect((await agent.get(`/api/v1/agent/persons?${q}`)).body).toEqual([]);

    const reg = await agent.post('/api/v1/agent/registrations', { person: walter, claims: [], language: 'de' });
    expect(reg.status).toBe(201);
    expect(reg.body.decision).toMatchObject({ eligible: true, group: { id: '1' } });

    // He is found by name and birth date, and by his number written differently.
    const byName = await agent.get(`/api/v1/agent/persons?${q}`);
    expect(byName.body).toEqual([{ id: reg.body.personId, givenName: 'Walter', familyName: 'Kühn', birthDate: walter.birthDate, postalCode: '10115' }]);
    expect((await agent.get('/api/v1/agent/persons?phone=0151%2012%2034%2056%207')).body.map((p: { id: string }) => p.id)).toEqual([reg.body.personId]);
    expect((await agent.get('/api/v1/agent/persons?givenName=Walter')).status).toBe(422);

    const centers = (await agent.get('/api/v1/public/centers')).body as { id: string; products: string[] }[];
    const center = centers.find((c) => c.products.includes('comirnaty'))!;
    const slots = (await agent.get(`/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=2026-11-24&to=2026-11-24`)).body;
    const booked = await agent.post(`/api/v1/agent/persons/${reg.body.personId}/bookings`, { slotId: slots[0].id, product: 'comirnaty' });
    expect(booked.status).toBe(201);
    expect(booked.body.securityCode).toMatch(/^\d{4}$/);
    const code = booked.body.bookingCode as string;

    const view = await agent.get(`/api/v1/agent/persons/${reg.body.personId}`);
    expect(view.body).toMatchObject({ street: 'Am Markt 2', city: 'Demostadt', phone: walter.phone, email: null, bookings: [{ bookingCode: code, status: 'active' }] });
    // The security code is shown once, when booking: it is stored only as a keyed hash.
    expect(view.body.bookings[0].securityCode).toBeNull();
    const window = view.body.bookings[0].appointments[1].moveWindow;
    const later = (await agent.get(`/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=2026-12-30&to=2026-12-30`)).body[0];
    expect(Date.parse(later.start)).toBeLessThanOrEqual(Date.parse(window.to));
    const moved = await agent.request('PUT', `/api/v1/agent/bookings/${code}/appointments/2`, { slotId: later.id });
    expect(moved.status).toBe(200);
    expect(moved.body.appointments[1].start).toBe(later.start);

    const letter = await agent.post(`/api/v1/agent/bookings/${code}/letters`);
    expect(letter.status).toBe(201);
    const queued = await sql<{ channel: string; template: string }>`select channel, template from outbox where id = ${letter.body.outboxId}`.execute(srv.deps.db.owner);
    expect(queued.rows).toEqual([{ channel: 'letter', template: 'booking-confirmation' }]);
    // The letter cannot print the old security code (only its hash is kept): it carries a new one, which
    // replaces the old at the desk, as a password reset does.
    const tenant = await tenantBySlug(srv.deps, 'demo');
    const payload = await sql<{ payload: Buffer }>`select payload from outbox where id = ${letter.body.outboxId}`.execute(srv.deps.db.owner);
    const sent = (decryptPayload(tenant, payload.rows[0].payload).data as { securityCode: string }).securityCode;
    expect(sent).toMatch(/^\d{4}$/);
    const row = (await sql<{ code_hash: Buffer; security_hash: Buffer }>`
      select code_hash, security_hash from bookings where person_id = ${reg.body.personId}`.execute(srv.deps.db.owner)).rows[0];
    expect(securityCodeMatches(tenant, row, sent)).toBe(true);
    if (sent !== booked.body.securityCode) expect(securityCodeMatches(tenant, row, booked.body.securityCode)).toBe(false);

    expect((await agent.del(`/api/v1/agent/bookings/${code}`)).status).toBe(204);
    expect((await agent.get(`/api/v1/agent/persons/${reg.body.personId}`)).body.bookings[0].status).toBe('cancelled');

    // Every step is in the audit trail under the agent's id.
    const audit = await sql<{ action: string; subject_type: string }>`
      select action, subject_type from audit_log where actor_id = ${me.id} and person_id = ${reg.body.personId} order by id`.execute(srv.deps.db.owner);
    expect(audit.rows.map((a) => `${a.action} ${a.subject_type}`)).toEqual(
      expect.arrayContaining(['create person', 'read person', 'create booking', 'update appointment', 'cancel booking']),
    );
  });

  it('the agent changes a known caller’s phone number only with a reason, which the audit trail keeps', async () => {
    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    const ruth = { givenName: 'Ruth', familyName: 'Anruf', birthDate: '1940-06-06', postalCode: '10115', phone: '+49 151 7654321' };
    const first = await agent.post('/api/v1/agent/registrations', { person: ruth, claims: [], language: 'de' });
    expect(first.status).toBe(201);
    const other = { ...ruth, phone: '+49 160 1111111' };
    const refused = await agent.post('/api/v1/agent/registrations', { person: other, claims: [], language: 'de' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    // The same number written otherwise is no change.
    expect((await agent.post('/api/v1/agent/registrations', { person: { ...ruth, phone: '0151 765 43 21' }, claims: [], language: 'de' })).status).toBe(201);
    const changed = await agent.post('/api/v1/agent/registrations', { person: other, claims: [], language: 'de', reason: 'caller has a new phone, identity checked by callback' });
    expect(changed.status).toBe(201);
    expect(changed.body.personId).toBe(first.body.personId);
    const notes = await sql<{ note: string | null }>`select note from audit_log where person_id = ${first.body.personId} and action = 'merge' order by id`.execute(srv.deps.db.owner);
    expect(notes.rows.map((r) => r.note)).toEqual([null, 'contact changed: caller has a new phone, identity checked by callback']);
  });

  it('clerks and citizens cannot use the call center', async () => {
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.get('/api/v1/agent/persons?email=a%40b.de')).status).toBe(403);
    expect((await client(srv.url).get('/api/v1/agent/persons?email=a%40b.de')).status).toBe(401);
  });
});
