import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { VaccinationTable } from '../../db/types.js';

/**
 * A center's appointments on one local day, with the booking code, encrypted names and current
 * vaccination; or just one of them when `appointmentId` is given.
 */
export async function dayAppointments(trx: Tx, q: { centerId: string; date: string; timezone: string; appointmentId?: string }) {
  const r = await sql<{
    id: string;
    person_id: string;
    code: string;
    starts_at: Date;
    ends_at: Date;
    dose_number: number;
    product_id: string;
    status: 'booked' | 'checked_in' | 'vaccinated' | 'cancelled';
    checked_in_at: Date | null;
    vaccination_id: string | null;
    given_name: Buffer;
    family_name: Buffer;
    birth_date: Buffer;
  }>`
    select a.id, b.person_id, b.code, a.starts_at, a.ends_at, a.dose_number, a.product_id, a.status, a.checked_in_at,
           (select v.id from vaccinations v where v.appointment_id = a.id
              and not exists (select 1 from vaccinations n where n.supersedes_id = v.id)
            order by v.recorded_at desc limit 1) as vaccination_id,
           p.given_name, p.family_name, p.birth_date
    from appointments a
    join bookings b on b.id = a.booking_id
    join persons p on p.id = b.person_id
    where a.center_id = ${q.centerId}
      and a.starts_at >= (${q.date}::date)::timestamp at time zone ${q.timezone}
      and a.starts_at < (${q.date}::date + 1)::timestamp at time zone ${q.timezone}
      and (${q.appointmentId ?? null}::uuid is null or a.id = ${q.appointmentId ?? null}::uuid)
    order by a.starts_at, b.code`.execute(trx);
  return r.rows;
}

/** The appointment of a booking at a center on the local day of `now`, whatever its state. */
export async function appointmentForCheckIn(trx: Tx, q: { code: string; centerId: string; now: Date; timezone: string }) {
  const r = await sql<{ id: string; status: string; person_id: string }>`
    select a.id, a.status, b.person_id
    from appointments a join bookings b on b.id = a.booking_id
    where b.code = ${q.code} and a.center_id = ${q.centerId}
      and (a.starts_at at time zone ${q.timezone})::date = (${q.now}::timestamptz at time zone ${q.timezone})::date
    order by a.dose_number
    limit 1`.execute(trx);
  return r.rows[0];
}

export async function markCheckedIn(trx: Tx, id: string, by: string, at: Date) {
  const r = await trx
    .updateTable('appointments')
    .set({ status: 'checked_in', checked_in_at: at, checked_in_by: by })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function getAppointment(trx: Tx, id: string) {
  return trx
    .selectFrom('appointments as a')
    .innerJoin('bookings as b', 'b.id', 'a.booking_id')
    .select(['a.id', 'a.status', 'a.center_id', 'a.product_id', 'a.dose_number', 'b.person_id', 'b.security_code'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function markVaccinated(trx: Tx, id: string) {
  await trx.updateTable('appointments').set({ status: 'vaccinated' }).where('id', '=', id).execute();
}

const VACCINATION_COLUMNS = [
  'v.id',
  'v.appointment_id',
  'v.person_id',
  'v.center_id',
  'v.product_id',
  'v.lot_number',
  'v.dose_number',
  'v.site',
  'v.vaccinator_id',
  'v.administered_at',
  'v.recorded_at',
  'v.supersedes_id',
  'v.correction_reason',
  'v.security_override_reason',
] as const;

export type VaccinationRow = NonNullable<Awaited<ReturnType<typeof getVaccination>>>;

/** One vaccination record with the id of the record that corrected it, if any. */
export async function getVaccination(trx: Tx, id: string) {
  return trx
    .selectFrom('vaccinations as v')
    .select([...VACCINATION_COLUMNS, sql<string | null>`(select n.id from vaccinations n where n.supersedes_id = v.id)`.as('superseded_by')])
    .where('v.id', '=', id)
    .executeTakeFirst();
}

export type NewVaccination = Insertable<VaccinationTable>;

/** Appends a record to the vaccination ledger (rows are never updated or deleted). */
export async function insertVaccination(trx: Tx, v: NewVaccination) {
  const r = await trx.insertInto('vaccinations').values(v).returning('id').executeTakeFirstOrThrow();
  return r.id;
}
