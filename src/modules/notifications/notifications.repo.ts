import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/database.js';

type Bytes = Buffer | Uint8Array;
export type Channel = 'email' | 'sms' | 'letter';

export type OutboxRow = {
  id: string;
  channel: Channel;
  template: string;
  language: 'de' | 'en';
  person_id: string | null;
  payload: Bytes;
  attempts: number;
};

/*
 * The only writer of outbox rows (rows built by notifications.service's outboxRow, payload encrypted there):
 * one statement builder (outboxInsert), run on its own (insertOutbox) or placed in a hot path's statement.
 */

type NewOutboxRow = { tenant_id: string; channel: Channel; template: string; language: 'de' | 'en'; payload: Buffer; next_attempt_at: Date };

/** Writes one message in the caller's transaction; returns its id. */
export async function insertOutbox(trx: Tx, row: NewOutboxRow & { person_id: string | null }) {
  const r = await sql<{ id: string }>`${outboxInsert(row, sql`${row.person_id}::uuid`)} returning id`.execute(trx);
  return r.rows[0].id;
}

/**
 * insertOutbox as an INSERT for the caller's statement; `personId` may be SQL naming a row that statement
 * inserts. With `when` (an SQL condition), the row is written only if it holds.
 */
export function outboxInsert(row: NewOutboxRow, personId: RawBuilder<unknown>, when?: RawBuilder<boolean>) {
  if (when) {
    return sql`insert into outbox (tenant_id, channel, template, language, person_id, payload, next_attempt_at)
    select ${row.tenant_id}::uuid, ${row.channel}, ${row.template}, ${row.language}, ${personId}, ${row.payload}, ${row.next_attempt_at}::timestamptz where ${when}`;
  }
  return sql`insert into outbox (tenant_id, channel, template, language, person_id, payload, next_attempt_at)
    values (${row.tenant_id}::uuid, ${row.channel}, ${row.template}, ${row.language}, ${personId}, ${row.payload}, ${row.next_attempt_at}::timestamptz)`;
}

/**
 * Claims due pending messages of the given channels: locks them with SKIP LOCKED (so concurrent workers
 * take disjoint sets) and moves next_attempt_at to the end of a lease, so no other worker claims them
 * while this one is sending outside the transaction.
 */
export async function claimDue(trx: Tx, q: { channels: Channel[]; now: Date; leaseUntil: Date; limit: number }): Promise<OutboxRow[]> {
  if (q.channels.length === 0) return [];
  const r = await sql<OutboxRow>`
    update outbox o set next_attempt_at = ${q.leaseUntil}
    where o.id in (
      select id from outbox
      where status = 'pending' and channel in (${sql.join(q.channels)}) and next_attempt_at <= ${q.now}
      order by next_attempt_at, created_at
      limit ${q.limit}
      for update skip locked)
    returning o.id, o.channel, o.template, o.language, o.person_id, o.payload, o.attempts`.execute(trx);
  return r.rows;
}

export async function markSent(trx: Tx, id: string, at: Date) {
  await trx
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export async function markFailed(trx: Tx, id: string, f: { attempts: number; error: string; next: Date; dead: boolean }) {
  await trx
    .updateTable('outbox')
    .set({ attempts: f.attempts, last_error: f.error, next_attempt_at: f.next, status: f.dead ? 'dead' : 'pending' })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** All pending letters of the tenant, oldest first, locked until the batch commits. */
export async function pendingLettersForUpdate(trx: Tx) {
  return trx
    .selectFrom('outbox')
    .select(['id', 'channel', 'template', 'language', 'person_id', 'payload', 'attempts'])
    .where('channel', '=', 'letter')
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .orderBy('id')
    .forUpdate()
    .execute() as Promise<OutboxRow[]>;
}

/** Inserts a print batch (its PDF encrypted by the caller); a day may have several. */
export async function insertPrintBatch(trx: Tx, b: { tenant_id: string; day: string; letter_count: number; pdf: Buffer; created_at: Date }) {
  return trx.insertInto('print_batches').values(b).returning(['id', 'day', 'letter_count']).executeTakeFirstOrThrow();
}

export async function markLettersPrinted(trx: Tx, ids: string[], batchId: string, at: Date) {
  if (ids.length === 0) return;
  await trx
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at, print_batch_id: batchId })
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .execute();
}

export async function listPrintBatches(trx: Tx, day?: string) {
  let q = trx.selectFrom('print_batches').select(['id', 'day', 'letter_count', 'created_at']);
  if (day) q = q.where('day', '=', day);
  return q.orderBy('day', 'desc').orderBy('created_at', 'desc').execute();
}

