import { sql, type RawBuilder } from 'kysely';
import { commitWith, prepared, type Tx } from '../../db/database.js';
import { dayHasDoses } from '../planning/planning.repo.js';
import type { CodeColumns } from '../../kernel/codes.js';
import { ofContact } from '../citizens/citizens.repo.js';

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

type Bytes = Buffer | Uint8Array;

/** Everything a booking decides on before it writes, read in its transaction (see bookingContext). */
export type BookingContext = {
  /** How many people the verified contact has (when the person was looked for among them). */
  contactPeople?: number;
  product: { id: string; name: string; doses: number; min_interval_days: number | null; max_interval_days: number | null } | null;
  /** The definition of the rule set in force, or null when none is published. */
  rules: unknown;
  require_register_match: boolean;
  /** The person, when known: id, claims (encrypted: citizens.service claimsOf), encrypted birth date and contact, and whether a booking is active. */
  person: {
    id: string;
    claims_box: Bytes | null;
    has_active_booking: boolean;
    birth_date: Bytes;
    given_name: Bytes;
    family_name: Bytes;
    email: Bytes | null;
    phone: Bytes | null;
    street: Bytes | null;
    city: Bytes | null;
    postal_code: Bytes;
    language: 'de' | 'en';
  } | null;
};

/**
 * What a booking needs to know before it writes, in one statement: the product, the rule set in force, the
 * register-match setting, and the person (by identity hash, or by id) with their claims, contact and
 * whether they hold an active booking. Read inside the booking transaction, so the decision is made on the
 * rules and records the writes will commit against.
 */
export async function bookingContext(trx: Tx, q: BookingContextQuery): Promise<BookingContext> {
  const r = await bookingContextStatement(q).execute(trx);
  return bookingContextOf(r.rows[0]);
}

/**
 * Whom a booking is for: a person by identity among the records without an owner (staff, the open API), by
 * id (invitation, call center), or by identity among the people of a verified contact (verification on).
 */
type BookingContextQuery = { product: string; now: Date; person: { identityHash: Buffer } | { id: string } | { identityHash: Buffer; contactHash: Buffer } };

/** A person's columns as the booking reads them (bookingContext, personsByIdentity). */
type PersonRow = { person_id: string | null; has_active_booking: boolean } & Omit<NonNullable<BookingContext['person']>, 'id' | 'has_active_booking'>;

type BookingContextRow = {
  product_id: string | null;
  product_name: string;
  doses: number;
  min_interval_days: number | null;
  max_interval_days: number | null;
  rules: unknown;
  require_register_match: boolean;
  /** The people of the verified contact (only when the person is looked for among them). */
  contact_people?: number;
} & PersonRow;

/** bookingContext's statement (one row). */
export function bookingContextStatement(q: BookingContextQuery) {
  const p = q.person;
  if ('contactHash' in p) {
    // Among the people of the verified contact only: a record of the same identity under another contact is
    // not read (the lateral subquery filters it out in the index scan of the identity), so what follows does
    // not depend on whether one exists.
    return sql<BookingContextRow>`${prepared('booking_context_of_contact')}
    select pr.id as product_id, pr.name as product_name, pr.doses, pr.min_interval_days, pr.max_interval_days,
           (select rs.definition from rule_sets rs where rs.status = 'published' and rs.effective_from <= ${q.now}
             order by rs.effective_from desc, rs.version desc limit 1) as rules,
           coalesce((select ts.require_register_match from tenant_settings ts), false) as require_register_match,
           pe.id as person_id, pe.claims, pe.birth_date, pe.given_name, pe.family_name, pe.email, pe.phone, pe.street, pe.city, pe.postal_code, pe.language,
           exists (select 1 from bookings b where b.person_id = pe.id and b.status = 'active') as has_active_booking,
           (select count(*)::int from persons c where ${ofContact('c', p.contactHash)}) as contact_people
    from (select 1) as one
    left join products pr on pr.id = ${q.product}
    left join lateral (
      select * from persons x where x.identity_hash = ${p.identityHash} and ${ofContact('x', p.contactHash)}
      order by x.owner_hash = ${p.contactHash} desc, x.created_at limit 1
    ) pe on true`;
  }
  const byIdentity = 'identityHash' in p;
  return sql<BookingContextRow>`${prepared(byIdentity ? 'booking_context' : 'booking_context_by_id')}
    select pr.id as product_id, pr.name as product_name, pr.doses, pr.min_interval_days, pr.max_interval_days,
           (select rs.definition from rule_sets rs where rs.status = 'published' and rs.effective_from <= ${q.now}
             order by rs.effective_from desc, rs.version desc limit 1) as rules,
           coalesce((select ts.require_register_match from tenant_settings ts), false) as require_register_match,
           pe.id as person_id, pe.claims_box, pe.birth_date, pe.given_name, pe.family_name, pe.email, pe.phone, pe.street, pe.city, pe.postal_code, pe.language,
           exists (select 1 from bookings b where b.person_id = pe.id and b.status = 'active') as has_active_booking
    from (select 1) as one
    left join products pr on pr.id = ${q.product}
    left join persons pe on ${'identityHash' in p ? sql`pe.identity_hash = ${p.identityHash} and pe.owner_hash = ''::bytea` : sql`pe.id = ${p.id}::uuid`}`;
}

