/**
 * Issuing keys of EU Digital COVID Certificates: a country signing CA (CSCA) and document signer
 * certificates (DSC) under it. Generated in demo/embedded mode; imported (PEM or PKCS#12) in production.
 * Private keys are handled here as PKCS#8 DER and leave this module only encrypted with the tenant's key
 * (bound to tenant, purpose and kid) or as a KeyObject for signing.
 */
import 'reflect-metadata';
import { createHash, createPrivateKey, createPublicKey, randomBytes, webcrypto, X509Certificate, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import forge from 'node-forge';
import { unprocessable } from '../../errors.js';
import type { TenantCipher } from '../../lib/crypto.js';
import { kidOf } from './dcc.cose.js';
import type { TrustEntry } from './dcc.types.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** Extended key usage OIDs of the HCERT specification (Appendix A.4). */
export const DCC_EKU = { test: '1.3.6.1.4.1.1847.2021.1.1', vaccination: '1.3.6.1.4.1.1847.2021.1.2', recovery: '1.3.6.1.4.1.1847.2021.1.3' } as const;

const DAY = 86_400_000;
/** Generated CSCAs live 10 years, generated DSCs 2 years (and at least one certificate validity beyond it). */
const CSCA_DAYS = 3650;
const DSC_DAYS = 730;
/** Validity starts a little before "now", so clocks a minute apart agree that a fresh key is valid. */
const BACKDATE_MS = 60_000;

export type Alg = 'ES256' | 'PS256';

/** A signer ready to be stored: the DSC (DER), its private key (PKCS#8 DER), and what is known about it. */
export type SignerMaterial = {
  kid: string;
  alg: Alg;
  country: string;
  subject: string;
  certificate: Buffer;
  privateKey: Buffer;
  notBefore: Date;
  notAfter: Date;
  /** The issuing CSCA when it came with the import (chain in the PEM or the PKCS#12). */
  csca?: { subject: string; certificate: Buffer; notBefore: Date; notAfter: Date };
};

export type CscaMaterial = { subject: string; certificate: Buffer; privateKey: Buffer; notBefore: Date; notAfter: Date };

/** base64 of the HCERT kid (first 8 bytes of SHA-256 over the DER). */
export const kidBase64 = (der: Uint8Array) => Buffer.from(kidOf(der)).toString('base64');

const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

function name(country: string, organisation: string, commonName: string): x509.JsonName {
  return [{ C: [country] }, { O: [organisation.slice(0, 64)] }, { CN: [commonName.slice(0, 64)] }];
}

async function pkcs8Of(key: CryptoKey): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key as webcrypto.CryptoKey));
}

