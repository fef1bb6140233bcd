import { generateKeyPairSync } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { decode, encode, Tagged } from 'cborg';
import { describe, expect, it } from 'vitest';
import { base45Decode, base45Encode, DccDecodeError, decodeHc1, encodeHc1 } from './dcc.codec.js';
import { decodeCoseSign1, decodeCwt, encodeCwt, kidOf, signCoseSign1, verifyCoseSignature } from './dcc.cose.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

const dcc = {
  ver: '1.3.0',
  nam: { fn: 'Musterfrau', fnt: 'MUSTERFRAU', gn: 'Erika', gnt: 'ERIKA' },
  dob: '1964-08-12',
  v: [
    {
      tg: '840539006',
      vp: '1119349007',
      mp: 'EU/1/20/1528',
      ma: 'ORG-100030215',
      dn: 2,
      sd: 2,
      dt: '2021-05-29',
      co: 'DE',
      is: 'Robert Koch-Institut',
      ci: 'URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#W',
    },
  ],
};

describe('Base45 (RFC 9285)', () => {
  it('encodes the RFC examples', () => {
    expect(base45Encode(utf8('AB'))).toBe('BB8');
    expect(base45Encode(utf8('Hello!!'))).toBe('%69 VD92EX0');
    expect(base45Encode(utf8('base-45'))).toBe('UJCLQE7W581');
    expect(base45Encode(new Uint8Array(0))).toBe('');
  });

  it('decodes what it encodes, for every length remainder and every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    for (const n of [0, 1, 2, 3, 255, 256]) {
      expect(base45Decode(base45Encode(bytes.subarray(0, n)))).toEqual(bytes.subarray(0, n));
    }
    expect(new TextDecoder().decode(base45Decode('QED8WEX0'))).toBe('ietf!');
  });

  it('rejects characters outside the alphabet, a dangling character and out-of-range groups', () => {
    expect(() => base45Decode('BB8=')).toThrow(/length of 4/);
    expect(() => base45Decode('BB8a')).toThrow(/length/);
    expect(() => base45Decode('BBa')).toThrow(/invalid character "a" at position 2/);
    expect(() => base45Decode('GGW')).toThrow(/exceeds the Base45 range/); // 65536
    expect(() => base45Decode(':6')).toThrow(/exceeds the Base45 range/); // 44 + 6*45 = 314
  });
});

describe('HC1 transport encoding', () => {
  it('names the failing step: prefix, Base45 or zlib', () => {
    const failure = (hc1: string) => {
      try {
        decodeHc1(hc1);
      } catch (err) {
        return err instanceof DccDecodeError ? err.step : 'other';
      }
      return 'none';
    };
    expect(failure('HC2:BB8')).toBe('prefix');
    expect(failure('HC1:BB8=')).toBe('base45');
    expect(failure(`HC1:${base45Encode(utf8('not compressed'))}`)).toBe('zlib');
    const truncated = deflateSync(utf8('a longer text that zlib will compress')).subarray(0, 12);
    expect(failure(`HC1:${base45Encode(truncated)}`)).toBe('zlib');
    expect(failure(encodeHc1(utf8('fine')))).toBe('none');
  });
});

