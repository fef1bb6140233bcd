import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';
import { dayHasDoses } from '../planning/planning.repo.js';

export type TakenSlot = { id: string; center_id: string; starts_at: Date; ends_at: Date };

/** Free slots of a center and product between two local dates (in the tenant's time zone), after now. */
export async function freeSlots(
  trx: Tx,
  q: { centerId: string; product: string; from: string; to: string; timezone: string; now: Date },
) {
  const r = await sql<{ id: string; center_id: string; starts_at: Date; ends_at: Date; free: number }>`
    select id, center_id, starts_at, ends_at, capacity - booked as free
    from slots s
    where center_id = ${q.centerId} and product_id = ${q.product}
      and starts_at >= (${q.from}::date)::timestamp at time zone ${q.timezone}
      and starts_at < (${q.to}::date + 1)::timestamp at time zone ${q.timezone}
      and starts_at > ${q.now}
      and booked < capacity
      and ${dayHasDoses(q.timezone)}
    order by starts_at
    limit 5000`.execute(trx);
  return r.rows;
}

/** Takes one place in a slot if it has room: the single conditional UPDATE that prevents overbooking. */
export async function takeSlot(trx: Tx, slotId: string, product: string, now: Date): Promise<TakenSlot | undefined> {
  const r = await sql<TakenSlot>`
    update slots set booked = booked + 1
    where id = ${slotId} and product_id = ${product} and booked < capacity and starts_at > ${now}
    returning id, center_id, starts_at, ends_at`.execute(trx);
  return r.rows[0];
}

/** Gives one place back to a slot (a moved or cancelled appointment). */
export async function releaseSlot(trx: Tx, slotId: string) {
  await sql`update slots set booked = booked - 1 where id = ${slotId} and booked > 0`.execute(trx);
}

/** Points an appointment at another slot. */
export async function moveAppointment(trx: Tx, appointmentId: string, slot: TakenSlot) {
  await trx
    .updateTable('appointments')
    .set({ slot_id: slot.id, starts_at: slot.starts_at, ends_at: slot.ends_at, reminder_sent_at: null })
    .where('id', '=', appointmentId)
    .where('status', '=', 'booked')
    .execute();
}

/** Why a slot could not be taken: it does not exist, is for another product, is past, or is full. */
export async function slotState(trx: Tx, slotId: string) {
  return trx
    .selectFrom('slots')
    .select(['product_id', 'center_id', 'starts_at', 'capacity', 'booked'])
    .where('id', '=', slotId)
    .executeTakeFirst();
}

/**
 * Takes the earliest free place at the same center for a follow-up dose, inside the product's
 * interval window. SKIP LOCKED lets concurrent bookings spread over slots instead of queueing.
 */
export async function takeFollowUpSlot(
  trx: Tx,
  q: { centerId: string; product: string; earliest: Date; latest: Date; timezone: string },
): Promise<TakenSlot | undefined> {
  const r = await sql<TakenSlot>`
    update slots set booked = booked + 1
    where id = (
      select id from slots s
      where center_id = ${q.centerId} and product_id = ${q.product}
        and starts_at >= ${q.earliest} and starts_at <= ${q.latest} and booked < capacity
        and ${dayHasDoses(q.timezone)}
      order by starts_at
      limit 1
      for update skip locked
    ) and booked < capacity
    returning id, center_id, starts_at, ends_at`.execute(trx);
  return r.rows[0];
}

export async function hasActiveBooking(trx: Tx, personId: string) {
  return !!(await trx
    .selectFrom('bookings')
    .select('id')
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .executeTakeFirst());
}

export async function insertBooking(trx: Tx, b: { tenant_id: string; code: string; person_id: string; product_id: string; security_code: string }) {
  return trx.insertInto('bookings').values(b).returning('id').executeTakeFirstOrThrow();
}

export async function insertAppointments(
  trx: Tx,
  rows: { tenant_id: string; booking_id: string; slot_id: string; center_id: string; product_id: string; dose_number: number; starts_at: Date; ends_at: Date }[],
) {
  return trx.insertInto('appointments').values(rows).returning(['id', 'dose_number']).execute();
}

/** The booking with its person's birth-date hash, for verifying code + birth date. */
export async function findBookingByCode(trx: Tx, code: string) {
  return trx
    .selectFrom('bookings as b')
    .innerJoin('persons as p', 'p.id', 'b.person_id')
    .select(['b.id', 'b.code', 'b.status', 'b.product_id', 'b.person_id', 'b.security_code', 'p.birth_hash'])
    .where('b.code', '=', code)
    .executeTakeFirst();
}

export async function appointmentsOfBooking(trx: Tx, bookingId: string) {
  return trx
    .selectFrom('appointments as a')
    .innerJoin('centers as c', 'c.id', 'a.center_id')
    .select(['a.id', 'a.slot_id', 'a.starts_at', 'a.ends_at', 'a.dose_number', 'a.center_id', 'c.name as center_name', 'a.product_id', 'a.status'])
    .where('a.booking_id', '=', bookingId)
    .orderBy('a.dose_number')
    .execute();
}

/** Cancels the booking and its open appointments and gives their places back; returns the freed appointments. */
export async function cancelBooking(trx: Tx, bookingId: string, now: Date): Promise<{ center_id: string; product_id: string; starts_at: Date }[] | null> {
  const updated = await trx
    .updateTable('bookings')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', bookingId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return null;
  const freed = await sql<{ center_id: string; product_id: string; starts_at: Date }>`
    with cancelled as (
      update appointments set status = 'cancelled'
      where booking_id = ${bookingId} and status = 'booked'
      returning slot_id, center_id, product_id, starts_at
    ), freed as (
      update slots s set booked = s.booked - 1 from cancelled c where s.id = c.slot_id
    )
    select center_id, product_id, starts_at from cancelled`.execute(trx);
  return freed.rows;
}

/**
 * Free places per center, product and local day over the coming days; a day's dose plan caps what its
 * slots offer.
 */
export async function availability(trx: Tx, q: { now: Date; days: number; timezone: string }) {
  const r = await sql<{ center_id: string; center_name: string; product_id: string; day: string; free: number }>`
    with s as (
      select center_id, product_id, (starts_at at time zone ${q.timezone})::date as day, sum(capacity - booked)::int as free
      from slots
      where starts_at > ${q.now} and starts_at < ${q.now}::timestamptz + make_interval(days => ${q.days}) and booked < capacity
      group by 1, 2, 3
    )
    select s.center_id, c.name as center_name, s.product_id, s.day::text as day,
           least(s.free, coalesce(dp.doses - dp.booked, s.free))::int as free
    from s
    join centers c on c.id = s.center_id
    left join dose_plans dp on dp.center_id = s.center_id and dp.product_id = s.product_id and dp.day = s.day
    where least(s.free, coalesce(dp.doses - dp.booked, s.free)) > 0
    order by c.name, s.product_id, s.day`.execute(trx);
  return r.rows;
}
