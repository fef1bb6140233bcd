import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { demoAccountsLive } from '../../config.js';
import { STAFF_ROLES, type Deps } from '../../context.js';
import { ctxOf, SESSION_COOKIE, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { SignInLocked } from './staff.lockout.js';
import { PASSWORD_POLICY } from './staff.password.js';
import { changePassword, signIn, signOut, signOutEverywhere } from './staff.service.js';

const User = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(STAFF_ROLES),
  centerId: z.string().nullable(),
});
const SessionView = z.object({
  user: User,
  csrfToken: z.string(),
  /** Demo accounts with a published password can sign in on this (PostgreSQL) server: the console warns. */
  demoAccounts: z.boolean(),
});

/** Runs a handler; a lock-out answers with Retry-After (seconds). */
async function withRetryAfter<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SignInLocked) reply.header('retry-after', String(err.retryAfter));
    throw err;
  }
}

/** Staff sign-in with server-side sessions in an HttpOnly, SameSite=Strict cookie. */
export function staffRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['staff sign-in'];

    r.post('/api/v1/auth/login', {
      schema: {
        querystring: NoQuery,
        tags,
        summary: 'Sign in with e-mail and password',
        body: z.strictObject({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) }),
        response: { 200: SessionView, 401: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema },
      },
      handler: async (req, reply) => {
        const meta = { route: 'POST /api/v1/auth/login', requestId: req.id, address: req.ip };
        const s = await withRetryAfter(reply, () => signIn(deps, req.body.email, req.body.password, meta));
        reply.setCookie(SESSION_COOKIE, s.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: deps.config.cookieSecure,
          path: '/',
          // A lifetime, not an end date: the browser counts it on its own clock, so a device (or server) whose
          // clock is off does not drop the session early or keep it late. The server checks expires_at alone.
          maxAge: deps.config.sessionHours * 3600,
        });
        return { user: s.user, csrfToken: s.csrfToken, demoAccounts: demoAccountsLive(deps.config) };
      },
    });

    r.get('/api/v1/auth/me', {
      onRequest: staffAccess(deps, 'session.own'),
      schema: {
        querystring: NoQuery, tags, summary: 'The signed-in staff member and the CSRF token for writes', response: { 200: SessionView, 401: ProblemSchema } },
      handler: async (req) => {
        const ctx = ctxOf(req);
        return { user: req.staffUser!, csrfToken: ctx.actor.type === 'staff' ? ctx.actor.csrfToken : '', demoAccounts: demoAccountsLive(deps.config) };
      },
    });

    r.post('/api/v1/auth/logout', {
      onRequest: staffAccess(deps, 'session.own'),
      schema: {
        querystring: NoQuery, tags, summary: 'Sign out (revokes the session)', response: { 204: z.null(), 401: ProblemSchema, 403: ProblemSchema } },
      handler: async (req, reply) => {
        await signOut(deps, ctxOf(req));
        return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send(null);
      },
    });

    r.post('/api/v1/staff/me/password', {
      onRequest: staffAccess(deps, 'session.own'),
      schema: {
        querystring: NoQuery,
        tags,
        summary: 'Change the signed-in user\'s password (other sessions of the user are revoked)',
        description:
          `The new password needs ${PASSWORD_POLICY.minLength} to ${PASSWORD_POLICY.maxLength} characters and may not be on the list of ` +
          'common or breached passwords (problem types password-too-short, password-too-long, password-breached, field newPassword). ' +
          'A wrong current password (current-password-wrong) counts towards the sign-in lock-out; while locked: 429 with Retry-After.',
        body: z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().max(1024) }),
        response: { 204: z.null(), 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema },
      },
      handler: async (req, reply) => {
        await withRetryAfter(reply, () => changePassword(deps, ctxOf(req), req.body, req.ip));
        reply.status(204).send(null);
      },
    });

    r.delete('/api/v1/staff/me/sessions', {
      onRequest: staffAccess(deps, 'session.own'),
      schema: {
        querystring: NoQuery, tags, summary: 'Sign out everywhere: revoke every session of the signed-in user, this one included', response: { 204: z.null(), 401: ProblemSchema, 403: ProblemSchema } },
      handler: async (req, reply) => {
        await signOutEverywhere(deps, ctxOf(req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send(null);
      },
    });
  };
}
