import { z } from 'zod';
import { PersonInput } from '../../kernel/person.js';
import { CLAIMS } from '../../kernel/claims.js';

export const RegistrationPerson = PersonInput.extend({
  street: z.string().trim().min(1).max(120).optional(),
  city: z.string().trim().min(1).max(80).optional(),
});

export const RegistrationBody = z.strictObject({
  person: RegistrationPerson,
  claims: z.array(z.enum(CLAIMS)).max(CLAIMS.length).default([]),
  language: z.enum(['de', 'en']).default('de'),
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
