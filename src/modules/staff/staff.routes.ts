import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { ctxOf, SESSION_COOKIE, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { signIn, signOut } from './staff.service.js';

const User = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  centerId: z.string().nullable(),
});
const SessionView = z.object({ user: User, csrfToken: z.string() });

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
        response: { 200: SessionView, 401: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        const s = await signIn(deps, req.body.email, req.body.password, { route: 'POST /api/v1/auth/login', requestId: req.id });
        reply.setCookie(SESSION_COOKIE, s.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: deps.config.cookieSecure,
          path: '/',
          // A lifetime, not an end date: the browser counts it on its own clock, so a device (or server) whose
          // clock is off does not drop the session early or keep it late. The server checks expires_at alone.
          maxAge: deps.config.sessionHours * 3600,
        });
        return { user: s.user, csrfToken: s.csrfToken };
      },
    });

    r.get('/api/v1/auth/me', {
      onRequest: staffAccess(deps),
      schema: {
        querystring: NoQuery, tags, summary: 'The signed-in staff member and the CSRF token for writes', response: { 200: SessionView, 401: ProblemSchema } },
      handler: async (req) => {
        const ctx = ctxOf(req);
        return { user: req.staffUser!, csrfToken: ctx.actor.type === 'staff' ? ctx.actor.csrfToken : '' };
      },
    });

    r.post('/api/v1/auth/logout', {
      onRequest: staffAccess(deps),
      schema: {
        querystring: NoQuery, tags, summary: 'Sign out (revokes the session)', response: { 204: z.null(), 401: ProblemSchema, 403: ProblemSchema } },
      handler: async (req, reply) => {
        await signOut(deps, ctxOf(req));
        return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send(null);
      },
    });
  };
}
