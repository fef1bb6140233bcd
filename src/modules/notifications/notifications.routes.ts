import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../context.js';

/** Staff routes of notifications (print batches); filled in by the notifications module. */
export function notificationsRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
