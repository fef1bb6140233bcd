import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf, staffAccess } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { BirthDate } from '../../kernel/person.js';
import { CLAIMS, RuleDefinition } from './eligibility.schema.js';
import * as service from './eligibility.service.js';

const Explanation = z.object({ de: z.string(), en: z.string() });
const Decision = z.object({
  eligible: z.boolean(),
  group: z.object({ id: z.string(), label: Explanation, opensAt: z.string().nullable() }).nullable(),
  reason: z.string(),
  explanation: Explanation,
  products: z.array(z.object({ id: z.string(), allowed: z.boolean(), explanation: Explanation })),
});
const RuleSet = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published']),
  effectiveFrom: z.string(),
  definition: RuleDefinition,
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishReason: z.string().nullable(),
});
const ImpactGroup = z.object({ groupId: z.string(), label: Explanation, eligibleBefore: z.number(), eligibleAfter: z.number(), newlyEligible: z.number() });
const IdParams = z.strictObject({ id: z.uuid() });
const errors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

/** Eligibility rules as data: the admin's versioned rule sets and the public check. */
export function eligibilityRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const admin = staffAccess(deps, 'rules.manage');
    const tags = ['eligibility rules'];

    r.post('/api/v1/public/eligibility', {
      onRequest: citizenAccess(deps),
      schema: {
        tags,
        summary: 'May a person with this birth date and these claims book now, and which vaccines? (nothing is stored)',
        querystring: NoQuery,
        body: z.strictObject({ birthDate: BirthDate, claims: z.array(z.enum(CLAIMS)).max(CLAIMS.length).default([]) }),
        response: { 200: z.object({ decision: Decision.nullable() }), 422: ProblemSchema },
      },
      handler: async (req) => ({ decision: await service.check(deps, ctxOf(req), req.body) }),
    });

    r.get('/api/v1/public/eligibility/groups', {
      onRequest: citizenAccess(deps),
      schema: {
        tags,
        summary: 'Who may book now: the priority groups of the rules in force, who belongs to each and since when it may book',
        querystring: NoQuery,
        response: {
          200: z.object({
            restricted: z.boolean().describe('false: no rules are published, everyone may book'),
            groups: z.array(z.object({ id: z.string(), label: Explanation, who: Explanation, opensAt: z.string().nullable(), open: z.boolean() })),
          }),
        },
      },
      handler: (req) => service.publicGroups(deps, ctxOf(req)),
    });

    r.get('/api/v1/admin/rule-sets', {
      onRequest: admin,
      schema: { tags, summary: 'Rule sets, newest first, and the one in force', querystring: NoQuery, response: { 200: z.object({ inForce: z.string().nullable(), ruleSets: z.array(RuleSet) }), ...errors } },
      handler: (req) => service.listRuleSets(deps, ctxOf(req)),
    });

    r.post('/api/v1/admin/rule-sets', {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Save a new draft rule set (validated; takes effect only when published)',
        querystring: NoQuery,
        body: z.strictObject({
          definition: RuleDefinition,
          effectiveFrom: z.iso.datetime({ offset: true }),
          note: z.string().trim().max(500).optional(),
        }),
        response: { 201: RuleSet, ...errors },
      },
      handler: async (req, reply) => {
        const created = await service.createDraft(deps, ctxOf(req), req.body);
        reply.status(201);
        return created;
      },
    });

    r.get('/api/v1/admin/rule-sets/:id', {
      onRequest: admin,
      schema: { tags, summary: 'One rule set', params: IdParams, querystring: NoQuery, response: { 200: RuleSet, ...errors } },
      handler: (req) => service.getRuleSet(deps, ctxOf(req), req.params.id),
    });

    r.get('/api/v1/admin/rule-sets/:id/impact', {
      onRequest: admin,
      schema: {
        tags,
        summary:
          'How many registered people waiting would become eligible, per group, if this rule set were in force: at its start and at each time a group opens within the next `days` (default 14)',
        params: IdParams,
        querystring: z.strictObject({ days: z.coerce.number().int().min(1).max(92).optional() }),
        response: {
          200: z.object({
            ruleSetId: z.string(),
            comparedWith: z.string().nullable(),
            at: z.string(),
            until: z.string(),
            waiting: z.number(),
            eligibleBefore: z.number(),
            eligibleAfter: z.number(),
            groups: z.array(ImpactGroup),
            moments: z.array(
              z.object({
                at: z.string(),
                opens: z.array(z.object({ groupId: z.string(), label: Explanation })),
                comparedWith: z.string().nullable(),
                eligibleBefore: z.number(),
                eligibleAfter: z.number(),
                groups: z.array(ImpactGroup),
              }),
            ),
          }),
          ...errors,
        },
      },
      handler: (req) => service.impact(deps, ctxOf(req), req.params.id, req.query),
    });

    r.post('/api/v1/admin/rule-sets/:id/publish', {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Publish a draft (audited with the reason); it decides from its effective-from time',
        params: IdParams,
        querystring: NoQuery,
        body: z.strictObject({ reason: z.string().trim().min(3, 'Say why the rules change.').max(500) }),
        response: { 200: RuleSet, ...errors },
      },
      handler: (req) => service.publish(deps, ctxOf(req), req.params.id, req.body.reason),
    });
  };
}
