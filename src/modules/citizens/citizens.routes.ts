import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf } from '../../plugins/auth.js';
import { publicWriteGuards } from '../../plugins/guards.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { confirmEmail, register } from './citizens.registration.js';
import { ConfirmBody, RegistrationBody, RegistrationResult } from './citizens.schema.js';

/** Registration on the portal and e-mail confirmation links. */
export function citizensRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['registration'];

    const writes = publicWriteGuards(deps);
    r.post('/api/v1/public/registrations', {
      onRequest: [...writes.onRequest, citizenAccess(deps)],
      preValidation: writes.preValidation,
      schema: {
        tags,
        summary: 'Register (or update a registration); answers whether the person may book now, and why',
        querystring: NoQuery,
        body: RegistrationBody,
        response: { 201: RegistrationResult, 403: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        const result = await register(deps, ctxOf(req), req.body, 'portal');
        reply.status(201);
        return result;
      },
    });

    r.post('/api/v1/public/email-confirmations', {
      schema: {
        tags,
        summary: 'Confirm an e-mail address with the token from the link',
        querystring: NoQuery,
        body: ConfirmBody,
        response: { 200: z.object({ confirmed: z.literal(true) }), 404: ProblemSchema, 410: ProblemSchema, 422: ProblemSchema },
      },
      handler: (req) => confirmEmail(deps, req.body.token, { route: 'POST /api/v1/public/email-confirmations', requestId: req.id }),
    });
  };
}
