import type { Actor } from '../context.js';
import { forbidden } from '../errors.js';
import { can, outOfScope, roleCan, type Capability, type Target } from './policy.js';

/**
 * Throws 403 unless a staff actor may use the capability on the target (policy.ts). Other actors pass:
 * citizens prove themselves per request (booking code and birth date, tokens), machine clients by their
 * API key's scopes, and the command line and jobs act for the operator.
 */
export function assertCan(actor: Actor, capability: Capability, target?: Target): void {
  if (actor.type !== 'staff' || can(actor, capability, target)) return;
  if (roleCan(actor.role, capability) && outOfScope(actor, capability, target) === 'scope') throw forbidden('You work at another center.');
  throw forbidden();
}
