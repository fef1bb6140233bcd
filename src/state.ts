import type { KeyObject } from 'node:crypto';
import type { TenantCtx } from './context.js';
import type { Pending } from './modules/booking/booking.batch.js';
import type { PublicReadCaches } from './modules/booking/booking.cache.js';
import type { FullSlots, Gate, Lines } from './modules/booking/booking.gate.js';
import type { Booked } from './modules/booking/booking.series.js';
import type { Mailer } from './modules/notifications/notifications.transport.js';
import type { LoadMeter } from './modules/waitingroom/waitingroom.guard.js';
import type { GuardState } from './modules/waitingroom/waitingroom.service.js';
import type { RateShare } from './plugins/rate-limit.js';

/**
 * All in-memory state of one process (one app: one Deps), in one place. Everything else is in PostgreSQL,
 * so none of this decides correctness across processes: these are caches, meters and queues of this
 * process. Created empty with the Deps (runtime.ts; a test that wants "another process" gives its Deps a
 * new one); each field is filled on first use by the module named, which alone reads and writes it.
 * Only types are imported here (dependency-cruiser checks it), so this file adds no runtime dependencies.
 *
 * Not here, on purpose: state per request (botdefence.guard.ts keeps a request's keys in a WeakMap keyed
 * by the request) and per connection (db/pglite-pool.ts: the role set on a PGlite instance).
 */
export type ProcessState = {
  /** tenants.service: tenant contexts (with the unwrapped data key) by tenant id, for the life of the app. */
  tenants?: Map<string, TenantCtx>;
  /** tenants.service: tenant id by slug. */
  tenantSlugs?: Map<string, string>;
  /** booking.gate: slots found full (refused from memory for 2 s) and the gate of booking transactions. */
  bookingGuards?: { full: FullSlots; gate: Gate };
  /** booking.cache: free slots (2 s) and the availability feed (30 s), serialised. */
  readCaches?: PublicReadCaches;
  /** booking.batch: the booking requests of a slot waiting in line to be booked together. */
  bookingLines?: Lines<Pending, Booked>;
  /** waitingroom.guard: the public write rate per tenant (for the automatic switch). */
  waitingRoomMeters?: Map<string, LoadMeter>;
  /** waitingroom.tokens: the HMAC key of tickets and admission tokens, derived once from the master key. */
  waitingRoomKey?: string;
  /** waitingroom.service: the guard's copy of each tenant's waiting-room row (read at most every 500 ms). */
  waitingRoomStates?: Map<string, { readAt: number; state: GuardState }>;
  /** waitingroom.service: reads and switches under way, shared by the requests that come meanwhile. */
  waitingRoomUnderWay?: Map<string, Promise<unknown>>;
  /** dcc.service: opened signer private keys by tenant and signer id (a stored key never changes). */
  signerKeys?: Map<string, KeyObject>;
  /** notifications.transport: the SMTP transport (pooled connections). */
  mailer?: Mailer;
  /** jobs/outbox.worker: configuration warnings already logged once. */
  warned?: Set<string>;
  /** plugins/rate-limit: the exchange of rate-limit counts with the other processes (a timer while used). */
  rateShare?: RateShare;
};

/** A new, empty process state: one per Deps. */
export const newProcessState = (): ProcessState => ({});
