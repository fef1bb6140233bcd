import { describe, expect, it } from 'vitest';
import { Keyring, newKeyBase64, normalizeName, parseMasterKey } from './crypto.js';

const tenant = '7d1f2a3b-0000-4000-8000-000000000001';

function setup() {
  const keys = new Keyring(parseMasterKey(newKeyBase64()));
  const wrapped = keys.wrapNewDataKey(tenant);
  return { keys, wrapped, cipher: keys.cipher(tenant, wrapped) };
}

describe('personal data encryption', () => {
  it('round-trips a value and never stores it in clear', () => {
    const { cipher } = setup();
    const box = cipher.encrypt('family_name', 'Schäfer');
    expect(box.toString('utf8')).not.toContain('Sch');
    expect(cipher.decrypt('family_name', box)).toBe('Schäfer');
    expect(cipher.encrypt('family_name', 'Schäfer').equals(box)).toBe(false); // fresh IV each time
  });

  it('never repeats an IV, also across refills of the pool it is cut from, and every value still opens', () => {
    const { cipher } = setup();
    const boxes = Array.from({ length: 1500 }, (_, i) => cipher.encrypt('email', `person${i}@example.org`));
    const ivs = new Set(boxes.map((b) => b.subarray(1, 13).toString('hex')));
    expect(ivs.size).toBe(1500);
    expect(boxes.every((b, i) => cipher.decrypt('email', b) === `person${i}@example.org`)).toBe(true);
  });

  it('detects tampering and refuses ciphertext moved to another column', () => {
    const { cipher } = setup();
    const box = cipher.encrypt('given_name', 'Anna');
    const tampered = Buffer.from(box);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.decrypt('given_name', tampered)).toThrow();
    expect(() => cipher.decrypt('family_name', box)).toThrow();
  });

  it('needs the right master key to unwrap a tenant key', () => {
    const { wrapped } = setup();
    const other = new Keyring(parseMasterKey(newKeyBase64()));
    expect(() => other.cipher(tenant, wrapped)).toThrow();
  });

  it('blind indexes are stable per tenant and differ between tenants and purposes', () => {
    const a = setup();
    const again = new Keyring(parseMasterKey(newKeyBase64()));
    expect(a.cipher.blindIndex('birth', '1938-04-12').equals(a.cipher.blindIndex('birth', '1938-04-12'))).toBe(true);
    expect(a.cipher.blindIndex('birth', '1938-04-12').equals(a.cipher.blindIndex('identity', '1938-04-12'))).toBe(false);
    const b = again.cipher(tenant, again.wrapNewDataKey(tenant));
    expect(a.cipher.blindIndex('birth', '1938-04-12').equals(b.blindIndex('birth', '1938-04-12'))).toBe(false);
  });

  it('normalises names so spelling variants of one person match', () => {
    expect(normalizeName(' Schäfer ')).toBe(normalizeName('SCHAFER'));
    expect(normalizeName('Jean-Luc')).toBe(normalizeName('jean luc'));
    expect(normalizeName('Strauß')).toBe('strauss');
    expect(normalizeName('Anna')).not.toBe(normalizeName('Anne'));
  });

  it('rejects a master key of the wrong size', () => {
    expect(() => parseMasterKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
