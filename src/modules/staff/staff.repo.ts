import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { prepared, type Tx } from '../../db/database.js';

/** Finds a login by e-mail across tenants (owner-defined lookup; returns only what sign-in needs). */
export async function findLogin(db: Kysely<DB>, email: string) {
  const r = await sql<{ user_id: string; tenant_id: string; password_hash: string; active: boolean }>`
    select * from app_staff_login(${email})`.execute(db);
  return r.rows[0];
}

/**
 * A live session by the hash of its token, with its (active) user: one round trip for every staff request.
 * A session last used before `idleBefore` is dead; the look-up records the use (at most once a minute).
 */
export async function findSessionUser(db: Kysely<DB>, tokenHash: Buffer, now: Date, idleBefore: Date) {
  const r = await sql<{
    session_id: string;
    tenant_id: string;
    csrf_token: string;
    user_id: string;
    email: string;
    display_name: string;
    role: string;
    center_id: string | null;
  }>`${prepared('session_user')} select * from app_session_user(${tokenHash}, ${now}, ${idleBefore})`.execute(db);
  return r.rows[0];
}

export async function getUser(trx: Tx, id: string) {
  return trx
    .selectFrom('staff_users')
    .select(['id', 'email', 'display_name', 'role', 'center_id', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertSession(
  trx: Tx,
  s: { tenant_id: string; user_id: string; token_hash: Buffer; csrf_token: string; expires_at: Date; last_seen_at: Date },
) {
  return trx.insertInto('sessions').values(s).returning('id').executeTakeFirstOrThrow();
}

export async function revokeSession(trx: Tx, id: string, at: Date) {
  await trx.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Revokes every live session of a user, but the one given (the current one, on a password change). */
export async function revokeUserSessions(trx: Tx, userId: string, at: Date, except?: string) {
  let q = trx.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (except) q = q.where('id', '<>', except);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The stored password hash of a user (of the transaction's tenant). */
export async function passwordHash(trx: Tx, userId: string) {
  const r = await trx.selectFrom('staff_users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return r?.password_hash;
}

/** Replaces a user's password hash. */
export async function setPasswordHash(trx: Tx, userId: string, hash: string) {
  await trx.updateTable('staff_users').set({ password_hash: hash }).where('id', '=', userId).execute();
}
