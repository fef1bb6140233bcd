import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Deps } from '../context.js';
import { Problem, type ProblemCode } from '../errors.js';

/**
 * Fixed-window counters per key (a client address, a person's keyed hash); a key's window starts with its
 * first hit. Counted in memory and (through RateShare) added up over all processes about once a second:
 * a key is limited when this process's hits plus what the others had counted at the last exchange pass
 * the limit, and every process takes the window of the first one that counted the key.
 */
export class FixedWindows {
  private readonly windows = new Map<string, { start: number; count: number; others: number; unshared: number }>();
  private lastSweep = Date.now();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one hit for key; answers whether it is over the limit and when the window ends. */
  hit(key: string, now = Date.now()): { count: number; remaining: number; limited: boolean; retryAfter: number } {
    if (now - this.lastSweep > this.windowMs) {
      for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
      this.lastSweep = now;
    }
    let w = this.windows.get(key);
    // A new window; hits of the old one not yet shared are dropped with it (they no longer limit anyone).
    if (!w || now - w.start >= this.windowMs) this.windows.set(key, (w = { start: now, count: 0, others: 0, unshared: 0 }));
    w.count++;
    w.unshared++;
    const count = w.count + w.others;
    return {
      count,
      remaining: Math.max(0, this.limit - count),
      limited: count > this.limit,
      retryAfter: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)),
    };
  }

  /**
   * The hits not yet shared, per key, with the start of their window; marks them shared. Keys without new
   * hits come too (0) while their window lasts and they have used a quarter of their limit, so that what
   * the other processes count keeps being learned where it may soon matter.
   */
  takeUnshared(now = Date.now()): { key: string; start: number; hits: number }[] {
    const out: { key: string; start: number; hits: number }[] = [];
    for (const [key, w] of this.windows) {
      const watched = now - w.start < this.windowMs && (w.count + w.others) * 4 >= this.limit;
      if (w.unshared === 0 && !watched) continue;
      out.push({ key, start: w.start, hits: w.unshared });
      w.unshared = 0;
    }
    return out;
  }

  /**
   * All processes together have counted `total` hits for key in the shared window starting at `sharedStart`,
   * in answer to the hits sent from the window starting at `sentStart` (ignored if that window has ended).
   */
  learn(key: string, sentStart: number, sharedStart: number, total: number) {
    const w = this.windows.get(key);
    if (!w || w.start !== sentStart) return;
    w.start = sharedStart;
    w.others = Math.max(0, total - (w.count - w.unshared));
  }
}

/** How often each process adds its hits to the shared counts and reads back the totals. */
export const RATE_EXCHANGE_MS = 1_000;
/** Shared windows that began longer ago than this (past the longest window) are deleted. */
const RATE_KEEP_MS = 60 * 60_000;

/**
 * The exchange of one app's counters with the other processes (one per Deps): every RATE_EXCHANGE_MS, the
 * hits counted since the last exchange go to PostgreSQL in one statement, which returns the totals of all
 * processes. A limit is thus shared at most one exchange late; until then each process counts on its own,
 * as before. Keys leave the process only as keyed hashes.
 */
export class RateShare {
  private readonly counters = new Map<string, FixedWindows>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private readonly hmacKey: string;
  private prunedAt = 0;
  /** The last exchange failed (the database is away): warned once, quiet until one succeeds. */
  private failing = false;

  constructor(private readonly deps: Deps) {
    this.hmacKey = deps.keys.derive('rate-limit');
  }

  /** The counter of a scope, shared with the other processes (routes that name the same scope share one). */
  counter(o: Limit): FixedWindows {
    let c = this.counters.get(o.scope);
    if (!c) {
      this.counters.set(o.scope, (c = new FixedWindows(o.limit, o.windowMs)));
      this.start();
    }
    return c;
  }

  private start() {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.exchange().finally(() => (this.running = null));
    }, RATE_EXCHANGE_MS);
    this.timer.unref(); // never keeps a process alive
  }

  /** Stops exchanging (the app closes); waits for an exchange under way. */
  async stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Sends the hits counted here since the last exchange and learns the totals; logs and goes on when the database fails. */
  async exchange(): Promise<void> {
    const rows: { scope: string; counter: FixedWindows; key: string; hash: Buffer; start: number; hits: number }[] = [];
    for (const [scope, counter] of this.counters) {
      for (const u of counter.takeUnshared()) rows.push({ scope, counter, ...u, hash: createHmac('sha256', this.hmacKey).update(`${scope}\0${u.key}`).digest() });
    }
    const now = Date.now();
    try {
      if (rows.length) {
        const totals = await sql<{ scope: string; key_hash: Buffer; window_start: Date; hits: number }>`
          select * from app_rate_exchange(${rows.map((r) => r.scope)}::text[],
            array(select decode(h, 'hex') from unnest(${rows.map((r) => r.hash.toString('hex'))}::text[]) as h),
            ${rows.map((r) => new Date(r.start).toISOString())}::timestamptz[], ${rows.map((r) => r.counter.windowMs)}::int[],
            ${rows.map((r) => r.hits)}::int[])`.execute(this.deps.db.app);
        const byHash = new Map(rows.map((r) => [`${r.scope}\0${r.hash.toString('hex')}`, r]));
        for (const t of totals.rows) {
          const r = byHash.get(`${t.scope}\0${Buffer.from(t.key_hash).toString('hex')}`);
          r?.counter.learn(r.key, r.start, new Date(t.window_start).getTime(), t.hits);
        }
      }
      if (now - this.prunedAt > RATE_KEEP_MS) {
        this.prunedAt = now;
        await sql`select app_rate_prune(${new Date(now - RATE_KEEP_MS)})`.execute(this.deps.db.app);
      }
      if (this.failing) this.deps.log.info({}, 'rate limits: exchanging with the other processes again');
      this.failing = false;
    } catch (err) {
      // Once per outage (the exchange runs every second), with the code only: go on counting alone.
      const e = err as { code?: string };
      if (!this.failing) this.deps.log.warn({ code: e?.code }, 'rate limits: exchange with the other processes failed; counting alone');
      this.failing = true;
    }
  }
}

/** The counter exchange of one app (created on first use, kept in deps.state; stopped when the app closes, see app.ts). */
export function rateShare(deps: Deps): RateShare {
  return (deps.state.rateShare ??= new RateShare(deps));
}

/** 429 problem; the caller sets Retry-After. */
export const tooManyRequests = (detail: string, code: ProblemCode = 'rate-limited') => new Problem(429, 'Too many requests', detail, undefined, code);

/** A limit: at most `limit` hits per key in `windowMs`, counted under `scope` (the same name in every process). */
export type Limit = { scope: string; limit: number; windowMs: number };

export type RateLimitOptions = Limit & {
  /** Added to the 429 detail after "Please wait N seconds." */
  hint?: string;
};

/** A hook (onRequest or preValidation) limiting each client address on one route with a fixed window; nothing when deps.config.rateLimits is off. */
export function rateLimit(deps: Deps, opts: RateLimitOptions) {
  // Off: a callback hook that does nothing costs less than an async one (no promise per request).
  if (!deps.config.rateLimits) return (_request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => done();
  const windows = rateShare(deps).counter(opts);
  return (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    const w = windows.hit(request.ip);
    reply.header('ratelimit-limit', opts.limit).header('ratelimit-remaining', w.remaining);
    if (!w.limited) return done();
    reply.header('retry-after', w.retryAfter);
    done(tooManyRequests(`Please wait ${w.retryAfter} seconds.${opts.hint ? ` ${opts.hint}` : ''}`));
  };
}
