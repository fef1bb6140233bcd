import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { NoQuery } from '../../plugins/http.schema.js';
import { citizenAccess, ctxOf, staffAccess } from '../../plugins/auth.js';
import { Center, Product } from '../../kernel/catalog.js';
import { PostalCode } from '../../kernel/person.js';
import { listProducts } from '../catalog/catalog.repo.js';
import { postalDistanceKm } from '../catalog/catalog.service.js';
import { listCenters } from './tenants.repo.js';


/** Centers and products: public for booking, and the staff's center list. */
export function tenantsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/v1/public/centers', {
      onRequest: citizenAccess(deps),
      schema: {
        tags: ['public booking'],
        summary: 'Vaccination centers and the products they offer; with `near` (a postal code) nearest first, with their distance',
        querystring: z.strictObject({ near: PostalCode.optional() }),
        response: { 200: z.array(Center.extend({ distanceKm: z.number().nullable().optional().describe('with `near`: kilometres from that postal code, roughly (null: unknown)') })) },
      },
      handler: async (req) => {
        const rows = await deps.db.withTenant(ctxOf(req).tenant.id, listCenters);
        const centers = rows.map((c) => ({
          id: c.id,
          name: c.name,
          address: `${c.address}, ${c.postal_code} ${c.city}`,
          postalCode: c.postal_code,
          region: c.region,
          products: c.products,
        }));
        const near = req.query.near;
        if (!near) return centers;
        // Nearest first; centers whose distance is unknown keep their order at the end.
        const withDistance = centers.map((c) => ({ ...c, distanceKm: postalDistanceKm(near, c.postalCode) }));
        return withDistance.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
      },
    });

    r.get('/api/v1/public/products', {
      onRequest: citizenAccess(deps),
      schema: { tags: ['public booking'], summary: 'Vaccine products and their dose schedule', querystring: NoQuery, response: { 200: z.array(Product) } },
      handler: async (req) => {
        const rows = await deps.db.withTenant(ctxOf(req).tenant.id, listProducts);
        return rows.map((p) => ({
          id: p.id,
          name: p.name,
          manufacturer: p.manufacturer,
          doses: p.doses,
          minIntervalDays: p.min_interval_days,
          maxIntervalDays: p.max_interval_days,
        }));
      },
    });

    r.get('/api/v1/staff/centers', {
      onRequest: staffAccess(deps, 'centers.read'),
      schema: {
        tags: ['staff'],
        summary: 'Centers of the signed-in staff member’s organisation',
        querystring: NoQuery,
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), region: z.string() })) },
      },
      handler: async (req) => {
        const rows = await deps.db.withTenant(ctxOf(req).tenant.id, listCenters);
        return rows.map((c) => ({ id: c.id, name: c.name, region: c.region }));
      },
    });
  };
}
