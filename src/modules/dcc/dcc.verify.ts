/**
 * Verification of an EU Digital COVID Certificate, step by step: HC1 prefix, Base45, zlib, COSE, CWT,
 * kid and signature against the trust list, validity times, the DSC's extended key usage, the DCC schema
 * and the value sets. The one implementation behind `vaxops dcc verify`, the API and the web page.
 */
import { DccDecodeError, decodeHc1 } from './dcc.codec.js';
import { COSE_ALG, decodeCoseSign1, decodeCwt, verifyCoseSignature, type CoseSign1, type CwtClaims } from './dcc.cose.js';
import { dccKinds, validateDccSchema, type DccKind } from './dcc.schema.js';
import type { TrustedCertificate } from './dcc.trust.js';
import type { VerifyResult } from './dcc.types.js';
import { checkValueSets } from './dcc.valuesets.js';

// Spec annex A.4. The "1.3.6.1.4.1.0.1847..." spelling comes from an early draft of the spec and is still
// found in DSCs (the official common test certificates use it), so both spellings restrict a DSC.
const KEY_USAGE_OIDS: Record<DccKind, readonly string[]> = {
  t: ['1.3.6.1.4.1.1847.2021.1.1', '1.3.6.1.4.1.0.1847.2021.1.1'],
  v: ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.4.1.0.1847.2021.1.2'],
  r: ['1.3.6.1.4.1.1847.2021.1.3', '1.3.6.1.4.1.0.1847.2021.1.3'],
};
const DCC_KEY_USAGE_OIDS = new Set(Object.values(KEY_USAGE_OIDS).flat());
const KIND_NAMES: Record<DccKind, string> = { v: 'vaccination', t: 'test', r: 'recovery' };

/** Verifies an HC1 string against trusted DSCs at a point in time; never throws, every failed step adds an error. */
export function verifyHc1(hc1: string, opts: { trust: TrustedCertificate[]; at: Date }): VerifyResult {
  const result: VerifyResult = {
    valid: false,
    decoded: false,
    signatureValid: false,
    timeValid: false,
    keyUsageValid: false,
    schemaValid: false,
    valueSetsValid: false,
    kid: null,
    payload: null,
    errors: [],
  };
  const errors = result.errors;
  try {
    if (typeof hc1 !== 'string') {
      errors.push('prefix: the input is not a text string');
      return result;
    }
    let cose: CoseSign1;
    try {
      cose = decodeCoseSign1(decodeHc1(hc1).cose);
    } catch (err) {
      errors.push(err instanceof DccDecodeError ? err.message : `COSE: ${(err as Error).message}`);
      return result;
    }
    if (cose.kid) result.kid = Buffer.from(cose.kid).toString('base64');

    let claims: CwtClaims | null = null;
    try {
      claims = decodeCwt(cose.payload);
      if (claims.hcert === undefined) throw new Error('the CWT has no EU DCC (claim -260, key 1)');
      result.payload = claims.hcert;
      result.decoded = true;
    } catch (err) {
      errors.push(`CWT: ${(err as Error).message}`);
    }

    // The signature is checked even when the payload is unreadable, so a report says whether it was forged.
    const candidates = cose.kid ? opts.trust.filter((t) => equalBytes(t.kid, cose.kid!)) : [];
    const signer = checkSignature(cose, candidates, result);
    // Time and key usage need a DSC; without a verified signer, the kid's certificate is the best evidence.
    const dsc = signer ?? candidates[0] ?? null;

    if (claims) checkTime(claims, dsc, opts.at, result);
    else errors.push('time: not checked because the CWT could not be read');

    if (result.decoded) checkKeyUsage(result.payload, dsc, result);
    else errors.push('key usage: not checked because the DCC could not be read');

    if (result.decoded) {
      const schema = validateDccSchema(result.payload);
      result.schemaValid = schema.valid;
      for (const e of schema.errors) errors.push(`schema: ${e}`);
      const unknownCodes = checkValueSets(result.payload);
      result.valueSetsValid = unknownCodes.length === 0;
      for (const e of unknownCodes) errors.push(`value sets: ${e}`);
    }
  } catch (err) {
    // A verifier facing hostile input must answer, not crash; this marks a bug, reported as a failure.
    errors.push(`internal: verification failed unexpectedly: ${(err as Error).message}`);
    result.signatureValid = false;
  }
  result.valid =
    errors.length === 0 &&
    result.decoded &&
    result.signatureValid &&
    result.timeValid &&
    result.keyUsageValid &&
    result.schemaValid &&
    result.valueSetsValid;
  return result;
}

