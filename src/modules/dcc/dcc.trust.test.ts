/** Reading trust input: PEM bundles, JSON arrays of base64 DER, and the EU gateway's trust list. */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { kidOf } from './dcc.cose.js';
import { parseTrustFile, trustFromEntries } from './dcc.trust.js';
import type { TrustEntry } from './dcc.types.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

async function selfSigned(cn: string): Promise<x509.X509Certificate> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '02',
    name: `C=DE, CN=${cn}`,
    notBefore: new Date('2021-01-01'),
    notAfter: new Date('2023-01-01'),
    keys,
    signingAlgorithm: alg,
  });
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
let first: x509.X509Certificate;
let second: x509.X509Certificate;
const b64 = (cert: x509.X509Certificate) => Buffer.from(cert.rawData).toString('base64');

beforeAll(async () => {
  [first, second] = await Promise.all([selfSigned('DSC one'), selfSigned('DSC two')]);
});

describe('parseTrustFile', () => {
  it('reads every CERTIFICATE block of a PEM bundle and skips other blocks', () => {
    const pem = [first.toString('pem'), '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', second.toString('pem')].join('\n');
    const trust = parseTrustFile(pem);
    expect(trust.map((t) => t.x509.subject)).toEqual(['C=DE\nCN=DSC one', 'C=DE\nCN=DSC two']);
    expect(hex(trust[0]!.kid)).toBe(hex(kidOf(new Uint8Array(first.rawData))));
  });

  it('reads a JSON array of base64 DER and a single base64 DER', () => {
    expect(parseTrustFile(JSON.stringify([b64(first), b64(second)]))).toHaveLength(2);
    expect(parseTrustFile(`${b64(first)}\n`)[0]!.x509.subject).toBe('C=DE\nCN=DSC one');
  });

  it('reads the EU gateway trust list: its kid and country, DSCs only', () => {
    const gateway = [
      { kid: 'AAECAwQFBgc=', country: 'AT', certificateType: 'DSC', rawData: b64(first), thumbprint: 'x', timestamp: 't' },
      { kid: 'CAkKCwwNDg8=', country: 'AT', certificateType: 'CSCA', rawData: b64(second) },
    ];
    const trust = parseTrustFile(JSON.stringify(gateway));
    expect(trust).toHaveLength(1);
    expect(hex(trust[0]!.kid)).toBe('0001020304050607');
    expect(trust[0]!.country).toBe('AT');
    expect(parseTrustFile(JSON.stringify({ certificates: gateway }))).toHaveLength(1);
  });

  it('says clearly what is wrong with bad input', () => {
    expect(() => parseTrustFile('')).toThrow('the trust file is empty');
    expect(() => parseTrustFile('hello world!')).toThrow('neither PEM, JSON nor base64 DER');
    expect(() => parseTrustFile('[1, 2')).toThrow(/not valid JSON/);
    expect(() => parseTrustFile('{"kid": "x"}')).toThrow(/must be an array/);
    expect(() => parseTrustFile('[]')).toThrow(/no document signer certificate/);
    expect(() => parseTrustFile('[{"kid": "AAECAwQFBgc="}]')).toThrow('trust list entry 0 has no rawData');
    expect(() => parseTrustFile('["AAAA"]')).toThrow(/trust list entry 0 is not an X.509 certificate/);
    expect(() => parseTrustFile('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toThrow(/PEM block 1/);
    expect(() => parseTrustFile('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----')).toThrow(/no PEM CERTIFICATE/);
  });
});

describe('trustFromEntries', () => {
  it('turns stored trust entries into certificates keyed by their kid', () => {
    const der = new Uint8Array(first.rawData);
    const entry: TrustEntry = {
      kid: Buffer.from(kidOf(der)).toString('base64'),
      country: 'DE',
      certificateType: 'DSC',
      rawData: b64(first),
      thumbprint: 'ignored',
      timestamp: '2021-06-01T00:00:00Z',
    };
    const [trusted] = trustFromEntries([entry]);
    expect(hex(trusted!.kid)).toBe(hex(kidOf(der)));
    expect(trusted!.der).toEqual(der);
    expect(trusted!.country).toBe('DE');
  });
});
