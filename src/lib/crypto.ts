import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, randomFillSync, timingSafeEqual } from 'node:crypto';

// Envelope encryption: each tenant has a random data key (DEK) stored wrapped by the master key (KEK).
// Ciphertext layout everywhere: version(1) | iv(12) | tag(16) | ciphertext.
const VERSION = 1;

// Random bytes for IVs and ids are cut from a pool filled 4 KB at a time: a booking encrypts a dozen
// fields, and a randomBytes call per IV (a few microseconds each, mostly call overhead) was 4% of the
// server's CPU. Each byte is handed out once.
const randomPool = Buffer.alloc(4096);
let poolAt = randomPool.length;

/** `n` (at most 64) fresh random bytes: a view into the pool, to be copied before anything else draws from it. */
export function pooledRandom(n: number): Buffer {
  if (n > 64) throw new Error('pooledRandom: at most 64 bytes');
  if (poolAt + n > randomPool.length) {
    randomFillSync(randomPool);
    poolAt = 0;
  }
  poolAt += n;
  return randomPool.subarray(poolAt - n, poolAt);
}

function seal(key: Buffer, plain: Buffer, aad: Buffer): Buffer {
  const iv = pooledRandom(12); // copied by createCipheriv and the concat below, before any other draw
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ct]);
}

function open(key: Buffer, box: Buffer, aad: Buffer): Buffer {
  if (box.length < 29 || box[0] !== VERSION) throw new Error('unsupported ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(1, 13));
  decipher.setAAD(aad);
  decipher.setAuthTag(box.subarray(13, 29));
  return Buffer.concat([decipher.update(box.subarray(29)), decipher.final()]);
}

/** Parses a base64 master key and checks it is 32 bytes. */
export function parseMasterKey(b64: string): Buffer {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new Error('master key must be 32 bytes');
  return key;
}

/** A fresh random 32-byte key, base64. */
export const newKeyBase64 = () => randomBytes(32).toString('base64');

/** Wraps a new tenant data key under the master key; returns the stored form. */
export function newWrappedDataKey(masterKey: Buffer, tenantId: string): Buffer {
  return seal(masterKey, randomBytes(32), Buffer.from(`dek:${tenantId}`));
}

/** Encrypts and hashes one tenant's personal data. */
export class TenantCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(
    readonly tenantId: string,
    dataKey: Buffer,
  ) {
    this.encKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'vaxops:pii-encryption', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'vaxops:blind-index', 32));
  }

  /** AES-256-GCM, bound to the tenant and the field it belongs to. */
  encrypt(field: string, value: string): Buffer {
    return seal(this.encKey, Buffer.from(value, 'utf8'), Buffer.from(`${this.tenantId}:${field}`));
  }

  decrypt(field: string, box: Buffer | Uint8Array): string {
    return open(this.encKey, Buffer.from(box), Buffer.from(`${this.tenantId}:${field}`)).toString('utf8');
  }

  /** AES-256-GCM of bytes (a PDF, say), bound to the tenant and what they are. */
  encryptBytes(purpose: string, value: Buffer | Uint8Array): Buffer {
    return seal(this.encKey, Buffer.from(value.buffer, value.byteOffset, value.byteLength), Buffer.from(`${this.tenantId}:${purpose}`));
  }

  decryptBytes(purpose: string, box: Buffer | Uint8Array): Buffer {
    return open(this.encKey, Buffer.from(box), Buffer.from(`${this.tenantId}:${purpose}`));
  }

  /** Keyed hash (blind index) for equality lookups without storing the value. */
  blindIndex(purpose: string, value: string): Buffer {
    return createHmac('sha256', this.indexKey).update(`${purpose}\0${value}`).digest();
  }

  /** The derived keys, for bulk generators in worker threads (the seed) that must write the same format. */
  exportKeysForWorker(): { encKey: Buffer; indexKey: Buffer } {
    return { encKey: Buffer.from(this.encKey), indexKey: Buffer.from(this.indexKey) };
  }
}

/** Unwraps tenant data keys with the master key, caching the result per tenant. */
export class Keyring {
  private readonly ciphers = new Map<string, TenantCipher>();
  constructor(private readonly masterKey: Buffer) {}

  /** The tenant's cipher from its wrapped data key (as stored in tenants.wrapped_key). */
  cipher(tenantId: string, wrapped: Buffer | Uint8Array): TenantCipher {
    let c = this.ciphers.get(tenantId);
    if (!c) {
      const dek = open(this.masterKey, Buffer.from(wrapped), Buffer.from(`dek:${tenantId}`));
      c = new TenantCipher(tenantId, dek);
      this.ciphers.set(tenantId, c);
    }
    return c;
  }

  /** A secret derived from the master key for one purpose (e.g. the database role's password). */
  derive(purpose: string): string {
    return createHmac('sha256', this.masterKey).update(purpose).digest('base64url');
  }

  wrapNewDataKey(tenantId: string): Buffer {
    return newWrappedDataKey(this.masterKey, tenantId);
  }
}

/** SHA-256 of a token, for storing session tokens without the token itself. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** Constant-time comparison of two hashes (a wrong guess takes as long as a near miss). */
export function safeEqualBytes(a: Buffer | Uint8Array, b: Buffer | Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A random URL-safe token. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Normalises a name for matching: case, accents, spacing and punctuation do not matter. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