function checkSignature(cose: CoseSign1, candidates: TrustedCertificate[], result: VerifyResult): TrustedCertificate | null {
  if (!cose.kid) {
    result.errors.push('signature: the COSE headers carry no kid (key identifier) as a byte string');
    return null;
  }
  if (cose.alg !== COSE_ALG.ES256 && cose.alg !== COSE_ALG.PS256) {
    result.errors.push(`signature: unsupported algorithm ${cose.alg ?? '(none)'}; only ES256 (-7) and PS256 (-37) are allowed`);
    return null;
  }
  if (candidates.length === 0) {
    result.errors.push(`signature: no trusted certificate has the kid ${result.kid}`);
    return null;
  }
  // kids are 8-byte truncated hashes and may collide: the spec requires trying every DSC with that kid.
  const signer = candidates.find((c) => verifyCoseSignature(cose, c.x509.publicKey)) ?? null;
  if (!signer) {
    result.errors.push(`signature: the signature does not verify with the trusted certificate for kid ${result.kid}`);
    return null;
  }
  result.signatureValid = true;
  return signer;
}

function checkTime(claims: CwtClaims, dsc: TrustedCertificate | null, at: Date, result: VerifyResult): void {
  const errors: string[] = [];
  const now = at.getTime();
  if (Number.isNaN(now)) errors.push('the validation time is not a valid date');
  if (claims.iat === undefined) errors.push('the CWT has no issued-at time (claim 6)');
  else if (claims.iat * 1000 > now) errors.push(`the certificate is issued in the future (iat ${isoSeconds(claims.iat)})`);
  if (claims.exp === undefined) errors.push('the CWT has no expiration time (claim 4)');
  else if (claims.exp * 1000 < now) errors.push(`the certificate has expired (exp ${isoSeconds(claims.exp)})`);
  if (!dsc) {
    errors.push('the document signer certificate validity was not checked: no trusted certificate for this kid');
  } else {
    const notBefore = Date.parse(dsc.x509.validFrom);
    const notAfter = Date.parse(dsc.x509.validTo);
    if (now < notBefore) errors.push(`the document signer certificate is not valid before ${new Date(notBefore).toISOString()}`);
    if (now > notAfter) errors.push(`the document signer certificate expired on ${new Date(notAfter).toISOString()}`);
  }
  result.timeValid = errors.length === 0;
  for (const e of errors) result.errors.push(`time: ${e}`);
}

function checkKeyUsage(payload: unknown, dsc: TrustedCertificate | null, result: VerifyResult): void {
  if (!dsc) {
    result.errors.push('key usage: not checked because no trusted certificate has this kid');
    return;
  }
  const restrictions = (dsc.x509.keyUsage ?? []).filter((oid) => DCC_KEY_USAGE_OIDS.has(oid));
  // Spec A.4: a DSC without DCC-specific extended key usages may sign every kind of certificate.
  if (restrictions.length === 0) {
    result.keyUsageValid = true;
    return;
  }
  const kinds = dccKinds(payload);
  if (kinds.length === 0) {
    result.errors.push('key usage: the DSC is restricted to certain certificate types, but the DCC has no v, t or r entry');
    return;
  }
  const refused = kinds.filter((kind) => !KEY_USAGE_OIDS[kind].some((oid) => restrictions.includes(oid)));
  for (const kind of refused) {
    result.errors.push(`key usage: the document signer certificate may not sign ${KIND_NAMES[kind]} certificates`);
  }
  result.keyUsageValid = refused.length === 0;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function isoSeconds(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString();
}
