import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { ProductId } from '../../kernel/catalog.js';
import { BookingCode } from '../../kernel/codes.js';
import { BirthDate } from '../../kernel/person.js';
import { BookingCreated, BookingView, MoveBody } from '../booking/booking.schema.js';
import { bookForPerson, cancelBooking, moveAppointment } from '../booking/booking.service.js';
import { register } from '../citizens/citizens.registration.js';
import { AgentRegistrationBody, DecisionView, RegistrationResult } from '../citizens/citizens.schema.js';
import * as service from './agent.service.js';

const SearchQuery = z
  .strictObject({
    givenName: z.string().trim().min(1).max(100).optional(),
    familyName: z.string().trim().min(1).max(100).optional(),
    birthDate: BirthDate.optional(),
    email: z.email().max(254).optional(),
    phone: z.string().trim().regex(/^\+?[0-9 ()/-]{6,20}$/).optional(),
    bookingCode: BookingCode.optional(),
  })
  .refine(
    (q) => {
      const byName = q.givenName !== undefined || q.familyName !== undefined || q.birthDate !== undefined;
      const complete = q.givenName !== undefined && q.familyName !== undefined && q.birthDate !== undefined;
      const modes = [byName, q.email !== undefined, q.phone !== undefined, q.bookingCode !== undefined].filter(Boolean).length;
      return modes === 1 && (!byName || complete);
    },
    { path: ['(root)'], message: 'Search by given name + family name + birth date, or by e-mail, phone or booking code (one of them).', params: { code: 'search-criteria' } },
  );

const PersonSummary = z.object({ id: z.string(), givenName: z.string(), familyName: z.string(), birthDate: z.string(), postalCode: z.string() });
const PersonDetail = PersonSummary.extend({
  street: z.string().nullable(),
  city: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string(),
  claims: z.array(z.string()),
  registeredAt: z.string(),
  decision: DecisionView.nullable(),
  bookings: z.array(BookingView),
});
const IdParams = z.strictObject({ id: z.uuid() });
const CodeParams = z.strictObject({ bookingCode: BookingCode });
const errors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

/** The call center: everything a citizen can do, done by an agent for a caller; every action audited with the agent's id. */
export function agentRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const agent = staffAccess(deps, 'callcenter.act');
    const tags = ['call center'];

    r.get('/api/v1/agent/persons', {
      onRequest: agent,
      schema: { tags, summary: 'Find a caller', querystring: SearchQuery, response: { 200: z.array(PersonSummary), ...errors } },
      handler: (req) => service.searchPersons(deps, ctxOf(req), req.query as service.PersonQuery),
    });

    r.get('/api/v1/agent/persons/:id', {
      onRequest: agent,
      schema: { tags, summary: 'A person with contact, claims, eligibility and bookings', params: IdParams, querystring: NoQuery, response: { 200: PersonDetail, ...errors } },
      handler: (req) => service.personView(deps, ctxOf(req), req.params.id),
    });

    r.post('/api/v1/agent/registrations', {
      onRequest: agent,
      schema: {
        tags,
        summary: 'Register a caller (a known caller again: their record is updated; a changed e-mail or phone needs a `reason`, audited)',
        querystring: NoQuery,
        body: AgentRegistrationBody,
        response: { 201: RegistrationResult, ...errors },
      },
      handler: async (req, reply) => {
        const result = await register(deps, ctxOf(req), req.body, 'call_center');
        reply.status(201);
        return result;
      },
    });

    r.post('/api/v1/agent/persons/:id/bookings', {
      onRequest: agent,
      schema: {
        tags,
        summary: 'Book a series for a registered caller (the rules decide as for the portal)',
        params: IdParams,
        querystring: NoQuery,
        body: z.strictObject({ slotId: z.uuid(), product: ProductId }),
        response: { 201: BookingCreated, ...errors },
      },
      handler: async (req, reply) => {
        const booked = await bookForPerson(deps, ctxOf(req), req.params.id, req.body);
        reply.status(201);
        return booked;
      },
    });

    r.put('/api/v1/agent/bookings/:bookingCode/appointments/:doseNumber', {
      onRequest: agent,
      schema: {
        tags,
        summary: 'Move an appointment within the dose interval',
        params: z.strictObject({ bookingCode: BookingCode, doseNumber: z.coerce.number().int().min(1).max(4) }),
        querystring: NoQuery,
        body: MoveBody,
        response: { 200: BookingView, ...errors },
      },
      handler: (req) => moveAppointment(deps, ctxOf(req), req.params.bookingCode, null, req.params.doseNumber, req.body.slotId),
    });

    r.delete('/api/v1/agent/bookings/:bookingCode', {
      onRequest: agent,
      schema: { tags, summary: 'Cancel a booking (the whole series)', params: CodeParams, querystring: NoQuery, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await cancelBooking(deps, ctxOf(req), req.params.bookingCode, null);
        return reply.status(204).send(null);
      },
    });

    r.post('/api/v1/agent/bookings/:bookingCode/letters', {
      onRequest: agent,
      schema: { tags, summary: 'Queue a printed confirmation letter (goes out with the daily print batch)', params: CodeParams, querystring: NoQuery, response: { 201: z.object({ outboxId: z.string() }), ...errors } },
      handler: async (req, reply) => {
        const queued = await service.sendConfirmationLetter(deps, ctxOf(req), req.params.bookingCode);
        reply.status(201);
        return queued;
      },
    });
  };
}