describe('COSE_Sign1 and CWT', () => {
  it('signs a DCC with a fresh P-256 key, and the HC1 string decodes and verifies', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const kid = kidOf(utf8('a DSC in DER form'));
    const payload = encodeCwt({ iss: 'DE', iat: 1622316073, exp: 1643356073, dcc });
    const hc1 = encodeHc1(signCoseSign1(payload, { kid, alg: 'ES256', privateKey }));

    expect(hc1.startsWith('HC1:')).toBe(true);
    const cose = decodeCoseSign1(decodeHc1(hc1).cose);
    expect(cose.alg).toBe(-7);
    expect(cose.kid).toEqual(kid);
    expect(cose.unprotectedHeader.size).toBe(0);
    expect(cose.signature).toHaveLength(64);
    expect(verifyCoseSignature(cose, publicKey)).toBe(true);
    expect(decodeCwt(cose.payload)).toEqual({ iss: 'DE', iat: 1622316073, exp: 1643356073, hcert: dcc });
  });

  it('signs with PS256 and rejects a tampered payload or a foreign key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const payload = encodeCwt({ iss: 'DE', iat: 1, exp: 2, dcc });
    const cose = decodeCoseSign1(signCoseSign1(payload, { kid: new Uint8Array(8), alg: 'PS256', privateKey }));
    expect(cose.alg).toBe(-37);
    expect(verifyCoseSignature(cose, publicKey)).toBe(true);
    expect(verifyCoseSignature(cose, other)).toBe(false);
    const tampered = Uint8Array.from(cose.payload);
    tampered[tampered.length - 1] ^= 1;
    expect(verifyCoseSignature({ ...cose, payload: tampered }, publicKey)).toBe(false);
  });

  it('writes the CWT as the spec lays it out: integer claim keys and times, the DCC under -260/1', () => {
    const claims = decode(encodeCwt({ iss: 'DE', iat: 1622316073, exp: 1643356073, dcc }), { useMaps: true }) as Map<
      number,
      unknown
    >;
    expect([...claims.keys()].sort()).toEqual([-260, 1, 4, 6]);
    expect(claims.get(6)).toBe(1622316073);
    expect((claims.get(-260) as Map<number, unknown>).get(1)).toBeInstanceOf(Map);
    expect(() => encodeCwt({ iss: 'DE', iat: 1.5, exp: 2, dcc })).toThrow(/integer/);
  });

  it('reads the kid from the unprotected header only when the protected header has none', () => {
    const protectedWithKid = encode(new Map<number, unknown>([[1, -7], [4, utf8('protect!')]]));
    const protectedNoKid = encode(new Map<number, unknown>([[1, -7]]));
    const unprotected = new Map<number, unknown>([[4, utf8('unprotec')]]);
    const sign1 = (p: Uint8Array) => encode(new Tagged(18, [p, unprotected, utf8('x'), new Uint8Array(64)]));
    expect(new TextDecoder().decode(decodeCoseSign1(sign1(protectedWithKid)).kid!)).toBe('protect!');
    expect(new TextDecoder().decode(decodeCoseSign1(sign1(protectedNoKid)).kid!)).toBe('unprotec');
  });

  it('accepts COSE_Sign1 double-tagged (CWT 61) and untagged, and refuses other structures', () => {
    const body = [encode(new Map([[1, -7]])), new Map(), utf8('x'), new Uint8Array(64)];
    expect(decodeCoseSign1(encode(new Tagged(61, new Tagged(18, body)))).alg).toBe(-7);
    expect(decodeCoseSign1(encode(body)).alg).toBe(-7);
    expect(() => decodeCoseSign1(encode(new Tagged(98, body)))).toThrow();
    expect(() => decodeCoseSign1(encode(body.slice(0, 3)))).toThrow(/four elements/);
    expect(() => decodeCoseSign1(encode([utf8('x'), new Map(), utf8('x'), utf8('x')]))).toThrow(/protected header/);
    expect(() => decodeCoseSign1(Uint8Array.of(0xd2, 0x84, 0x40))).toThrow(/not valid CBOR/);
    // {4: h'01', 4: h'02'}: two kids in one header would make the signer ambiguous.
    const twoKids = Uint8Array.of(0xa2, 0x04, 0x41, 0x01, 0x04, 0x41, 0x02);
    expect(() => decodeCoseSign1(encode([twoKids, new Map(), utf8('x'), new Uint8Array(64)]))).toThrow(/protected header/);
  });

  it('refuses an unsupported algorithm and a malformed ECDSA signature without throwing', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const cose = decodeCoseSign1(signCoseSign1(utf8('x'), { kid: new Uint8Array(8), alg: 'ES256', privateKey }));
    expect(verifyCoseSignature({ ...cose, alg: -35 }, publicKey)).toBe(false);
    expect(verifyCoseSignature({ ...cose, signature: new Uint8Array(72).fill(0x30) }, publicKey)).toBe(false);
    expect(verifyCoseSignature({ ...cose, alg: -37 }, publicKey)).toBe(false);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    expect(verifyCoseSignature(cose, p384.publicKey)).toBe(false);
  });

  it('refuses to sign with a key that does not fit the algorithm', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const kid = new Uint8Array(8);
    expect(() => signCoseSign1(utf8('x'), { kid, alg: 'ES256', privateKey: p384 })).toThrow('ES256 needs an EC private key on P-256');
    expect(() => signCoseSign1(utf8('x'), { kid, alg: 'PS256', privateKey: p256 })).toThrow('PS256 needs an RSA private key');
  });

  it('refuses CWTs that are not claim maps or carry the DCC as bytes', () => {
    expect(() => decodeCwt(encode(['not', 'a', 'map']))).toThrow(/not a map of claims/);
    expect(() => decodeCwt(encode(new Map<number, unknown>([[-260, new Map([[1, utf8('{}')]])]])))).toThrow(
      /not a map/,
    );
    expect(() => decodeCwt(encode(new Map<number, unknown>([[6, 'yesterday']])))).toThrow(/iat/);
  });
});
