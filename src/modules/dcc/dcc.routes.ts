import fs from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { citizenAccess, ctxOf, staffAccess } from '../../plugins/auth.js';
import { lookupGuards } from '../../plugins/guards.js';
import { NoQuery, ProblemSchema } from '../../plugins/http.schema.js';
import { rateLimit } from '../../plugins/rate-limit.js';
import { citizenSession } from '../citizens/citizens.session.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import * as S from './dcc.http.js';
import * as service from './dcc.service.js';
import { parseTrustFile, trustFromEntries, type TrustedCertificate } from './dcc.trust.js';
import { verifyHc1 } from './dcc.verify.js';

/** Extra signers to trust when verifying (VAXOPS_DCC_TRUST_FILE), read once: a broken file stops the start. */
function extraTrust(deps: Deps): TrustedCertificate[] {
  const file = deps.config.dcc.trustFile;
  if (!file) return [];
  try {
    return parseTrustFile(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`VAXOPS_DCC_TRUST_FILE (${file}): ${(err as Error).message}`);
  }
}

function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string, inline: boolean) {
  reply
    .type('application/pdf')
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${filename}"`)
    .header('cache-control', 'no-store');
  return reply.send(pdf as never); // a Buffer is sent as is, not serialised
}

function sendQr(reply: FastifyReply, qr: { png?: Buffer; svg?: string }) {
  reply.header('cache-control', 'no-store');
  if (qr.png) return reply.type('image/png').send(qr.png as never);
  return reply.type('image/svg+xml').send(qr.svg as never);
}

