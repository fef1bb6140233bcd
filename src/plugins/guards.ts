import type { onRequestHookHandler, onSendHookHandler, preValidationHookHandler } from 'fastify';
import type { Deps } from '../context.js';
import { botDefenceLookupGuards, botDefenceWriteGuards } from '../modules/botdefence/botdefence.guard.js';
import { waitingRoomGuards } from '../modules/waitingroom/waitingroom.guard.js';

type Guards = { onRequest: onRequestHookHandler[]; preValidation: preValidationHookHandler[] };

/** What stands before a public write on peak days: the waiting room, then bot defence. */
export function publicWriteGuards(deps: Deps): Guards {
  const bots = botDefenceWriteGuards(deps);
  return { onRequest: [...waitingRoomGuards(deps), ...bots.onRequest], preValidation: bots.preValidation };
}

/** What stands before a look-up by booking code and birth date: guessing is limited (onSend sees wrong guesses). */
export function lookupGuards(deps: Deps): Guards & { onSend: onSendHookHandler[] } {
  return botDefenceLookupGuards(deps);
}
