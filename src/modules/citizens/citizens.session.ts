import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CitizenSession, Deps, RequestCtx, TenantCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { conflict, Problem, unprocessable } from '../../errors.js';
import { sha256 } from '../../lib/crypto.js';
import * as repo from './citizens.repo.js';
import type { PersonInput } from '../../kernel/person.js';
import { emailHash, phoneHash } from './citizens.service.js';

/** A session ends after this long without a request, and after SESSION_MAX_MS in any case. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_MAX_MS = 2 * 3600_000;
/** People one contact may act for (as India's CoWIN allowed per mobile number). */
export const MAX_PEOPLE_PER_CONTACT = 4;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 401: registration and booking need a verified contact (the same answer whatever the body says). */
export const verificationRequired = (ended = false) =>
  new Problem(
    401,
    'Unauthorized',
    ended
      ? 'Your session has ended. Verify your e-mail address or mobile number again (POST /api/v1/public/verifications).'
      : 'Verify your e-mail address or mobile number first (POST /api/v1/public/verifications), then send the token as "Authorization: Bearer <token>".',
    undefined,
    'verification-required',
  );

export const tooManyPeople = () =>
  conflict(`One e-mail address or mobile number can be used for at most ${MAX_PEOPLE_PER_CONTACT} people. Please use another contact for further people, or call the hotline.`, 'too-many-people');

/**
 * The token of an `Authorization: Bearer <token>` header ('' when it is malformed); null without one, or
 * with another scheme (HTTP authentication of a proxy in front is not a citizen's token).
 */
export function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  if (typeof h !== 'string' || !/^Bearer(\s|$)/i.test(h)) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : '';
}

/** The live session of a token, in the tenant (a token of another tenant is unknown here). */
export async function resolveCitizenSession(deps: Deps, tenant: TenantCtx, token: string): Promise<CitizenSession | null> {
  if (!TOKEN.test(token)) return null;
  const row = await deps.db.withTenant(tenant.id, (trx) => repo.liveSession(trx, { tokenHash: sha256(token), now: deps.clock.now(), idleMs: SESSION_IDLE_MS }));
  if (!row) return null;
  return {
    id: row.id,
    channel: row.channel,
    contactHash: Buffer.from(row.contact_hash),
    contact: tenant.cipher.decrypt(row.channel === 'email' ? 'email' : 'phone', row.contact),
  };
}

/**
 * onRequest hook after citizenAccess: the citizen's session from `Authorization: Bearer <token>`. A token that
 * is not (or no longer) valid is a 401; without one, `required` routes answer 401 while verification is on,
 * and the others go on without a session (look-ups by code and birth date).
 */
export function citizenSession(deps: Deps, mode: 'required' | 'optional') {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const ctx = request.ctx;
    if (!ctx) throw new Error(`route ${request.routeOptions.url}: citizenSession needs citizenAccess first`);
    const token = bearer(request);
    if (token === null) {
      if (mode === 'required' && deps.config.citizenVerification) throw verificationRequired();
      return;
    }
    const session = await resolveCitizenSession(deps, ctx.tenant, token);
    if (!session) throw verificationRequired(true);
    ctx.actor = { type: 'citizen', id: null, session };
  };
}

/** The citizen's session, if the request came with one. */
export const sessionOf = (ctx: RequestCtx): CitizenSession | undefined => (ctx.actor.type === 'citizen' ? ctx.actor.session : undefined);

/**
 * The session that registration and booking act under: with verification on, a citizen must have one (the
 * route's hook makes sure; this is the service's own check). Staff and machines act without.
 */
export function actingSession(deps: Deps, ctx: RequestCtx): CitizenSession | undefined {
  if (!deps.config.citizenVerification || ctx.actor.type !== 'citizen') return undefined;
  if (!ctx.actor.session) throw verificationRequired();
  return ctx.actor.session;
}

/**
 * The person as given, with the session's contact as their contact: the body may repeat the verified contact
 * but not name another (that one is not verified), which is a 422 naming the field.
 */
export function personUnderSession<P extends PersonInput>(tenant: TenantCtx, session: CitizenSession, p: P, prefix = 'person.'): P {
  const errors = [];
  if (p.email !== undefined && !(session.channel === 'email' && emailHash(tenant, p.email).equals(session.contactHash))) {
    errors.push({ field: `${prefix}email`, message: 'Only the e-mail address you verified can be given here. Leave it out, or verify this address first.' });
  }
  if (p.phone !== undefined && !(session.channel === 'sms' && phoneHash(tenant, p.phone).equals(session.contactHash))) {
    errors.push({ field: `${prefix}phone`, message: 'Only the mobile number you verified can be given here. Leave it out, or verify this number first.' });
  }
  if (errors.length) throw unprocessable(errors);
  const { email: _e, phone: _p, ...rest } = p;
  return { ...rest, ...(session.channel === 'email' ? { email: session.contact } : { phone: session.contact }) } as P;
}

/** Masks a contact for display: "a***@example.org", "***67". */
export function maskContact(channel: 'email' | 'sms', contact: string): string {
  if (channel === 'email') {
    const [local, domain] = contact.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  const digits = contact.replace(/\D/g, '');
  return `***${digits.slice(-2)}`;
}

/**
 * Whether the caller may see a booking's security code (and the certificates behind it): staff; anyone
 * while verification is off (the API of before); else only a citizen whose verified contact is the
 * person's contact on file. Code and birth date alone view, move and cancel, nothing more.
 */
export async function mayActForPerson(deps: Deps, trx: Tx, ctx: RequestCtx, personId: string): Promise<boolean> {
  if (ctx.actor.type === 'staff' || !deps.config.citizenVerification) return true;
  const session = sessionOf(ctx);
  return !!session && (await repo.isPersonOfContact(trx, personId, session.contactHash));
}

