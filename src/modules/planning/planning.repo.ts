import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

/**
 * Counts one dose against the center's plan for the local day of `startsAt`. Returns false only when a
 * plan exists for that day and is used up; a day without a plan has no dose limit.
 */
export async function reserveDose(trx: Tx, q: { centerId: string; product: string; startsAt: Date; timezone: string }) {
  const taken = await sql`
    update dose_plans set booked = booked + 1
    where center_id = ${q.centerId} and product_id = ${q.product}
      and day = (${q.startsAt}::timestamptz at time zone ${q.timezone})::date
      and booked < doses
    returning 1`.execute(trx);
  if (taken.rows.length) return true;
  const plan = await sql`
    select 1 from dose_plans
    where center_id = ${q.centerId} and product_id = ${q.product}
      and day = (${q.startsAt}::timestamptz at time zone ${q.timezone})::date`.execute(trx);
  return plan.rows.length === 0;
}

/** Gives the doses of cancelled or moved appointments back to their days' plans. */
export async function releaseDoses(trx: Tx, slots: { centerId: string; product: string; startsAt: Date }[], timezone: string) {
  for (const s of slots) {
    await sql`
      update dose_plans set booked = greatest(booked - 1, 0)
      where center_id = ${s.centerId} and product_id = ${s.product}
        and day = (${s.startsAt}::timestamptz at time zone ${timezone})::date`.execute(trx);
  }
}

/**
 * Sets a day's plan. The count of doses already booked is taken from the appointments, so a plan set
 * after bookings were made starts right.
 */
export async function upsertPlan(
  trx: Tx,
  p: { tenantId: string; centerId: string; day: string; product: string; doses: number; by: string; timezone: string },
) {
  const r = await sql<{ day: string; product_id: string; doses: number; booked: number }>`
    insert into dose_plans (tenant_id, center_id, day, product_id, doses, booked, updated_by, updated_at)
    values (${p.tenantId}, ${p.centerId}, ${p.day}::date, ${p.product}, ${p.doses},
      (select count(*)::int from appointments a
        where a.center_id = ${p.centerId} and a.product_id = ${p.product} and a.status <> 'cancelled'
          and (a.starts_at at time zone ${p.timezone})::date = ${p.day}::date),
      ${p.by}, now())
    on conflict (tenant_id, center_id, day, product_id)
      do update set doses = excluded.doses, booked = excluded.booked, updated_by = excluded.updated_by, updated_at = now()
    returning day::text as day, product_id, doses, booked`.execute(trx);
  return r.rows[0];
}

/**
 * A center's days between two dates that have a plan or bookings, per product: the planned doses
 * (null: no plan, no limit) and the doses booked (counted from the appointments, plan or not).
 */
export async function listPlans(trx: Tx, q: { centerId: string; from: string; to: string; timezone: string }) {
  const r = await sql<{ day: string; product_id: string; doses: number | null; booked: number }>`
    with booked as (
      select (a.starts_at at time zone ${q.timezone})::date as day, a.product_id, count(*)::int as n
      from appointments a
      where a.center_id = ${q.centerId} and a.status <> 'cancelled'
        and a.starts_at >= (${q.from}::date - 1)::timestamp at time zone ${q.timezone}
        and a.starts_at < (${q.to}::date + 2)::timestamp at time zone ${q.timezone}
      group by 1, 2
    ), plans as (
      select day, product_id, doses from dose_plans
      where center_id = ${q.centerId} and day between ${q.from}::date and ${q.to}::date
    )
    select coalesce(p.day, b.day)::text as day, coalesce(p.product_id, b.product_id) as product_id, p.doses, coalesce(b.n, 0) as booked
    from plans p full join booked b on b.day = p.day and b.product_id = p.product_id
    where coalesce(p.day, b.day) between ${q.from}::date and ${q.to}::date
    order by 1, 2`.execute(trx);
  return r.rows;
}

/** The doses booked (not cancelled) at a center per local day for a product, between two days. */
export async function bookedPerDay(trx: Tx, q: { centerId: string; product: string; from: string; to: string; timezone: string }) {
  const r = await sql<{ day: string; n: number }>`
    select (a.starts_at at time zone ${q.timezone})::date::text as day, count(*)::int as n
    from appointments a
    where a.center_id = ${q.centerId} and a.product_id = ${q.product} and a.status <> 'cancelled'
      and (a.starts_at at time zone ${q.timezone})::date between ${q.from}::date and ${q.to}::date
    group by 1`.execute(trx);
  return new Map(r.rows.map((x) => [x.day, x.n]));
}

/** Removes a day's plan (the day then has no dose limit); true when there was one. */
export async function deletePlan(trx: Tx, p: { centerId: string; day: string; product: string }) {
  const r = await sql`
    delete from dose_plans where center_id = ${p.centerId} and product_id = ${p.product} and day = ${p.day}::date
    returning 1`.execute(trx);
  return r.rows.length > 0;
}

/** SQL condition: the slot's day still has doses (or no plan). For slot searches; `s` is the slots alias. */
export const dayHasDoses = (timezone: string) => sql`not exists (
  select 1 from dose_plans dp
  where dp.center_id = s.center_id and dp.product_id = s.product_id
    and dp.day = (s.starts_at at time zone ${timezone})::date and dp.booked >= dp.doses)`;
