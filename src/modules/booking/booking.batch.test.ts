import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDeps, type TestEnv } from '../../../test/support/db.js';
import type { Deps, RequestCtx } from '../../context.js';
import { Problem } from '../../errors.js';
import { register } from '../citizens/citizens.registration.js';
import { emailHash, findOrRegister } from '../citizens/citizens.service.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { bookingLines } from './booking.batch.js';
import { createBooking } from './booking.service.js';
import { newProcessState } from '../../state.js';

type Outcome = { ok: true; code: string; appointments: { start: string; doseNumber: number; centerId: string }[] } | { ok: false; status: number; code: string };

describe.each(BACKENDS)('a rush on one slot is booked in batches (%s)', (backend) => {
  let env: TestEnv;
  let ctx: RequestCtx;
  beforeAll(async () => {
    env = await createTestDeps(backend);
    ctx = { tenant: await tenantBySlug(env.deps, 'demo'), actor: { type: 'citizen', id: null }, route: 'POST /api/v1/public/bookings', requestId: 'rush' };
  });
  afterAll(() => env?.close());

  const owner = () => env.deps.db.owner;

  /** A Comirnaty slot at the first center on `day` with `capacity` places, none booked. */
  async function slotOn(day: string, capacity: number) {
    return (
      await sql<{ id: string; center_id: string; starts_at: Date }>`
        update slots set capacity = ${capacity}, booked = 0
        where id = (select id from slots where product_id = 'comirnaty' and starts_at >= ${day}::date + interval '9 hours'
                    and center_id = (select id from centers order by name limit 1) order by starts_at limit 1)
        returning id, center_id, starts_at`.execute(owner())
    ).rows[0];
  }

  /** Deps whose transactions are counted: a rush served in batches costs a few, one by one as many as people. */
  function counting(): { deps: Deps; transactions: () => number } {
    let n = 0;
    const db = { ...env.deps.db, withTenant: <T>(t: string, fn: Parameters<Deps['db']['withTenant']>[1]) => (n++, env.deps.db.withTenant(t, fn as never) as Promise<T>) };
    return { deps: { ...env.deps, db, state: newProcessState() }, transactions: () => n };
  }

  /** Everyone asks at once (nothing awaited in between): all wait in the slot's line and are booked together. */
  async function rush(deps: Deps, slotId: string, people: { givenName: string; familyName: string; birthDate: string }[]): Promise<Outcome[]> {
    const asked = people.map((p) => createBooking(deps, ctx, { slotId, product: 'comirnaty', person: { ...p, postalCode: '10115' } }));
    expect(bookingLines(deps).waiting).toBe(people.length);
    return Promise.all(
      asked.map((p) =>
        p.then(
          (b): Outcome => ({ ok: true, code: b.bookingCode, appointments: b.appointments }),
          (err: Problem): Outcome => ({ ok: false, status: err.status, code: err.code }),
        ),
      ),
    );
  }

  const people = (tag: string, n: number) => Array.from({ length: n }, (_, i) => ({ givenName: `P${i}`, familyName: tag, birthDate: '1940-02-0' + ((i % 9) + 1) }));
  const refusals = (out: Outcome[]) => out.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok).map((o) => `${o.status} ${o.code}`);

  it('thirty people rush a slot with twenty places: twenty booked with both doses, ten told it is full, in one transaction', async () => {
    const slot = await slotOn('2026-11-30', 20);
    const { deps, transactions } = counting();
    const out = await rush(deps, slot.id, people('Ansturm', 30));

    const booked = out.filter((o) => o.ok);
    expect(booked).toHaveLength(20);
    expect(refusals(out)).toEqual(Array(10).fill('409 slot-full'));
    expect(transactions()).toBe(1);
    // Everyone booked first (arrival order), each with dose 2 at the same center 21–42 days later.
    expect(out.slice(0, 20).every((o) => o.ok)).toBe(true);
    for (const b of booked) {
      const [d1, d2] = b.appointments;
      expect(d1).toMatchObject({ doseNumber: 1, centerId: slot.center_id, start: slot.starts_at.toISOString() });
      expect(d2).toMatchObject({ doseNumber: 2, centerId: slot.center_id });
      const days = (Date.parse(d2.start) - Date.parse(d1.start)) / 86400_000;
      expect(days).toBeGreaterThanOrEqual(21);
      expect(days).toBeLessThanOrEqual(42);
    }
    expect(new Set(booked.map((b) => b.code)).size).toBe(20);

    // The database agrees: the slot is full, each booking has its person, two appointments, audit entries and a confirmation.
    const row = (
      await sql<{ booked: number; bookings: number; appointments: number; follow_ups: number; audit: number; outbox: number }>`
        select s.booked,
          (select count(*)::int from bookings b join persons p on p.id = b.person_id where p.family_name is not null
             and b.id in (select booking_id from appointments where slot_id = s.id)) as bookings,
          (select count(*)::int from appointments a where a.booking_id in (select booking_id from appointments where slot_id = s.id)) as appointments,
          (select count(*)::int from appointments a where a.dose_number = 2 and a.booking_id in (select booking_id from appointments where slot_id = s.id)) as follow_ups,
          (select count(*)::int from audit_log l where l.request_id = 'rush' and l.subject_type = 'booking') as audit,
          (select count(*)::int from outbox o where o.person_id in (select b.person_id from bookings b join appointments a on a.booking_id = b.id where a.slot_id = s.id)) as outbox
        from slots s where s.id = ${slot.id}`.execute(owner())
    ).rows[0];
    expect(row).toEqual({ booked: 20, bookings: 20, appointments: 40, follow_ups: 20, audit: 20, outbox: 0 }); // no e-mail given: nothing to send
    // The follow-up places were counted where they were taken.
    const taken = (await sql<{ n: number }>`
      select coalesce(sum(s.booked), 0)::int as n from slots s
      where s.id in (select a.slot_id from appointments a where a.dose_number = 2 and a.booking_id in (select booking_id from appointments where slot_id = ${slot.id}))`.execute(owner())).rows[0].n;
    expect(taken).toBeGreaterThanOrEqual(20);
  });

  it('in a batch each person is judged alone: the ineligible, the already booked and a repeat are refused, the rest booked', async () => {
    const slot = await slotOn('2026-12-01', 20);
    const earlier = await slotOn('2026-12-02', 5);
    const booker = { givenName: 'Berta', familyName: 'Vorher', birthDate: '1935-05-05' };
    await createBooking(env.deps, ctx, { slotId: earlier.id, product: 'comirnaty', person: { ...booker, postalCode: '10115' } });

    const young = { givenName: 'Jana', familyName: 'Jung', birthDate: '1990-01-01' }; // group 1 (80+) only, under the demo rules
    const twin = { givenName: 'Carl', familyName: 'Zweimal', birthDate: '1939-03-03' };
    const { deps, transactions } = counting();
    // Berta first: the batch reads the first person with the rules, the others in a statement of their own.
    const out = await rush(deps, slot.id, [booker, ...people('Mix', 3), young, twin, { ...twin, givenName: 'CARL' }, ...people('Mix2', 2)]);

    expect(out.map((o) => (o.ok ? 'booked' : `${o.status} ${o.code}`))).toEqual([
      '409 already-booked',
      'booked',
      'booked',
      'booked',
      '403 not-eligible',
      'booked',
      '409 already-booked', // the same person spelled otherwise, in the same batch: booked once
      'booked',
      'booked',
    ]);
    expect(transactions()).toBe(2); // the batch, then the repeat on its own
    expect((await sql<{ booked: number }>`select booked from slots where id = ${slot.id}`.execute(owner())).rows[0].booked).toBe(6);
  });

  it("a day's dose plan caps a batch: those beyond it are told the doses are used up", async () => {
    const slot = await slotOn('2026-12-03', 20);
    const day = (await sql<{ d: string }>`select (${slot.starts_at}::timestamptz at time zone ${ctx.tenant.timezone})::date::text as d`.execute(owner())).rows[0].d;
    // Four doses planned that day, one already promised elsewhere.
    await sql`insert into dose_plans (tenant_id, center_id, day, product_id, doses, booked) values (${ctx.tenant.id}, ${slot.center_id}, ${day}::date, 'comirnaty', 4, 1)`.execute(owner());
    const { deps, transactions } = counting();
    const out = await rush(deps, slot.id, people('Plan', 6));
    expect(out.filter((o) => o.ok)).toHaveLength(3);
    expect(refusals(out)).toEqual(Array(3).fill('409 no-doses'));
    expect(transactions()).toBe(1);
    const plan = (await sql<{ booked: number }>`select booked from dose_plans where center_id = ${slot.center_id} and day = ${day}::date and product_id = 'comirnaty'`.execute(owner())).rows[0];
    expect(plan.booked).toBe(4);
    expect((await sql<{ booked: number }>`select booked from slots where id = ${slot.id}`.execute(owner())).rows[0].booked).toBe(3);
  });

  it('a rush of verified bookings, each under its own verified contact, is booked in one batch: exactly the capacity, each person a record of its contact', async () => {
    const slot = await slotOn('2026-11-27', 20);
    const base = counting();
    // Verification on: each booking carries the session of the contact it was made under.
    const deps: Deps = { ...base.deps, config: { ...base.deps.config, citizenVerification: true } };
    const tenant = ctx.tenant;
    const sessionFor = (email: string): RequestCtx => ({
      ...ctx,
      actor: { type: 'citizen', id: null, session: { id: randomUUID(), channel: 'email', contactHash: emailHash(tenant, email), contact: email } },
    });
    // Known under her own contact already: Frieda. Known under no contact (the call center): Gustav, whom a
    // stranger books under the stranger's contact.
    const frieda = { givenName: 'Frieda', familyName: 'Eilig', birthDate: '1938-08-08', postalCode: '10115' };
    const gustav = { givenName: 'Gustav', familyName: 'Anruf', birthDate: '1937-07-07', postalCode: '10115' };
    const registered = await register(deps, sessionFor('frieda@example.org'), { person: frieda, claims: [], language: 'de' }, 'portal');
    const byPhone = await env.deps.db.withTenant(tenant.id, (trx) => findOrRegister(trx, tenant, gustav));
    const before = base.transactions();

    const rushing = people('Verifiziert', 28).map((p, i) => ({ ctx: sessionFor(`rush${i}@example.org`), person: { ...p, postalCode: '10115' } }));
    rushing.unshift({ ctx: sessionFor('frieda@example.org'), person: frieda }, { ctx: sessionFor('fremd@example.org'), person: gustav });
    const asked = rushing.map((r) => createBooking(deps, r.ctx, { slotId: slot.id, product: 'comirnaty', person: r.person }));
    expect(bookingLines(deps).waiting).toBe(30);
    const out = await Promise.all(asked.map((p) => p.then((b) => ({ ok: true as const, code: b.bookingCode }), (err: Problem) => ({ ok: false as const, code: `${err.status} ${err.code}` }))));

    expect(out.filter((o) => o.ok)).toHaveLength(20);
    expect(out.filter((o) => !o.ok).map((o) => o.code)).toEqual(Array(10).fill('409 slot-full'));
    expect(base.transactions() - before).toBe(1); // one batch
    expect((await sql<{ booked: number }>`select booked from slots where id = ${slot.id}`.execute(owner())).rows[0].booked).toBe(20);

    // Frieda's booking is on her record; Gustav's record is untouched, the stranger's "Gustav" is new and flagged.
    const rows = (
      await sql<{ person_id: string; owner_hash: Buffer; possible_duplicate: boolean; email_confirmed_at: Date | null }>`
        select b.person_id, p.owner_hash, p.possible_duplicate, p.email_confirmed_at
        from appointments a join bookings b on b.id = a.booking_id join persons p on p.id = b.person_id
        where a.slot_id = ${slot.id} order by b.created_at, b.id`.execute(owner())
    ).rows;
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.person_id)).toContain(registered.personId);
    expect(rows.map((r) => r.person_id)).not.toContain(byPhone.id);
    const stranger = rows.find((r) => Buffer.from(r.owner_hash).equals(emailHash(tenant, 'fremd@example.org')))!;
    expect(stranger.possible_duplicate).toBe(true);
    for (const r of rows) {
      expect(Buffer.from(r.owner_hash).length).toBe(32);
      expect(r.email_confirmed_at).not.toBeNull();
    }
    expect(rows.filter((r) => r.possible_duplicate)).toHaveLength(1);
  });

  it('when the follow-up places run out within a batch, it writes nothing and each person is booked or told alone', async () => {
    const slot = await slotOn('2026-12-04', 20);
    // Only four follow-up places left in the whole window (21–42 days later, same center).
    await sql`update slots set booked = capacity where center_id = ${slot.center_id} and product_id = 'comirnaty'
              and starts_at >= ${slot.starts_at}::timestamptz + interval '21 days' and starts_at <= ${slot.starts_at}::timestamptz + interval '42 days'`.execute(owner());
    await sql`update slots set booked = capacity - 4 where id = (
                select id from slots where center_id = ${slot.center_id} and product_id = 'comirnaty'
                  and starts_at >= ${slot.starts_at}::timestamptz + interval '30 days' order by starts_at limit 1)`.execute(owner());
    const { deps, transactions } = counting();
    const out = await rush(deps, slot.id, people('Knapp', 7));
    expect(out.filter((o) => o.ok)).toHaveLength(4);
    expect(refusals(out)).toEqual(Array(3).fill('409 follow-up-full'));
    expect(transactions()).toBe(1 + 7); // the batch (rolled back), then each one by one
    expect((await sql<{ booked: number }>`select booked from slots where id = ${slot.id}`.execute(owner())).rows[0].booked).toBe(4);
  });
});
