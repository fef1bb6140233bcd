import { sql, type Insertable, type RawBuilder } from 'kysely';
import { prepared, type Tx } from '../../db/database.js';
import type { VaccinationTable } from '../../db/types.js';
import { SIGNER_SELECT, signerAt, splitSigner, type SignerColumns, type SignerRow } from '../dcc/dcc.repo.js';

/**
 * A center's appointments on one local day, with the booking code, encrypted names and current
 * vaccination; or just one of them when `appointmentId` is given.
 */
export async function dayAppointments(trx: Tx, q: { centerId: string; date: string; timezone: string; appointmentId?: string; from?: string; to?: string }) {
  const r = await sql<{
    id: string;
    person_id: string;
    code_box: Buffer;
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
    select a.id, b.person_id, b.code_box, a.starts_at, a.ends_at, a.dose_number, a.product_id, a.status, a.checked_in_at,
           -- Only a vaccinated appointment has a record (documenting sets the status in the same statement):
           -- the others skip two index probes into the biggest table, which is what a big tenant's board pays for.
           case when a.status = 'vaccinated' then
             (select v.id from vaccinations v where v.appointment_id = a.id
                and not exists (select 1 from vaccinations n where n.supersedes_id = v.id)
              order by v.recorded_at desc limit 1) end as vaccination_id,
           p.given_name, p.family_name, p.birth_date
    from appointments a
    join bookings b on b.id = a.booking_id
    join persons p on p.id = b.person_id
    where a.center_id = ${q.centerId}
      and a.starts_at >= (${q.date}::date)::timestamp at time zone ${q.timezone}
      and a.starts_at < (${q.date}::date + 1)::timestamp at time zone ${q.timezone}
      and (${q.appointmentId ?? null}::uuid is null or a.id = ${q.appointmentId ?? null}::uuid)
      and (${q.from ?? null}::timestamptz is null or a.starts_at >= ${q.from ?? null}::timestamptz)
      and (${q.to ?? null}::timestamptz is null or a.starts_at < ${q.to ?? null}::timestamptz)
    order by a.starts_at, b.id`.execute(trx);
  return r.rows;
}

/** The appointment of a booking (by its code's keyed hash) at a center on the local day of `now`, whatever its state. */
export async function appointmentForCheckIn(trx: Tx, q: { codeHash: Buffer; centerId: string; now: Date; timezone: string }) {
  const r = await sql<{ id: string; status: string; person_id: string }>`
    select a.id, a.status, b.person_id
    from appointments a join bookings b on b.id = a.booking_id
    where b.code_hash = ${q.codeHash} and a.center_id = ${q.centerId}
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
  'v.deviation_reason_box',
  'v.correction_reason_box',
  'v.security_override_reason_box',
] as const;

/** A ledger row with the id of the record that corrected it, if any. */
export type VaccinationRow = Omit<NonNullable<Awaited<ReturnType<typeof getVaccination>>>, keyof AppointmentOfRecord>;

/** What a record is checked against: its appointment's series product, dose number and start (null without appointment). */
export type AppointmentOfRecord = {
  appointment_product_id: string | null;
  appointment_dose_number: number | null;
  appointment_starts_at: Date | null;
};

/** One vaccination record with the id of the record that corrected it, if any, and its appointment's plan. */
export async function getVaccination(trx: Tx, id: string) {
  return trx
    .selectFrom('vaccinations as v')
    .leftJoin('appointments as a', 'a.id', 'v.appointment_id')
    .select([
      ...VACCINATION_COLUMNS,
      sql<string | null>`(select n.id from vaccinations n where n.supersedes_id = v.id)`.as('superseded_by'),
      'a.product_id as appointment_product_id',
      'a.dose_number as appointment_dose_number',
      'a.starts_at as appointment_starts_at',
    ])
    .where('v.id', '=', id)
    .executeTakeFirst();
}

export type DocumentationContext = {
  id: string;
  status: string;
  center_id: string;
  person_id: string;
  /** The booking's code and security code as keyed hashes (booking.codes.ts securityCodeMatches). */
  code_hash: Buffer | null;
  security_hash: Buffer | null;
  /** The appointment's plan, which the record must agree with (or give a reason): its series' product, dose number and start. */
  appointment_product_id: string;
  dose_number: number;
  starts_at: Date;
  product_known: boolean;
  /** What the certificate needs: the person (encrypted), the product given and the signer to use now. */
  given_name: Buffer;
  family_name: Buffer;
  birth_date: Buffer;
  product_name: string | null;
  doses: number | null;
  dcc_vp: string | null;
  dcc_mp: string | null;
  dcc_ma: string | null;
  signer: SignerRow | null;
};

/**
 * What documenting needs to know, in one statement: the appointment with its person and security code,
 * whether the product given is in the catalog, and what the record's certificate will need (the person's
 * encrypted names and birth date, the product's DCC codes, the signer to use at `now`).
 */
export async function documentationContext(trx: Tx, q: { appointmentId: string; product: string; now: Date }): Promise<DocumentationContext | undefined> {
  const r = await sql<Omit<DocumentationContext, 'signer'> & SignerColumns>`${prepared('documentation_context')}
    select a.id, a.status, a.center_id, b.person_id, b.code_hash, b.security_hash, a.product_id as appointment_product_id, a.dose_number, a.starts_at,
           pr.id is not null as product_known,
           p.given_name, p.family_name, p.birth_date,
           pr.name as product_name, pr.doses, pr.dcc_vp, pr.dcc_mp, pr.dcc_ma,
           ${SIGNER_SELECT}
    from appointments a
    join bookings b on b.id = a.booking_id
    join persons p on p.id = b.person_id
    left join products pr on pr.id = ${q.product}
    left join lateral (${signerAt(q.now)}) s on true
    where a.id = ${q.appointmentId}::uuid`.execute(trx);
  const row = r.rows[0];
  if (!row) return undefined;
  const { signer, rest } = splitSigner(row);
  return { ...rest, signer };
}

/**
 * Documents in one statement: appends the record to the ledger, marks the appointment vaccinated, appends
 * the audit entry the caller gives (an INSERT that may name `(select id from vaccination)`) and whatever
 * further common table expressions come with it (the certificate and its audit entry). The caller sends it
 * with the COMMIT. Returns the new record as getVaccination would (nothing can have superseded it yet), without
 * the appointment's plan, which the caller has read already. A
 * second record for the same appointment fails on the ledger's unique index, as it did in separate statements.
 */
export function recordVaccination(v: NewVaccination & { id: string }, audit: RawBuilder<unknown>, also: RawBuilder<unknown> | null): RawBuilder<VaccinationRow> {
  return sql<VaccinationRow>`${prepared('record_vaccination')}
    with vaccination as (
      insert into vaccinations (id, tenant_id, person_id, appointment_id, center_id, product_id, lot_number, dose_number, site,
                                vaccinator_id, administered_at, recorded_at, security_override_reason_box, deviation_reason_box)
      values (${v.id}::uuid, ${v.tenant_id}::uuid, ${v.person_id}::uuid, ${v.appointment_id ?? null}::uuid, ${v.center_id}::uuid, ${v.product_id}, ${v.lot_number},
              ${v.dose_number}::smallint, ${v.site}, ${v.vaccinator_id}::uuid, ${v.administered_at}::timestamptz, coalesce(${v.recorded_at ?? null}::timestamptz, now()),
              ${v.security_override_reason_box ?? null}::bytea, ${v.deviation_reason_box ?? null}::bytea)
      returning *
    ), vaccinated as (
      update appointments set status = 'vaccinated' where id = (select appointment_id from vaccination)
    ), audit as (${audit})${also ? sql`, ${also}` : sql``}
    select id, appointment_id, person_id, center_id, product_id, lot_number, dose_number, site, vaccinator_id, administered_at, recorded_at,
           supersedes_id, correction_reason, security_override_reason, correction_reason_box, security_override_reason_box, deviation_reason_box, null::uuid as superseded_by
    from vaccination`;
}

export type NewVaccination = Insertable<VaccinationTable>;

/** Appends a record to the vaccination ledger (rows are never updated or deleted). */
export async function insertVaccination(trx: Tx, v: NewVaccination) {
  const r = await trx.insertInto('vaccinations').values(v).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/**
 * A center's appointments on a local day in hour parts: for each hour that has any, how many are in each
 * status and a fingerprint that changes whenever a board would show something else in that hour (a booking,
 * a check-in, a move, a cancellation, a documentation or correction). No personal data: boards poll it every
 * few seconds and fetch (and audit) only the hours whose fingerprint moved.
 */
export async function daySummary(trx: Tx, q: { centerId: string; date: string; timezone: string }) {
  const r = await sql<{ hour: Date; booked: number; checked_in: number; vaccinated: number; cancelled: number; version: string }>`
    select date_trunc('hour', a.starts_at) as hour,
           count(*) filter (where a.status = 'booked')::int as booked,
           count(*) filter (where a.status = 'checked_in')::int as checked_in,
           count(*) filter (where a.status = 'vaccinated')::int as vaccinated,
           count(*) filter (where a.status = 'cancelled')::int as cancelled,
           md5(string_agg(concat_ws('|', a.id, a.status, a.starts_at, a.product_id, a.dose_number, a.checked_in_at,
             -- a correction appends a record (the appointment row stays as it is): count them for vaccinated rows only
             case when a.status = 'vaccinated' then (select count(*) from vaccinations v where v.appointment_id = a.id) end),
             ',' order by a.id)) as version
    from appointments a
    where a.center_id = ${q.centerId}
      and a.starts_at >= (${q.date}::date)::timestamp at time zone ${q.timezone}
      and a.starts_at < (${q.date}::date + 1)::timestamp at time zone ${q.timezone}
    group by 1
    order by 1`.execute(trx);
  return r.rows;
}
