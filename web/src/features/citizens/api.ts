import type { Claim } from '../claims';
import { withProofOfWork } from '../botdefence/pow';
import { publicApi, type Explanation } from './http';

export interface EligibilityDecision {
  eligible: boolean;
  group: { id: string; label: Explanation; opensAt: string | null } | null;
  reason: string;
  explanation: Explanation;
  products: { id: string; allowed: boolean; explanation: Explanation }[];
}

export interface RegistrationPerson {
  givenName: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
  street?: string;
  city?: string;
  email?: string;
  phone?: string;
}

export interface RegistrationRequest {
  person: RegistrationPerson;
  claims: Claim[];
  language: 'de' | 'en';
}

export interface RegistrationResult {
  personId: string;
  status: 'registered' | 'updated';
  emailConfirmation: 'sent' | 'not-needed';
  decision: EligibilityDecision | null;
}

/** Registers, with the proof of work the server asks for (if it asks). */
export function register(body: RegistrationRequest): Promise<RegistrationResult> {
  return withProofOfWork((headers) => publicApi<RegistrationResult>('/api/v1/public/registrations', { method: 'POST', body, headers }));
}

export function confirmEmail(token: string): Promise<{ confirmed: boolean }> {
  return publicApi<{ confirmed: boolean }>('/api/v1/public/email-confirmations', { method: 'POST', body: { token } });
}
