import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';

const person = (n: number) => ({ givenName: `Rosa${n}`, familyName: 'Planmann', birthDate: '1935-01-01', postalCode: '10115' });

describe.each(BACKENDS)('doses as a limit (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
  });
  afterAll(() => srv?.close());

  it('the manager plans 2 Janssen doses for a day: the third booking that day is refused, a cancellation frees a dose', async () => {
    const api = client(srv.url);
    const { center, slot } = await firstSlot(api, 'jcovden', '2026-11-27');
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');

    // One booking exists before the plan is set; the plan counts it.
    const first = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(1) });
    expect(first.status).toBe(201);
    const plan = await manager.request('PUT', '/api/v1/staff/dose-plans', { centerId: center.id, day: '2026-11-27', product: 'jcovden', doses: 2 });
    expect(plan.status).toBe(200);
    expect(plan.body).toEqual({ day: '2026-11-27', product: 'jcovden', doses: 2, booked: 1 });

    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(2) })).status).toBe(201);
    const third = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(3) });
    expect(third.status).toBe(409);
    expect(third.body.type).toContain('no-doses');

    // The day no longer shows free slots, though the slots themselves have room.
    const slots = await api.get(`/api/v1/public/slots?centerId=${center.id}&product=jcovden&from=2026-11-27&to=2026-11-27`);
    expect(slots.body).toEqual([]);

    expect((await api.del(`/api/v1/public/bookings/${first.body.bookingCode}?birthDate=1935-01-01`)).status).toBe(204);
    const listed = await manager.get(`/api/v1/staff/dose-plans?centerId=${center.id}&from=2026-11-27&to=2026-11-27`);
    expect(listed.body).toEqual([{ day: '2026-11-27', product: 'jcovden', doses: 2, booked: 1 }]);
    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(3) })).status).toBe(201);
  });

  it('a follow-up dose skips a day whose doses are used up', async () => {
    const api = client(srv.url);
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');
    // Nothing for dose 2 exactly three weeks later.
    expect((await manager.request('PUT', '/api/v1/staff/dose-plans', { centerId: center.id, day: '2026-12-15', product: 'comirnaty', doses: 0 })).status).toBe(200);
    const res = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: person(9) });
    expect(res.status).toBe(201);
    expect(res.body.appointments[1].start.slice(0, 10)).toBe('2026-12-16');
  });

  it('only managers (of their own center) and admins set plans', async () => {
    const api = client(srv.url);
    const centers = (await api.get('/api/v1/public/centers')).body as { id: string; name: string }[];
    const other = centers.find((c) => c.name !== 'Impfzentrum Messe Mitte')!;
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');
    expect((await manager.request('PUT', '/api/v1/staff/dose-plans', { centerId: other.id, day: '2026-11-27', product: 'jcovden', doses: 5 })).status).toBe(403);
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.request('PUT', '/api/v1/staff/dose-plans', { centerId: other.id, day: '2026-11-27', product: 'jcovden', doses: 5 })).status).toBe(403);
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    expect((await admin.request('PUT', '/api/v1/staff/dose-plans', { centerId: other.id, day: '2026-11-27', product: 'jcovden', doses: 5 })).status).toBe(200);
  });
});
