import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf } from '../../plugins/auth.js';
import { publicWriteGuards } from '../../plugins/guards.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { rateLimit } from '../../plugins/rate-limit.js';
import { me, signOut } from './citizens.me.js';
import { confirmEmail, register } from './citizens.registration.js';
import {
  CodeBody,
  ConfirmBody,
  MeView,
  RegistrationBody,
  RegistrationResult,
  SessionStarted,
  VerificationBody,
  VerificationParams,
  VerificationStarted,
} from './citizens.schema.js';
import { bearer, citizenSession, MAX_PEOPLE_PER_CONTACT, sessionOf, verificationRequired } from './citizens.session.js';
import { CODE_TRIES, CODE_VALID_MS, confirmCode, startVerification, type VerificationRequest } from './citizens.verification.js';

/** Verification of a contact and the citizen's session, registration on the portal, e-mail confirmation links. */
export function citizensRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['registration'];

    const writes = publicWriteGuards(deps);
    const pre = citizenAccess(deps);
    const verifyTags = ['citizen verification'];

    r.post('/api/v1/public/verifications', {
      // The guards of a public write (proof of work, per-address limit), and a limit of its own per address:
      // each request may send an SMS, which costs money and reaches someone's phone.
      onRequest: [rateLimit(deps, { scope: 'verifications-per-address', limit: 10, windowMs: 10 * 60_000 }), ...writes.onRequest, pre],
      preValidation: writes.preValidation,
      schema: {
        tags: verifyTags,
        summary: 'Send a 6-digit code to an e-mail address or mobile number (always 202, whatever the contact)',
        querystring: NoQuery,
        body: VerificationBody,
        response: { 202: VerificationStarted, 422: ProblemSchema, 429: ProblemSchema },
      },
      handler: async (req, reply) => {
        const started = await startVerification(deps, ctxOf(req), req.body as VerificationRequest);
        reply.status(202);
        return started;
      },
    });

    r.get('/api/v1/public/verifications/policy', {
      onRequest: pre,
      schema: {
        tags: verifyTags,
        summary: 'Whether registration and booking need a verified contact here, and the limits that apply',
        querystring: NoQuery,
        response: { 200: z.object({ required: z.boolean(), maxPeoplePerContact: z.number(), codeValidSeconds: z.number(), codeTries: z.number() }) },
      },
      handler: async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return { required: deps.config.citizenVerification, maxPeoplePerContact: MAX_PEOPLE_PER_CONTACT, codeValidSeconds: CODE_VALID_MS / 1000, codeTries: CODE_TRIES };
      },
    });

    r.post('/api/v1/public/verifications/:verificationId/code', {
      onRequest: [rateLimit(deps, { scope: 'verification-codes-per-address', limit: 30, windowMs: 10 * 60_000 }), pre],
      schema: {
        tags: verifyTags,
        summary: 'Check the code; right: a citizen session token (send it as "Authorization: Bearer <token>")',
        params: VerificationParams,
        querystring: NoQuery,
        body: CodeBody,
        response: { 201: SessionStarted, 404: ProblemSchema, 410: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema },
      },
      handler: async (req, reply) => {
        const session = await confirmCode(deps, ctxOf(req), req.params.verificationId, req.body.code);
        reply.status(201);
        return session;
      },
    });

    r.get('/api/v1/public/me', {
      onRequest: [pre, citizenSession(deps, 'optional')],
      schema: {
        tags: verifyTags,
        summary: 'The verified contact (masked) and its people, with their bookings and certificates',
        querystring: NoQuery,
        response: { 200: MeView, 401: ProblemSchema },
      },
      handler: async (req, reply) => {
        const ctx = ctxOf(req);
        const session = sessionOf(ctx);
        if (!session) throw verificationRequired();
        reply.header('cache-control', 'no-store');
        return me(deps, ctx, session);
      },
    });

    r.delete('/api/v1/public/session', {
      onRequest: pre,
      schema: { tags: verifyTags, summary: 'Sign out: the session token stops working', querystring: NoQuery, response: { 204: z.null(), 401: ProblemSchema } },
      handler: async (req, reply) => {
        const token = bearer(req);
        if (!token) throw verificationRequired();
        await signOut(deps, ctxOf(req), token);
        reply.status(204).send(null);
      },
    });

    r.post('/api/v1/public/registrations', {
      onRequest: [...writes.onRequest, pre, citizenSession(deps, 'required')],
      preValidation: writes.preValidation,
      schema: {
        tags,
        summary: 'Register (or update a registration) under the verified contact; answers whether the person may book now, and why',
        querystring: NoQuery,
        body: RegistrationBody,
        response: { 201: RegistrationResult, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req, reply) => {
        const result = await register(deps, ctxOf(req), req.body, 'portal');
        reply.status(201);
        return result;
      },
    });

    r.post('/api/v1/public/email-confirmations', {
      schema: {
        tags,
        summary: 'Confirm an e-mail address with the token from the link',
        querystring: NoQuery,
        body: ConfirmBody,
        response: { 200: z.object({ confirmed: z.literal(true) }), 404: ProblemSchema, 410: ProblemSchema, 422: ProblemSchema },
      },
      handler: (req) => confirmEmail(deps, req.body.token, { route: 'POST /api/v1/public/email-confirmations', requestId: req.id }),
    });
  };
}
