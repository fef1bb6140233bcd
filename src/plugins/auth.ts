import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps, RequestCtx, TenantCtx } from '../context.js';
import { forbidden, Problem, unauthorized } from '../errors.js';
import { roleCan, type Capability } from '../kernel/policy.js';
import { safeEqual } from '../lib/crypto.js';
import { resolveSession, type StaffUser } from '../modules/staff/staff.service.js';
import { loadedTenant, tenantBySlug } from '../modules/tenants/tenants.service.js';

export const SESSION_COOKIE = 'vaxops_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestCtx | null;
    staffUser: StaffUser | null;
  }
  interface FastifyInstance {
    /** Every route with the capabilities its staffAccess hooks declare (empty: not a staff route). */
    routeAccess: { method: string; url: string; capabilities: Capability[] }[];
  }
}

/** Adds the per-request access context; routes opt in with citizenAccess or staffAccess. */
export function installAuth(app: FastifyInstance) {
  app.decorateRequest('ctx', null);
  app.decorateRequest('staffUser', null);
  const routes: FastifyInstance['routeAccess'] = [];
  app.decorate('routeAccess', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, capabilities: capabilitiesOf(route.onRequest) });
  });
}

const routeOf = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url ?? ''}`;

/** onRequest hook for public routes: acts for the tenant named in X-Vaxops-Tenant, or the configured default. */
export function citizenAccess(deps: Deps) {
  const set = (request: FastifyRequest, tenant: TenantCtx) => {
    request.ctx = { tenant, actor: { type: 'citizen', id: null }, route: routeOf(request), requestId: request.id };
  };
  // A callback hook: public reads are the busiest requests, and their tenant is almost always loaded
  // already, so most requests pass without a promise.
  return (request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => {
    const header = request.headers['x-vaxops-tenant'];
    const slug = typeof header === 'string' && header ? header : deps.config.defaultTenant;
    const loaded = loadedTenant(deps, slug);
    if (loaded) {
      set(request, loaded);
      return done();
    }
    tenantBySlug(deps, slug).then((tenant) => {
      set(request, tenant);
      done();
    }, done);
  };
}

/**
 * onRequest hook for staff routes: a live session whose role has the capability (kernel/policy.ts), and on
 * writes the session's CSRF token in the X-CSRF-Token header. A center-scoped capability's center is checked
 * by the service (assertCan), which knows the center the request acts on.
 */
export function staffAccess(deps: Deps, capability: Capability) {
  const hook = async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(deps, token) : null;
    if (!session) throw unauthorized();
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new Problem(403, 'Forbidden', 'Missing or wrong CSRF token (X-CSRF-Token header).', undefined, 'csrf');
      }
    }
    if (!roleCan(session.user.role, capability)) throw forbidden();
    request.staffUser = session.user;
    request.ctx = {
      tenant: session.tenant,
      actor: {
        type: 'staff',
        id: session.user.id,
        role: session.user.role,
        centerId: session.user.centerId,
        sessionId: session.sessionId,
        csrfToken: session.csrfToken,
      },
      route: routeOf(request),
      requestId: request.id,
    };
  };
  return Object.assign(hook, { [CAPABILITY]: capability });
}

/** The capability a staffAccess hook checks, readable from the hook (the route sweep test lists them). */
export const CAPABILITY = Symbol('capability');

/** The capabilities declared by a route's onRequest hooks. */
export function capabilitiesOf(onRequest: unknown): Capability[] {
  const hooks = Array.isArray(onRequest) ? onRequest : onRequest ? [onRequest] : [];
  return hooks.flatMap((h) => (h && typeof h === 'function' && CAPABILITY in h ? [(h as { [CAPABILITY]: Capability })[CAPABILITY]] : []));
}

/** The access context set by citizenAccess/staffAccess; a route without one is a programming error. */
export function ctxOf(request: FastifyRequest): RequestCtx {
  if (!request.ctx) throw new Error(`route ${request.routeOptions.url} has no access hook`);
  return request.ctx;
}