/** bookingContext's row as a BookingContext. */
export function bookingContextOf(row: BookingContextRow): BookingContext {
  return {
    product: row.product_id
      ? { id: row.product_id, name: row.product_name, doses: row.doses, min_interval_days: row.min_interval_days, max_interval_days: row.max_interval_days }
      : null,
    rules: row.rules,
    require_register_match: row.require_register_match,
    person: personOf(row),
    ...(row.contact_people !== undefined ? { contactPeople: row.contact_people } : {}),
  };
}

function personOf(row: PersonRow): BookingContext['person'] {
  if (!row.person_id) return null;
  const { person_id, claims_box, has_active_booking, birth_date, given_name, family_name, email, phone, street, city, postal_code, language } = row;
  return { id: person_id, claims_box, has_active_booking, birth_date, given_name, family_name, email, phone, street, city, postal_code, language };
}

/**
 * The people of a batch of bookings, known ones only, by identity hash (as bookingContext reads one):
 * a statement for pipeline(); personsOf maps its rows. Hashes travel as hex text, which both drivers
 * pass alike.
 */
export function personsByIdentityStatement(hashes: Buffer[]) {
  return sql<PersonRow & { identity_hash: Bytes }>`${prepared('persons_by_identity')}
    select pe.identity_hash, pe.id as person_id, pe.claims_box, pe.birth_date, pe.given_name, pe.family_name, pe.email, pe.phone, pe.street, pe.city,
           pe.postal_code, pe.language, exists (select 1 from bookings b where b.person_id = pe.id and b.status = 'active') as has_active_booking
    from persons pe
    where pe.identity_hash = any (array(select decode(h, 'hex') from unnest(${hashes.map((h) => h.toString('hex'))}::text[]) as h))
      and pe.owner_hash = ''::bytea`;
}

/** personsByIdentityStatement's rows by identity hash (hex). */
export function personsOf(rows: (PersonRow & { identity_hash: Bytes })[]): Map<string, NonNullable<BookingContext['person']>> {
  return new Map(rows.map(({ identity_hash, ...row }) => [Buffer.from(identity_hash).toString('hex'), personOf(row)!]));
}

/**
 * The people of a batch of verified bookings, known ones only: each by identity among the people of its
 * contact (as bookingContext reads one with a contact). Rows carry `key`: identity and contact hash (hex).
 */
