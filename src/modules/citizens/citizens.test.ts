import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { importRegister } from '../register/register.service.js';
import { tenantBySlug } from '../tenants/tenants.service.js';

const marta = { givenName: 'Marta', familyName: 'Schröder', birthDate: '1939-12-01', postalCode: '10115', phone: '+49 151 3000000' };

describe.each(BACKENDS)('registration against the population register (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
  });
  afterAll(() => srv?.close());

  it('once the admin requires it, only people found in the register can register or book, and a mismatch does not say why', async () => {
    const tenant = await tenantBySlug(srv.deps, 'demo');
    const csv = 'id,given_name,family_name,birth_date,postal_code,address\nR-1,Marta,Schröder,1939-12-01,10115,Lindenstraße 1\n';
    expect((await importRegister(srv.deps, tenant, Readable.from([csv]))).inserted).toBe(1);

    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    expect((await admin.get('/api/v1/admin/settings')).body).toMatchObject({ requireRegisterMatch: false, invitationValidHours: 48 });
    const set = await admin.request('PUT', '/api/v1/admin/settings', { requireRegisterMatch: true });
    expect(set.body.requireRegisterMatch).toBe(true);

    const api = client(srv.url);
    const before = await sql<{ n: number }>`select count(*)::int as n from persons`.execute(srv.deps.db.owner);
    const wrong = await api.post('/api/v1/public/registrations', { person: { ...marta, postalCode: '10117' }, claims: [], language: 'de' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.type).toContain('register-mismatch');
    expect(wrong.body.detail).not.toContain('postal'); // no hint which detail differs
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const stranger = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: { givenName: 'Nie', familyName: 'Gemeldet', birthDate: '1930-01-01', postalCode: '10115' } });
    expect(stranger.status).toBe(403);
    expect((await sql<{ n: number }>`select count(*)::int as n from persons`.execute(srv.deps.db.owner)).rows[0].n).toBe(before.rows[0].n);

    // Spelling and case do not matter; the register entry is linked.
    const ok = await api.post('/api/v1/public/registrations', { person: { ...marta, familyName: 'SCHRODER' }, claims: [], language: 'de' });
    expect(ok.status).toBe(201);
    const linked = await sql<{ register_entry_id: string | null }>`select register_entry_id from persons where id = ${ok.body.personId}`.execute(srv.deps.db.owner);
    expect(linked.rows[0].register_entry_id).not.toBeNull();
    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: marta })).status).toBe(201);

    const audit = await sql<{ note: string }>`select note from audit_log where subject_type = 'settings'`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([{ note: '{"requireRegisterMatch":true}' }]);
  });
});
