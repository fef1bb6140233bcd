import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps, RequestCtx } from '../../context.js';
import { citizenAccess, ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { appendAudit } from '../audit/audit.repo.js';
import { Legal, LegalInput, legalOf, mergeLegal } from './tenants.legal.js';

const Settings = z.object({ requireRegisterMatch: z.boolean(), invitationValidHours: z.number(), legal: Legal });

async function readSettings(deps: Deps, ctx: RequestCtx) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const s = await trx.selectFrom('tenant_settings').select(['require_register_match', 'invitation_valid_hours', 'legal']).executeTakeFirstOrThrow();
    return { requireRegisterMatch: s.require_register_match, invitationValidHours: s.invitation_valid_hours, legal: legalOf(ctx.tenant.name, s.legal) };
  });
}

/** The portal's legal pages and hotline number (public). */
async function readLegal(deps: Deps, ctx: RequestCtx) {
  const s = await deps.db.withTenant(ctx.tenant.id, (trx) => trx.selectFrom('tenant_settings').select('legal').executeTakeFirst());
  return legalOf(ctx.tenant.name, s?.legal);
}

/** Changes the campaign settings; audited with what changed. */
async function updateSettings(deps: Deps, ctx: RequestCtx, input: { requireRegisterMatch?: boolean; invitationValidHours?: number; legal?: LegalInput }) {
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const legal = input.legal && mergeLegal((await trx.selectFrom('tenant_settings').select('legal').executeTakeFirst())?.legal, input.legal);
    await trx
      .updateTable('tenant_settings')
      .set({
        ...(input.requireRegisterMatch === undefined ? {} : { require_register_match: input.requireRegisterMatch }),
        ...(input.invitationValidHours === undefined ? {} : { invitation_valid_hours: input.invitationValidHours }),
        ...(legal ? { legal: JSON.stringify(legal) } : {}),
      })
      .execute();
    // The legal texts are long and public: the audit names which parts changed.
    const note = { ...input, ...(input.legal ? { legal: Object.keys(input.legal) } : {}) };
    await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'settings', subjectId: null, personId: null, note: JSON.stringify(note) }], now);
  });
  return readSettings(deps, ctx);
}

/** Campaign settings of the organisation (admin), and the legal pages they hold (public). */
export function settingsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const admin = staffAccess(deps, 'settings.manage');
    const tags = ['campaign settings'];
    const errors = { 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema };

    r.get('/api/v1/admin/settings', {
      onRequest: admin,
      schema: { tags, summary: 'Campaign settings', querystring: NoQuery, response: { 200: Settings, ...errors } },
      handler: (req) => readSettings(deps, ctxOf(req)),
    });

    r.put('/api/v1/admin/settings', {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Change campaign settings: register matching for registrations and bookings, invitation validity',
        querystring: NoQuery,
        body: z.strictObject({
          requireRegisterMatch: z.boolean().optional(),
          invitationValidHours: z.number().int().min(1).max(720).optional(),
          legal: LegalInput.optional().describe('Imprint, privacy notice, accessibility statement (de and en) and hotline; null puts a part back to the sample'),
        }),
        response: { 200: Settings, ...errors },
      },
      handler: (req) => updateSettings(deps, ctxOf(req), req.body),
    });

    r.get('/api/v1/public/legal', {
      onRequest: citizenAccess(deps),
      schema: {
        tags: ['public booking'],
        summary: 'Imprint, privacy notice, accessibility statement and hotline number of the portal (German and English)',
        querystring: NoQuery,
        response: { 200: Legal },
      },
      handler: (req) => readLegal(deps, ctxOf(req)),
    });
  };
}
