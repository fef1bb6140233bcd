import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { anna, client, firstSlot, rowCounts } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { bookingCodeHash } from '../../kernel/codes.js';

describe.each(BACKENDS)('booking through the public API (%s)', (backend) => {
  let srv: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
    api = client(srv.url);
  });
  afterAll(() => srv?.close());

  it('Anna books Comirnaty: dose 2 lands at the same center 21+ days later, in one step', async () => {
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    const res = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    expect(res.status).toBe(201);
    expect(res.body.bookingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    const [d1, d2] = res.body.appointments;
    expect(d1).toMatchObject({ doseNumber: 1, centerId: center.id, product: 'comirnaty', start: slot.start });
    expect(d2).toMatchObject({ doseNumber: 2, centerId: center.id, product: 'comirnaty' });
    const days = (Date.parse(d2.start) - Date.parse(d1.start)) / 86400_000;
    expect(days).toBeGreaterThanOrEqual(21);
    expect(days).toBeLessThanOrEqual(42);

    // She looks it up with code and birth date; a wrong birth date looks like an unknown code.
    const found = await api.get(`/api/v1/public/bookings/${res.body.bookingCode}?birthDate=${anna.birthDate}`);
    expect(found.status).toBe(200);
    expect(found.body.status).toBe('active');
    expect(found.body.appointments.map((a: { doseNumber: number }) => a.doseNumber)).toEqual([1, 2]);
    const wrong = await api.get(`/api/v1/public/bookings/${res.body.bookingCode}?birthDate=1938-04-13`);
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');

    // The same person, spelled differently, cannot hold a second booking.
    const { slot: other } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const twice = await api.post('/api/v1/public/bookings', {
      slotId: other.id,
      product: 'comirnaty',
      person: { ...anna, givenName: 'ANNA', familyName: 'Schafer', email: 'other@example.org' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toContain('already-booked');

    // She cancels: both places are free again, and the code lookup shows the cancellation.
    const before = await rowCounts(srv.deps);
    const del = await api.del(`/api/v1/public/bookings/${res.body.bookingCode.toLowerCase()}?birthDate=${anna.birthDate}`);
    expect(del.status).toBe(204);
    expect((await rowCounts(srv.deps)).booked).toBe(before.booked - 2);
    const after = await api.get(`/api/v1/public/bookings/${res.body.bookingCode}?birthDate=${anna.birthDate}`);
    expect(after.body.status).toBe('cancelled');
    expect(after.body.appointments.every((a: { status: string }) => a.status === 'cancelled')).toBe(true);
    expect((await api.del(`/api/v1/public/bookings/${res.body.bookingCode}?birthDate=${anna.birthDate}`)).status).toBe(409);

    // After cancelling she may book again.
    const again = await api.post('/api/v1/public/bookings', { slotId: other.id, product: 'comirnaty', person: anna });
    expect(again.status).toBe(201);
  });

  it('a one-dose product books a single appointment', async () => {
    const { slot } = await firstSlot(api, 'jcovden', '2026-11-25');
    const res = await api.post('/api/v1/public/bookings', {
      slotId: slot.id,
      product: 'jcovden',
      person: { givenName: 'Bernd', familyName: 'Kraus', birthDate: '1941-01-30', postalCode: '20457' },
    });
    expect(res.status).toBe(201);
    expect(res.body.appointments).toHaveLength(1);
  });

  it('when no follow-up slot is free, neither dose is booked', async () => {
    const { center, slot } = await firstSlot(api, 'spikevax', '2026-11-26');
    // Fill every Spikevax slot of this center from 28 to 42 days later.
    await sql`update slots set booked = capacity where center_id = ${center.id} and product_id = 'spikevax'
              and starts_at >= ${slot.start}::timestamptz + interval '28 days'`.execute(srv.deps.db.owner);
    const before = await rowCounts(srv.deps);
    const res = await api.post('/api/v1/public/bookings', {
      slotId: slot.id,
      product: 'spikevax',
      person: { givenName: 'Carla', familyName: 'Ziegler', birthDate: '1939-07-07', postalCode: '80331' },
    });
    expect(res.status).toBe(409);
    expect(res.body.type).toContain('follow-up-full');
    expect(await rowCounts(srv.deps)).toEqual(before);
    const slots = await api.get(`/api/v1/public/slots?centerId=${center.id}&product=spikevax&from=2026-11-26&to=2026-11-26`);
    expect(slots.body[0]).toMatchObject({ id: slot.id, free: slot.free });
  });

  it('a full slot answers 409 and disappears from the free slots', async () => {
    const { center, slot } = await firstSlot(api, 'jcovden', '2026-11-27');
    await sql`update slots set booked = capacity where id = ${slot.id}`.execute(srv.deps.db.owner);
    const res = await api.post('/api/v1/public/bookings', {
      slotId: slot.id,
      product: 'jcovden',
      person: { givenName: 'Dora', familyName: 'Lange', birthDate: '1935-02-02', postalCode: '10115' },
    });
    expect(res.status).toBe(409);
    expect(res.body.type).toContain('slot-full');
    const slots = await api.get(`/api/v1/public/slots?centerId=${center.id}&product=jcovden&from=2026-11-27&to=2026-11-27`);
    expect(slots.body.map((s: { id: string }) => s.id)).not.toContain(slot.id);
  });

  it('a full slot stays refused, and is bookable again at once when a cancellation here frees a place', async () => {
    const { slot } = await firstSlot(api, 'jcovden', '2026-11-28');
    await sql`update slots set capacity = 1, booked = 0 where id = ${slot.id}`.execute(srv.deps.db.owner);
    const book = (n: number) =>
      api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: { givenName: `Mia${n}`, familyName: 'Voll', birthDate: '1936-03-03', postalCode: '10115' } });
    const first = await book(1);
    expect(first.status).toBe(201);
    expect((await book(2)).body.type).toContain('slot-full'); // the database says so, and this process remembers
    expect((await book(3)).body.type).toContain('slot-full');
    // A cancellation through this process frees the place and forgets the slot was full (booking.gate.test.ts
    // shows the memo's own rules without a clock).
    expect((await api.del(`/api/v1/public/bookings/${first.body.bookingCode}?birthDate=1936-03-03`)).status).toBe(204);
    expect((await book(4)).status).toBe(201);
    const row = (await sql<{ booked: number }>`select booked from slots where id = ${slot.id}`.execute(srv.deps.db.owner)).rows[0];
    expect(row.booked).toBe(1);
  });

  it('when dose 1’s day has no planned doses left, neither dose is booked and no plan counts them', async () => {
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-30');
    const plans = sql`select day::text as day, booked from dose_plans where center_id = ${center.id} and product_id = 'comirnaty' order by day`;
    await sql`insert into dose_plans (tenant_id, center_id, day, product_id, doses, booked)
              select tenant_id, id, d::date, 'comirnaty', 5, 0 from centers, (values ('2026-11-30'), ('2026-12-21')) as v(d) where id = ${center.id}`.execute(srv.deps.db.owner);
    await sql`update dose_plans set booked = doses where center_id = ${center.id} and day = '2026-11-30'`.execute(srv.deps.db.owner);
    const before = await rowCounts(srv.deps);
    const plansBefore = (await plans.execute(srv.deps.db.owner)).rows;
    const res = await api.post('/api/v1/public/bookings', {
      slotId: slot.id,
      product: 'comirnaty',
      person: { givenName: 'Ida', familyName: 'Plan', birthDate: '1934-04-04', postalCode: '10115', email: 'ida@example.org' },
    });
    expect(res.status).toBe(409);
    expect(res.body.type).toContain('no-doses');
    expect(await rowCounts(srv.deps)).toEqual(before);
    expect((await plans.execute(srv.deps.db.owner)).rows).toEqual(plansBefore);
    // (Ida's e-mail address is unconfirmed, so the link to confirm it is queued beside the confirmation.)
    const confirmations = sql<{ n: number }>`select count(*)::int as n from outbox where template = 'booking-confirmation'`;
    const outbox = await confirmations.execute(srv.deps.db.owner);
    await sql`delete from dose_plans where center_id = ${center.id} and day in ('2026-11-30', '2026-12-21')`.execute(srv.deps.db.owner);
    // With the plan gone the same request books both doses, counts them nowhere, and queues one confirmation.
    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: { givenName: 'Ida', familyName: 'Plan', birthDate: '1934-04-04', postalCode: '10115', email: 'ida@example.org' } })).status).toBe(201);
    expect((await confirmations.execute(srv.deps.db.owner)).rows[0].n).toBe(outbox.rows[0].n + 1);
  });

  it('the same new person booking twice at once gets one booking and one 409, and one person record', async () => {
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-30', 1);
    const twin = { givenName: 'Zora', familyName: 'Zweimal', birthDate: '1937-07-07', postalCode: '10115' };
    const results = await Promise.all([1, 2].map(() => api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: twin })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.type).toContain('already-booked');
    const audit = await sql<{ subject_type: string; n: number }>`
      select subject_type, count(*)::int as n from audit_log
      where person_id = (select person_id from bookings
                         where code_hash = ${bookingCodeHash(await tenantBySlug(srv.deps, 'demo'), results.find((r) => r.status === 201)!.body.bookingCode.replace(/-/g, ''))})
      group by 1 order by 1`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([
      { subject_type: 'booking', n: 1 },
      { subject_type: 'person', n: 1 },
    ]);
  });
});

