import { sql } from 'kysely';
import { prepared, type Tx } from '../../db/database.js';

type Bytes = Buffer | Uint8Array;

/**
 * Advisory-lock key of a contact (the first 8 bytes of its keyed hash): the transactions that may create a
 * person under a contact take it first, so two of them cannot both find room for one more person.
 */
export const contactLockKey = (contactHash: Buffer) => contactHash.readBigInt64BE(0).toString();

/**
 * Locks the contacts for the rest of the transaction, in ascending order (so two transactions that lock
 * several never wait for each other in a circle). A statement of its own, before the reads that depend on
 * it: a statement's snapshot is taken when it starts, so a count read in the same statement as the lock
 * could miss what the lock waited for.
 */
export function lockContactsStatement(contactHashes: Buffer[]) {
  const keys = [...new Set(contactHashes.map(contactLockKey))].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  return sql<{ locked: unknown }>`select pg_advisory_xact_lock(k) as locked from unnest(${keys}::bigint[]) as k`;
}

/** The people of a contact: whose e-mail address or mobile number on file is the contact (not merged away). */
export const ofContact = (alias: string, contactHash: Buffer) =>
  sql<boolean>`(${sql.ref(`${alias}.email_hash`)} = ${contactHash} or ${sql.ref(`${alias}.phone_hash`)} = ${contactHash}) and ${sql.ref(`${alias}.merged_into`)} is null`;

/** How many people a contact has. */
export async function countPeopleOfContact(trx: Tx, contactHash: Buffer): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from persons p where ${ofContact('p', contactHash)}`.execute(trx);
  return r.rows[0].n;
}

/**
 * The person of this identity among the people of a contact (the one the contact made first, else the
 * oldest). Records of the same identity under other contacts are never read.
 */
export async function personOfContact(trx: Tx, identityHash: Buffer, contactHash: Buffer) {
  return trx
    .selectFrom('persons as p')
    .select(['p.id', 'p.claims_box', 'p.email_hash', 'p.phone_hash', 'p.email_confirmed_at'])
    .where('p.identity_hash', '=', identityHash)
    .where(ofContact('p', contactHash))
    .orderBy(sql`p.owner_hash = ${contactHash}`, 'desc')
    .orderBy('p.created_at')
    .limit(1)
    .executeTakeFirst();
}

/** The people of a contact with what the citizen sees of them, oldest first. */
export async function peopleOfContact(trx: Tx, contactHash: Buffer) {
  return trx
    .selectFrom('persons as p')
    .select(['p.id', 'p.given_name', 'p.family_name', 'p.birth_date', 'p.postal_code'])
    .where(ofContact('p', contactHash))
    .orderBy('p.created_at')
    .execute();
}

/** Whether a person is one of a contact's people. */
export async function isPersonOfContact(trx: Tx, personId: string, contactHash: Buffer): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`select exists (select 1 from persons p where p.id = ${personId}::uuid and ${ofContact('p', contactHash)}) as ok`.execute(trx);
  return r.rows[0].ok;
}

/** Whether the booking with this code (its keyed hash) belongs to one of a contact's people. */
export async function isBookingOfContact(trx: Tx, codeHash: Buffer, contactHash: Buffer): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`
    select exists (select 1 from bookings b join persons p on p.id = b.person_id where b.code_hash = ${codeHash} and ${ofContact('p', contactHash)}) as ok`.execute(trx);
  return r.rows[0].ok;
}

/** Confirms the e-mail address of the contact's people that have it unconfirmed; returns their ids. */
export async function confirmEmailOfContact(trx: Tx, emailHash: Buffer, at: Date): Promise<string[]> {
  const r = await trx
    .updateTable('persons')
    .set({ email_confirmed_at: at })
    .where('email_hash', '=', emailHash)
    .where('email_confirmed_at', 'is', null)
    .where('merged_into', 'is', null)
    .returning('id')
    .execute();
  return r.map((x) => x.id);
}

/** Codes sent to a contact since a moment (for the per-contact cap). */
export async function codesSentTo(trx: Tx, contactHash: Buffer, since: Date): Promise<number> {
  const r = await trx
    .selectFrom('citizen_verifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('contact_hash', '=', contactHash)
    .where('created_at', '>', since)
    .where('sent', '=', true)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertVerification(
  trx: Tx,
  v: { id: string; tenant_id: string; channel: 'email' | 'sms'; contact_hash: Buffer; contact: Buffer; code_hash: Buffer; language: 'de' | 'en'; sent: boolean; created_at: Date; expires_at: Date },
) {
  await trx.insertInto('citizen_verifications').values(v).execute();
}

/**
 * Counts one try of a code: only while the verification is open (not used, tries left, not expired).
 * Returns the verification after the count, or nothing when it is not open.
 */
export async function countTry(trx: Tx, id: string, maxTries: number, now: Date) {
  return trx
    .updateTable('citizen_verifications')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('verified_at', 'is', null)
    .where('attempts', '<', maxTries)
    .where('expires_at', '>', now)
    .returning(['id', 'code_hash', 'attempts', 'channel', 'contact_hash', 'contact'])
    .executeTakeFirst();
}

export async function verificationExists(trx: Tx, id: string): Promise<boolean> {
  return !!(await trx.selectFrom('citizen_verifications').select('id').where('id', '=', id).executeTakeFirst());
}

export async function markVerified(trx: Tx, id: string, at: Date) {
  await trx.updateTable('citizen_verifications').set({ verified_at: at }).where('id', '=', id).execute();
}

export async function insertSession(
  trx: Tx,
  s: { tenant_id: string; token_hash: Buffer; verification_id: string; channel: 'email' | 'sms'; contact_hash: Bytes; contact: Bytes; created_at: Date; last_seen_at: Date; expires_at: Date },
) {
  return (await trx.insertInto('citizen_sessions').values(s).returning('id').executeTakeFirstOrThrow()).id;
}

/**
 * A live session by its token's hash (not revoked, before its absolute end, used within the idle time), in
 * one statement that also notes the use (at most once a minute, so a busy session does not write per request).
 */
export async function liveSession(trx: Tx, q: { tokenHash: Buffer; now: Date; idleMs: number }) {
  const idleSince = new Date(q.now.getTime() - q.idleMs);
  const touchBefore = new Date(q.now.getTime() - 60_000);
  const r = await sql<{ id: string; channel: 'email' | 'sms'; contact_hash: Bytes; contact: Bytes }>`${prepared('citizen_session')}
    with s as (
      select id, channel, contact_hash, contact, last_seen_at from citizen_sessions
      where token_hash = ${q.tokenHash} and revoked_at is null and expires_at > ${q.now}::timestamptz and last_seen_at > ${idleSince}::timestamptz
    ), touched as (
      update citizen_sessions c set last_seen_at = ${q.now}::timestamptz from s where c.id = s.id and s.last_seen_at < ${touchBefore}::timestamptz
      returning 1
    )
    select id, channel, contact_hash, contact from s`.execute(trx);
  return r.rows[0];
}

export async function revokeSession(trx: Tx, tokenHash: Buffer, at: Date) {
  await trx.updateTable('citizen_sessions').set({ revoked_at: at }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute();
}
