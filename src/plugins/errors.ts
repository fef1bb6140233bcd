import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldErrorCode, Problem, statusCode, type FieldError, type ProblemCode } from '../errors.js';
import { DATABASE_RETRY_AFTER_S, isDatabaseUnavailable } from '../db/unavailable.js';

// PostgreSQL errors that mean "bad input" or "conflict", never a server fault.
const PG_CODES: Record<string, [number, string, ProblemCode]> = {
  '23505': [409, 'The record conflicts with an existing one.', 'duplicate'],
  '23503': [422, 'A referenced record does not exist.', 'unknown-reference'],
  '23514': [422, 'A value is out of range.', 'invalid-value'],
  '22P02': [422, 'A value has the wrong format.', 'invalid-value'],
  '22001': [422, 'A value is too long.', 'invalid-value'],
  '22007': [422, 'A date or time is not valid.', 'invalid-value'],
  '22008': [422, 'A date or time is out of range.', 'invalid-value'],
};

function fieldErrors(err: FastifyError): FieldError[] {
  const where = (err as { validationContext?: string }).validationContext ?? 'body';
  const prefix = where === 'body' ? '' : `${where}.`;
  const out: FieldError[] = [];
  for (const v of err.validation ?? []) {
    const keys = (v.params as { keys?: string[] } | undefined)?.keys;
    const base = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (v.keyword === 'unrecognized_keys' && keys) {
      for (const k of keys) out.push({ field: prefix + (base ? `${base}.${k}` : k), message: 'Unknown field.', code: 'unknown-field' });
    } else {
      out.push({ field: prefix + (base || '(root)'), message: v.message ?? 'Invalid value.', code: fieldErrorCode(v.keyword, v.params, v.message) });
    }
  }
  return out;
}

/** Renders every error as RFC 9457 application/problem+json; unexpected errors become a 500 without details. */
export async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let problem: Problem;
    if (err instanceof Problem) {
      problem = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      problem = new Problem(422, 'Unprocessable content', 'The input is not valid.', fieldErrors(err), 'validation');
    } else if (typeof (err as { code?: unknown }).code === 'string' && PG_CODES[(err as { code: string }).code]) {
      const [status, detail, code] = PG_CODES[(err as { code: string }).code];
      problem = new Problem(status, status === 409 ? 'Conflict' : 'Unprocessable content', detail, undefined, code);
    } else if (isDatabaseUnavailable(err)) {
      // The database is away (restart, failover): not this request's fault, and over in seconds. The pools
      // log the outage once; a line per request would flood the log at a rush.
      problem = databaseUnavailable();
      reply.header('retry-after', DATABASE_RETRY_AFTER_S);
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, body too large, wrong content type, ...
      // Their code is the status's (Fastify's own codes, FST_ERR_…, are no contract of ours).
      problem = new Problem(err.statusCode, titleFor(err.statusCode), err.message, undefined, statusCode(err.statusCode));
    } else {
      request.log.error({ reqId: request.id, err: { message: err.message, stack: err.stack, code: err.code } }, 'unhandled error');
      problem = new Problem(500, 'Internal server error', 'Something went wrong on our side. It has been logged.', undefined, 'internal');
    }
    reply.status(problem.status).type('application/problem+json').send(JSON.stringify(problem.toJSON()));
  });

}

/** 503 problem while the database cannot be reached; the caller sets Retry-After. */
const databaseUnavailable = () =>
  new Problem(503, 'Service unavailable', 'The database is not reachable at the moment. Please try again in a few seconds.', undefined, 'database-unavailable', {
    de: 'Der Dienst ist gerade kurz nicht erreichbar. Bitte versuchen Sie es in einigen Sekunden noch einmal.',
    en: 'The service is briefly unavailable. Please try again in a few seconds.',
  });

/** Sends a 404 problem for a request no route matched. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const p = new Problem(404, 'Not found', `No route ${request.method} ${request.url.split('?')[0]}.`, undefined, 'route-not-found');
  reply.status(404).type('application/problem+json').send(JSON.stringify(p.toJSON()));
}

function titleFor(status: number) {
  return (
    { 400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 413: 'Content too large', 415: 'Unsupported media type', 429: 'Too many requests' } as Record<number, string>
  )[status] ?? 'Client error';
}