export function personsOfContactsStatement(q: { identityHash: Buffer; contactHash: Buffer }[]) {
  return sql<PersonRow & { key: string }>`${prepared('persons_of_contacts')}
    select q.i || '|' || q.c as key, pe.id as person_id, pe.claims, pe.birth_date, pe.given_name, pe.family_name, pe.email, pe.phone, pe.street, pe.city,
           pe.postal_code, pe.language, exists (select 1 from bookings b where b.person_id = pe.id and b.status = 'active') as has_active_booking
    from unnest(${q.map((x) => x.identityHash.toString('hex'))}::text[], ${q.map((x) => x.contactHash.toString('hex'))}::text[]) as q(i, c)
    join lateral (
      select * from persons x
      where x.identity_hash = decode(q.i, 'hex')
        and (x.email_hash = decode(q.c, 'hex') or x.phone_hash = decode(q.c, 'hex')) and x.merged_into is null
      order by x.owner_hash = decode(q.c, 'hex') desc, x.created_at limit 1
    ) pe on true`;
}

/** personsOfContactsStatement's rows by key (identity|contact, hex). */
export function personsOfContacts(rows: (PersonRow & { key: string })[]): Map<string, NonNullable<BookingContext['person']>> {
  return new Map(rows.map(({ key, ...row }) => [key, personOf(row)!]));
}

/** How many people each contact has (hex contact hash -> count): a statement for pipeline(). */
export function contactPeopleStatement(contactHashes: Buffer[]) {
  return sql<{ contact: string; n: number }>`${prepared('contact_people')}
    select q.c as contact, (select count(*)::int from persons p
                            where (p.email_hash = decode(q.c, 'hex') or p.phone_hash = decode(q.c, 'hex')) and p.merged_into is null) as n
    from unnest(${contactHashes.map((h) => h.toString('hex'))}::text[]) as q(c)`;
}

export type SeriesSlot = TakenSlot & { dose_number: number; center_name: string; center_address: string };

/**
 * The first statement of a new series' writes: finds the chosen slot for dose 1 still bookable (read only:
 * recordBooking takes it), takes the earliest free slot for dose 2 at the same center inside the interval
 * window after it when `followUp` is given (SKIP LOCKED: concurrent bookings spread over slots instead of
 * queueing), and counts both appointments against their days' dose plans (booked + n <= doses, like
 * planning.reserveDose).
 *
 * Returns the slots in dose order with their center's name and address (none when dose 1's slot is not
 * bookable, only dose 1 when no follow-up slot was free), and the days whose plan had no room for them.
 * The caller rolls back unless it got every dose and no such day.
 *
 * Dose 1's slot is taken last, in recordBooking, on purpose: bookings of one slot queue on its row lock,
 * which is held from the taking UPDATE to the commit, so the less that happens in between, the more
 * bookings a popular slot takes per second.
 */