/** A new self-signed CSCA (ECDSA P-256, CA, keyCertSign). */
export async function generateCsca(opts: { country: string; organisation: string; now: Date }): Promise<CscaMaterial> {
  const keys = (await webcrypto.subtle.generateKey(EC_P256, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  const notBefore = new Date(opts.now.getTime() - BACKDATE_MS);
  const notAfter = new Date(opts.now.getTime() + CSCA_DAYS * DAY);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: name(opts.country, opts.organisation, `${opts.organisation} DCC CSCA`),
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: SIGN_ECDSA,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { subject: cert.subject, certificate: Buffer.from(cert.rawData), privateKey: await pkcs8Of(keys.privateKey), notBefore, notAfter };
}

/**
 * A new DSC signed by the CSCA: ECDSA P-256, digitalSignature, the DCC extended key usage for vaccinations,
 * subject and authority key identifiers (HCERT spec 5: the AKI matches the CSCA's SKI).
 */
export async function generateDsc(opts: {
  csca: { certificate: Uint8Array; privateKey: Uint8Array };
  country: string;
  organisation: string;
  now: Date;
  minValidityDays: number;
}): Promise<SignerMaterial> {
  const keys = (await webcrypto.subtle.generateKey(EC_P256, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  const caCert = new x509.X509Certificate(new Uint8Array(opts.csca.certificate));
  const caKey = (await webcrypto.subtle.importKey('pkcs8', new Uint8Array(opts.csca.privateKey), EC_P256, false, ['sign'])) as unknown as CryptoKey;
  const notBefore = new Date(opts.now.getTime() - BACKDATE_MS);
  const notAfter = new Date(Math.min(opts.now.getTime() + Math.max(DSC_DAYS, opts.minValidityDays + 365) * DAY, caCert.notAfter.getTime()));
  const stamp = opts.now.toISOString().slice(0, 10);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: name(opts.country, opts.organisation, `${opts.organisation} DSC ${stamp}`),
    issuer: caCert.subjectName.toJSON(),
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm: SIGN_ECDSA,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([DCC_EKU.vaccination], false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  const der = Buffer.from(cert.rawData);
  return {
    kid: kidBase64(der),
    alg: 'ES256',
    country: opts.country,
    subject: cert.subject,
    certificate: der,
    privateKey: await pkcs8Of(keys.privateKey),
    notBefore,
    notAfter,
  };
}

/** A positive random serial number (hex). */
function serial() {
  const b = randomBytes(16);
  b[0] &= 0x7f;
  b[0] |= 0x01;
  return b.toString('hex');
}

// ---------------------------------------------------------------------------------------------------
// Import

const fieldError = (field: string, message: string) => unprocessable([{ field, message }], 'The issuing key cannot be imported.', 'invalid-key');

/** ES256 for ECDSA P-256, PS256 for RSA of at least 2048 bits; anything else is refused. */
function algOf(key: KeyObject, field: string): Alg {
  const d = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ec' && d.namedCurve === 'prime256v1') return 'ES256';
  if ((key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') && (d.modulusLength ?? 0) >= 2048) return 'PS256';
  throw fieldError(field, 'The key must be ECDSA P-256 (ES256) or RSA with at least 2048 bits (PS256).');
}

const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });

/** The C= attribute of a subject as node prints it ("C=DE\nO=...\nCN=..."). */
function countryOf(cert: X509Certificate): string | null {
  return /^C=([A-Za-z]{2})$/m.exec(cert.subject)?.[1]?.toUpperCase() ?? null;
}

/**
 * Checks a DSC and its private key and describes them for storage: the key pair must match, the algorithm
 * be ES256 or PS256, the certificate be unexpired, name the issuing country (when it has C=), and not be
 * restricted (extended key usage) to other certificate types than vaccinations.
 */
export function describeSigner(
  certDer: Buffer,
  privateKey: KeyObject,
  opts: { country: string; now: Date; certField: string; keyField: string; chain?: Buffer[] },
): SignerMaterial {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certDer);
  } catch {
    throw fieldError(opts.certField, 'This is not an X.509 certificate.');
  }
  if (privateKey.type !== 'private') throw fieldError(opts.keyField, 'This is not a private key.');
  const alg = algOf(privateKey, opts.keyField);
  if (!spki(createPublicKey(privateKey)).equals(spki(cert.publicKey))) {
    throw fieldError(opts.keyField, 'The private key does not belong to the certificate.');
  }
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  if (notAfter.getTime() <= opts.now.getTime()) throw fieldError(opts.certField, `The certificate expired on ${notAfter.toISOString().slice(0, 10)}.`);
  const country = countryOf(cert) ?? opts.country;
  if (country !== opts.country) {
    throw fieldError(opts.certField, `The certificate is for country ${country}, but certificates are issued for ${opts.country} (VAXOPS_DCC_COUNTRY).`);
  }
  const eku = Array.isArray(cert.keyUsage) ? cert.keyUsage : [];
  const dccEku = eku.filter((o) => o.startsWith('1.3.6.1.4.1.1847.2021.1.'));
  if (dccEku.length > 0 && !dccEku.includes(DCC_EKU.vaccination)) {
    throw fieldError(opts.certField, 'The certificate’s extended key usage does not allow signing vaccination certificates.');
  }
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  const material: SignerMaterial = {
    kid: kidBase64(certDer),
    alg,
    country,
    subject: cert.subject.replace(/\n/g, ', '),
    certificate: Buffer.from(certDer),
    privateKey: pkcs8,
    notBefore,
    notAfter,
  };
  // The CSCA, when given: the chain member that issued the DSC and whose signature checks out.
  for (const der of opts.chain ?? []) {
    try {
      const ca = new X509Certificate(der);
      if (cert.checkIssued(ca) && cert.verify(ca.publicKey)) {
        material.csca = { subject: ca.subject.replace(/\n/g, ', '), certificate: Buffer.from(der), notBefore: new Date(ca.validFrom), notAfter: new Date(ca.validTo) };
        break;
      }
    } catch {
      // not a certificate we can use; ignore
    }
  }
  return material;
}

/** The DER of each certificate in a PEM text, in order. */
function pemCertificates(pem: string): Buffer[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) => Buffer.from(b.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, ''), 'base64'));
}

/**
 * A DSC from PEM: the certificate (optionally followed by its CSCA) and the private key (PKCS#8, SEC1 or PKCS#1;
 * encrypted PEM with `password`).
 */
