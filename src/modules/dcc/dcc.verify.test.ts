/**
 * The verifier step by step, on certificates minted here with their own document signer certificates (DSCs),
 * so it is exercised without the official test material too.
 */
import 'reflect-metadata';
import { createPrivateKey, webcrypto, X509Certificate, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { encode, Tagged } from 'cborg';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeHc1 } from './dcc.codec.js';
import { encodeCwt, kidOf, signCoseSign1 } from './dcc.cose.js';
import type { TrustedCertificate } from './dcc.trust.js';
import { verifyHc1 } from './dcc.verify.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const DAY = 86_400_000;
const at = new Date('2021-06-01T12:00:00Z');
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

type Dsc = { trusted: TrustedCertificate; privateKey: KeyObject };

async function mintDsc(opts: { eku?: string[]; notBefore?: Date; notAfter?: Date } = {}): Promise<Dsc> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'C=DE, O=Test, CN=Test DSC',
    notBefore: opts.notBefore ?? new Date(at.getTime() - 30 * DAY),
    notAfter: opts.notAfter ?? new Date(at.getTime() + 365 * DAY),
    keys,
    signingAlgorithm: alg,
    extensions: opts.eku ? [new x509.ExtendedKeyUsageExtension(opts.eku)] : [],
  });
  const der = new Uint8Array(cert.rawData);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey as webcrypto.CryptoKey);
  return {
    trusted: { kid: kidOf(der), der, x509: new X509Certificate(der), country: 'DE' },
    privateKey: createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }),
  };
}