export async function prepareSeries(
  trx: Tx,
  q: { slotId: string; product: string; now: Date; followUp: { minDays: number; maxDays: number } | null; timezone: string },
): Promise<{ taken: SeriesSlot[]; daysWithoutDoses: string[] }> {
  const r = await sql<{
    id: string;
    center_id: string;
    starts_at: Date;
    ends_at: Date;
    second_id: string | null;
    second_starts_at: Date | null;
    second_ends_at: Date | null;
    center_name: string;
    center_address: string;
    days_without_doses: string[] | null;
  }>`${prepared('prepare_series')}
    with first as (
      select id, center_id, starts_at, ends_at from slots
      where id = ${q.slotId} and product_id = ${q.product} and booked < capacity and starts_at > ${q.now}
    ), second as (
      update slots set booked = booked + 1
      where id = (
        -- Dose 1's center and window come from subqueries, not a join: a bound computed from another row's
        -- column is, under row-level security, an expression PostgreSQL may not use in the index scan, which
        -- then reads every slot the center ever had; a subquery's value can bound the scan.
        select s.id from slots s
        where ${q.followUp !== null}::boolean and s.product_id = ${q.product}
          and s.center_id = (select center_id from first) and s.id <> (select id from first)
          and s.starts_at >= (select starts_at + make_interval(hours => 24 * ${q.followUp?.minDays ?? 0}::int) from first)
          and s.starts_at <= (select starts_at + make_interval(hours => 24 * ${q.followUp?.maxDays ?? 0}::int) from first)
          and s.booked < s.capacity
          and ${dayHasDoses(q.timezone)}
        order by s.starts_at
        limit 1
        for update of s skip locked
      ) and booked < capacity
      returning id, starts_at, ends_at
    ), days as (
      select (t.starts_at at time zone ${q.timezone})::date as day, count(*)::int as n
      from (select starts_at from first union all select starts_at from second) t
      group by 1
    ), doses as (
      update dose_plans dp set booked = dp.booked + d.n
      from days d
      where dp.center_id = (select center_id from first) and dp.product_id = ${q.product} and dp.day = d.day and dp.booked + d.n <= dp.doses
      returning dp.day
    )
    select f.id, f.center_id, f.starts_at, f.ends_at, s.id as second_id, s.starts_at as second_starts_at, s.ends_at as second_ends_at,
           c.name as center_name, c.address || ', ' || c.postal_code || ' ' || c.city as center_address,
           (select array_agg(d.day::text) from days d
             where d.day not in (select day from doses)
               and exists (select 1 from dose_plans dp where dp.center_id = f.center_id and dp.product_id = ${q.product} and dp.day = d.day)) as days_without_doses
    from first f
    join centers c on c.id = f.center_id
    left join second s on true`.execute(trx);
  const row = r.rows[0];
  if (!row) return { taken: [], daysWithoutDoses: [] };
  const { center_id, center_name, center_address } = row;
  const taken: SeriesSlot[] = [{ id: row.id, center_id, starts_at: row.starts_at, ends_at: row.ends_at, dose_number: 1, center_name, center_address }];
  if (row.second_id) taken.push({ id: row.second_id, center_id, starts_at: row.second_starts_at!, ends_at: row.second_ends_at!, dose_number: 2, center_name, center_address });
  return { taken, daysWithoutDoses: row.days_without_doses ?? [] };
}

/**
 * Takes up to `count` places of dose 1's slot at once, for a batch of bookings (booking.batch.ts): as many
 * as the slot has free and its day's dose plan (if any) allows, counted against that plan. The slot's row
 * is locked from here to the commit. No row: the slot is unknown, for another product, begun, or full.
 */
export async function takePlaces(trx: Tx, q: { slotId: string; product: string; now: Date; count: number; timezone: string }) {
  const r = await sql<{
    id: string;
    center_id: string;
    starts_at: Date;
    ends_at: Date;
    taken: number;
    free: number;
    center_name: string;
    center_address: string;
  }>`${prepared('take_places')}
    with s as (
      select id, center_id, starts_at, ends_at, capacity - booked as free from slots
      where id = ${q.slotId} and product_id = ${q.product} and booked < capacity and starts_at > ${q.now}
      for update
    ), plan as (
      select dp.doses - dp.booked as room from dose_plans dp, s
      where dp.center_id = s.center_id and dp.product_id = ${q.product} and dp.day = (s.starts_at at time zone ${q.timezone})::date
      for update of dp
    ), n as (
      select greatest(0, least(${q.count}::int, s.free, coalesce((select room from plan), ${q.count}::int))) as n from s
    ), taken as (
      update slots set booked = booked + n.n from n where slots.id = ${q.slotId} and n.n > 0 returning 1
    ), counted as (
      update dose_plans dp set booked = dp.booked + n.n from n, s
      where dp.center_id = s.center_id and dp.product_id = ${q.product} and dp.day = (s.starts_at at time zone ${q.timezone})::date and n.n > 0
      returning 1
    )
    select s.id, s.center_id, s.starts_at, s.ends_at, n.n as taken, s.free,
           c.name as center_name, c.address || ', ' || c.postal_code || ' ' || c.city as center_address
    from s join n on true join centers c on c.id = s.center_id`.execute(trx);
  return r.rows[0];
}

/**
 * A follow-up dose's place: the earliest free slot at the center inside [earliest, latest] (SKIP LOCKED:
 * concurrent bookings spread over slots instead of queueing), counted against its day's dose plan. Its one
 * row (none when no slot is free) says whether the plan had room (`doses_ok`; a day without a plan has).
 * A statement, for pipeline() in a batch and execute() elsewhere.
 */
