import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../context.js';

/** Machine-client routes of the population register; filled in by the register module. */
export function registerRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
