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
/** A wave's size: a whole number of people, at least 1; never a default of "everyone". */
const WaveSize = z.number().int().min(1).max(service.MAX_WAVE_SIZE);
const WaveSizeQuery = z.coerce.number().int().min(1).max(service.MAX_WAVE_SIZE);
/** People a wave could not reach, by reason (`no-contact`: no e-mail, phone or postal address; `email-unconfirmed`: only an e-mail never confirmed; `incomplete-address`: a street without a city or the other way round). */
const Unreachable = z.object({ count: z.number(), byReason: z.record(z.string(), z.number()) });
const Texts = z.object({ de: z.string(), en: z.string() });
const WavePreview = z.object({
  at: z.string(),
  horizonDays: z.number(),
  eligible: z.number(),
  reachable: z.number(),
  unreachable: Unreachable,
  freePlaces: z.object({
    total: z.number(),
    byRegion: z.array(z.object({ region: z.string(), free: z.number() })),
    byCenter: z.array(z.object({ centerId: z.string(), center: z.string(), region: z.string(), free: z.number() })),
  }),
  byGroup: z.array(z.object({ groupId: z.string(), label: Texts.nullable(), eligible: z.number(), reachable: z.number(), wouldInvite: z.number() })),
  suggestedSize: z.number(),
  maxSize: z.number(),
  size: z.number(),
  wouldInvite: z.number(),
});
const WaveView = z.object({ id: z.string(), createdAt: z.string(), createdBy: z.string().nullable(), size: z.number(), invited: z.number() });
const meta = (req: { routeOptions: { url?: string }; method: string; id: string }) => ({ route: `${req.method} ${req.routeOptions.url}`, requestId: req.id });

/** The waitlist: invitation waves (admin) and the citizen's invitation link. */
export function invitationsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['waitlist and invitations'];

    r.get('/api/v1/admin/invitation-waves/preview', {
      onRequest: staffAccess(deps, 'invitations.send'),
      schema: {
        tags,
        summary: 'What a wave would do, without sending: eligible people (reachable or not, and why), free places by region and center, per group',
        querystring: z.strictObject({ size: WaveSizeQuery.optional() }),
        response: { 200: WavePreview, 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema },
      },
      handler: (req) => service.previewWave(deps, ctxOf(req), req.query),
    });

    r.get('/api/v1/admin/invitation-waves', {
      onRequest: staffAccess(deps, 'invitations.send'),
      schema: {
        tags,
        summary: 'Past invitation waves, newest first (the last 50): when, by whom, size asked for, people invited',
        querystring: NoQuery,
        response: { 200: z.array(WaveView), 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema },
      },
      handler: (req) => service.listWaves(deps, ctxOf(req)),
    });

    r.post('/api/v1/admin/invitation-waves', {
      onRequest: staffAccess(deps, 'invitations.send'),
      schema: {
        tags,
        summary: 'Invite the next eligible and reachable people in priority order, as many as `size` (see the preview first)',
        querystring: NoQuery,
        body: z.strictObject({ size: WaveSize }),
        response: {
          201: z.object({ waveId: z.string(), invited: z.number(), freePlaces: z.number(), unreachable: Unreachable }),
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
