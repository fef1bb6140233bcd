import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDeps, TEST_NOW, type TestEnv } from '../../../test/support/db.js';
import { auditInsert } from '../audit/audit.repo.js';
import { personInsert } from '../citizens/citizens.service.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import type { RequestCtx } from '../../context.js';
import { codeColumns } from '../../kernel/codes.js';
import * as repo from './booking.repo.js';
import { newBookingCode } from './booking.series.js';

describe.each(BACKENDS)('the booking statements (%s)', (backend) => {
  let env: TestEnv;
  let ctx: RequestCtx;
  const now = new Date(TEST_NOW);
  let person = '';
  beforeAll(async () => {
    env = await createTestDeps(backend);
    ctx = { tenant: await tenantBySlug(env.deps, 'demo'), actor: { type: 'citizen', id: null }, route: 'test', requestId: 'test' };
  });
  beforeEach(async () => {
    const insert = personInsert(ctx.tenant, { givenName: 'Rita', familyName: `Repo${Math.random()}`, birthDate: '1939-09-09', postalCode: '10115' });
    person = (await sql<{ id: string }>`${insert} returning id`.execute(env.deps.db.owner)).rows[0].id;
  });
  afterAll(() => env?.close());

  const slotOn = async (day: string) =>
    (await sql<{ id: string }>`select id from slots where product_id = 'comirnaty' and starts_at >= ${day}::date + interval '10 hours' order by starts_at limit 1`.execute(env.deps.db.owner))
      .rows[0].id;
  const booked = async (id: string) => (await sql<{ booked: number }>`select booked from slots where id = ${id}`.execute(env.deps.db.owner)).rows[0].booked;

  /** bookingContext and prepareSeries, then `meanwhile`, then recordBooking for an existing person. */
  async function book(slotId: string, commit: boolean, meanwhile: () => Promise<void>) {
    return env.deps.db.withTenant(ctx.tenant.id, async (trx) => {
      const context = await repo.bookingContext(trx, { product: 'comirnaty', now, person: { id: person } });
      expect(context.person?.id).toBe(person);
      const { taken } = await repo.prepareSeries(trx, { slotId, product: 'comirnaty', now, followUp: { minDays: 21, maxDays: 42 }, timezone: ctx.tenant.timezone });
      expect(taken).toHaveLength(2);
      await meanwhile();
      return repo.recordBooking(trx, {
        tenantId: ctx.tenant.id,
        person: { id: person },
        codes: codeColumns(ctx.tenant, newBookingCode(), '1234'),
        product: 'comirnaty',
        now,
        slots: taken,
        also: [auditInsert(ctx, [{ action: 'create', subjectType: 'booking', subjectId: sql`(select id from booking)`, personId: person }], now)],
        commit,
      });
    });
  }

  it.each([true, false])('commits both doses or, when the last place of dose 1 went meanwhile, fails and writes nothing (commit with the statement: %s)', async (commit) => {
    const slot = await slotOn(commit ? '2026-11-30' : '2026-12-01');
    const counts = sql<{ bookings: number; appointments: number; audit: number }>`select (select count(*)::int from bookings) as bookings,
      (select count(*)::int from appointments) as appointments, (select count(*)::int from audit_log) as audit`;
    const before = (await counts.execute(env.deps.db.owner)).rows[0];
    const dose2Before = await sql<{ sum: number }>`select sum(booked)::int as sum from slots`.execute(env.deps.db.owner);

    if (backend === 'postgres') {
      // Another booking takes the last place between the two statements (another connection).
      const original = await booked(slot);
      const failed = await book(slot, commit, async () => {
        await sql`update slots set booked = capacity where id = ${slot}`.execute(env.deps.db.owner);
      }).catch((err) => err);
      expect(repo.isPlaceGone(failed)).toBe(true);
      expect((await counts.execute(env.deps.db.owner)).rows[0]).toEqual(before);
      // Dose 2's place went back with the rollback.
      await sql`update slots set booked = ${original} where id = ${slot}`.execute(env.deps.db.owner);
      expect((await sql<{ sum: number }>`select sum(booked)::int as sum from slots`.execute(env.deps.db.owner)).rows[0].sum).toBe(dose2Before.rows[0].sum);
    }

    const ids = await book(slot, commit, async () => {});
    expect(ids).toHaveLength(2);
    expect(await booked(slot)).toBe(1);
    const after = (await counts.execute(env.deps.db.owner)).rows[0];
    expect(after).toEqual({ bookings: before.bookings + 1, appointments: before.appointments + 2, audit: before.audit + 1 });
    // The connection is clean for the next transaction.
    expect(await env.deps.db.withTenant(ctx.tenant.id, async (trx) => (await sql<{ t: string }>`select current_setting('app.tenant_id') as t`.execute(trx)).rows[0].t)).toBe(ctx.tenant.id);
  });
});