describe.each(BACKENDS)('moving an appointment within the dose interval (%s)', (backend) => {
  let srv: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
    api = client(srv.url);
  });
  afterAll(() => srv?.close());

  const lena = { givenName: 'Lena', familyName: 'Umzug', birthDate: '1936-06-06', postalCode: '10115' };
  const slotAt = async (centerId: string, day: string) =>
    (await api.get(`/api/v1/public/slots?centerId=${centerId}&product=comirnaty&from=${day}&to=${day}`)).body[3] as { id: string; start: string };

  it('Lena moves her second dose to later in the window, but not outside it; then moves the first dose', async () => {
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: lena });
    expect(booked.status).toBe(201);
    const code = booked.body.bookingCode;
    const q = `?birthDate=${lena.birthDate}`;

    const view = await api.get(`/api/v1/public/bookings/${code}${q}`);
    const dose2 = view.body.appointments[1];
    expect(dose2.moveWindow).toEqual({ from: '2026-12-15T06:00:00.000Z', to: '2027-01-05T06:00:00.000Z', keepsNext: null });

    const before = await rowCounts(srv.deps);
    const later = await slotAt(center.id, '2026-12-28');
    const moved = await api.request('PUT', `/api/v1/public/bookings/${code}/appointments/2${q}`, { slotId: later.id });
    expect(moved.status).toBe(200);
    expect(moved.body.appointments[1]).toMatchObject({ doseNumber: 2, start: later.start, status: 'booked' });
    expect(await rowCounts(srv.deps)).toEqual(before); // one place taken, one given back

    // 10 days after dose 1 is too early; another center is not allowed.
    const tooEarly = await slotAt(center.id, '2026-12-04');
    const refused = await api.request('PUT', `/api/v1/public/bookings/${code}/appointments/2${q}`, { slotId: tooEarly.id });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain('outside-window');
    const { slot: elsewhere } = await firstSlot(api, 'comirnaty', '2026-12-28', 1);
    expect((await api.request('PUT', `/api/v1/public/bookings/${code}/appointments/2${q}`, { slotId: elsewhere.id })).status).toBe(422);

    // Dose 1 may move as long as dose 2 (now on 28 Dec) stays 21..42 days after it.
    const newFirst = await slotAt(center.id, '2026-12-01');
    const firstMoved = await api.request('PUT', `/api/v1/public/bookings/${code}/appointments/1${q}`, { slotId: newFirst.id });
    expect(firstMoved.status).toBe(200);
    expect(firstMoved.body.appointments[0].start).toBe(newFirst.start);
    const wrongBirth = await api.request('PUT', `/api/v1/public/bookings/${code}/appointments/1?birthDate=1936-06-07`, { slotId: newFirst.id });
    expect(wrongBirth.status).toBe(404);

    // Cancelling dose 1's booking cancels the whole series.
    expect((await api.del(`/api/v1/public/bookings/${code}${q}`)).status).toBe(204);
    const gone = await api.get(`/api/v1/public/bookings/${code}${q}`);
    expect(gone.body.appointments.map((a: { status: string; moveWindow: unknown }) => [a.status, a.moveWindow])).toEqual([
      ['cancelled', null],
      ['cancelled', null],
    ]);
  });
});

