import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { TenantCtx } from '../context.js';
import { safeEqualBytes } from '../lib/crypto.js';

/** Booking codes are shown as XXXX-XXXX-XX; case and dashes do not matter on input. */
export const BookingCode = z
  .string()
  .max(20)
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-9]{10}$/, 'A booking code has 10 letters and digits.'));

/** The 4-digit code the citizen tells the vaccinator, as responses carry it. */
export const SecurityCode = z.string().describe('4 digits the citizen tells the vaccinator at the center');

/** The readable form of a stored booking code. */
export const formatCode = (c: string) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;

/** A new 4-digit security code. */
export const newSecurityCode = () => String(randomInt(10000)).padStart(4, '0');

/*
 * How booking and security codes are stored. Both act like passwords (booking code + birth date opens a
 * booking; the security code lets a vaccination be documented), so the database has keyed hashes (HMAC
 * with the tenant's key, like birth_hash): a stolen copy of it does not open anyone's booking. The booking
 * code is also kept encrypted, because staff need it back later (call center, day board, reminders); the
 * security code is not, since nothing after the booking's confirmation needs it in clear.
 */

type Bytes = Buffer | Uint8Array;

/** Keyed hash of a booking code (10 characters, no dashes): bookings are found by it. */
export const bookingCodeHash = (tenant: TenantCtx, code: string) => tenant.cipher.blindIndex('booking-code', code);

/** Keyed hash of a security code, bound to its booking (through the booking code's hash): equal codes of two bookings hash apart. */
export const securityCodeHash = (tenant: TenantCtx, codeHash: Bytes, securityCode: string) =>
  tenant.cipher.blindIndex('security-code', `${Buffer.from(codeHash).toString('hex')}:${securityCode}`);

/** Whether the security code given at the desk is the booking's: compared as keyed hashes, in constant time. */
export function securityCodeMatches(tenant: TenantCtx, b: { code_hash: Bytes | null; security_hash: Bytes | null }, given: string): boolean {
  if (!b.code_hash || !b.security_hash) return false;
  return safeEqualBytes(securityCodeHash(tenant, b.code_hash, given), b.security_hash);
}

/** What a booking stores of its codes: two HMACs and one encryption, a few microseconds. */
export type CodeColumns = { code_hash: Buffer; code_box: Buffer; security_hash: Buffer };

/** The stored columns of a booking's codes. */
export function codeColumns(tenant: TenantCtx, code: string, securityCode: string): CodeColumns {
  const codeHash = bookingCodeHash(tenant, code);
  return { code_hash: codeHash, code_box: tenant.cipher.encrypt('booking_code', code), security_hash: securityCodeHash(tenant, codeHash, securityCode) };
}

/** A stored booking code in clear again (10 characters; formatCode shows it). */
export const openBookingCode = (tenant: TenantCtx, box: Bytes) => tenant.cipher.decrypt('booking_code', box);
