/** Exponential back-off of a lock-out, in minutes: doubling from the base, capped. */
export type Backoff = { baseMinutes: number; maxMinutes: number };

/** Lock duration after the n-th failure (none below the threshold): shared by code look-ups and staff sign-ins. */
export function lockMinutes(failures: number, threshold: number, backoff: Backoff): number {
  if (failures < threshold) return 0;
  return Math.min(backoff.maxMinutes, backoff.baseMinutes * 2 ** Math.min(30, failures - threshold));
}
