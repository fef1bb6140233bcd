/**
 * COSE_Sign1 (RFC 9052) and CWT (RFC 8392) as the HCERT specification profiles them:
 * ES256 or PS256, the kid in the protected header, the DCC under claim -260 key 1.
 */
import { createHash, sign, verify, constants, type KeyObject } from 'node:crypto';
import { decode, encode, Tagged, type TagDecoder } from 'cborg';

/** COSE algorithm identifiers the HCERT specification allows. */
export const COSE_ALG = { ES256: -7, PS256: -37 } as const;

const HEADER_ALG = 1;
const HEADER_KID = 4;
const TAG_COSE_SIGN1 = 18;
const TAG_CWT = 61;
const CLAIM_ISS = 1;
const CLAIM_EXP = 4;
const CLAIM_IAT = 6;
const CLAIM_HCERT = -260;
const HCERT_EU_DCC = 1;
const EMPTY = new Uint8Array(0);

/** The CWT claims a verifier reads. */
export type CwtClaims = { iss?: string; iat?: number; exp?: number; hcert?: unknown /* the DCC JSON, claim -260 key 1 */ };

/** A parsed COSE_Sign1 message. */
export type CoseSign1 = {
  protectedHeader: Map<number, unknown>;
  unprotectedHeader: Map<number, unknown>;
  payload: Uint8Array;
  signature: Uint8Array;
  protectedBytes: Uint8Array;
  kid: Uint8Array | null;
  alg: number | null;
};

/** Encodes the CWT claims of a DCC: {1: iss, 6: iat, 4: exp, -260: {1: dcc}}. */
export function encodeCwt(claims: { iss: string; iat: number; exp: number; dcc: unknown }): Uint8Array {
  // The spec requires NumericDate integers; a float here would be a silent interoperability bug.
  if (!Number.isSafeInteger(claims.iat) || !Number.isSafeInteger(claims.exp)) {
    throw new TypeError('iat and exp must be integer seconds since the epoch');
  }
  const cwt = new Map<number, unknown>([
    [CLAIM_ISS, claims.iss],
    [CLAIM_IAT, claims.iat],
    [CLAIM_EXP, claims.exp],
    [CLAIM_HCERT, new Map([[HCERT_EU_DCC, claims.dcc]])],
  ]);
  // Issuer quality check I-CO5: the CBOR must contain no undefined values.
  return encode(cwt, { ignoreUndefinedProperties: true });
}

/** Signs a payload as a COSE_Sign1 (tag 18) with {1: alg, 4: kid} protected and an empty unprotected header; throws when the key does not fit the alg. */
export function signCoseSign1(
  payload: Uint8Array,
  opts: { kid: Uint8Array; alg: 'ES256' | 'PS256'; privateKey: KeyObject },
): Uint8Array {
  // A mismatched key would produce certificates that every verifier refuses; better to fail at issuing.
  if (opts.alg === 'ES256' && opts.privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new TypeError('ES256 needs an EC private key on P-256');
  }
  if (opts.alg === 'PS256' && !['rsa', 'rsa-pss'].includes(opts.privateKey.asymmetricKeyType ?? '')) {
    throw new TypeError('PS256 needs an RSA private key');
  }
  const protectedBytes = encode(
    new Map<number, unknown>([
      [HEADER_ALG, COSE_ALG[opts.alg]],
      [HEADER_KID, opts.kid],
    ]),
  );
  const toBeSigned = sigStructure(protectedBytes, payload);
  const signature =
    opts.alg === 'ES256'
      ? sign('sha256', toBeSigned, { key: opts.privateKey, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', toBeSigned, {
          key: opts.privateKey,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32,
        });
  return encode(new Tagged(TAG_COSE_SIGN1, [protectedBytes, new Map(), payload, new Uint8Array(signature)]));
}

// Maps keep integer keys; a repeated key is refused because it makes "the" kid or claim ambiguous.
// Indefinite lengths stay allowed: issuers in production use them (the Austrian test certificates do).
const DECODE_OPTIONS = { useMaps: true, rejectDuplicateMapKeys: true } as const;

// Tags are preserved (not unwrapped) so the structure check can tell a CWT-tagged COSE_Sign1 from junk.
const COSE_TAGS: Record<number, TagDecoder> = {
  [TAG_COSE_SIGN1]: Tagged.decoder(TAG_COSE_SIGN1),
  [TAG_CWT]: Tagged.decoder(TAG_CWT),
};

