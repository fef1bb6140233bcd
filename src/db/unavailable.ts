/*
 * The database going away (a restart, a failover, a minor upgrade, a network cut) is an outage of a
 * dependency, not a fault of the request that met it: requests answer 503 with Retry-After, background
 * jobs wait and try again, and the process lives on. This file tells such errors from the others and
 * logs an outage once, not once per connection or request.
 */

/** Seconds a client is asked to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_S = 5;

// SQLSTATEs: 08xxx connection exceptions, 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
// cannot_connect_now (starting up, shutting down, in recovery), 53300 too_many_connections.
const SQLSTATES = new Set(['08000', '08001', '08003', '08004', '08006', '08007', '08P01', '57P01', '57P02', '57P03', '53300']);
// Socket errors on connect or on a live connection (ENOTFOUND/EAI_AGAIN: the database's host name is gone, as
// when its container restarts).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres and pg-pool raise these as plain errors, without a code.
const MESSAGES = [
  /^Connection terminated/, // ... unexpectedly / ... due to connection timeout
  /^timeout exceeded when trying to connect$/, // pg-pool: no connection within connectionTimeoutMillis
  /is not queryable$/, // a client whose connection has failed
];

/** Whether err means "the database cannot be reached right now" (as opposed to a bad statement or bad data). */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (SQLSTATES.has(e.code) || SOCKET_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  // A connect to a name with several addresses fails with an AggregateError of the attempts.
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

type WarnLog = { warn: (obj: object, msg: string) => void; info?: (obj: object, msg: string) => void };

/**
 * One line when the database is lost (however many connections and requests notice) and one when it is
 * back. The line names the error code only: messages of connection errors carry no personal data today,
 * but a code is all an operator needs and cannot carry any.
 */
export class OutageLog {
  private down = false;

  constructor(
    private readonly log: WarnLog | undefined,
    private readonly what: string,
  ) {}

  /** A connection failed or was closed by the server. */
  lost(err: unknown) {
    if (this.down) return;
    this.down = true;
    const code = (err as { code?: unknown })?.code;
    this.log?.warn({ code: typeof code === 'string' ? code : undefined }, `${this.what}: database connection lost; retrying`);
  }

  /** A connection succeeded: if the database had been lost, say it is back. */
  back() {
    if (!this.down) return;
    this.down = false;
    (this.log?.info ?? this.log?.warn)?.call(this.log, {}, `${this.what}: database connection restored`);
  }
}