describe.each(BACKENDS)('postponing the first dose and cancelling after a dose (%s)', (backend) => {
  let srv: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
    api = client(srv.url);
  });
  afterAll(() => srv?.close());

  const slotAt = async (centerId: string, day: string) =>
    (await api.get(`/api/v1/public/slots?centerId=${centerId}&product=comirnaty&from=${day}&to=${day}`)).body[3] as { id: string; start: string };
  const DAY = 86400_000;

  it('Otto postpones his first dose by four weeks: the second follows inside the interval, and the move window says where it would stay', async () => {
    const otto = { givenName: 'Otto', familyName: 'Später', birthDate: '1940-03-03', postalCode: '10115' };
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: otto });
    expect(booked.status).toBe(201);
    const code = booked.body.bookingCode;
    const q = `?birthDate=${otto.birthDate}`;
    const oldSecond = booked.body.appointments[1].start as string;

    // Dose 1 has no upper bound of its own: dose 2 still ahead moves with it. Where dose 2 could stay is told apart.
    const view = await api.get(`/api/v1/public/bookings/${code}${q}`);
    const w1 = view.body.appointments[0].moveWindow;
    expect(w1.from).toBeNull();
    expect(w1.to).toBeNull();
    expect(Date.parse(w1.keepsNext.to)).toBe(Date.parse(oldSecond) - 21 * DAY);

    const before = await rowCounts(srv.deps);
    const later = await slotAt(center.id, '2026-12-22');
    const moved = await api.request('PUT', `/api/v1/public/bookings/${code}/appointments/1${q}`, { slotId: later.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const [first, second] = moved.body.appointments;
    expect(first).toMatchObject({ doseNumber: 1, start: later.start, status: 'booked' });
    expect(second).toMatchObject({ doseNumber: 2, status: 'booked', centerId: center.id });
    const gap = (Date.parse(second.start) - Date.parse(first.start)) / DAY;
    expect(gap).toBeGreaterThanOrEqual(21);
    expect(gap).toBeLessThanOrEqual(42);
    expect(await rowCounts(srv.deps)).toEqual(before); // two places taken, two given back

    // The old places are free again.
    const oldDay = oldSecond.slice(0, 10);
    const freeThen = (await api.get(`/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=${oldDay}&to=${oldDay}`)).body as { start: string; free: number }[];
    expect(freeThen.find((s) => s.start === oldSecond)?.free).toBeGreaterThan(0);
  });

  it('after dose 1 is given, cancelling cancels only dose 2 and keeps the documented dose (and its certificate)', async () => {
    const ida = { givenName: 'Ida', familyName: 'Halbzeit', birthDate: '1939-09-09', postalCode: '10115', email: 'ida@example.org' };
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    const b = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: ida });
    expect(b.status).toBe(201);
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId: center.id })).status).toBeLessThan(300);
    const vac = client(srv.url);
    await vac.signIn('vaccinator@demo.vaxops');
    const v = await vac.post('/api/v1/staff/vaccinations', {
      appointmentId: b.body.appointments[0].id, product: 'comirnaty', lotNumber: 'L1', doseNumber: 1, site: 'left_upper_arm', securityCode: b.body.securityCode,
    });
    expect(v.status).toBe(201);

    const q = `?birthDate=${ida.birthDate}`;
    expect((await api.del(`/api/v1/public/bookings/${b.body.bookingCode}${q}`)).status).toBe(204);
    const after = await api.get(`/api/v1/public/bookings/${b.body.bookingCode}${q}`);
    expect(after.body.appointments.map((a: { doseNumber: number; status: string }) => [a.doseNumber, a.status])).toEqual([
      [1, 'vaccinated'],
      [2, 'cancelled'],
    ]);
    const certs = await api.get(`/api/v1/public/bookings/${b.body.bookingCode}/certificates${q}`);
    expect(certs.status).toBe(200);
  });
});