export function takeFollowUpStatement(q: { centerId: string; product: string; earliest: Date; latest: Date; exclude: string; timezone: string }) {
  return sql<TakenSlot & { doses_ok: boolean }>`${prepared('take_follow_up')}
    with second as (
      update slots set booked = booked + 1
      where id = (
        select s.id from slots s
        where s.center_id = ${q.centerId} and s.product_id = ${q.product} and s.id <> ${q.exclude}
          and s.starts_at >= ${q.earliest} and s.starts_at <= ${q.latest} and s.booked < s.capacity
          and ${dayHasDoses(q.timezone)}
        order by s.starts_at
        limit 1
        for update of s skip locked
      ) and booked < capacity
      returning id, center_id, starts_at, ends_at
    ), counted as (
      update dose_plans dp set booked = dp.booked + 1 from second
      where dp.center_id = second.center_id and dp.product_id = ${q.product}
        and dp.day = (second.starts_at at time zone ${q.timezone})::date and dp.booked < dp.doses
      returning 1
    )
    select id, center_id, starts_at, ends_at,
           exists (select 1 from counted) or not exists (
             select 1 from dose_plans dp
             where dp.center_id = second.center_id and dp.product_id = ${q.product}
               and dp.day = (second.starts_at at time zone ${q.timezone})::date) as doses_ok
    from second`;
}

/** The error recordBooking fails with when dose 1's place was gone (its appointment would have no slot). */
export const isPlaceGone = (err: unknown) => {
  const e = err as { code?: string; table?: string; column?: string };
  return e?.code === '23502' && e.table === 'appointments' && e.column === 'slot_id';
};

/**
 * Writes a booking in one statement: takes dose 1's place (the single conditional UPDATE that prevents
 * overbooking, backed by CHECK (booked <= capacity)), then the person (when new: `person` is then their
 * INSERT, else their id), the booking, its appointments, and what the caller adds in the same statement
 * (its audit entries and outbox message, as INSERTs that may name `(select id from person)` and
 * `(select id from booking)`). Returns the appointment ids in dose order.
 *
 * Dose 1's appointment is in the place this statement took: when the slot had no room left (or began), the
 * UPDATE takes nothing, the appointment would have no slot, and NOT NULL fails the whole statement
 * (isPlaceGone). It fails rather than writing less, so that `commit` can send the COMMIT with it (one
 * round trip; a failed statement turns it into a ROLLBACK): the slot's row lock is then held only while
 * PostgreSQL finishes the statement and the commit, which is what a popular slot's bookings queue for.
 * Other constraint violations (one active booking per person, one person per identity) fail it too.
 */
export async function recordBooking(trx: Tx, q: BookingRecord & { /** Commit with this statement (the caller's transaction ends here). */ commit: boolean }): Promise<string[]> {
  const statement = bookingRecord(q);
  const r = q.commit ? await commitWith(trx, statement) : await statement.execute(trx);
  return r.rows[0].appointment_ids;
}

export type BookingRecord = {
  tenantId: string;
  person: { insert: RawBuilder<unknown> } | { id: string };
  /** The booking and security codes as stored (kernel/codes.ts codeColumns). */
  codes: CodeColumns;
  product: string;
  now: Date;
  slots: (TakenSlot & { dose_number: number })[];
  also: RawBuilder<unknown>[];
  /** The language the booking is made in: its messages and letters speak it (none: the person's). */
  language?: 'de' | 'en';
  /** Dose 1's place was taken before (takePlaces, for a batch): the statement only writes. */
  placeTaken?: boolean;
};