export function importPem(input: { certificatePem: string; privateKeyPem: string; password?: string }, opts: { country: string; now: Date }): SignerMaterial {
  const certs = pemCertificates(input.certificatePem);
  if (certs.length === 0) throw fieldError('certificatePem', 'No "-----BEGIN CERTIFICATE-----" block found.');
  let key: KeyObject;
  try {
    key = createPrivateKey(input.password ? { key: input.privateKeyPem, passphrase: input.password } : { key: input.privateKeyPem });
  } catch {
    throw fieldError('privateKeyPem', input.password ? 'The private key cannot be read with this password.' : 'This is not a readable PEM private key.');
  }
  return describeSigner(certs[0]!, key, { ...opts, certField: 'certificatePem', keyField: 'privateKeyPem', chain: certs.slice(1) });
}

const binary = (s: string) => Buffer.from(s, 'binary');

/** A DSC from a PKCS#12 file: the certificate whose public key matches the (one) private key; other certificates may be its CSCA. */
export function importPkcs12(data: Buffer, password: string, opts: { country: string; now: Date }): SignerMaterial {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(data.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, password);
  } catch (err) {
    const message = String((err as Error)?.message ?? '');
    if (/password|mac/i.test(message)) throw fieldError('password', 'The PKCS#12 file cannot be opened with this password.');
    throw fieldError('pkcs12Base64', 'This is not a readable PKCS#12 file.');
  }
  type Bag = { key?: forge.pki.PrivateKey | null; cert?: forge.pki.Certificate | null; asn1?: forge.asn1.Asn1 };
  const bagsOf = (type: string) => ((p12.getBags({ bagType: type })[type] ?? []) as Bag[]);
  const keyBags = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(forge.pki.oids.keyBag)];
  if (keyBags.length !== 1) throw fieldError('pkcs12Base64', keyBags.length ? 'The PKCS#12 file holds more than one private key.' : 'The PKCS#12 file holds no private key.');
  const k = keyBags[0]!;
  // forge understands RSA keys only; other keys (EC) come back as their PKCS#8 ASN.1.
  const pkcs8 = k.key
    ? binary(forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(k.key as forge.pki.rsa.PrivateKey))).getBytes())
    : binary(forge.asn1.toDer(k.asn1!).getBytes());
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  } catch {
    throw fieldError('pkcs12Base64', 'The private key in the PKCS#12 file cannot be read.');
  }
  const certs = bagsOf(forge.pki.oids.certBag).map((b) =>
    binary(forge.asn1.toDer(b.cert ? forge.pki.certificateToAsn1(b.cert) : b.asn1!).getBytes()),
  );
  const pub = spki(createPublicKey(key));
  const own = certs.find((der) => {
    try {
      return spki(new X509Certificate(der).publicKey).equals(pub);
    } catch {
      return false;
    }
  });
  if (!own) throw fieldError('pkcs12Base64', 'The PKCS#12 file holds no certificate for its private key.');
  return describeSigner(own, key, { ...opts, certField: 'pkcs12Base64', keyField: 'pkcs12Base64', chain: certs.filter((c) => c !== own) });
}

// ---------------------------------------------------------------------------------------------------
// At rest

// The AAD binds each ciphertext to its tenant and to the one key row it belongs to.
const dscField = (kid: string) => `dcc_private_key:${kid}`;
const cscaField = (id: string) => `dcc_csca_private_key:${id}`;

export function sealSignerKey(cipher: TenantCipher, kid: string, pkcs8: Buffer): Buffer {
  return cipher.encrypt(dscField(kid), pkcs8.toString('base64'));
}

export function openSignerKey(cipher: TenantCipher, kid: string, box: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(cipher.decrypt(dscField(kid), box), 'base64'), format: 'der', type: 'pkcs8' });
}

export function sealCscaKey(cipher: TenantCipher, id: string, pkcs8: Buffer): Buffer {
  return cipher.encrypt(cscaField(id), pkcs8.toString('base64'));
}

export function openCscaKey(cipher: TenantCipher, id: string, box: Uint8Array): Buffer {
  return Buffer.from(cipher.decrypt(cscaField(id), box), 'base64');
}

/** One DSC as an entry of the EU gateway's trust list. */
export function trustEntryOf(row: { kid: string; country: string; certificate: Uint8Array; created_at: Date }): TrustEntry {
  const der = Buffer.from(row.certificate);
  return {
    kid: row.kid,
    country: row.country,
    certificateType: 'DSC',
    rawData: der.toString('base64'),
    thumbprint: createHash('sha256').update(der).digest('hex'),
    timestamp: row.created_at.toISOString(),
  };
}
