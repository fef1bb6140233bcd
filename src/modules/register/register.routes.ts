import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { Problem } from '../../errors.js';
import { apiKeyAccess } from '../../plugins/api-key.js';
import { ctxOf } from '../../plugins/auth.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import * as service from './register.service.js';

export const ImportSummary = z.object({
  rows: z.number().int().describe('data rows read'),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })).describe(`the first ${service.MAX_REPORTED_REJECTS} rejected rows`),
  rejectedCount: z.number().int(),
});

const unsupported = () => new Problem(415, 'Unsupported media type', 'Send the register as text/csv (UTF-8).', undefined, 'unsupported-media-type');

/** Machine-client routes of the population register. */
export function registerRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    // This plugin's routes take CSV only, as a stream: every other body is a 415 before it is read.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post('/api/v1/machine/register/imports', {
      onRequest: apiKeyAccess(deps, 'register:import'),
      bodyLimit: deps.config.importBodyLimit,
      schema: {
        tags: ['machine'],
        summary: 'Import the population register (CSV)',
        description:
          'Body: text/csv in UTF-8 (BOM allowed), header `id,given_name,family_name,birth_date,postal_code,address`, ' +
          'separated by `,` or `;`. Rows are upserted by id; importing the same file again changes nothing. ' +
          'Invalid rows are skipped and reported by line. Needs an API key with the scope register:import (Authorization: Bearer vx_...).',
        querystring: NoQuery,
        response: { 200: ImportSummary, 401: ProblemSchema, 403: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 422: ProblemSchema },
      },
      handler: async (req) => {
        const body = req.body as NodeJS.ReadableStream | undefined;
        if (!body || typeof body.pipe !== 'function') throw unsupported();
        const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
        if (charset && charset !== 'utf-8' && charset !== 'utf8') throw unsupported();
        const declared = Number(req.headers['content-length']);
        if (declared > deps.config.importBodyLimit) {
          throw new Problem(413, 'Content too large', `The file is larger than ${deps.config.importBodyLimit} bytes.`, undefined, 'content-too-large');
        }
        const ctx = ctxOf(req);
        try {
          const { bytes: _bytes, ...summary } = await service.importRegister(deps, ctx.tenant, body, { maxBytes: deps.config.importBodyLimit });
          return summary;
        } finally {
          // Audited whether or not the file was read to the end: batches before a failure are committed.
          await service.auditImport(deps, ctx);
        }
      },
    });
  };
}
