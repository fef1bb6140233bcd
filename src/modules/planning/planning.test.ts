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

  it('planned doses are whole numbers from 0: -3 and 1.5 are refused, not saved as 3 and 1', async () => {
    const api = client(srv.url);
    const { center } = await firstSlot(api, 'spikevax', '2026-11-30');
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');
    for (const doses of [-3, 1.5, '7', 100_001]) {
      const res = await manager.request('PUT', '/api/v1/staff/dose-plans', { centerId: center.id, day: '2026-11-30', product: 'spikevax', doses });
      expect(res.status, String(doses)).toBe(422);
      expect(res.body.errors[0].field).toBe('doses');
    }
    const listed = await manager.get(`/api/v1/staff/dose-plans?centerId=${center.id}&from=2026-11-30&to=2026-11-30`);
    expect(listed.body).toEqual([]);
  });

  it('bookings show without a plan; a plan below them needs a yes; a plan can be removed; a week is filled at once', async () => {
    const api = client(srv.url);
    const { center, slot } = await firstSlot(api, 'jcovden', '2026-12-01');
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');
    const day = slot.start.slice(0, 10);
    expect(day).toBe('2026-12-01');
    for (const n of [21, 22]) expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(n) })).status).toBe(201);

    // Two bookings, no plan: the list shows them.
    const list = () => manager.get(`/api/v1/staff/dose-plans?centerId=${center.id}&from=${day}&to=${day}`);
    expect((await list()).body).toEqual([{ day, product: 'jcovden', doses: null, booked: 2 }]);

    // A plan of 1 is below the 2 bookings: refused with a field error, taken when the manager says so.
    const below = await manager.request('PUT', '/api/v1/staff/dose-plans', { centerId: center.id, day, product: 'jcovden', doses: 1 });
    expect(below.status).toBe(422);
    expect(below.body.errors[0]).toMatchObject({ field: 'doses', code: 'below-booked' });
    expect((await list()).body).toEqual([{ day, product: 'jcovden', doses: null, booked: 2 }]);
    const taken = await manager.request('PUT', '/api/v1/staff/dose-plans', { centerId: center.id, day, product: 'jcovden', doses: 1, acceptBelowBooked: true });
    expect(taken.body).toEqual({ day, product: 'jcovden', doses: 1, booked: 2 });
    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(23) })).status).toBe(409);

    // Removed: the day has no limit any more, the bookings stay listed.
    expect((await manager.request('DELETE', `/api/v1/staff/dose-plans?centerId=${center.id}&day=${day}&product=jcovden`)).status).toBe(204);
    expect((await list()).body).toEqual([{ day, product: 'jcovden', doses: null, booked: 2 }]);
    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: person(23) })).status).toBe(201);
    expect((await manager.request('DELETE', `/api/v1/staff/dose-plans?centerId=${center.id}&day=${day}&product=jcovden`)).status).toBe(204);

    // A week at once, Monday to Friday (7-11 December 2026), 40 doses each.
    const week = await manager.request('PUT', '/api/v1/staff/dose-plans/range', { centerId: center.id, product: 'jcovden', from: '2026-12-07', to: '2026-12-13', weekdays: [1, 2, 3, 4, 5], doses: 40 });
    expect(week.status).toBe(200);
    expect(week.body.map((p: { day: string }) => p.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    const listedWeek = await manager.get(`/api/v1/staff/dose-plans?centerId=${center.id}&from=2026-12-07&to=2026-12-13`);
    expect(listedWeek.body.filter((p: { doses: number | null }) => p.doses === 40)).toHaveLength(5);
    // A range that would go below the bookings of 1 December is refused as a whole.
    const range = await manager.request('PUT', '/api/v1/staff/dose-plans/range', { centerId: center.id, product: 'jcovden', from: '2026-11-30', to: '2026-12-02', weekdays: [1, 2, 3, 4, 5, 6, 7], doses: 2 });
    expect(range.status).toBe(422);
    expect(range.body.errors[0]).toMatchObject({ field: 'doses', code: 'below-booked' });
    expect((await manager.get(`/api/v1/staff/dose-plans?centerId=${center.id}&from=2026-11-30&to=2026-11-30`)).body).toEqual([]);
    expect((await manager.request('PUT', '/api/v1/staff/dose-plans/range', { centerId: center.id, product: 'jcovden', from: '2026-12-02', to: '2026-12-01', weekdays: [1], doses: 2 })).status).toBe(422);
    expect((await manager.request('PUT', '/api/v1/staff/dose-plans/range', { centerId: center.id, product: 'jcovden', from: '2026-12-01', to: '2026-12-02', weekdays: [], doses: 2 })).status).toBe(422);
  });
});
