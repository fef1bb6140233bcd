/** Request and response shapes of the certificate routes (the web app builds against these). */
import { z } from 'zod';
import { BookingCode } from '../../kernel/codes.js';
import { BirthDate } from '../../kernel/person.js';

export const Language = z.enum(['de', 'en'], { message: 'Use "de" or "en".' });

export const Certificate = z.object({
  id: z.string(),
  uvci: z.string().describe('unique certificate identifier, URN:UVCI:01:DE:...#checksum'),
  doseNumber: z.number(),
  seriesDoses: z.number(),
  vaccinatedOn: z.string().describe('YYYY-MM-DD'),
  product: z.string().describe('product id'),
  productName: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string().describe('the signature is valid until then'),
  hc1: z.string().describe('the QR code content, "HC1:..."'),
  revoked: z.boolean(),
});

export const PortalParams = z.strictObject({ bookingCode: BookingCode });
export const PortalCertificateParams = z.strictObject({ bookingCode: BookingCode, id: z.uuid() });
export const PortalQuery = z.strictObject({ birthDate: BirthDate });
export const PortalPdfQuery = z.strictObject({ birthDate: BirthDate, lang: Language.default('de') });
export const PortalMailBody = z.strictObject({ birthDate: BirthDate });

export const IdParams = z.strictObject({ id: z.uuid() });
export const StaffPdfQuery = z.strictObject({ lang: Language.default('de') });

export const Queued = z.object({ queued: z.literal(true) });

export const TrustEntry = z.object({
  kid: z.string(),
  country: z.string(),
  certificateType: z.literal('DSC'),
  rawData: z.string().describe('base64 DER of the document signer certificate'),
  thumbprint: z.string().describe('hex SHA-256 of the DER'),
  timestamp: z.string(),
});

export const RevocationList = z.object({
  country: z.string(),
  generatedAt: z.string(),
  hashType: z.literal('UCI'),
  entries: z.array(z.object({ hash: z.string().describe('base64 of the first 16 bytes of SHA-256 over the UCI'), revokedAt: z.string() })),
});

export const VerifyBody = z.strictObject({
  hc1: z.string().min(1, 'Required.').max(10_000, 'Too long for a certificate QR code.'),
});

export const VerifyResult = z.object({
  valid: z.boolean(),
  decoded: z.boolean(),
  signatureValid: z.boolean(),
  timeValid: z.boolean(),
  keyUsageValid: z.boolean(),
  schemaValid: z.boolean(),
  valueSetsValid: z.boolean(),
  kid: z.string().nullable(),
  payload: z.unknown(),
  errors: z.array(z.string()),
});

const Kid = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'A kid is base64.');
export const KidParams = z.strictObject({ kid: Kid });

export const SigningKey = z.object({
  kid: z.string(),
  alg: z.enum(['ES256', 'PS256']),
  subject: z.string(),
  country: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  active: z.boolean(),
  source: z.enum(['generated', 'imported']),
  createdAt: z.string(),
});

const Pem = z.string().min(1, 'Required.').max(20_000);
/** PEM (certificate, optionally followed by its CSCA, and private key) or a PKCS#12 file, base64. */
export const KeyImportBody = z
  .strictObject({
    certificatePem: Pem.optional(),
    privateKeyPem: Pem.optional(),
    pkcs12Base64: z
      .string()
      .min(1, 'Required.')
      .max(40_000)
      .regex(/^[A-Za-z0-9+/\s]+={0,2}\s*$/, 'Not base64.')
      .optional(),
    password: z.string().max(200).optional(),
  })
  .superRefine((b, ctx) => {
    const pem = b.certificatePem !== undefined || b.privateKeyPem !== undefined;
    if (pem && b.pkcs12Base64 !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['pkcs12Base64'], message: 'Send either PEM (certificatePem, privateKeyPem) or PKCS#12 (pkcs12Base64, password), not both.', params: { code: 'pem-or-pkcs12' } });
    } else if (b.pkcs12Base64 !== undefined) {
      if (b.password === undefined) ctx.addIssue({ code: 'custom', path: ['password'], message: 'The password of the PKCS#12 file is required.', params: { code: 'required' } });
    } else if (pem) {
      if (b.certificatePem === undefined) ctx.addIssue({ code: 'custom', path: ['certificatePem'], message: 'Required with privateKeyPem.', params: { code: 'required' } });
      if (b.privateKeyPem === undefined) ctx.addIssue({ code: 'custom', path: ['privateKeyPem'], message: 'Required with certificatePem.', params: { code: 'required' } });
    } else {
      ctx.addIssue({ code: 'custom', path: ['certificatePem'], message: 'Send certificatePem and privateKeyPem, or pkcs12Base64 and password.', params: { code: 'pem-or-pkcs12' } });
    }
  });
