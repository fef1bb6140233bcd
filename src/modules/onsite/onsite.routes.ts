import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import * as S from './onsite.schema.js';
import * as service from './onsite.service.js';

/** At the center: the day board, check-in, and vaccination documentation. */
export function onsiteRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['center'];
    const errors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

    r.get('/api/v1/staff/appointments', {
      onRequest: staffAccess(deps, 'board.read'),
      schema: {
        tags,
        summary: 'A center’s appointments on a day (or those starting in [from, to), a part the summary names)',
        querystring: S.BoardQuery,
        response: { 200: z.array(S.DayAppointment), ...errors },
      },
      handler: (req) => service.dayBoard(deps, ctxOf(req), req.query.centerId, req.query.date, { from: req.query.from, to: req.query.to }),
    });

    r.get('/api/v1/staff/appointments/summary', {
      onRequest: staffAccess(deps, 'board.read'),
      schema: {
        tags,
        summary: 'A center’s day in numbers, and fingerprints (per hour) that change when the board would (no personal data; poll this, then refetch what moved)',
        querystring: S.DayQuery,
        response: { 200: S.DaySummary, ...errors },
      },
      handler: (req) => service.daySummary(deps, ctxOf(req), req.query.centerId, req.query.date),
    });

    r.get('/api/v1/staff/appointments/search', {
      onRequest: staffAccess(deps, 'board.read'),
      schema: {
        tags,
        summary: 'Find people by name among a center’s appointments on a day (for someone without their booking code; audited)',
        querystring: S.DaySearchQuery,
        response: { 200: z.array(S.DayAppointment), ...errors },
      },
      handler: (req) => service.searchDay(deps, ctxOf(req), req.query.centerId, req.query.date, req.query.name),
    });

    r.post('/api/v1/staff/checkins', {
      onRequest: staffAccess(deps, 'onsite.checkin'),
      schema: {
        querystring: NoQuery, tags, summary: 'Check a person in by booking code', body: S.CheckInBody, response: { 200: z.object({ appointment: S.DayAppointment }), ...errors } },
      handler: async (req) => ({ appointment: await service.checkIn(deps, ctxOf(req), req.body.bookingCode, req.body.centerId) }),
    });

    r.post('/api/v1/staff/vaccinations', {
      onRequest: staffAccess(deps, 'onsite.document'),
      schema: {
        querystring: NoQuery, tags, summary: 'Document a vaccination (immutable record)', body: S.VaccinationBody, response: { 201: S.Vaccination, ...errors } },
      handler: async (req, reply) => {
        const v = await service.documentVaccination(deps, ctxOf(req), req.body);
        reply.status(201);
        return v;
      },
    });

    r.get('/api/v1/staff/vaccinations/:id', {
      onRequest: staffAccess(deps, 'onsite.record.read'),
      schema: {
        querystring: NoQuery, tags, summary: 'One vaccination record', params: S.IdParams, response: { 200: S.Vaccination, ...errors } },
      handler: (req) => service.readVaccination(deps, ctxOf(req), req.params.id),
    });

    r.post('/api/v1/staff/vaccinations/:id/corrections', {
      onRequest: staffAccess(deps, 'onsite.document'),
      schema: {
        querystring: NoQuery,
        tags,
        summary: 'Correct a vaccination record: appends a record that supersedes it',
        params: S.IdParams,
        body: S.CorrectionBody,
        response: { 201: S.Vaccination, ...errors },
      },
      handler: async (req, reply) => {
        const v = await service.correctVaccination(deps, ctxOf(req), req.params.id, req.body);
        reply.status(201);
        return v;
      },
    });
  };
}
