import { pooledRandom } from './crypto.js';

const bytes = Buffer.alloc(16);

/**
 * A UUID of version 7 (RFC 9562): the time in milliseconds (48 bits), then 74 random bits, as the
 * database's uuid_v7() makes them (migration 0011), for ids the server makes before the insert. Ids of rows
 * made together sort together, so their index entries share pages. Wall time, not the app's clock: an id
 * is not a business time.
 */
export function uuidv7(nowMs = Date.now()): string {
  bytes.writeUIntBE(nowMs, 0, 6);
  pooledRandom(10).copy(bytes, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
