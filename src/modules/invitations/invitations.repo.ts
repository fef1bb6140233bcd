import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

/** Free places in the coming days (slot capacity not yet booked). */
export async function freePlaces(trx: Tx, from: Date, days: number) {
  const r = await sql<{ n: number }>`
    select coalesce(sum(capacity - booked), 0)::int as n from slots
    where starts_at > ${from} and starts_at < ${from}::timestamptz + make_interval(days => ${days})`.execute(trx);
  return r.rows[0].n;
}

/** Free places in the coming days per center (with its region), most first. */
export async function freePlacesByCenter(trx: Tx, from: Date, days: number) {
  const r = await sql<{ center_id: string; center: string; region: string; free: number }>`
    select c.id as center_id, c.name as center, r.name as region, coalesce(sum(s.capacity - s.booked), 0)::int as free
    from slots s join centers c on c.id = s.center_id join regions r on r.id = c.region_id
    where s.starts_at > ${from} and s.starts_at < ${from}::timestamptz + make_interval(days => ${days})
    group by c.id, c.name, r.name
    order by free desc, c.name`.execute(trx);
  return r.rows;
}

/** A person waiting: who they are for the rules, and which ways to reach them are on file (nothing decrypted). */
export type WaitingPerson = {
  id: string;
  birth_date: Buffer;
  claim_hashes: string[];
  registered_at: Date;
  email_confirmed_at: Date | null;
  has_email: boolean;
  has_phone: boolean;
  has_street: boolean;
  has_city: boolean;
};

/** Registered people without an active booking or open invitation, oldest registration first. */
export async function waitingPeople(trx: Tx, limit: number) {
  // Claims as their keyed hashes in hex (citizens.service claimsFromHashes): no decryption per person.
  // Contact columns are only tested for presence: a postal address needs street and city (the postal code is always there).
  const r = await sql<WaitingPerson>`
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

export async function insertWave(trx: Tx, w: { tenant_id: string; created_by: string | null; size: number; created_at: Date }) {
  return (await trx.insertInto('invitation_waves').values(w).returning('id').executeTakeFirstOrThrow()).id;
}

/** Past waves, newest first: when, by whom, the size asked for and how many were invited. */
export async function listWaves(trx: Tx, limit: number) {
  const r = await sql<{ id: string; created_at: Date; created_by: string | null; size: number; invited: number }>`
    select w.id, w.created_at, u.display_name as created_by, w.size,
      (select count(*)::int from invitations i where i.wave_id = w.id) as invited
    from invitation_waves w left join staff_users u on u.id = w.created_by
    order by w.created_at desc, w.id desc
    limit ${limit}`.execute(trx);
  return r.rows;
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
