import type { FastifyReply, FastifyRequest, onRequestHookHandler, onSendHookHandler, preValidationHookHandler } from 'fastify';
import type { Deps } from '../../context.js';
import { ctxOf } from '../../plugins/auth.js';
import { rateLimit, rateShare, tooManyRequests } from '../../plugins/rate-limit.js';
import { identityHash } from '../citizens/citizens.service.js';
import { isBookingOfContact } from '../citizens/citizens.repo.js';
import { sessionOf } from '../citizens/citizens.session.js';
import { bookingCodeHash } from '../../kernel/codes.js';
import { lockedProblem, lockedSeconds, lookupKeys, normalizeCode, recordFailure, resetFailures, type LookupKey } from './botdefence.lockout.js';
import { POW_HEADER, spendProof } from './botdefence.pow.js';

/** Rate limits (when config.rateLimits is on), counted over all processes (plugins/rate-limit.ts). */
export const LIMITS = {
  /** Registrations and bookings together, per client address. */
  writesPerAddress: { scope: 'writes-per-address', limit: 20, windowMs: 60_000 },
  /** Registrations and bookings together, per person (normalised names + birth date). */
  writesPerPerson: { scope: 'writes-per-person', limit: 5, windowMs: 10 * 60_000 },
  /** Look-ups, moves and cancellations by booking code, per client address. */
  lookupsPerAddress: { scope: 'lookups-per-address', limit: 60, windowMs: 60_000 },
  /** New proof-of-work challenges, per client address. */
  challengesPerAddress: { scope: 'challenges-per-address', limit: 60, windowMs: 60_000 },
};

/** The counters shared by all routes of one app (registration and booking count together). */
function counters(deps: Deps) {
  const share = rateShare(deps);
  return { writeAddress: share.counter(LIMITS.writesPerAddress), writePerson: share.counter(LIMITS.writesPerPerson) };
}

function limited(reply: FastifyReply, retryAfter: number, detail: string) {
  reply.header('retry-after', retryAfter);
  return tooManyRequests(detail);
}

/** The person named in a (not yet validated) registration or booking body, if it names one. */
function personOf(body: unknown): { givenName: string; familyName: string; birthDate: string } | null {
  const p = (body as { person?: Record<string, unknown> } | null)?.person;
  if (!p || typeof p !== 'object') return null;
  const { givenName, familyName, birthDate } = p;
  if (typeof givenName !== 'string' || typeof familyName !== 'string' || typeof birthDate !== 'string') return null;
  return { givenName, familyName, birthDate: birthDate.trim() };
}

type WriteGuards = { onRequest: onRequestHookHandler[]; preValidation: preValidationHookHandler[] };

/**
 * Hooks for public writes (registration, booking). onRequest: the per-address limit (before the body is read).
 * preValidation (after citizenAccess has set the tenant): the proof of work, then the per-person limit,
 * so only requests that carry work count against a person.
 */
export function botDefenceWriteGuards(deps: Deps): WriteGuards {
  const guards: WriteGuards = { onRequest: [], preValidation: [] };
  const { captcha, rateLimits } = deps.config;
  if (rateLimits) {
    const c = counters(deps);
    guards.onRequest.push(async (request: FastifyRequest, reply: FastifyReply) => {
      const w = c.writeAddress.hit(request.ip);
      if (w.limited) throw limited(reply, w.retryAfter, `Too many registrations or bookings from your connection. Please wait ${w.retryAfter} seconds.`);
    });
  }
  if (captcha.enabled) {
    guards.preValidation.push(async (request: FastifyRequest) => {
      await spendProof(deps, ctxOf(request).tenant.id, request.headers[POW_HEADER]);
    });
  }
  if (rateLimits) {
    const c = counters(deps);
    guards.preValidation.push(async (request: FastifyRequest, reply: FastifyReply) => {
      const person = personOf(request.body);
      if (!person) return; // validation answers 422
      const ctx = ctxOf(request);
      const tenant = ctx.tenant;
      // Under a verified contact, the person is that contact's own: a stranger's tries under another contact
      // must not use up the real person's limit.
      const owner = sessionOf(ctx)?.contactHash.toString('base64') ?? '';
      const w = c.writePerson.hit(`${tenant.id}:${identityHash(tenant, person).toString('base64')}:${owner}`);
      if (w.limited) throw limited(reply, w.retryAfter, `Too many registrations or bookings for this person. Please wait ${w.retryAfter} seconds.`);
    });
  }
  return guards;
}

type LookupGuards = { onRequest: onRequestHookHandler[]; preValidation: preValidationHookHandler[]; onSend: onSendHookHandler[] };

/** The lock-out keys of a look-up request, from preValidation to onSend. */
const keysOf = new WeakMap<FastifyRequest, { tenantId: string; code: LookupKey; address: LookupKey }>();

/**
 * Hooks for look-ups by booking code + birth date: a per-address limit; a lock-out with back-off per booking code
 * and per address after wrong guesses (429 with Retry-After while locked, even for the right birth date).
 * A wrong birth date is the service's 404, seen in onSend (before the answer leaves, so the next guess sees it).
 */
export function botDefenceLookupGuards(deps: Deps): LookupGuards {
  if (!deps.config.rateLimits) return { onRequest: [], preValidation: [], onSend: [] };
  return {
    onRequest: [rateLimit(deps, { ...LIMITS.lookupsPerAddress, hint: 'Too many look-ups from your connection.' })],
    preValidation: [
      async (request: FastifyRequest, reply: FastifyReply) => {
        const code = (request.params as { bookingCode?: unknown } | undefined)?.bookingCode;
        if (typeof code !== 'string') return;
        const ctx = ctxOf(request);
        const tenantId = ctx.tenant.id;
        // The person's own verified contact gets through a lock-out a stranger caused (and its typos lock nothing).
        const session = sessionOf(ctx);
        if (session && (await deps.db.withTenant(tenantId, (trx) => isBookingOfContact(trx, bookingCodeHash(ctx.tenant, normalizeCode(code)), session.contactHash)))) return;
        const keys = lookupKeys(deps, code, request.ip);
        const seconds = await lockedSeconds(deps, tenantId, [keys.code, keys.address]);
        if (seconds) {
          reply.header('retry-after', seconds);
          throw lockedProblem(seconds);
        }
        keysOf.set(request, { tenantId, ...keys });
      },
    ],
    onSend: [
      async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        const keys = keysOf.get(request);
        if (!keys) return payload;
        keysOf.delete(request);
        const status = reply.statusCode;
        if (status === 404) await recordFailure(deps, keys.tenantId, [keys.code, keys.address]);
        else if (status < 300 || status === 409) await resetFailures(deps, keys.tenantId, keys.code);
        return payload;
      },
    ],
  };
}
