import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../errors.js';

/**
 * Fixed-window counters per key (a client address, a person's keyed hash), kept in this process's memory.
 * Enough for one process; several processes share a limit only approximately (each counts its own).
 */
export class FixedWindows {
  private readonly windows = new Map<string, { start: number; count: number }>();
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
    if (!w || now - w.start >= this.windowMs) this.windows.set(key, (w = { start: now, count: 0 }));
    w.count++;
    return {
      count: w.count,
      remaining: Math.max(0, this.limit - w.count),
      limited: w.count > this.limit,
      retryAfter: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)),
    };
  }
}

/** 429 problem; the caller sets Retry-After. */
export const tooManyRequests = (detail: string) => new Problem(429, 'Too many requests', detail, undefined, 'rate-limited');

export type RateLimitOptions = {
  /** config.rateLimits: when false the hook does nothing (tests, benchmarks). */
  enabled: boolean;
  limit: number;
  windowMs: number;
  /** Added to the 429 detail after "Please wait N seconds." */
  hint?: string;
};

/** A hook (onRequest or preValidation) limiting each client address on one route with a fixed window. */
export function rateLimit(opts: RateLimitOptions) {
  // Off: a callback hook that does nothing costs less than an async one (no promise per request).
  if (!opts.enabled) return (_request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => done();
  const windows = new FixedWindows(opts.limit, opts.windowMs);
  return (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    const w = windows.hit(request.ip);
    reply.header('ratelimit-limit', opts.limit).header('ratelimit-remaining', w.remaining);
    if (!w.limited) return done();
    reply.header('retry-after', w.retryAfter);
    done(tooManyRequests(`Please wait ${w.retryAfter} seconds.${opts.hint ? ` ${opts.hint}` : ''}`));
  };
}
