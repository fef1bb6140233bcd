import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { ProductId } from '../../kernel/catalog.js';
import * as service from './planning.service.js';

const Day = z.iso.date({ message: 'Use the format YYYY-MM-DD.' });
/** A day's plan for a product: the doses planned (null: no plan, no limit) and the doses already booked. */
const Plan = z.object({ day: z.string(), product: z.string(), doses: z.number().nullable(), booked: z.number() });
/** Planned doses: a whole number from 0 (nothing that day) to 100,000. */
const Doses = z.number().int().min(0).max(100_000);
/** Set to true to plan fewer doses than already booked (the bookings stay; no new ones are taken). */
const AcceptBelowBooked = z.boolean().optional();
const errors = { 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema };

/** Dose plans: the doses a center expects per day and product, which bookings may not exceed. */
export function planningRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['planning'];

    r.get('/api/v1/staff/dose-plans', {
      onRequest: staffAccess(deps, 'dosePlans.read'),
      schema: {
        tags,
        summary: 'A center’s dose plans between two days',
        querystring: z
          .strictObject({ centerId: z.uuid(), from: Day, to: Day })
          .refine((q) => q.to >= q.from && (Date.parse(q.to) - Date.parse(q.from)) / 86400_000 <= 92, { path: ['to'], message: 'Up to 92 days from "from".', params: { code: 'range-too-long' } }),
        response: { 200: z.array(Plan), ...errors },
      },
      handler: (req) => service.listPlans(deps, ctxOf(req), req.query),
    });

    r.put('/api/v1/staff/dose-plans', {
      onRequest: staffAccess(deps, 'dosePlans.write'),
      schema: {
        tags,
        summary: 'Set the doses a center expects on a day for a product (below the doses booked only with acceptBelowBooked)',
        querystring: NoQuery,
        body: z.strictObject({ centerId: z.uuid(), day: Day, product: ProductId, doses: Doses, acceptBelowBooked: AcceptBelowBooked }),
        response: { 200: Plan, ...errors },
      },
      handler: (req) => service.setPlan(deps, ctxOf(req), req.body),
    });

    r.put('/api/v1/staff/dose-plans/range', {
      onRequest: staffAccess(deps, 'dosePlans.write'),
      schema: {
        tags,
        summary: 'Set the same plan on the chosen weekdays (1 = Monday … 7 = Sunday) between two days, all or nothing',
        querystring: NoQuery,
        body: z
          .strictObject({
            centerId: z.uuid(),
            product: ProductId,
            from: Day,
            to: Day,
            weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
            doses: Doses,
            acceptBelowBooked: AcceptBelowBooked,
          })
          .refine((b) => b.to >= b.from, { path: ['to'], message: '"to" is before "from".', params: { code: 'range-reversed' } })
          .refine((b) => (Date.parse(b.to) - Date.parse(b.from)) / 86400_000 <= 92, { path: ['to'], message: 'Up to 92 days from "from".', params: { code: 'range-too-long' } }),
        response: { 200: z.array(Plan), ...errors },
      },
      handler: (req) => service.setPlanRange(deps, ctxOf(req), req.body),
    });

    r.delete('/api/v1/staff/dose-plans', {
      onRequest: staffAccess(deps, 'dosePlans.write'),
      schema: {
        tags,
        summary: 'Remove a day’s plan for a product: the day has no dose limit any more (bookings stay)',
        querystring: z.strictObject({ centerId: z.uuid(), day: Day, product: ProductId }),
        response: { 204: z.null(), ...errors },
      },
      handler: async (req, reply) => {
        await service.removePlan(deps, ctxOf(req), req.query);
        return reply.status(204).send(null);
      },
    });
  };
}
