import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf, staffAccess } from '../../plugins/auth.js';
import { demoMailbox } from './notifications.demo.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import * as S from './notifications.schema.js';
import * as service from './notifications.service.js';

/** Staff routes of notifications: print batches of the letters in the outbox. */
export function notificationsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['notifications'];
    const errors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

    // The demo mailbox exists only in the embedded try-out and demo mode (config.ts refuses it in production).
    if (deps.config.demoMailbox) {
      r.get('/api/v1/demo/mailbox', {
        onRequest: citizenAccess(deps),
        schema: {
          querystring: NoQuery,
          tags: ['demo'],
          summary: 'Demo only: the newest 50 messages of the outbox, decrypted (recipient masked); not there in production',
          response: {
            200: z.array(
              z.object({
                id: z.string(),
                channel: z.enum(['email', 'sms', 'letter']),
                to: z.string(),
                subject: z.string(),
                text: z.string(),
                status: z.string(),
                createdAt: z.string(),
              }),
            ),
          },
        },
        handler: async (req, reply) => {
          reply.header('cache-control', 'no-store');
          return demoMailbox(deps, ctxOf(req));
        },
      });
    }

    r.post('/api/v1/staff/print-batches', {
      onRequest: staffAccess(deps, 'letters.print'),
      schema: {
        querystring: NoQuery,
        tags,
        summary: 'Print the waiting letters: one PDF per day (409 when the day has a batch or nothing waits)',
        body: S.CreatePrintBatchBody,
        response: { 201: S.PrintBatchCreated, ...errors },
      },
      handler: async (req, reply) => {
        const ctx = ctxOf(req);
        const batch = await service.createPrintBatch(deps, ctx.tenant, req.body.day, ctx);
        reply.status(201);
        return batch;
      },
    });

    r.get('/api/v1/staff/print-batches', {
      onRequest: staffAccess(deps, 'letters.print'),
      schema: { tags, summary: 'Print batches, newest first', querystring: S.PrintBatchQuery, response: { 200: z.array(S.PrintBatch), ...errors } },
      handler: (req) => service.listPrintBatches(deps, ctxOf(req), req.query.day),
    });

    r.get('/api/v1/staff/print-batches/:id.pdf', {
      onRequest: staffAccess(deps, 'letters.print'),
      schema: {
        querystring: NoQuery,
        tags,
        summary: 'The PDF of a print batch (application/pdf: A4 letters for window envelopes)',
        params: S.PrintBatchParams,
        response: errors,
      },
      handler: async (req, reply) => {
        const { day, pdf } = await service.printBatchPdf(deps, ctxOf(req), req.params.id);
        reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="letters-${day}.pdf"`)
          .header('cache-control', 'no-store');
        return reply.send(pdf as never); // a Buffer is sent as is, not serialised
      },
    });
  };
}