/** EU Digital COVID Certificates: issuing, retrieval, verification, trust and revocation lists. */
export function dccRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const extra = extraTrust(deps);

    // Demo and embedded mode: the default tenant can issue from the first start (idempotent, safe with
    // several processes). Production imports its keys; a missing key is reported when issuing.
    if (deps.config.dcc.generateKeys) {
      app.addHook('onReady', async () => {
        try {
          await service.ensureIssuingKeys(deps, await tenantBySlug(deps, deps.config.defaultTenant));
        } catch (err) {
          deps.log.warn({ err: { name: (err as Error)?.name } }, 'DCC: could not prepare issuing keys for the default tenant');
        }
      });
    }

    // ---- Public: the citizen's certificates by booking code + birth date (guarded like the booking look-up).
    const pre = citizenAccess(deps);
    const lookups = lookupGuards(deps);
    // With citizen verification on, only a session of the person's verified contact reaches the certificates.
    const portal = { onRequest: [...lookups.onRequest, pre, citizenSession(deps, 'optional')], preValidation: lookups.preValidation, onSend: lookups.onSend };
    const portalTags = ['certificates (citizen)'];
    const portalErrors = { 404: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema };
    const base = '/api/v1/public/bookings/:bookingCode/certificates';

    r.get(base, {
      ...portal,
      schema: {
        tags: portalTags,
        summary: 'The current vaccination certificates of the person behind a booking (code + birth date)',
        params: S.PortalParams,
        querystring: S.PortalQuery,
        response: { 200: z.object({ certificates: z.array(S.Certificate) }), ...portalErrors },
      },
      handler: async (req) => ({ certificates: await service.portalCertificates(deps, ctxOf(req), req.params.bookingCode, req.query.birthDate) }),
    });

    r.get(`${base}/:id/pdf`, {
      ...portal,
      schema: {
        tags: portalTags,
        summary: 'A certificate as PDF (A4, German and English; application/pdf)',
        params: S.PortalCertificateParams,
        querystring: S.PortalPdfQuery,
        response: portalErrors,
      },
      handler: async (req, reply) => {
        const { bookingCode, id } = req.params;
        const { pdf, filename } = await service.certificatePdf(deps, ctxOf(req), id, { kind: 'portal', code: bookingCode, birthDate: req.query.birthDate }, req.query.lang);
        return sendPdf(reply, pdf, filename, false);
      },
    });

    for (const format of ['png', 'svg'] as const) {
      r.get(`${base}/:id/qr.${format}`, {
        ...portal,
        schema: {
          tags: portalTags,
          summary: `A certificate's QR code (${format === 'png' ? 'image/png' : 'image/svg+xml'}, error correction Q)`,
          params: S.PortalCertificateParams,
          querystring: S.PortalQuery,
          response: portalErrors,
        },
        handler: async (req, reply) => {
          const { bookingCode, id } = req.params;
          return sendQr(reply, await service.certificateQr(deps, ctxOf(req), id, { kind: 'portal', code: bookingCode, birthDate: req.query.birthDate }, format));
        },
      });
    }

    r.post(`${base}/:id/mail`, {
      ...portal,
      schema: {
        querystring: NoQuery,
        tags: portalTags,
        summary: 'Send a certificate as PDF to the person’s confirmed e-mail address (409 without one)',
        params: S.PortalCertificateParams,
        body: S.PortalMailBody,
        response: { 202: S.Queued, 409: ProblemSchema, ...portalErrors },
      },
      handler: async (req, reply) => {
        const { bookingCode, id } = req.params;
        const queued = await service.mailCertificate(deps, ctxOf(req), id, { kind: 'portal', code: bookingCode, birthDate: req.body.birthDate });
        reply.status(202);
        return queued;
      },
    });

    // ---- Public: trust list, revocation list, verification.
    const dccTags = ['certificates (trust)'];
    const reads = rateLimit(deps, { scope: 'dcc-lists', limit: 120, windowMs: 60_000, hint: 'Cache the lists; they change rarely.' });
    r.get('/api/v1/public/dcc/trust-list', {
      onRequest: [reads, pre],
      schema: {
        querystring: NoQuery,
        tags: dccTags,
        summary: 'The organisation’s document signer certificates (EU gateway trust list format: kid, country, base64 DER)',
        response: { 200: z.array(S.TrustEntry), 429: ProblemSchema },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return service.trustList(deps, ctxOf(req).tenant);
      },
    });

    r.get('/api/v1/public/dcc/revocations', {
      onRequest: [reads, pre],
      schema: {
        querystring: NoQuery,
        tags: dccTags,
        summary: 'Revoked certificates as hashes of their UCIs (first 16 bytes of SHA-256, base64)',
        response: { 200: S.RevocationList, 429: ProblemSchema },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return service.revocationList(deps, ctxOf(req).tenant);
      },
    });

    r.post('/api/v1/public/dcc/verifications', {
      onRequest: [rateLimit(deps, { scope: 'dcc-verifications', limit: 120, windowMs: 60_000 }), pre],
      schema: {
        querystring: NoQuery,
        tags: dccTags,
        summary: 'Verify a certificate (HC1 string) against the organisation’s signers and the configured trust file',
        body: S.VerifyBody,
        response: { 200: S.VerifyResult, 422: ProblemSchema, 429: ProblemSchema },
      },
      handler: async (req) => {
        const tenant = ctxOf(req).tenant;
        const trust = [...trustFromEntries(await service.trustList(deps, tenant)), ...extra];
        const result = verifyHc1(req.body.hc1, { trust, at: deps.clock.now() });
        // The issuer's own revocation list applies on top of the signature checks.
        if (result.decoded && (await service.isRevoked(deps, tenant, result.payload))) {
          result.valid = false;
          result.errors.push('revocation: the certificate is on the issuer’s revocation list (its vaccination record was corrected)');
        }
        return result;
      },
    });

    // ---- Staff: print or send at check-out.
    const staff = staffAccess(deps, 'certificates.manage');
    const staffTags = ['certificates (staff)'];
    const staffErrors = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

    r.get('/api/v1/staff/vaccinations/:id/certificate', {
      onRequest: staff,
      schema: {
        querystring: NoQuery,
        tags: staffTags,
        summary: 'The current certificate of a vaccination record (404 no-certificate when none is issued yet: issue it with POST)',
        params: S.IdParams,
        response: { 200: S.Certificate, ...staffErrors },
      },
      handler: (req) => service.certificateOfVaccination(deps, ctxOf(req), req.params.id),
    });

    r.post('/api/v1/staff/vaccinations/:id/certificate', {
      onRequest: staff,
      schema: {
        querystring: NoQuery,
        tags: staffTags,
        summary: 'Issue a certificate for a vaccination record (its first, or a new one: the previous one is superseded, still valid, not revoked)',
        params: S.IdParams,
        response: { 201: S.Certificate, ...staffErrors },
      },
      handler: async (req, reply) => {
        const cert = await service.reissue(deps, ctxOf(req), req.params.id);
        reply.status(201);
        return cert;
      },
    });

    r.get('/api/v1/staff/certificates/:id/pdf', {
      onRequest: staff,
      schema: { tags: staffTags, summary: 'A certificate as PDF for printing (application/pdf)', params: S.IdParams, querystring: S.StaffPdfQuery, response: staffErrors },
      handler: async (req, reply) => {
        const { pdf, filename } = await service.certificatePdf(deps, ctxOf(req), req.params.id, { kind: 'staff' }, req.query.lang);
        return sendPdf(reply, pdf, filename, true);
      },
    });

    for (const format of ['png', 'svg'] as const) {
      r.get(`/api/v1/staff/certificates/:id/qr.${format}`, {
        onRequest: staff,
        schema: { querystring: NoQuery, tags: staffTags, summary: `A certificate's QR code (${format})`, params: S.IdParams, response: staffErrors },
        handler: async (req, reply) => sendQr(reply, await service.certificateQr(deps, ctxOf(req), req.params.id, { kind: 'staff' }, format)),
      });
    }

    r.post('/api/v1/staff/certificates/:id/mail', {
      onRequest: staff,
      schema: {
        querystring: NoQuery,
        tags: staffTags,
        summary: 'Send a certificate as PDF to the person’s confirmed e-mail address (409 without one)',
        params: S.IdParams,
        response: { 202: S.Queued, ...staffErrors },
      },
      handler: async (req, reply) => {
        const queued = await service.mailCertificate(deps, ctxOf(req), req.params.id, { kind: 'staff' });
        reply.status(202);
        return queued;
      },
    });

    // ---- Admin: issuing keys.
    const admin = staffAccess(deps, 'dccKeys.manage');
    const adminTags = ['certificates (keys)'];
    r.get('/api/v1/admin/dcc/keys', {
      onRequest: admin,
      schema: { querystring: NoQuery, tags: adminTags, summary: 'The document signer keys (certificates only, never a private key)', response: { 200: z.array(S.SigningKey), ...staffErrors } },
      handler: (req) => service.listKeys(deps, ctxOf(req)),
    });

    r.post('/api/v1/admin/dcc/keys', {
      onRequest: admin,
      schema: {
        querystring: NoQuery,
        tags: adminTags,
        summary: 'Import a document signer certificate with its private key (PEM, or PKCS#12 as base64); it signs from now on',
        body: S.KeyImportBody,
        response: { 201: S.SigningKey, ...staffErrors },
      },
      handler: async (req, reply) => {
        const b = req.body;
        const input: service.KeyImport =
          b.pkcs12Base64 !== undefined
            ? { pkcs12Base64: b.pkcs12Base64, password: b.password ?? '' }
            : { certificatePem: b.certificatePem!, privateKeyPem: b.privateKeyPem!, password: b.password };
        const key = await service.importKey(deps, ctxOf(req), input);
        reply.status(201);
        return key;
      },
    });

    r.post('/api/v1/admin/dcc/keys/:kid/deactivate', {
      onRequest: admin,
      schema: {
        querystring: NoQuery,
        tags: adminTags,
        summary: 'Stop signing with a key and withdraw it from the trust list',
        params: S.KidParams,
        response: { 200: S.SigningKey, ...staffErrors },
      },
      // base64url is accepted too (a kid in a path is easier to write without '/' and '+').
      handler: (req) => service.deactivateKey(deps, ctxOf(req), req.params.kid.replace(/-/g, '+').replace(/_/g, '/')),
    });
  };
}
