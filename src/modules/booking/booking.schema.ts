import { z } from 'zod';

const isoDate = z.iso.date({ message: 'Use the format YYYY-MM-DD.' });

export const BirthDate = isoDate.pipe(z.string().refine((d) => d >= '1900-01-01' && new Date(d) <= new Date(), {
  message: 'Birth date must be a real date in the past.',
}));

export const ProductId = z.string().min(1).max(40).regex(/^[a-z0-9-]+$/, 'Unknown product id format.');

/** Booking codes are shown as XXXX-XXXX-XX; case and dashes do not matter on input. */
export const BookingCode = z
  .string()
  .max(20)
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-9]{10}$/, 'A booking code has 10 letters and digits.'));

export const PersonInput = z.strictObject({
  givenName: z.string().trim().min(1, 'Required.').max(100),
  familyName: z.string().trim().min(1, 'Required.').max(100),
  birthDate: BirthDate,
  postalCode: z.string().trim().regex(/^\d{5}$/, 'A German postal code has 5 digits.'),
  email: z.email({ message: 'Not a valid e-mail address.' }).max(254).optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()/-]{6,20}$/, 'Not a valid phone number.').optional(),
});

export const CreateBookingBody = z.strictObject({
  slotId: z.uuid(),
  product: ProductId,
  person: PersonInput,
});

export const SlotsQuery = z
  .strictObject({
    centerId: z.uuid(),
    product: ProductId,
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: '"to" must not be before "from".' })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86400_000 <= 62, {
    path: ['to'],
    message: 'At most 62 days at once.',
  });

export const Slot = z.object({ id: z.string(), centerId: z.string(), start: z.string(), end: z.string(), free: z.number() });

export const BookedAppointment = z.object({
  id: z.string(),
  start: z.string(),
  doseNumber: z.number(),
  centerId: z.string(),
  product: z.string(),
});

const SecurityCode = z.string().describe('4 digits the citizen tells the vaccinator at the center');

export const BookingCreated = z.object({ bookingCode: z.string(), securityCode: SecurityCode, appointments: z.array(BookedAppointment) });

export const BookingParams = z.strictObject({ bookingCode: BookingCode });
export const BookingQuery = z.strictObject({ birthDate: BirthDate });

export const BookingView = z.object({
  bookingCode: z.string(),
  securityCode: SecurityCode.nullable().describe('null unless the caller verified the person’s contact (or citizen verification is off)'),
  status: z.enum(['active', 'cancelled']),
  product: z.string(),
  appointments: z.array(
    BookedAppointment.extend({
      end: z.string(),
      centerName: z.string(),
      status: z.enum(['booked', 'checked_in', 'vaccinated', 'cancelled']),
      /** Where this appointment may be moved to: the product's interval from the other doses (null bounds: open). */
      moveWindow: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
    }),
  ),
});

export const MoveParams = z.strictObject({ bookingCode: BookingCode, doseNumber: z.coerce.number().int().min(1).max(4) });
export const MoveBody = z.strictObject({ slotId: z.uuid() });

export const Center = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  region: z.string(),
  products: z.array(z.string()),
});

export const Product = z.object({
  id: z.string(),
  name: z.string(),
  manufacturer: z.string(),
  doses: z.number(),
  minIntervalDays: z.number().nullable(),
  maxIntervalDays: z.number().nullable(),
});
