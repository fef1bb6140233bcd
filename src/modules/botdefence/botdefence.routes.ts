import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { rateLimit } from '../../plugins/rate-limit.js';
import { LIMITS } from './botdefence.guard.js';
import { newChallenge } from './botdefence.pow.js';

export const ChallengeResponse = z
  .discriminatedUnion('enabled', [
    z.object({
      enabled: z.literal(true),
      algorithm: z.literal('SHA-256'),
      challenge: z.string(),
      maxnumber: z.number().int(),
      salt: z.string().describe('random salt, then ?expires=<unix seconds>& (signed with the challenge)'),
      signature: z.string(),
    }),
    z.object({ enabled: z.literal(false) }),
  ])
  .describe(
    'An ALTCHA challenge (v1: find n <= maxnumber with SHA-256(salt + n) = challenge), or {enabled:false} when the server asks for no proof of work. ' +
      'Registration and booking then take X-Altcha: base64(JSON {algorithm, challenge, number, salt, signature}); each solution is accepted once, within 5 minutes.',
  );

/** The proof-of-work challenge for registration and booking (self-hosted ALTCHA, no third party). */
export function botDefenceRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/public/challenge', {
      onRequest: [rateLimit(deps, LIMITS.challengesPerAddress)],
      schema: {
        tags: ['bot defence'],
        summary: 'A proof-of-work challenge to solve before registering or booking (or {enabled:false})',
        querystring: NoQuery,
        response: { 200: ChallengeResponse, 422: ProblemSchema, 429: ProblemSchema },
      },
      handler: async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        if (!deps.config.captcha.enabled) return { enabled: false as const };
        const c = await newChallenge(deps);
        return { enabled: true as const, algorithm: 'SHA-256' as const, challenge: c.challenge, maxnumber: c.maxnumber ?? deps.config.captcha.complexity, salt: c.salt, signature: c.signature };
      },
    });
  };
}
