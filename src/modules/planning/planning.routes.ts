import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { ProductId } from '../../kernel/catalog.js';
import * as service from './planning.service.js';

const Day = z.iso.date({ message: 'Use the format YYYY-MM-DD.' });
const Plan = z.object({ day: z.string(), product: z.string(), doses: z.number(), booked: z.number() });
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
        summary: 'Set the doses a center expects on a day for a product',
        querystring: NoQuery,
        body: z.strictObject({ centerId: z.uuid(), day: Day, product: ProductId, doses: z.number().int().min(0).max(100_000) }),
        response: { 200: Plan, ...errors },
      },
      handler: (req) => service.setPlan(deps, ctxOf(req), req.body),
    });
  };
}
