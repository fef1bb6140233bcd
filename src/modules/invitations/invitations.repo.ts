import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

/** Free places in the coming days (slot capacity not yet booked). */
export async function freePlaces(trx: Tx, from: Date, days: number) {
  const r = await sql<{ n: number }>`
    select coalesce(sum(capacity - booked), 0)::int as n from slots
    where starts_at > ${from} and starts_at < ${from}::timestamptz + make_interval(days => ${days})`.execute(trx);
  return r.rows[0].n;
}

/** Registered people without an active booking or open invitation, oldest registration first. */
export async function waitingPeople(trx: Tx, limit: number) {
  // Claims as their keyed hashes in hex (citizens.service claimsFromHashes): no decryption per person.
  // Which contact details exist (not what they are): whether the person can be reached, without decrypting.
  const r = await sql<{
    id: string;
    birth_date: Buffer;
    claim_hashes: string[];
    registered_at: Date;
    email_confirmed_at: Date | null;
    has_email: boolean;
    has_phone: boolean;
    has_street: boolean;
    has_city: boolean;
  }>`
    select p.id, p.birth_date, array(select encode(h, 'hex') from unnest(p.claim_hashes) as h) as claim_hashes, p.registered_at, p.email_confirmed_at,
           p.email is not null as has_email, p.phone is not null as has_phone, p.street is not null as has_street, p.city is not null as has_city
    from persons p
    where p.merged_into is null
      and not exists (select 1 from bookings b where b.person_id = p.id and b.status = 'active')
      and not exists (select 1 from invitations i where i.person_id = p.id and i.status = 'open')
    order by p.registered_at
    limit ${limit}`.execute(trx);
  return r.rows;
}

export async function insertWave(trx: Tx, w: { tenant_id: string; created_by: string | null; size: number }) {
  return (await trx.insertInto('invitation_waves').values(w).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertInvitation(trx: Tx, i: { tenant_id: string; person_id: string; wave_id: string; token_hash: Buffer; expires_at: Date }) {
  return (await trx.insertInto('invitations').values(i).returning('id').executeTakeFirstOrThrow()).id;
}

/** The invitation behind a link, locked for the rest of the transaction. */
export async function invitationByToken(trx: Tx, tokenHash: Buffer) {
  const r = await sql<{ id: string; person_id: string; status: 'open' | 'accepted' | 'declined' | 'expired'; expires_at: Date }>`
    select id, person_id, status, expires_at from invitations where token_hash = ${tokenHash} for update`.execute(trx);
  return r.rows[0];
}

export async function setStatus(trx: Tx, id: string, status: 'accepted' | 'declined' | 'expired', at: Date) {
  await trx.updateTable('invitations').set({ status, responded_at: at }).where('id', '=', id).execute();
}

/** Marks open invitations past their time as expired; returns how many. */
export async function expireDue(trx: Tx, now: Date) {
  const r = await sql`update invitations set status = 'expired' where status = 'open' and expires_at <= ${now} returning id`.execute(trx);
  return r.rows.length;
}