const vaccination = {
  ver: '1.3.0',
  nam: { fn: 'Mustermann', fnt: 'MUSTERMANN', gn: 'Erika', gnt: 'ERIKA' },
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
const pcrTest = {
  ver: '1.3.0',
  nam: { fnt: 'MUSTERMANN', gnt: 'ERIKA' },
  dob: '1964-08-12',
  t: [
    {
      tg: '840539006',
      tt: 'LP6464-4',
      sc: '2021-05-31T08:00:00Z',
      tr: '260415000',
      co: 'DE',
      is: 'Robert Koch-Institut',
      ci: 'URN:UVCI:01DE/TZ12345A/ABCDEF#X',
    },
  ],
};

function issue(
  dsc: Dsc,
  opts: { dcc?: unknown; iat?: Date; exp?: Date; kid?: Uint8Array } = {},
): string {
  const payload = encodeCwt({
    iss: 'DE',
    iat: seconds(opts.iat ?? new Date(at.getTime() - DAY)),
    exp: seconds(opts.exp ?? new Date(at.getTime() + 180 * DAY)),
    dcc: opts.dcc ?? vaccination,
  });
  return encodeHc1(signCoseSign1(payload, { kid: opts.kid ?? dsc.trusted.kid, alg: 'ES256', privateKey: dsc.privateKey }));
}

let dsc: Dsc;
beforeAll(async () => {
  dsc = await mintDsc();
});

describe('verifyHc1', () => {
  it('accepts a vaccination certificate signed by a trusted DSC, and returns its payload and kid', () => {
    const result = verifyHc1(issue(dsc), { trust: [dsc.trusted], at });
    expect(result).toEqual({
      valid: true,
      decoded: true,
      signatureValid: true,
      timeValid: true,
      keyUsageValid: true,
      schemaValid: true,
      valueSetsValid: true,
      kid: Buffer.from(dsc.trusted.kid).toString('base64'),
      payload: vaccination,
      errors: [],
    });
  });

  it('refuses a certificate whose kid is not on the trust list, but still shows what it says', () => {
    const result = verifyHc1(issue(dsc), { trust: [], at });
    expect(result.valid).toBe(false);
    expect(result.decoded).toBe(true);
    expect(result.payload).toEqual(vaccination);
    expect(result.signatureValid).toBe(false);
    expect(result.errors[0]).toBe(`signature: no trusted certificate has the kid ${result.kid}`);
  });

  it('refuses a forgery that borrows a trusted kid', async () => {
    const forger = await mintDsc();
    const result = verifyHc1(issue(forger, { kid: dsc.trusted.kid }), { trust: [dsc.trusted], at });
    expect(result.signatureValid).toBe(false);
    expect(result.errors).toContain(`signature: the signature does not verify with the trusted certificate for kid ${result.kid}`);
  });

  it('tries every trusted DSC sharing a kid, as the spec requires for truncated kids', async () => {
    const other = await mintDsc();
    const collision = { ...other.trusted, kid: dsc.trusted.kid };
    expect(verifyHc1(issue(dsc), { trust: [collision, dsc.trusted], at }).signatureValid).toBe(true);
  });

  it('checks the times: issued in the future, expired, and outside the DSC validity', async () => {
    const future = verifyHc1(issue(dsc, { iat: new Date(at.getTime() + DAY) }), { trust: [dsc.trusted], at });
    expect(future.timeValid).toBe(false);
    expect(future.errors).toEqual(['time: the certificate is issued in the future (iat 2021-06-02T12:00:00.000Z)']);

    const expired = verifyHc1(issue(dsc, { exp: new Date(at.getTime() - 1000) }), { trust: [dsc.trusted], at });
    expect(expired.timeValid).toBe(false);
    expect(expired.errors).toEqual(['time: the certificate has expired (exp 2021-06-01T11:59:59.000Z)']);

    const retired = await mintDsc({ notBefore: new Date('2020-01-01'), notAfter: new Date('2021-05-01') });
    const late = verifyHc1(issue(retired), { trust: [retired.trusted], at });
    expect(late.signatureValid).toBe(true);
    expect(late.timeValid).toBe(false);
    expect(late.errors).toEqual(['time: the document signer certificate expired on 2021-05-01T00:00:00.000Z']);
  });

  it('holds the DSC to its extended key usage: a vaccination-only DSC may not sign a test', async () => {
    const vaccinationsOnly = await mintDsc({ eku: ['1.3.6.1.4.1.1847.2021.1.2'] });
    const trust = [vaccinationsOnly.trusted];
    expect(verifyHc1(issue(vaccinationsOnly), { trust, at }).keyUsageValid).toBe(true);
    const test = verifyHc1(issue(vaccinationsOnly, { dcc: pcrTest }), { trust, at });
    expect(test.keyUsageValid).toBe(false);
    expect(test.errors).toEqual(['key usage: the document signer certificate may not sign test certificates']);
  });

  it('reads the legacy OID spelling (1.3.6.1.4.1.0.1847...) and ignores unrelated key usages', async () => {
    const legacyTests = await mintDsc({ eku: ['1.3.6.1.4.1.0.1847.2021.1.1'] });
    expect(verifyHc1(issue(legacyTests, { dcc: pcrTest }), { trust: [legacyTests.trusted], at }).keyUsageValid).toBe(true);
    expect(verifyHc1(issue(legacyTests), { trust: [legacyTests.trusted], at }).keyUsageValid).toBe(false);
    const serverAuth = await mintDsc({ eku: ['1.3.6.1.5.5.7.3.1'] });
    expect(verifyHc1(issue(serverAuth, { dcc: pcrTest }), { trust: [serverAuth.trusted], at }).keyUsageValid).toBe(true);
  });

  it('separates schema problems from unknown codes', () => {
    const unknownVaccine = structuredClone(vaccination);
    unknownVaccine.v[0]!.mp = 'Sputnik-XL';
    const codes = verifyHc1(issue(dsc, { dcc: unknownVaccine }), { trust: [dsc.trusted], at });
    expect(codes).toMatchObject({ valid: false, schemaValid: true, valueSetsValid: false });
    expect(codes.errors).toEqual(['value sets: /v/0/mp "Sputnik-XL" is not a code of vaccine-medicinal-product']);

    const twoKinds = verifyHc1(issue(dsc, { dcc: { ...vaccination, t: pcrTest.t } }), { trust: [dsc.trusted], at });
    expect(twoKinds).toMatchObject({ valid: false, signatureValid: true, schemaValid: false });
    expect(twoKinds.errors).toContain('schema: the DCC must contain only one of v, t and r (has v, t)');
  });

  it('refuses algorithms other than ES256 and PS256', () => {
    const protectedHeader = encode(new Map<number, unknown>([[1, -35], [4, dsc.trusted.kid]]));
    const payload = encodeCwt({ iss: 'DE', iat: seconds(at) - 60, exp: seconds(at) + 60, dcc: vaccination });
    const cose = encode(new Tagged(18, [protectedHeader, new Map(), payload, new Uint8Array(96)]));
    const result = verifyHc1(encodeHc1(cose), { trust: [dsc.trusted], at });
    expect(result.signatureValid).toBe(false);
    expect(result.errors[0]).toBe('signature: unsupported algorithm -35; only ES256 (-7) and PS256 (-37) are allowed');
  });

  it('never throws on hostile input; the first error names the failing step', () => {
    const cases: [unknown, string][] = [
      ['', 'prefix:'],
      ['HC1:', 'zlib:'],
      ['HC1:a', 'Base45:'],
      [`HC1:${'%'.repeat(3000)}`, 'Base45:'],
      [encodeHc1(new Uint8Array([0xd2, 0x84, 0x40, 0xa0])), 'COSE:'],
      [encodeHc1(encode(new Tagged(18, [new Uint8Array(0), new Map(), encode('text'), new Uint8Array(64)]))), 'CWT:'],
      [42, 'prefix:'],
    ];
    for (const [input, step] of cases) {
      const result = verifyHc1(input as string, { trust: [dsc.trusted], at });
      expect(result.valid, String(input).slice(0, 20)).toBe(false);
      expect(result.errors[0], String(input).slice(0, 20)).toMatch(new RegExp(`^${step}`));
    }
  });
});
