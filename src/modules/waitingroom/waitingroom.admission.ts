/**
 * The admission arithmetic of the waiting room, as pure functions over the stored counter
 * (no I/O, no clock of its own), so every process computes the same answer from the same row.
 *
 * Tickets are numbered 1, 2, 3, ... in arrival order (`issued` is the last number handed out).
 * Every ticket with a number <= `admitted` is in. Admissions are allowed at `rate` per minute:
 * by time t, `floor((t - epoch) * rate / 60 s) + BURST` admissions may have happened since `epoch`;
 * `count` of them have. Integer milliseconds throughout, so the result is exact (no drift).
 * Capacity only accrues while people wait: a visitor who finds the queue empty re-bases the epoch,
 * so an idle room cannot bank admissions and let a later crowd in all at once.
 */
export type Counter = { issued: number; admitted: number; epochMs: number; count: number };

/** Admissions that may happen at once in an idle room (the first visitor does not wait). */
export const BURST = 1;
const MINUTE_MS = 60_000;

/** Admissions allowed since the epoch by `nowMs`. */
export function allowed(c: Counter, nowMs: number, rate: number): number {
  return Math.floor((Math.max(0, nowMs - c.epochMs) * rate) / MINUTE_MS) + BURST;
}

/** Admits the next waiting tickets in order, as many as the rate allows by now. */
export function advance(c: Counter, nowMs: number, rate: number): Counter {
  const pending = c.issued - c.admitted;
  if (pending <= 0) return c;
  const k = Math.max(0, Math.min(allowed(c, nowMs, rate) - c.count, pending));
  return k === 0 ? c : { ...c, admitted: c.admitted + k, count: c.count + k };
}

/** A new arrival: re-bases an idle room, takes the next number, then admits what the rate allows. */
export function join(c: Counter, nowMs: number, rate: number): { counter: Counter; seq: number } {
  let next = c;
  if (c.issued === c.admitted && allowed(c, nowMs, rate) - c.count > BURST) next = { ...c, epochMs: nowMs, count: 0 };
  next = { ...next, issued: next.issued + 1 };
  return { counter: advance(next, nowMs, rate), seq: next.issued };
}

/** Milliseconds from `nowMs` until ticket `seq` is admitted (0 if it is in). */
export function waitMs(c: Counter, seq: number, nowMs: number, rate: number): number {
  if (seq <= c.admitted) return 0;
  const needed = c.count + (seq - c.admitted) - BURST; // floor((t - epoch) * rate / 1 min) must reach this
  const at = c.epochMs + Math.ceil((needed * MINUTE_MS) / rate);
  return Math.max(0, at - nowMs);
}

/** How long a waiting visitor should wait before asking again: often when close, rarely when far. */
export function pollAfterSeconds(waitSeconds: number): number {
  if (waitSeconds <= 5) return Math.max(1, waitSeconds);
  return Math.min(30, Math.max(5, Math.round(waitSeconds / 5)));
}
