import { z } from 'zod';
import { ProductId } from '../../kernel/catalog.js';
import { BookingCode } from '../../kernel/codes.js';

export const INJECTION_SITES = ['left_upper_arm', 'right_upper_arm', 'left_thigh', 'right_thigh'] as const;

export const DayQuery = z.strictObject({ centerId: z.uuid(), date: z.iso.date({ message: 'Use the format YYYY-MM-DD.' }) });

/** The day board, whole or a part of the day: the appointments starting in [from, to) (what the summary's parts name). */
export const BoardQuery = z.strictObject({
  centerId: z.uuid(),
  date: z.iso.date({ message: 'Use the format YYYY-MM-DD.' }),
  from: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date-time.' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date-time.' }).optional(),
});

/** A name search among a center's appointments on a day: the words of a given or family name. */
export const DaySearchQuery = z.strictObject({
  centerId: z.uuid(),
  date: z.iso.date({ message: 'Use the format YYYY-MM-DD.' }),
  name: z
    .string()
    .trim()
    .min(2, 'Type at least 2 letters of the name.')
    .max(100)
    .regex(/^[\p{L}\p{M}' ’.-]+(?: [\p{L}\p{M}' ’.-]+)*$/u, 'Letters, spaces, hyphens and apostrophes only.'),
});

export const AppointmentStatus = z.enum(['booked', 'checked_in', 'vaccinated', 'cancelled']);

export const DayAppointment = z.object({
  id: z.string(),
  bookingCode: z.string(),
  start: z.string(),
  end: z.string(),
  doseNumber: z.number(),
  product: z.string(),
  status: AppointmentStatus,
  checkedInAt: z.string().nullable(),
  vaccinationId: z.string().nullable(),
  person: z.object({ givenName: z.string(), familyName: z.string(), birthDate: z.string() }),
});

/** What changed on a center's day, without personal data: appointments per status and fingerprints of the board. */
export const DaySummary = z.object({
  /** Changes whenever the day board would show something else; equal fingerprints mean nothing to refetch. */
  version: z.string(),
  counts: z.object({ booked: z.number().int(), checked_in: z.number().int(), vaccinated: z.number().int(), cancelled: z.number().int() }),
  /** Per hour with appointments: its fingerprint; a board refetches only the parts whose fingerprint moved (`from`/`to` of the board). */
  parts: z.array(z.object({ from: z.string(), to: z.string(), version: z.string() })),
});

export const CheckInBody = z.strictObject({ bookingCode: BookingCode, centerId: z.uuid() });

const LotNumber = z.string().trim().min(1, 'Required.').max(40).regex(/^[A-Za-z0-9./-]+$/, 'Letters, digits, . / - only.');
const AdministeredAt = z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date-time.' });
/**
 * Why the record deviates from its appointment (another product than the series', another dose number, a time
 * on another day): required then, kept on the record; ignored when the record does not deviate.
 */
const DeviationReason = z.string().trim().min(5, 'Explain in a few words why the vaccination deviates from the appointment.').max(500);

export const VaccinationBody = z
  .strictObject({
    appointmentId: z.uuid(),
    product: ProductId,
    lotNumber: LotNumber,
    doseNumber: z.number().int().min(1).max(9),
    site: z.enum(INJECTION_SITES),
    administeredAt: AdministeredAt.optional(),
    /** The 4-digit code from the person's booking confirmation. */
    securityCode: z.string().regex(/^\d{4}$/, 'The security code has 4 digits.').optional(),
    /** Why the vaccination is documented without the code (e.g. the person lost the confirmation and was identified by ID card). */
    securityOverrideReason: z.string().trim().min(10, 'Explain in a few words why the code is missing.').max(500).optional(),
    deviationReason: DeviationReason.optional(),
  })
  .refine((b) => b.securityCode || b.securityOverrideReason, {
    path: ['securityCode'],
    message: 'Ask for the 4-digit security code, or give a reason for documenting without it.',
    params: { code: 'security-code-or-reason' },
  });

export const CorrectionBody = z
  .strictObject({
    product: ProductId.optional(),
    lotNumber: LotNumber.optional(),
    doseNumber: z.number().int().min(1).max(9).optional(),
    site: z.enum(INJECTION_SITES).optional(),
    administeredAt: AdministeredAt.optional(),
    reason: z.string().trim().min(3, 'Say why the record is corrected.').max(500),
    /** Needed when the corrected record deviates from the appointment; without it, a reason the corrected record gave for the same deviation carries over. */
    deviationReason: DeviationReason.optional(),
  })
  .refine((b) => b.product || b.lotNumber || b.doseNumber || b.site || b.administeredAt, {
    path: ['(root)'],
    message: 'Give at least one corrected field.',
    params: { code: 'nothing-corrected' },
  });

export const IdParams = z.strictObject({ id: z.uuid() });

export const Vaccination = z.object({
  id: z.string(),
  appointmentId: z.string().nullable(),
  personId: z.string(),
  centerId: z.string(),
  product: z.string(),
  lotNumber: z.string(),
  doseNumber: z.number(),
  site: z.enum(INJECTION_SITES),
  vaccinatorId: z.string(),
  administeredAt: z.string(),
  recordedAt: z.string(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  correctionReason: z.string().nullable(),
  securityOverrideReason: z.string().nullable(),
  /** Why the record deviates from its appointment (null when it does not). */
  deviationReason: z.string().nullable(),
  /** What the record is checked against: the appointment's series product, dose number and start (null for a record without appointment). */
  appointment: z.object({ product: z.string(), doseNumber: z.number(), start: z.string() }).nullable(),
  /** The EU Digital COVID Certificate issued with this record (documentation and correction answers; null when none could be issued). */
  certificateId: z.string().nullable().optional(),
});
