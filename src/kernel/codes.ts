import { z } from 'zod';

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
