import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { Deps } from '../../context.js';
import { Problem } from '../../errors.js';
import { lockMinutes } from '../../lib/backoff.js';

/**
 * Lock-out policy for staff sign-ins (and wrong current passwords): per e-mail address and per client
 * address, with the back-off of the booking-code look-ups (1, 2, 4, ... minutes), capped lower, since a
 * locked staff account cannot work.
 */
export const SIGN_IN_LOCKOUT = {
  /** Failed sign-ins of one e-mail address before it is locked. */
  perAccount: 5,
  /** Failed sign-ins (any e-mail) from one client address before it is locked: a center's clerks may share one. */
  perAddress: 20,
  baseMinutes: 1,
  maxMinutes: 60,
  /** Failures older than this are forgotten: the count starts again. */
  forgetAfterMs: 24 * 60 * 60_000,
};

export type LockKey = { hash: Buffer; threshold: number };
export type SignInKeys = { account: LockKey; address: LockKey };

const hmac = (deps: Deps, kind: 'email' | 'ip', value: string) =>
  createHmac('sha256', deps.keys.derive('staff-sign-in')).update(`${kind}\0${value}`).digest();

/** E-mail addresses as sign-in reads them. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * The lock-out keys of a sign-in: keyed hashes of the e-mail address (known or not, so a lock-out says
 * nothing about which exist) and of the client address. Neither is stored in clear.
 */
export function signInKeys(deps: Deps, email: string, address: string): SignInKeys {
  return {
    account: { hash: hmac(deps, 'email', normalizeEmail(email)), threshold: SIGN_IN_LOCKOUT.perAccount },
    address: { hash: hmac(deps, 'ip', address), threshold: SIGN_IN_LOCKOUT.perAddress },
  };
}

/** How the audit trail names an e-mail address that has no account: a short keyed hash, never the address. */
export const emailAuditName = (deps: Deps, email: string) => `email-hmac:${hmac(deps, 'email', normalizeEmail(email)).subarray(0, 12).toString('base64url')}`;

type Row = { key_hash: Uint8Array; failures: number; last_failure_at: Date | string };
const hexes = (keys: LockKey[]) => keys.map((k) => k.hash.toString('hex'));

/** Seconds until the last lock among the rows ends; null when none is locked at `now`. */
function secondsLocked(keys: LockKey[], rows: Row[], now: Date): number | null {
  let until = 0;
  for (const r of rows) {
    const key = keys.find((k) => k.hash.equals(Buffer.from(r.key_hash)));
    const minutes = key ? lockMinutes(r.failures, key.threshold, SIGN_IN_LOCKOUT) : 0;
    until = Math.max(until, new Date(r.last_failure_at).getTime() + minutes * 60_000);
  }
  return until > now.getTime() ? Math.max(1, Math.ceil((until - now.getTime()) / 1000)) : null;
}

/** Seconds until the keys' locks end; null when none is locked. */
export async function lockedSeconds(deps: Deps, keys: LockKey[]): Promise<number | null> {
  const r = await sql<Row>`select * from app_login_failures(array(select decode(h, 'hex') from unnest(${hexes(keys)}::text[]) as h))`.execute(deps.db.app);
  return secondsLocked(keys, r.rows, deps.clock.now());
}

/** Counts a failure for each key; returns the seconds of the lock it starts (null when it starts none). */
export async function recordFailure(deps: Deps, keys: LockKey[]): Promise<number | null> {
  const now = deps.clock.now();
  const forgetBefore = new Date(now.getTime() - SIGN_IN_LOCKOUT.forgetAfterMs);
  const r = await sql<Row>`select * from app_login_failed(array(select decode(h, 'hex') from unnest(${hexes(keys)}::text[]) as h),
    ${now.toISOString()}::timestamptz, ${forgetBefore.toISOString()}::timestamptz)`.execute(deps.db.app);
  return secondsLocked(keys, r.rows, now);
}

/** A successful sign-in: the account's failures are forgotten (the address's stay). */
export async function resetFailures(deps: Deps, key: LockKey): Promise<void> {
  await sql`select app_login_succeeded(decode(${key.hash.toString('hex')}, 'hex'))`.execute(deps.db.app);
}

/** 429 while locked, the same whether the e-mail exists and whether the password is right; the route sets Retry-After. */
export class SignInLocked extends Problem {
  constructor(readonly retryAfter: number) {
    super(429, 'Too many requests', `Too many failed sign-ins. Please wait ${retryAfter} seconds.`, undefined, 'sign-in-locked');
  }
}
