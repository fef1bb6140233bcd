import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { currentState, roomStatus, setMode, takeTicket, ticketStatus } from './waitingroom.service.js';
import { TICKET_PATTERN } from './waitingroom.tokens.js';

const Mode = z.enum(['on', 'off', 'auto']);

const TicketStatus = z.object({
  ticket: z.string().describe('Signed ticket: keep it and ask for its status after pollAfterSeconds'),
  position: z.number().int().describe('People ahead, including this ticket; 0 once admitted'),
  estimatedWaitSeconds: z.number().int(),
  pollAfterSeconds: z.number().int(),
  admitted: z.boolean(),
  admissionToken: z.string().optional().describe('Send in the X-Vaxops-Admission header on registration and booking'),
  admissionExpiresAt: z.string().optional().describe("When the admission token runs out, by the server's clock"),
  admissionValidSeconds: z
    .number()
    .int()
    .optional()
    .describe("Seconds the admission token is valid from this answer on; count them on your own clock, which may differ from the server's"),
});

const RoomStatus = z.object({
  mode: Mode,
  source: z.enum(['config', 'admin']),
  active: z.boolean(),
  activeSince: z.string().nullable(),
  waiting: z.number().int(),
  issued: z.number().int(),
  admitted: z.number().int(),
  admissionsPerMinute: z.number(),
  autoRps: z.number(),
  admissionMinutes: z.number(),
});

/** The digital waiting room: tickets for citizens, the switch for campaign admins. */
export function waitingRoomRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const pre = citizenAccess(deps);
    const tags = ['waiting room'];

    r.get('/api/v1/public/waiting-room', {
      onRequest: pre,
      schema: {
        tags,
        summary: 'Whether the waiting room is on (registration and booking then need an admission token)',
        querystring: NoQuery,
        response: { 200: z.object({ active: z.boolean() }), 404: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return { active: (await currentState(deps, ctxOf(req).tenant.id)).active };
      },
    });

    r.post('/api/v1/public/waiting-room/tickets', {
      onRequest: pre,
      schema: {
        tags,
        summary: 'Take a place in the queue: a signed ticket with position and estimate (admitted at once when the room is off)',
        querystring: NoQuery,
        body: z.strictObject({}),
        response: { 201: TicketStatus, 404: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => reply.status(201).send(await takeTicket(deps, ctxOf(req).tenant.id)),
    });

    r.get('/api/v1/public/waiting-room/tickets/:ticket', {
      onRequest: pre,
      schema: {
        tags,
        summary: 'Where a ticket stands; once admitted, the admission token',
        querystring: NoQuery,
        params: z.strictObject({ ticket: z.string().max(160).regex(TICKET_PATTERN, 'not a waiting-room ticket') }),
        response: { 200: TicketStatus, 404: ProblemSchema, 410: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return ticketStatus(deps, ctxOf(req).tenant.id, req.params.ticket);
      },
    });

    const admin = staffAccess(deps, 'waitingRoom.manage');
    const errors = { 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema };

    r.get('/api/v1/admin/waiting-room', {
      onRequest: admin,
      schema: { tags, summary: 'Waiting room: mode, whether it is on, queue length', querystring: NoQuery, response: { 200: RoomStatus, ...errors } },
      handler: (req) => roomStatus(deps, ctxOf(req).tenant.id),
    });

    r.put('/api/v1/admin/waiting-room', {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Switch the waiting room on, off or to automatic (on above the configured load); audited',
        querystring: NoQuery,
        body: z.strictObject({ mode: Mode }),
        response: { 200: RoomStatus, ...errors },
      },
      handler: (req) => setMode(deps, ctxOf(req), req.body.mode),
    });
  };
}
