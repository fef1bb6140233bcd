import { z } from 'zod';

/** A calendar day as the API takes it. */
export const IsoDate = z.iso.date({ message: 'Use the format YYYY-MM-DD.' });

/** A birth date: a real day since 1900, not in the future. */
export const BirthDate = IsoDate.pipe(z.string().refine((d) => d >= '1900-01-01' && new Date(d) <= new Date(), {
  message: 'Birth date must be a real date in the past.',
  params: { code: 'invalid-birth-date' },
}));

/** A German postal code (five digits). */
export const PostalCode = z.string().trim().regex(/^\d{5}$/, 'A German postal code has 5 digits.');

/** A person as the portal, the call center and the booking take them. */
export const PersonInput = z.strictObject({
  givenName: z.string().trim().min(1, 'Required.').max(100),
  familyName: z.string().trim().min(1, 'Required.').max(100),
  birthDate: BirthDate,
  postalCode: PostalCode,
  email: z.email({ message: 'Not a valid e-mail address.' }).max(254).optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()/-]{6,20}$/, 'Not a valid phone number.').optional(),
});

/** A person's fields as services take them (the schema's, plus the address a register import brings). */
export type PersonInput = {
  givenName: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
  email?: string;
  phone?: string;
  street?: string;
  city?: string;
};
