import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Deps } from './context.js';
import { DATABASE_RETRY_AFTER_S } from './db/unavailable.js';
import { installAuth } from './plugins/auth.js';
import { errorsPlugin } from './plugins/errors.js';
import { metricsPlugin } from './plugins/metrics.js';
import { openapiPlugin } from './plugins/openapi.js';
import { rateShare } from './plugins/rate-limit.js';
import { opsGuard, rejectBadText, securityHeaders } from './plugins/security.js';
import { webPlugin } from './plugins/web.js';
import { agentRoutes } from './modules/agent/agent.routes.js';
import { bookingRoutes } from './modules/booking/booking.routes.js';
import { botDefenceRoutes } from './modules/botdefence/botdefence.routes.js';
import { dccRoutes } from './modules/dcc/dcc.routes.js';
import { citizensRoutes } from './modules/citizens/citizens.routes.js';
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.js';
import { invitationsRoutes } from './modules/invitations/invitations.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { onsiteRoutes } from './modules/onsite/onsite.routes.js';
import { planningRoutes } from './modules/planning/planning.routes.js';
import { registerRoutes } from './modules/register/register.routes.js';
import { staffRoutes } from './modules/staff/staff.routes.js';
import { tenantsRoutes } from './modules/tenants/tenants.routes.js';
import { settingsRoutes } from './modules/tenants/tenants.settings.js';
import { waitingRoomRoutes } from './modules/waitingroom/waitingroom.routes.js';

/** Builds the HTTP app: plugins, then an explicit list of modules. */
export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    // Request URLs carry birth dates and booking codes: log route templates ourselves instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: deps.config.bodyLimit,
    genReqId: () => randomUUID(),
    // No child logger per request (pino builds one for every request, a tenth of a refused booking's cost
    // at a rush): the two lines that log for a request name its id themselves.
    childLoggerFactory: (logger) => logger,
    trustProxy: deps.config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Which process answered: lets operators (and the multi-process test) see the load spread.
  // Hooks every request passes: callback style (no promise each) and no log object when info is off.
  const worker = String(process.pid);
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('x-vaxops-worker', worker);
    done(null, payload);
  });

  const logRequests = deps.log.isLevelEnabled('info');
  app.addHook('onResponse', (request, reply, done) => {
    if (logRequests) {
      request.log.info(
        { reqId: request.id, method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
        'request',
      );
    }
    done();
  });

  // Rate limits exchange their counts with the other processes until the app closes.
  app.addHook('onClose', async () => rateShare(deps).stop());

  await errorsPlugin(app);
  await securityHeaders(app, deps.config);
  rejectBadText(app);
  const ops = opsGuard(deps.config);
  await openapiPlugin(app, { guard: ops });
  await metricsPlugin(app, { guard: ops });
  await app.register(cookie);
  installAuth(app);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(deps.db.app);
      return { status: 'ready' };
    } catch {
      // Not ready while the database is away (the pools' connect timeout bounds the wait); /health stays 200,
      // so an orchestrator takes the process out of the balancer instead of restarting it.
      return reply.status(503).header('retry-after', DATABASE_RETRY_AFTER_S).send({ status: 'database unavailable' });
    }
  });

  // The modules, explicitly.
  await app.register(tenantsRoutes(deps));
  await app.register(settingsRoutes(deps));
  await app.register(bookingRoutes(deps));
  await app.register(botDefenceRoutes(deps));
  await app.register(eligibilityRoutes(deps));
  await app.register(citizensRoutes(deps));
  await app.register(invitationsRoutes(deps));
  await app.register(agentRoutes(deps));
  await app.register(staffRoutes(deps));
  await app.register(onsiteRoutes(deps));
  await app.register(planningRoutes(deps));
  await app.register(notificationsRoutes(deps));
  await app.register(registerRoutes(deps));
  await app.register(waitingRoomRoutes(deps));
  await app.register(dccRoutes(deps));

  await webPlugin(app, { webDir: deps.config.webDir });
  return app;
}