/** recordBooking's statement; its one row has `appointment_ids`, in dose order. */
export function bookingRecord(q: BookingRecord): RawBuilder<{ appointment_ids: string[] }> {
  const person = 'insert' in q.person ? sql`${q.person.insert} returning id` : sql`select ${q.person.id}::uuid as id`;
  const doses = q.slots.map(
    (s, i) => sql`(${i === 0 ? sql`(select id from first)` : sql`${s.id}::uuid`}, ${s.center_id}::uuid, ${s.dose_number}::smallint, ${s.starts_at}::timestamptz, ${s.ends_at}::timestamptz)`,
  );
  const also = q.also.map((insert, i) => sql`, also_${sql.raw(String(i))} as (${insert})`);
  const first = q.placeTaken
    ? sql`select ${q.slots[0].id}::uuid as id`
    : sql`update slots set booked = booked + 1
      where id = ${q.slots[0].id}::uuid and product_id = ${q.product} and booked < capacity and starts_at > ${q.now}::timestamptz
      returning id`;
  return sql<{ appointment_ids: string[] }>`${prepared(q.placeTaken ? 'record_booking_placed' : 'record_booking')}
    with first as (${first}), person as (${person}),
    booking as (
      insert into bookings (tenant_id, code_hash, code_box, person_id, product_id, security_hash, language)
      select ${q.tenantId}::uuid, ${q.codes.code_hash}, ${q.codes.code_box}, person.id, ${q.product}, ${q.codes.security_hash}, ${q.language ?? null}::text from person
      returning id
    ), appointments as (
      insert into appointments (tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at)
      select ${q.tenantId}::uuid, booking.id, a.slot_id, a.center_id, ${q.product}, a.dose_number, a.starts_at, a.ends_at
      from booking, (values ${sql.join(doses)}) as a(slot_id, center_id, dose_number, starts_at, ends_at)
      returning id, dose_number
    )${sql.join(also, sql``)}
    select (select array_agg(a.id order by a.dose_number) from appointments a) as appointment_ids`;
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

/** The booking behind a code (by its keyed hash: kernel/codes.ts bookingCodeHash) with its person's birth-date hash, for verifying code + birth date. */
export async function findBookingByCode(trx: Tx, codeHash: Buffer) {
  return trx
    .selectFrom('bookings as b')
    .innerJoin('persons as p', 'p.id', 'b.person_id')
    .select(['b.id', 'b.code_hash', 'b.code_box', 'b.status', 'b.product_id', 'b.person_id', 'b.language', 'p.birth_hash'])
    .where('b.code_hash', '=', codeHash)
    .executeTakeFirst();
}

/** Replaces a booking's security code (its keyed hash): a re-sent confirmation carries a new code. */
export async function replaceSecurityHash(trx: Tx, bookingId: string, securityHash: Buffer) {
  await trx.updateTable('bookings').set({ security_hash: securityHash }).where('id', '=', bookingId).execute();
}

export async function appointmentsOfBooking(trx: Tx, bookingId: string) {
  return trx
    .selectFrom('appointments as a')
    .innerJoin('centers as c', 'c.id', 'a.center_id')
    .select(['a.id', 'a.slot_id', 'a.starts_at', 'a.ends_at', 'a.dose_number', 'a.center_id', 'c.name as center_name', 'a.product_id', 'a.status', 'a.reminder_sent_at'])
    .where('a.booking_id', '=', bookingId)
    .orderBy('a.dose_number')
    .execute();
}

/** Cancels the booking and its open appointments and gives their places back; returns the freed appointments. */
export async function cancelBooking(trx: Tx, bookingId: string, now: Date): Promise<{ slot_id: string; center_id: string; product_id: string; starts_at: Date }[] | null> {
  const updated = await trx
    .updateTable('bookings')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', bookingId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return null;
  const freed = await sql<{ slot_id: string; center_id: string; product_id: string; starts_at: Date }>`
    with cancelled as (
      update appointments set status = 'cancelled'
      where booking_id = ${bookingId} and status = 'booked'
      returning slot_id, center_id, product_id, starts_at
    ), freed as (
      update slots s set booked = s.booked - 1 from cancelled c where s.id = c.slot_id
    )
    select slot_id, center_id, product_id, starts_at from cancelled`.execute(trx);
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
