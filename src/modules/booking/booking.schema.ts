import { z } from 'zod';
import { ProductId } from '../../kernel/catalog.js';
import { BookingCode, SecurityCode } from '../../kernel/codes.js';
import { BirthDate, IsoDate as isoDate, PersonInput } from '../../kernel/person.js';

export const CreateBookingBody = z.strictObject({
  slotId: z.uuid(),
  product: ProductId,
  /** The postal address is for letters: where the person gives neither e-mail nor phone. */
  person: PersonInput.extend({
    street: z.string().trim().min(1).max(120).optional().describe('street and house number'),
    city: z.string().trim().min(1).max(80).optional(),
  }),
  /** The language of the confirmation, reminders and letters of this booking (default German). */
  language: z.enum(['de', 'en']).optional(),
});

export const SlotsQuery = z
  .strictObject({
    centerId: z.uuid(),
    product: ProductId,
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: '"to" must not be before "from".', params: { code: 'range-reversed' } })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86400_000 <= 62, {
    path: ['to'],
    message: 'At most 62 days at once.',
    params: { code: 'range-too-long' },
  });

export const Slot = z.object({ id: z.string(), centerId: z.string(), start: z.string(), end: z.string(), free: z.number() });

export const BookedAppointment = z.object({
  id: z.string(),
  start: z.string(),
  doseNumber: z.number(),
  centerId: z.string(),
  product: z.string(),
});


export const BookingCreated = z.object({ bookingCode: z.string(), securityCode: SecurityCode, appointments: z.array(BookedAppointment) });

export const BookingParams = z.strictObject({ bookingCode: BookingCode });
export const BookingQuery = z.strictObject({ birthDate: BirthDate });

export const BookingView = z.object({
  bookingCode: z.string(),
  /** Null unless shown at booking: the security code is stored only as a keyed hash. */
  securityCode: SecurityCode.nullable().describe('shown once, in the booking answer; null in look-ups (stored only as a keyed hash)'),
  status: z.enum(['active', 'cancelled']),
  product: z.string(),
  appointments: z.array(
    BookedAppointment.extend({
      end: z.string(),
      centerName: z.string(),
      status: z.enum(['booked', 'checked_in', 'vaccinated', 'cancelled']),
      /** Where this appointment may be moved to: the product's interval from the other doses (null bounds: open). */
      moveWindow: z
        .object({
          from: z.string().nullable(),
          to: z.string().nullable(),
          /** Inside this part of the window the next dose stays where it is; outside it, it moves along (null: no next dose to move). */
          keepsNext: z
            .object({ from: z.string().nullable(), to: z.string().nullable() })
            .nullable()
            .optional()
            .describe('where the next dose stays put; moving this dose outside it moves the next dose to the first free slot inside the interval'),
        })
        .nullable(),
    }),
  ),
});

export const MoveParams = z.strictObject({ bookingCode: BookingCode, doseNumber: z.coerce.number().int().min(1).max(4) });
export const MoveBody = z.strictObject({ slotId: z.uuid() });
