import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { rateLimit } from '../../plugins/rate-limit.js';
import { lookupGuards, publicWriteGuards } from '../../plugins/guards.js';
import { citizenSession } from '../citizens/citizens.session.js';
import { etagMatches, pickVariant, type Cached } from './booking.cache.js';
import * as S from './booking.schema.js';
import * as service from './booking.service.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Sends a cached answer in the form the client accepts (gzip or plain, both built once per cache fill), or
 * 304 when it already holds that form. Each form has its own strong ETag, so a cache never revalidates
 * the one with the other's tag.
 */
function sendCached(req: FastifyRequest, reply: FastifyReply, cached: Cached, withEtag: boolean) {
  const v = pickVariant(cached, req.headers['accept-encoding']);
  // Vary even on a plain answer: a shared cache must not hand it to clients that asked for gzip, nor the reverse.
  if (cached.gzip) reply.header('vary', 'accept-encoding');
  if (withEtag) {
    reply.header('etag', v.etag);
    if (etagMatches(req.headers['if-none-match'], v.etag)) return reply.status(304).send(null);
  }
  if (v.encoding) reply.header('content-encoding', v.encoding);
  return reply.type(JSON_TYPE).send(v.body as never);
}

/** The public booking API (stable: partner apps and load tests use it). */
export function bookingRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const pre = citizenAccess(deps);
    const writes = publicWriteGuards(deps);
    const lookups = lookupGuards(deps);
    // Booking needs a verified contact (when verification is on); look-ups by code and birth date take one
    // if given, which shows the security code to those who may see it and lets the owner past a lock-out.
    const verified = citizenSession(deps, 'required');
    const maybeVerified = citizenSession(deps, 'optional');
    const tags = ['public booking'];

    r.get('/api/v1/public/slots', {
      onRequest: pre,
      schema: {
        tags,
        summary: 'Free slots of a center for a product between two dates (inclusive, local dates)',
        querystring: S.SlotsQuery,
        response: { 200: z.array(S.Slot), 422: ProblemSchema },
      },
      // The body comes serialised from the cache (the schema above documents it; it was built to match).
      handler: async (req, reply) => sendCached(req, reply, await service.listFreeSlots(deps, ctxOf(req), req.query), false),
    });

    r.get('/api/v1/public/availability', {
      onRequest: [rateLimit(deps, { scope: 'availability-feed', limit: 120, windowMs: 60_000, hint: 'This feed changes at most every 30 seconds.' }), pre],
      schema: {
        tags,
        summary: 'Free places per center, product and day for the next four weeks (cached 30 s; ETag; gzip when accepted; 120 requests/min per client)',
        querystring: NoQuery,
        response: {
          200: z.object({
            generatedAt: z.string(),
            days: z.number(),
            entries: z.array(z.object({ centerId: z.string(), centerName: z.string(), product: z.string(), day: z.string(), free: z.number() })),
          }),
          304: z.null(),
          429: ProblemSchema,
        },
      },
      handler: async (req, reply) => {
        const feed = await service.availabilityFeed(deps, ctxOf(req));
        reply.header('cache-control', 'public, max-age=30');
        return sendCached(req, reply, feed, true);
      },
    });

    r.post('/api/v1/public/bookings', {
      onRequest: [...writes.onRequest, pre, verified],
      preValidation: writes.preValidation,
      schema: {
        querystring: NoQuery,
        tags,
        summary: 'Book a slot (and the follow-up doses) for a person of the verified contact',
        body: S.CreateBookingBody,
        response: { 201: S.BookingCreated, 401: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        const created = await service.createBooking(deps, ctxOf(req), req.body);
        reply.status(201);
        return created;
      },
    });

    r.get('/api/v1/public/bookings/:bookingCode', {
      onRequest: [...lookups.onRequest, pre, maybeVerified],
      preValidation: lookups.preValidation,
      onSend: lookups.onSend,
      schema: {
        tags,
        summary: 'Look a booking up with its code and the birth date',
        params: S.BookingParams,
        querystring: S.BookingQuery,
        response: { 200: S.BookingView, 404: ProblemSchema },
      },
      handler: (req) => service.getBooking(deps, ctxOf(req), req.params.bookingCode, req.query.birthDate),
    });

    r.put('/api/v1/public/bookings/:bookingCode/appointments/:doseNumber', {
      onRequest: [...lookups.onRequest, pre, maybeVerified],
      preValidation: lookups.preValidation,
      onSend: lookups.onSend,
      schema: {
        tags,
        summary: 'Move one appointment of a booking to another slot at the same center, within the dose interval',
        params: S.MoveParams,
        querystring: S.BookingQuery,
        body: S.MoveBody,
        response: { 200: S.BookingView, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema },
      },
      handler: (req) => service.moveAppointment(deps, ctxOf(req), req.params.bookingCode, req.query.birthDate, req.params.doseNumber, req.body.slotId),
    });

    r.delete('/api/v1/public/bookings/:bookingCode', {
      onRequest: [...lookups.onRequest, pre, maybeVerified],
      preValidation: lookups.preValidation,
      onSend: lookups.onSend,
      schema: {
        tags,
        summary: 'Cancel a booking; its places become free again',
        params: S.BookingParams,
        querystring: S.BookingQuery,
        response: { 204: z.null().describe('Cancelled'), 404: ProblemSchema, 409: ProblemSchema },
      },
      handler: async (req, reply) => {
        await service.cancelBooking(deps, ctxOf(req), req.params.bookingCode, req.query.birthDate);
        return reply.status(204).send(null);
      },
    });
  };
}
