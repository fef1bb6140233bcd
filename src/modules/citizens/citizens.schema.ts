import { z } from 'zod';
import { PersonInput } from '../../kernel/person.js';
import { CLAIMS } from '../../kernel/claims.js';
import { BookingView } from '../booking/booking.schema.js';

export const RegistrationPerson = PersonInput.extend({
  street: z.string().trim().min(1).max(120).optional(),
  city: z.string().trim().min(1).max(80).optional(),
});

export const RegistrationBody = z.strictObject({
  person: RegistrationPerson,
  claims: z.array(z.enum(CLAIMS)).max(CLAIMS.length).default([]),
  language: z.enum(['de', 'en']).default('de'),
});

/** The call center's registration: as the portal's, and why, when it changes a known person's e-mail or phone. */
export const AgentRegistrationBody = RegistrationBody.extend({
  reason: z.string().trim().min(3, 'Say why (at least 3 characters).').max(500).optional(),
});

const Explanation = z.object({ de: z.string(), en: z.string() });
export const DecisionView = z.object({
  eligible: z.boolean(),
  group: z.object({ id: z.string(), label: Explanation, opensAt: z.string().nullable() }).nullable(),
  reason: z.string(),
  explanation: Explanation,
  products: z.array(z.object({ id: z.string(), allowed: z.boolean(), explanation: Explanation })),
});

export const RegistrationResult = z.object({
  personId: z.string(),
  status: z.enum(['registered', 'updated']),
  emailConfirmation: z.enum(['sent', 'not-needed']),
  decision: DecisionView.nullable(),
});

export const ConfirmBody = z.strictObject({ token: z.string().min(20).max(100) });

const Email = z.email({ message: 'Not a valid e-mail address.' }).max(254);
const Phone = z.string().trim().regex(/^\+?[0-9 ()/-]{6,20}$/, 'Not a valid phone number.');

export const VerificationBody = z
  .strictObject({ email: Email.optional(), phone: Phone.optional(), language: z.enum(['de', 'en']).default('de') })
  .refine((b) => (b.email === undefined) !== (b.phone === undefined), { path: ['email'], message: 'Give either an e-mail address or a mobile number.' });

export const VerificationStarted = z.object({
  verificationId: z.string(),
  expiresInSeconds: z.number().describe('the code is valid this long'),
  resendAfterSeconds: z.number().describe('ask for another code after this long at the earliest'),
});

export const VerificationParams = z.strictObject({ verificationId: z.uuid() });
export const CodeBody = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, 'The code has 6 digits.') });

const MaskedContact = z.object({ channel: z.enum(['email', 'sms']), masked: z.string() });

export const SessionStarted = z.object({
  token: z.string().describe('send as "Authorization: Bearer <token>"'),
  expiresInSeconds: z.number().describe('the session ends after this long without a request (and after 2 hours in any case)'),
  contact: MaskedContact,
});

export const MeView = z.object({
  contact: MaskedContact,
  people: z.array(
    z.object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      birthDate: z.string(),
      postalCode: z.string(),
      bookings: z.array(BookingView),
      certificates: z.array(
        z.object({
          id: z.string(),
          uvci: z.string(),
          doseNumber: z.number(),
          seriesDoses: z.number(),
          vaccinatedOn: z.string(),
          product: z.string(),
          productName: z.string(),
        }),
      ),
    }),
  ),
});