/** Parses a COSE_Sign1 (tag 18, CWT tag 61 around tag 18, or untagged); throws on any other structure. */
export function decodeCoseSign1(bytes: Uint8Array): CoseSign1 {
  let message: unknown;
  try {
    message = decode(bytes, { ...DECODE_OPTIONS, tags: COSE_TAGS });
  } catch (err) {
    throw new Error(`the COSE message is not valid CBOR: ${(err as Error).message}`);
  }
  if (message instanceof Tagged && message.tag === TAG_CWT) message = message.value;
  if (message instanceof Tagged) {
    if (message.tag !== TAG_COSE_SIGN1) throw new Error(`the COSE message has tag ${message.tag}, not 18 (COSE_Sign1)`);
    message = message.value;
  }
  if (!Array.isArray(message) || message.length !== 4) {
    throw new Error('the COSE message is not a COSE_Sign1 array of four elements');
  }
  const [protectedBytes, unprotectedHeader, payload, signature] = message as unknown[];
  if (!(protectedBytes instanceof Uint8Array)) throw new Error('the COSE protected header is not a byte string');
  if (!(unprotectedHeader instanceof Map)) throw new Error('the COSE unprotected header is not a map');
  if (!(payload instanceof Uint8Array)) throw new Error('the COSE payload is not a byte string');
  if (!(signature instanceof Uint8Array)) throw new Error('the COSE signature is not a byte string');
  const protectedHeader = decodeProtectedHeader(protectedBytes);
  const protectedKid = protectedHeader.get(HEADER_KID);
  // Spec 3.3.3: the protected kid wins; the unprotected one is used only when the protected header has none.
  const kid = protectedKid !== undefined ? protectedKid : unprotectedHeader.get(HEADER_KID);
  // An unprotected alg is read too: it cannot turn a bad signature good, since each alg demands its key type.
  const alg = protectedHeader.has(HEADER_ALG) ? protectedHeader.get(HEADER_ALG) : unprotectedHeader.get(HEADER_ALG);
  return {
    protectedHeader,
    unprotectedHeader: unprotectedHeader as Map<number, unknown>,
    payload,
    signature,
    protectedBytes,
    kid: kid instanceof Uint8Array ? kid : null,
    alg: typeof alg === 'number' ? alg : null,
  };
}

function decodeProtectedHeader(bytes: Uint8Array): Map<number, unknown> {
  // RFC 9052: an empty protected header may be sent as a zero-length byte string.
  if (bytes.length === 0) return new Map();
  let header: unknown;
  try {
    header = decode(bytes, DECODE_OPTIONS);
  } catch (err) {
    throw new Error(`the COSE protected header is not valid CBOR: ${(err as Error).message}`);
  }
  if (!(header instanceof Map)) throw new Error('the COSE protected header is not a map');
  return header as Map<number, unknown>;
}

/** Checks the COSE_Sign1 signature with the given public key; false for an unsupported alg, a key of the wrong type or a malformed signature. */
export function verifyCoseSignature(decoded: CoseSign1, publicKey: KeyObject): boolean {
  const toBeSigned = sigStructure(decoded.protectedBytes, decoded.payload);
  try {
    if (decoded.alg === COSE_ALG.ES256) {
      // An ES256 signature is exactly r||s of 32 bytes each; anything else (e.g. DER) is malformed.
      // ES256 is ECDSA on P-256 (spec 3.3.2); a key on another curve is the wrong algorithm, not a weaker match.
      if (publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1' || decoded.signature.length !== 64) return false;
      return verify('sha256', toBeSigned, { key: publicKey, dsaEncoding: 'ieee-p1363' }, decoded.signature);
    }
    if (decoded.alg === COSE_ALG.PS256) {
      if (publicKey.asymmetricKeyType !== 'rsa' && publicKey.asymmetricKeyType !== 'rsa-pss') return false;
      return verify(
        'sha256',
        toBeSigned,
        { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
        decoded.signature,
      );
    }
    return false;
  } catch {
    return false;
  }
}

function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return encode(['Signature1', protectedBytes, EMPTY, payload]);
}

// Date tags (0, 1, 1004) are not part of the DCC wire format but are harmless to read through.
const CWT_TAGS: Record<number, TagDecoder> = {
  0: (inner) => inner(),
  1: (inner) => inner(),
  1004: (inner) => inner(),
};

/** Parses the CWT payload of a COSE_Sign1; throws when it is not a claims map or a claim has the wrong type. */
export function decodeCwt(payload: Uint8Array): CwtClaims {
  let claims: unknown;
  try {
    claims = decode(payload, { ...DECODE_OPTIONS, tags: CWT_TAGS });
  } catch (err) {
    throw new Error(`the CWT payload is not valid CBOR: ${(err as Error).message}`);
  }
  if (!(claims instanceof Map)) throw new Error('the CWT payload is not a map of claims');
  const result: CwtClaims = {};
  const iss = claims.get(CLAIM_ISS);
  if (iss !== undefined) {
    if (typeof iss !== 'string') throw new Error('the CWT issuer (claim 1) is not a text string');
    result.iss = iss;
  }
  for (const [key, name] of [
    [CLAIM_IAT, 'iat'],
    [CLAIM_EXP, 'exp'],
  ] as const) {
    const value = claims.get(key);
    if (value === undefined) continue;
    const seconds = typeof value === 'bigint' ? Number(value) : value;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
      throw new Error(`the CWT ${name} (claim ${key}) is not a number`);
    }
    result[name] = seconds;
  }
  const hcert = claims.get(CLAIM_HCERT);
  if (hcert !== undefined) {
    if (!(hcert instanceof Map)) throw new Error('the CWT hcert (claim -260) is not a map');
    const dcc = hcert.get(HCERT_EU_DCC);
    if (dcc !== undefined) {
      // The DCC is a JSON object on the wire as a CBOR map; a byte string here is CBOR wrapped twice (CBO1).
      if (!(dcc instanceof Map)) throw new Error('the EU DCC (claim -260, key 1) is not a map');
      result.hcert = toJson(dcc);
    }
  }
  return result;
}

// The DCC is specified as JSON; CBOR maps become objects and byte strings base64 so the payload can be
// returned by the API and the CLI as is.
function toJson(value: unknown): unknown {
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[String(k)] = toJson(v);
    return out;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value === undefined) return null;
  return value;
}

/** The HCERT key identifier of a DSC: the first 8 bytes of the SHA-256 of its DER encoding. */
export function kidOf(derCertificate: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(derCertificate).digest().subarray(0, 8));
}
