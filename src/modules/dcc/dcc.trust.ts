/**
 * Trust input for verification: the Document Signer Certificates (DSCs) a verifier accepts, by kid.
 * Reads PEM, a JSON array of base64 DER, or the EU gateway's trust list (objects with rawData and kid).
 */
import { X509Certificate } from 'node:crypto';
import { kidOf } from './dcc.cose.js';
import type { TrustEntry } from './dcc.types.js';

/** A DSC ready for verification. */
export type TrustedCertificate = { kid: Uint8Array; der: Uint8Array; x509: X509Certificate; country?: string };

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;

/** Parses a trust file: PEM CERTIFICATE blocks, a JSON array of base64 DER strings or of gateway objects ({rawData, kid?, country?}), or one base64 DER; throws a clear Error on bad input. */
export function parseTrustFile(text: string): TrustedCertificate[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('the trust file is empty');
  if (trimmed.startsWith('-----BEGIN')) return parsePem(trimmed);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(trimmed);
  if (BASE64.test(trimmed)) return [trusted(fromBase64(trimmed, 'the trust file'), 'the trust file')];
  throw new Error('the trust file is neither PEM, JSON nor base64 DER');
}

/** Turns trust-list entries (the EU gateway format, as stored by vaxops) into certificates for verification. */
export function trustFromEntries(entries: TrustEntry[]): TrustedCertificate[] {
  return entries.map((entry, i) =>
    trusted(fromBase64(entry.rawData, `trust entry ${i}`), `trust entry ${i}`, { kid: entry.kid, country: entry.country }),
  );
}

function parsePem(text: string): TrustedCertificate[] {
  const result: TrustedCertificate[] = [];
  let n = 0;
  for (const [, label, body] of text.matchAll(PEM_BLOCK)) {
    n++;
    // A bundle may also hold keys or CRLs; only certificates can be trusted signers.
    if (label !== 'CERTIFICATE') continue;
    result.push(trusted(fromBase64(body!, `PEM block ${n}`), `PEM block ${n}`));
  }
  if (result.length === 0) throw new Error('the trust file has no PEM CERTIFICATE block');
  return result;
}

function parseJson(text: string): TrustedCertificate[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`the trust file is not valid JSON: ${(err as Error).message}`);
  }
  // Some gateways wrap the list: {"certificates": [...]}.
  const list = Array.isArray(json) ? json : (json as { certificates?: unknown })?.certificates;
  if (!Array.isArray(list)) throw new Error('the JSON trust file must be an array (or an object with a "certificates" array)');
  const result: TrustedCertificate[] = [];
  list.forEach((item: unknown, i) => {
    const where = `trust list entry ${i}`;
    if (typeof item === 'string') return void result.push(trusted(fromBase64(item, where), where));
    if (typeof item !== 'object' || item === null) throw new Error(`${where} is neither a base64 string nor an object`);
    const entry = item as Record<string, unknown>;
    // The gateway list also carries CSCA and upload certificates; only DSCs sign certificates.
    if (typeof entry.certificateType === 'string' && entry.certificateType !== 'DSC') return;
    if (typeof entry.rawData !== 'string') throw new Error(`${where} has no rawData (base64 DER certificate)`);
    result.push(
      trusted(fromBase64(entry.rawData, where), where, {
        kid: typeof entry.kid === 'string' ? entry.kid : undefined,
        country: typeof entry.country === 'string' ? entry.country : undefined,
      }),
    );
  });
  if (result.length === 0) throw new Error('the trust file lists no document signer certificate');
  return result;
}

function fromBase64(text: string, where: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!BASE64.test(compact)) throw new Error(`${where} is not base64`);
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

function trusted(der: Uint8Array, where: string, extra: { kid?: string; country?: string } = {}): TrustedCertificate {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch (err) {
    throw new Error(`${where} is not an X.509 certificate: ${(err as Error).message}`);
  }
  // The list's kid is authoritative (spec A.1: verifiers may match it directly); otherwise compute it.
  const kid = extra.kid ? fromBase64(extra.kid, `${where} kid`) : kidOf(der);
  return { kid, der, x509, ...(extra.country ? { country: extra.country } : {}) };
}
