import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../errors.js';

/**
 * A fixed-window limit per client address for one route, kept in this process's memory.
 * Enough for one process; several processes share the limit only approximately (each counts its own).
 */
export function rateLimit(opts: { limit: number; windowMs: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = Date.now();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const now = Date.now();
    if (now - lastSweep > opts.windowMs) {
      for (const [k, w] of windows) if (now - w.start >= opts.windowMs) windows.delete(k);
      lastSweep = now;
    }
    let w = windows.get(request.ip);
    if (!w || now - w.start >= opts.windowMs) windows.set(request.ip, (w = { start: now, count: 0 }));
    w.count++;
    reply.header('ratelimit-limit', opts.limit).header('ratelimit-remaining', Math.max(0, opts.limit - w.count));
    if (w.count > opts.limit) {
      const retry = Math.ceil((w.start + opts.windowMs - now) / 1000);
      reply.header('retry-after', retry);
      throw new Problem(429, 'Too many requests', `Please wait ${retry} seconds. This feed changes at most every 30 seconds.`, undefined, 'rate-limited');
    }
  };
}
