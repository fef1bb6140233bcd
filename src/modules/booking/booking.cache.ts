import type { Deps } from '../../context.js';

type Entry<T> = { at: number; value: T };
type Load<T> = { value: Promise<T>; stale: boolean };

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
    if (pending) return pending.value;
    const run: Load<T> = { value: load(), stale: false };
    this.loading.set(key, run);
    try {
      const value = await run.value;
      // A write committed while this load ran: what it read may predate the write, so it answers its callers only.
      if (!run.stale) {
        if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { at: Date.now(), value });
      }
      return value;
    } finally {
      if (this.loading.get(key) === run) this.loading.delete(key);
    }
  }
  private readonly loading = new Map<string, Load<T>>();

  /** Drops every entry whose key starts with `prefix`, and keeps loads of such keys already running from being cached. */
  invalidate(prefix: string) {
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) this.entries.delete(k);
    for (const [k, run] of this.loading) {
      if (!k.startsWith(prefix)) continue;
      run.stale = true;
      this.loading.delete(k); // later callers start a fresh load instead of joining one that may have read before the write
    }
  }
}

/** One form of a cached answer: its bytes, the strong ETag of exactly these bytes, and their content-encoding. */
export type Variant = { body: Buffer; etag: string; encoding: 'gzip' | null };
/**
 * A serialised JSON answer and, when it is big enough to be worth it, its gzip form, built in the same
 * fill so that the two cannot disagree or outlive each other (see booking.service.ts).
 */
export type Cached = Variant & { gzip: Variant | null };
export type PublicReadCaches = { slots: ReadCache<Cached>; feed: ReadCache<Cached> };
/** The read caches of one app (in deps.state, so tests and processes do not share them). */
export function readCaches(deps: Deps): PublicReadCaches {
  return (deps.state.readCaches ??= { slots: new ReadCache(2_000), feed: new ReadCache(30_000, 100) });
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

/**
 * The q-value the Accept-Encoding header gives gzip, and the one it gives identity if it names it (or `*`);
 * RFC 9110 12.5.3: an explicit coding beats `*`, and q=0 means "not acceptable".
 */
function encodingWeights(header: string) {
  let gzip: number | undefined;
  let identity: number | undefined;
  let star: number | undefined;
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=');
      if (k.trim().toLowerCase() === 'q') q = Number(v?.trim());
    }
    if (!Number.isFinite(q) || q < 0 || q > 1) continue; // a malformed weight: ignore the entry rather than guess
    // Repeated entries: take the highest, so a duplicate cannot take away what the other one allows.
    if (coding === 'gzip' || coding === 'x-gzip') gzip = Math.max(gzip ?? 0, q);
    else if (coding === 'identity') identity = Math.max(identity ?? 0, q);
    else if (coding === '*') star = Math.max(star ?? 0, q);
  }
  return { gzip: gzip ?? star ?? 0, identity: identity ?? star };
}

/** Whether a request with this Accept-Encoding may be answered with gzip (and prefers it to plain bytes). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const w = encodingWeights(header);
  // Only a client that explicitly weighs identity above gzip gets plain bytes; a tie goes to the smaller body.
  return w.gzip > 0 && (w.identity === undefined || w.gzip >= w.identity);
}

/** Whether If-None-Match names this ETag (a list, `*`, or weak forms: RFC 9110 13.1.2 uses weak comparison). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => (t.startsWith('W/') ? t.slice(2) : t);
  const want = strip(etag);
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || strip(tag) === want;
  });
}

/** The form of a cached answer to send for this Accept-Encoding. */
export function pickVariant(cached: Cached, acceptEncoding: string | undefined): Variant {
  return cached.gzip && acceptsGzip(acceptEncoding) ? cached.gzip : cached;
}
