import type { Deps } from '../../context.js';

/**
 * Peak-day protection for the booking transaction, per process.
 *
 * When thousands of people rush one slot, all but its capacity are refused. Without help each refusal
 * costs a transaction: it queues for one of the pool's connections, then waits on the slot's row lock
 * behind the bookings that are taking the last places, only to find the slot full. Two things cut that:
 *
 * - FullSlots remembers slots this process found full (the conditional UPDATE took nothing and the row
 *   said booked = capacity), so later attempts are refused from memory. It can only refuse what the
 *   database refused a moment ago, never admit, so it cannot overbook; its cost is a place freed by
 *   another process showing up to `ttlMs` late (this process forgets a slot at once when it frees it).
 * - Gate lets at most as many booking transactions run as the pool has connections; the others wait
 *   here, in arrival order, and look at FullSlots again when their turn comes, instead of in the pool's
 *   queue, from which they would run a doomed transaction each.
 *
 * (The bookings of one slot queue on its row lock in PostgreSQL, which hands it on in order; the booking's
 * last statement goes out with its COMMIT, so the lock is held only while PostgreSQL finishes both.)
 */
export class FullSlots {
  private readonly noted = new Map<string, number>();

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly maxEntries = 10_000,
  ) {}

  static key(tenantId: string, slotId: string, product: string) {
    return `${tenantId}|${slotId}|${product}`;
  }

  /** Whether the slot was found full less than ttlMs ago. */
  has(key: string): boolean {
    const at = this.noted.get(key);
    if (at === undefined) return false;
    if (this.now() - at < this.ttlMs) return true;
    this.noted.delete(key);
    return false;
  }

  note(key: string) {
    this.noted.delete(key); // re-insert: the map's order is the order of noting, oldest first
    if (this.noted.size >= this.maxEntries) this.noted.delete(this.noted.keys().next().value!);
    this.noted.set(key, this.now());
  }

  /** A place in the slot was freed here (cancellation, move): it may have room again. */
  forget(tenantId: string, slotId: string) {
    const prefix = `${tenantId}|${slotId}|`;
    for (const k of this.noted.keys()) if (k.startsWith(prefix)) this.noted.delete(k);
  }
}

/** At most `capacity` tasks at a time; the others wait in arrival order. */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly capacity: number) {}

  get queued() {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.capacity) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the place straight to the next in line (running stays the same), or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** A caller waiting in a Lines line: what it asked for, and how to answer it. */
export type Waiting<I, R> = { item: I; resolve(r: R): void; reject(err: unknown): void };

/**
 * One line per key (a slot). The first caller opens the line and is served once the event loop has read
 * what else arrived with it (setImmediate: after the I/O callbacks of the current turn), together with
 * those; callers that arrive while a run is in progress wait and are served together (up to `maxBatch` at
 * a time) when it ends. Under a steady trickle every caller is served alone, a moment later; under a rush
 * on one slot, its bookings go in a few batches instead of one by one, each batch waiting once for the
 * slot's row lock and once per round trip, and at a rush a round trip waits for a whole turn of the event
 * loop, busy reading thousands of requests.
 */
export class Lines<I, R> {
  private readonly lines = new Map<string, Waiting<I, R>[]>();

  constructor(readonly maxBatch: number) {}

  /** How many callers wait to be served, over all lines. */
  get waiting() {
    let n = 0;
    for (const line of this.lines.values()) n += line.length;
    return n;
  }

  /** Serves item through `serve` (which must settle every caller it is given), in the line of `key`. */
  submit(key: string, item: I, serve: (batch: Waiting<I, R>[]) => Promise<void>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const w = { item, resolve, reject };
      const line = this.lines.get(key);
      if (line) {
        line.push(w);
        return;
      }
      const fresh: Waiting<I, R>[] = [w];
      this.lines.set(key, fresh);
      setImmediate(() => void this.run(key, fresh, serve));
    });
  }

  private async run(key: string, line: Waiting<I, R>[], serve: (batch: Waiting<I, R>[]) => Promise<void>) {
    while (line.length > 0) {
      const batch = line.splice(0, this.maxBatch);
      try {
        await serve(batch);
      } catch (err) {
        for (const w of batch) w.reject(err); // a caller already answered keeps its answer
      }
    }
    this.lines.delete(key);
  }
}

/** How long a slot found full is refused from memory: as long as the free-slots cache may show it stale. */
export const FULL_SLOT_TTL_MS = 2_000;

/** The memo and the gate of one app (kept in deps.state, like the read caches). */
export function bookingGuards(deps: Deps) {
  return (deps.state.bookingGuards ??= { full: new FullSlots(FULL_SLOT_TTL_MS), gate: new Gate(Math.max(1, deps.config.poolSize)) });
}
