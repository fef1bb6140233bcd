import type { Deps } from '../context.js';

/** Starts delivering the outbox in the background; filled in by the notifications module. */
export function startOutboxWorker(_deps: Deps): { stop(): Promise<void> } {
  return { async stop() {} };
}
