import type { Deps } from '../../context.js';

type Entry<T> = { at: number; value: T };

/**
 * A short-lived in-process cache for hot public reads (free slots, the availability feed). Entries live
 * `ttlMs` at most and are dropped at once when a booking, cancellation or move in this process touches
 * their center and product; other processes' changes show after the TTL at the latest.
 */
export class ReadCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 5_000,
  ) {}

  /** The cached value, or the loader's (which is then cached). Concurrent misses share one load. */
  async get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const p = load().finally(() => this.loading.delete(key));
    this.loading.set(key, p);
    const value = await p;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: Date.now(), value });
    return value;
  }
  private readonly loading = new Map<string, Promise<T>>();

  /** Drops every entry whose key starts with `prefix`. */
  invalidate(prefix: string) {
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) this.entries.delete(k);
  }
}

/** A serialised JSON answer and its ETag (see booking.service.ts). */
type Cached = { body: Buffer; etag: string };
export type PublicReadCaches = { slots: ReadCache<Cached>; feed: ReadCache<Cached> };
const caches = new WeakMap<Deps, PublicReadCaches>();

/** The read caches of one app (one per Deps, so tests and processes do not share them). */
export function readCaches(deps: Deps): PublicReadCaches {
  let c = caches.get(deps);
  if (!c) caches.set(deps, (c = { slots: new ReadCache(2_000), feed: new ReadCache(30_000, 100) }));
  return c;
}

/** The cache key of a free-slots query; product before center, so a product can be dropped everywhere. */
export const slotsKey = (tenantId: string, q: { centerId: string; product: string; from: string; to: string }) =>
  `${tenantId}|${q.product}|${q.centerId}|${q.from}|${q.to}`;

/**
 * Forgets what this process cached about a product at some centers (after a write committed), or at all
 * centers (centerId null: a booking attempt just found the cached view stale).
 */
export function invalidateReads(deps: Deps, tenantId: string, touched: { centerId: string | null; product: string }[]) {
  const c = readCaches(deps);
  for (const t of touched) c.slots.invalidate(`${tenantId}|${t.product}|${t.centerId ?? ''}`);
  if (touched.length) c.feed.invalidate(`${tenantId}|`);
}
