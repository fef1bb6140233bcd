/**
 * The transport encoding of an EU Digital COVID Certificate: COSE bytes -> zlib -> Base45 -> "HC1:".
 * Base45 follows RFC 9285 (the draft-faltstrom-base45 the HCERT spec cites).
 */
import { deflateSync, inflateSync } from 'node:zlib';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const PREFIX = 'HC1:';
// A QR code holds under 3 KB; capping the inflated size stops a zlib bomb from reaching the API.
const MAX_INFLATED_BYTES = 256 * 1024;

// A lookup table indexed by char code: -1 marks characters outside the alphabet.
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

/** Which step of the HC1 transport decoding failed. */
export type DccDecodeStep = 'prefix' | 'base45' | 'zlib';

/** A failure to unwrap the HC1 transport encoding; `step` names the failing layer, and so does the message's start. */
export class DccDecodeError extends Error {
  constructor(
    readonly step: DccDecodeStep,
    message: string,
  ) {
    super(message);
    this.name = 'DccDecodeError';
  }
}

/** Base45-encodes bytes (two bytes -> three characters, a trailing byte -> two characters). */
export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    let n = bytes[i]! * 256 + bytes[i + 1]!;
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    const e = (n - d) / 45;
    out += ALPHABET[c]! + ALPHABET[d]! + ALPHABET[e]!;
  }
  if (i < bytes.length) {
    const n = bytes[i]!;
    out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
  }
  return out;
}

/** Decodes Base45; throws on characters outside the alphabet, a dangling character or an out-of-range group. */
export function base45Decode(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Error(`a length of ${text.length} is impossible in Base45 (one character left over)`);
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = valueAt(text, i);
    const d = valueAt(text, i + 1);
    if (i + 2 < text.length) {
      const n = c + d * 45 + valueAt(text, i + 2) * 2025;
      if (n > 0xffff) throw new Error(`the group at position ${i} exceeds the Base45 range`);
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = c + d * 45;
      if (n > 0xff) throw new Error(`the group at position ${i} exceeds the Base45 range`);
      out[o++] = n;
    }
  }
  return out;
}

function valueAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const v = code < 128 ? VALUE_OF[code]! : -1;
  if (v < 0) throw new Error(`invalid character ${JSON.stringify(text[i])} at position ${i} (not in the Base45 alphabet)`);
  return v;
}

/**
 * The zlib headers the EU reference verifier (dgca-app-core-android) and the national apps built on it accept:
 * 0x78 (deflate, 32 KB window) followed by 0x01, 0x5E, 0x9C or 0xDA (the four compression levels). They
 * inflate nothing else, though RFC 1950 allows smaller windows (a 2 KB window gives 0x38 0xCB).
 */
export const STANDARD_ZLIB_HEADERS: readonly (readonly [number, number])[] = [
  [0x78, 0x01],
  [0x78, 0x5e],
  [0x78, 0x9c],
  [0x78, 0xda],
];

/**
 * Wraps signed COSE bytes for a QR code: zlib (level 9, zlib's default 32 KB window, so the stream starts
 * 78 DA, the header every verifier app accepts), Base45, "HC1:" prefix. A smaller window was tried for
 * speed and made certificates that the EU reference apps refuse to read.
 */
export function encodeHc1(cose: Uint8Array): string {
  return PREFIX + base45Encode(deflateSync(cose, { level: 9 }));
}

/** True when an HC1 string's zlib stream starts with a header the EU reference verifier accepts (see STANDARD_ZLIB_HEADERS). */
export function hasStandardZlibHeader(hc1: string): boolean {
  if (!hc1.startsWith(PREFIX)) return false;
  let head: Uint8Array;
  try {
    // Three Base45 characters carry the first two bytes.
    head = base45Decode(hc1.slice(PREFIX.length, PREFIX.length + 3));
  } catch {
    return false;
  }
  return head.length === 2 && STANDARD_ZLIB_HEADERS.some(([a, b]) => head[0] === a && head[1] === b);
}

/** Unwraps an "HC1:" string to its COSE bytes; throws DccDecodeError naming the failing step. */
export function decodeHc1(hc1: string): { cose: Uint8Array } {
  if (!hc1.startsWith(PREFIX)) {
    throw new DccDecodeError('prefix', `prefix: the context identifier "HC1:" is missing (found ${JSON.stringify(hc1.slice(0, 4))})`);
  }
  let compressed: Uint8Array;
  try {
    compressed = base45Decode(hc1.slice(PREFIX.length));
  } catch (err) {
    throw new DccDecodeError('base45', `Base45: ${(err as Error).message}`);
  }
  // Checking the RFC 1950 header first tells "not compressed" (e.g. a raw COSE starting 0xd2) apart
  // from "compressed but broken", which makes the error message useful.
  if (!hasZlibHeader(compressed)) {
    throw new DccDecodeError('zlib', 'zlib: the payload is not zlib-compressed (no zlib header)');
  }
  try {
    return { cose: new Uint8Array(inflateSync(compressed, { maxOutputLength: MAX_INFLATED_BYTES })) };
  } catch (err) {
    throw new DccDecodeError('zlib', `zlib: decompression failed: ${(err as Error).message}`);
  }
}

// RFC 1950: CMF has method 8 (deflate) and a window of at most 32K; CMF*256+FLG is a multiple of 31.
function hasZlibHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  const cmf = bytes[0]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + bytes[1]!) % 31 === 0;
}
