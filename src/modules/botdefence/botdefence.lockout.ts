import { lockMinutes as backoffMinutes } from '../../lib/backoff.js';
import { createHmac } from 'node:crypto';
import type { Deps } from '../../context.js';
import { tooManyRequests } from '../../plugins/rate-limit.js';

/** Lock-out policy for look-ups by booking code + birth date. */
export const LOCKOUT = {
  /** Wrong birth dates for one booking code before it is locked. */
  perCode: 5,
  /** Failed look-ups (any codes) from one client address before it is locked. */
  perAddress: 20,
  /** First lock-out; each further failure after the threshold doubles it (1, 2, 4, ... minutes). */
  baseMinutes: 1,
  maxMinutes: 24 * 60,
  /** Failures older than this are forgotten: the count starts again. */
  forgetAfterMs: 24 * 60 * 60_000,
};

export type LookupKey = { hash: Buffer; threshold: number };

/** Keyed hash of a lock-out key (a booking code or a client address): neither is stored in clear. */
function keyHash(deps: Deps, kind: 'code' | 'ip', value: string): Buffer {
  return createHmac('sha256', deps.keys.derive('lookup-lockout')).update(`${kind}\0${value}`).digest();
}

/** Booking codes as the schema reads them: case, spaces and dashes do not matter. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export function lookupKeys(deps: Deps, code: string, address: string): { code: LookupKey; address: LookupKey } {
  return {
    code: { hash: keyHash(deps, 'code', normalizeCode(code)), threshold: LOCKOUT.perCode },
    address: { hash: keyHash(deps, 'ip', address), threshold: LOCKOUT.perAddress },
  };
}

/** Lock duration of a code look-up after the n-th failure (none below the threshold). */
export const lockMinutes = (failures: number, threshold: number) => backoffMinutes(failures, threshold, LOCKOUT);

/** Seconds until the last of the keys' locks ends; null when none is locked. */
export async function lockedSeconds(deps: Deps, tenantId: string, keys: LookupKey[]): Promise<number | null> {
  const now = deps.clock.now();
  const row = await deps.db.withTenant(tenantId, (trx) =>
    trx
      .selectFrom('lookup_failures')
      .select((eb) => eb.fn.max('locked_until').as('until'))
      .where('key_hash', 'in', keys.map((k) => k.hash))
      .where('locked_until', '>', now)
      .executeTakeFirst(),
  );
  const until = row?.until ? new Date(row.until as Date | string) : null;
  return until && until > now ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) : null;
}

export const lockedProblem = (seconds: number) =>
  tooManyRequests(`Too many wrong look-ups: this booking code (or your connection) is locked for ${seconds} seconds.`, 'lookup-locked');

/** Counts one failed look-up for each key; locks a key once its failures reach its threshold. */
export async function recordFailure(deps: Deps, tenantId: string, keys: LookupKey[]): Promise<void> {
  const now = deps.clock.now();
  const forgetBefore = new Date(now.getTime() - LOCKOUT.forgetAfterMs);
  await deps.db.withTenant(tenantId, async (trx) => {
    for (const key of keys) {
      await trx
        .insertInto('lookup_failures')
        .values({ tenant_id: tenantId, key_hash: key.hash, failures: 0, last_failure_at: now })
        .onConflict((oc) => oc.columns(['tenant_id', 'key_hash']).doNothing())
        .execute();
      const row = await trx
        .selectFrom('lookup_failures')
        .select(['failures', 'last_failure_at'])
        .where('key_hash', '=', key.hash)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const failures = (new Date(row.last_failure_at) < forgetBefore ? 0 : row.failures) + 1;
      const minutes = lockMinutes(failures, key.threshold);
      await trx
        .updateTable('lookup_failures')
        .set({ failures, last_failure_at: now, locked_until: minutes ? new Date(now.getTime() + minutes * 60_000) : null })
        .where('key_hash', '=', key.hash)
        .execute();
    }
  });
}

/** A look-up that found the booking: its code's failures are forgotten. */
export async function resetFailures(deps: Deps, tenantId: string, key: LookupKey): Promise<void> {
  await deps.db.withTenant(tenantId, (trx) => trx.deleteFrom('lookup_failures').where('key_hash', '=', key.hash).execute());
}