export async function printBatchPdf(trx: Tx, id: string) {
  return trx.selectFrom('print_batches').select(['id', 'day', 'pdf']).where('id', '=', id).executeTakeFirst();
}

export async function personsOfBatch(trx: Tx, batchId: string) {
  const rows = await trx.selectFrom('outbox').select('person_id').where('print_batch_id', '=', batchId).where('person_id', 'is not', null).execute();
  return [...new Set(rows.map((r) => r.person_id!))];
}

/** Contact details of a person, encrypted as stored. */
export async function personContact(trx: Tx, personId: string) {
  return trx
    .selectFrom('persons')
    .select(['id', 'given_name', 'family_name', 'email', 'phone', 'street', 'city', 'postal_code', 'language'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export type ReminderRow = {
  id: string;
  starts_at: Date;
  ends_at: Date;
  dose_number: number;
  /** The booking code, encrypted (booking.codes.ts openBookingCode): the calendar entry's UID is made from it. */
  code_box: Bytes;
  person_id: string;
  center_name: string;
  center_address: string;
  center_postal_code: string;
  center_city: string;
  product_name: string;
  given_name: Bytes;
  family_name: Bytes;
  email: Bytes | null;
  phone: Bytes | null;
  street: Bytes | null;
  city: Bytes | null;
  postal_code: Bytes;
  language: 'de' | 'en';
};

/**
 * Booked appointments of active bookings on the local days from `from` to `to` (inclusive) that have had no
 * reminder (and were not skipped), of people with an e-mail address or phone number, or (`postal`) of
 * people with neither, locked (SKIP LOCKED) so concurrent runs never remind twice. `language` is the
 * booking's (the person's for bookings made before it was stored).
 */
export async function dueReminders(trx: Tx, q: { from: string; to: string; postal: boolean; timezone: string; limit: number }) {
  const r = await sql<ReminderRow>`
    select a.id, a.starts_at, a.ends_at, a.dose_number, b.code_box, b.person_id,
           c.name as center_name, c.address as center_address, c.postal_code as center_postal_code, c.city as center_city,
           pr.name as product_name,
           p.given_name, p.family_name, p.email, p.phone, p.street, p.city, p.postal_code, coalesce(b.language, p.language) as language
    from appointments a
    join bookings b on b.id = a.booking_id and b.status = 'active'
    join persons p on p.id = b.person_id
    join centers c on c.id = a.center_id
    join products pr on pr.tenant_id = a.tenant_id and pr.id = a.product_id
    where a.status = 'booked' and a.reminder_sent_at is null and a.reminder_skipped is null
      and a.starts_at >= ${q.from}::date::timestamp at time zone ${q.timezone}
      and a.starts_at < (${q.to}::date + 1)::timestamp at time zone ${q.timezone}
      and ${q.postal ? sql`p.email is null and p.phone is null` : sql`(p.email is not null or p.phone is not null)`}
    order by a.starts_at, a.id
    limit ${q.limit}
    for update of a skip locked`.execute(trx);
  return r.rows;
}

/** Records why an appointment gets no reminder; false when it was reminded or skipped meanwhile. */
export async function markReminderSkipped(trx: Tx, appointmentId: string, why: string) {
  const r = await trx
    .updateTable('appointments')
    .set({ reminder_skipped: why })
    .where('id', '=', appointmentId)
    .where('reminder_sent_at', 'is', null)
    .where('reminder_skipped', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Withdraws the person's letters about a booking that are queued but not printed yet (a cancelled booking
 * needs no confirmation, reminder or change letter); returns the templates withdrawn.
 */
export async function withdrawPendingLetters(trx: Tx, personId: string, templates: readonly string[], why = 'withdrawn: the booking was cancelled before printing') {
  const rows = await trx
    .updateTable('outbox')
    .set({ status: 'withdrawn', last_error: why })
    .where('person_id', '=', personId)
    .where('channel', '=', 'letter')
    .where('status', '=', 'pending')
    .where('template', 'in', [...templates])
    .returning('template')
    .execute();
  return rows.map((r) => r.template);
}

export async function markReminded(trx: Tx, appointmentId: string, at: Date) {
  const r = await trx
    .updateTable('appointments')
    .set({ reminder_sent_at: at })
    .where('id', '=', appointmentId)
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The newest messages of the tenant, any status (the demo mailbox). */
export async function latestMessages(trx: Tx, limit: number) {
  return trx
    .selectFrom('outbox')
    .select(['id', 'channel', 'template', 'language', 'payload', 'status', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
