import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { ProductId } from '../../kernel/catalog.js';
import { BookingCreated } from '../booking/booking.schema.js';
import { DecisionView } from '../citizens/citizens.schema.js';
import * as service from './invitations.service.js';

const TokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Not an invitation token.') });
const meta = (req: { routeOptions: { url?: string }; method: string; id: string }) => ({ route: `${req.method} ${req.routeOptions.url}`, requestId: req.id });

/** The waitlist: invitation waves (admin) and the citizen's invitation link. */
export function invitationsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['waitlist and invitations'];

    r.post('/api/v1/admin/invitation-waves', {
      onRequest: staffAccess(deps, 'invitations.send'),
      schema: {
        tags,
        summary: 'Invite the next eligible people in priority order; by default as many as there are free places in the next 14 days',
        querystring: NoQuery,
        body: z.strictObject({ size: z.number().int().min(0).max(100_000).optional() }),
        response: {
          201: z.object({
            waveId: z.string(),
            invited: z.number(),
            freePlaces: z.number(),
            unreachable: z
              .object({
                count: z.number(),
                byReason: z.object({ 'no-contact': z.number(), 'email-unconfirmed': z.number(), 'incomplete-address': z.number() }),
              })
              .describe('eligible people on the waiting list who cannot be invited (no e-mail confirmed, phone or full postal address), and why; they stay on the list'),
          }),
          401: ProblemSchema,
          403: ProblemSchema,
          422: ProblemSchema,
        },
      },
      handler: async (req, reply) => {
        const wave = await service.createWave(deps, ctxOf(req), req.body);
        reply.status(201);
        return wave;
      },
    });

    r.get('/api/v1/public/invitations/:token', {
      schema: {
        tags,
        summary: 'The invitation behind a link: status, expiry and what the person may book',
        params: TokenParams,
        querystring: NoQuery,
        response: {
          200: z.object({ status: z.enum(['open', 'accepted', 'declined', 'expired']), expiresAt: z.string(), givenName: z.string(), decision: DecisionView.nullable() }),
          404: ProblemSchema,
          422: ProblemSchema,
        },
      },
      handler: (req) => service.viewInvitation(deps, req.params.token, meta(req)),
    });

    r.post('/api/v1/public/invitations/:token/bookings', {
      schema: {
        tags,
        summary: 'Book through the invitation (the series, as a normal booking)',
        params: TokenParams,
        querystring: NoQuery,
        body: z.strictObject({ slotId: z.uuid(), product: ProductId }),
        response: { 201: BookingCreated, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        const booked = await service.bookInvitation(deps, req.params.token, req.body, meta(req));
        reply.status(201);
        return booked;
      },
    });

    r.post('/api/v1/public/invitations/:token/decline', {
      schema: {
        tags,
        summary: 'Decline the invitation and stay in line',
        params: TokenParams,
        querystring: NoQuery,
        response: { 200: z.object({ status: z.literal('declined') }), 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema },
      },
      handler: (req) => service.declineInvitation(deps, req.params.token, meta(req)),
    });
  };
}
