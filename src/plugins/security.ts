/**
 * Security headers on every answer, `Cache-Control: no-store` on API answers, and the gate in front of the
 * operator endpoints (/metrics, the OpenAPI document and its UI).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import helmet from '@fastify/helmet';
import type { Config } from '../config.js';
import { Problem, unprocessable, type FieldError } from '../errors.js';
import { inNetworks, parseNetworks } from '../lib/networks.js';

/**
 * The Content-Security-Policy of the web app and the API docs: scripts only from our origin (the built app has
 * no inline script), styles from our origin plus inline ones (Mantine sets style attributes and injects its
 * CSS variables as a <style> element), the proof of work's Web Worker from our origin, images also as data:
 * and blob: (the verifier reads an uploaded picture), nothing may frame us, no plugins.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Helmet's headers on every answer (pages, API, problems, 404s); HSTS only behind HTTPS (VAXOPS_COOKIE_SECURE). */
export async function securityHeaders(app: FastifyInstance, config: Pick<Config, 'cookieSecure'>) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CSP_DIRECTIVES, ...(config.cookieSecure ? { 'upgrade-insecure-requests': [] } : {}) },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xContentTypeOptions: true,
    xFrameOptions: { action: 'deny' },
    // The camera for the verifier page comes from a user gesture on our own origin; nothing cross-origin is embedded.
    crossOriginEmbedderPolicy: false,
  });

  // Answers of the API carry personal data (bookings, certificates, the day board): no cache may keep them.
  // Routes that are safe to cache (free slots, availability, centers, products, trust and revocation lists)
  // set their own Cache-Control, which is left as it is.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control') && (request.url.startsWith('/api/') || request.url === '/metrics')) {
      reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The gate of the operator endpoints (metrics, API documentation). Open in the embedded try-out; with
 * PostgreSQL closed (404, as if there were no such route) unless VAXOPS_OPS_TOKEN (Bearer token) or
 * VAXOPS_OPS_NETWORKS (client networks) is set. With a token, a request without it is a 401.
 */
export function opsGuard(config: Pick<Config, 'ops'>): onRequestHookHandler {
  const { open, token, networks } = config.ops;
  const allowed = networks.length ? parseNetworks(networks) : null;
  const expected = token ? digest(`Bearer ${token}`) : null;
  return (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    if (open) return done();
    if (allowed && inNetworks(allowed, request.ip)) return done();
    if (expected) {
      const given = request.headers.authorization;
      // Compare digests: equal length, constant time, whatever was sent.
      if (given && timingSafeEqual(digest(given), expected)) return done();
      reply.header('www-authenticate', 'Bearer realm="vaxops operations"');
      return done(new Problem(401, 'Unauthorized', 'This operator endpoint needs the operations token (Authorization: Bearer …).', undefined, 'unauthorized'));
    }
    return done(new Problem(404, 'Not found', `No route ${request.method} ${request.url.split('?')[0]}.`, undefined, 'route-not-found'));
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SUSPECT = /[\u0000\uFFFD\uD800-\uDFFF]/;

/** Why a text is refused, or null when it is fine. */
function badText(s: string): string | null {
  if (!SUSPECT.test(s)) return null; // the common case: one scan
  if (s.includes('\u0000')) return 'Text must not contain NUL characters (\\u0000).';
  if (LONE_SURROGATE.test(s)) return 'Text must be valid Unicode (a lone surrogate was sent).';
  // The body is decoded as UTF-8 with invalid bytes replaced by U+FFFD: its presence means the client sent
  // bytes that are not UTF-8 (or text already damaged by such a decoding).
  if (s.includes('\uFFFD')) return 'Text must be valid UTF-8.';
  return null;
}

/** Adds a field error for every string (and object key) under `value` that badText refuses. */
function findBadText(value: unknown, field: string, out: FieldError[], depth = 0): void {
  if (typeof value === 'string') {
    const why = badText(value);
    if (why) out.push({ field: field || '(root)', message: why, code: 'invalid-text' });
    return;
  }
  if (value === null || typeof value !== 'object' || depth > 32) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) findBadText(value[i], field ? `${field}.${i}` : String(i), out, depth + 1);
    return;
  }
  // Parsed JSON, query strings and params are plain objects; a streamed body (the register import) is not text here.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  for (const [key, v] of Object.entries(value)) {
    const name = field ? `${field}.${key}` : key;
    const why = badText(key);
    // A key is named by its place, since the key itself is what cannot be shown.
    if (why) out.push({ field: field || '(root)', message: `A field name is not valid text: ${why}`, code: 'invalid-text' });
    findBadText(v, name, out, depth + 1);
  }
}

/**
 * Refuses NUL characters, lone surrogates and invalid UTF-8 in any text of a request (body, query string, path
 * parameters), with a 422 naming each field, before any route's validation or handler sees them. PostgreSQL
 * refuses \u0000 in text and JSON (a 500 otherwise) and such text has no place in any field. One hook for all
 * routes, so no schema can forget it.
 */
export function rejectBadText(app: FastifyInstance) {
  app.addHook('preValidation', (request, _reply, done) => {
    const errors: FieldError[] = [];
    findBadText(request.params, 'params', errors);
    findBadText(request.query, 'querystring', errors);
    findBadText(request.body, '', errors);
    if (errors.length) return done(unprocessable(errors));
    done();
  });
}