describe('the public availability feed', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ env: { VAXOPS_RATE_LIMIT: 'on' } });
  });
  afterAll(() => srv?.close());

  it('sums free places per center, product and day, is cached with an ETag, and limits each client', async () => {
    const api = client(srv.url);
    const feed = await api.get('/api/v1/public/availability');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('cache-control')).toBe('public, max-age=30');
    expect(feed.body.days).toBe(28);
    const { center } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const day = feed.body.entries.find((e: { centerId: string; product: string; day: string }) => e.centerId === center.id && e.product === 'comirnaty' && e.day === '2026-11-24');
    expect(day.free).toBe(26 * 6); // 26 half-hour slots of 6 places on one Comirnaty lane

    const etag = feed.headers.get('etag')!;
    expect((await api.get('/api/v1/public/availability', { 'if-none-match': etag })).status).toBe(304);

    let limited = 0;
    for (let i = 0; i < 125; i++) if ((await api.get('/api/v1/public/availability')).status === 429) limited++;
    expect(limited).toBeGreaterThanOrEqual(3);
    const last = await api.get('/api/v1/public/availability');
    expect(last.status).toBe(429);
    expect(last.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('cached reads stay true to bookings', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv?.close());

  it('a booking or cancellation shows at once in the free slots and the feed, although both are cached', async () => {
    const api = client(srv.url);
    const { center, slot } = await firstSlot(api, 'jcovden', '2026-11-25');
    const slotsUrl = `/api/v1/public/slots?centerId=${center.id}&product=jcovden&from=2026-11-25&to=2026-11-25`;
    const freeOf = async () => (await api.get(slotsUrl)).body.find((s: { id: string }) => s.id === slot.id)?.free ?? 0;
    const feedFree = async () =>
      (await api.get('/api/v1/public/availability')).body.entries.find((e: { centerId: string; product: string; day: string }) => e.centerId === center.id && e.product === 'jcovden' && e.day === '2026-11-25').free;
    expect(await freeOf()).toBe(6);
    const dayBefore = await feedFree();

    // A change behind the cache's back (another process) is not seen within the TTL...
    await sql`update slots set booked = booked + 1 where id = ${slot.id}`.execute(srv.deps.db.owner);
    expect(await freeOf()).toBe(6);
    // ...but a booking through this process drops the cached answers at once.
    const b = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: { givenName: 'Cora', familyName: 'Cache', birthDate: '1933-03-03', postalCode: '10115' } });
    expect(b.status).toBe(201);
    expect(await freeOf()).toBe(4);
    expect(await feedFree()).toBe(dayBefore - 2);
    expect((await api.del(`/api/v1/public/bookings/${b.body.bookingCode}?birthDate=1933-03-03`)).status).toBe(204);
    expect(await freeOf()).toBe(5);
  });
});
