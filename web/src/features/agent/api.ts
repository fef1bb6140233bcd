import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { Claim } from '../claims';
import type { Texts } from '../rules/api';

export interface PersonHit {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
}

export interface Decision {
  eligible: boolean;
  group: { id: string; label: Texts; opensAt: string | null } | null;
  reason: string;
  explanation: Texts;
  products: { id: string; allowed: boolean; explanation: Texts }[];
}

export interface AgentAppointment {
  id: string;
  start: string;
  end: string;
  doseNumber: number;
  centerId: string;
  centerName: string;
  product: string;
  status: 'booked' | 'checked_in' | 'vaccinated' | 'cancelled';
  moveWindow: { from: string | null; to: string | null } | null;
}

export interface AgentBooking {
  bookingCode: string;
  /** Null: the security code is shown only when booking (the server keeps only its keyed hash). */
  securityCode: string | null;
  status: 'active' | 'cancelled';
  product: string;
  appointments: AgentAppointment[];
}

export interface PersonDetails {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
  street: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  language: 'de' | 'en';
  claims: Claim[];
  registeredAt: string;
  decision: Decision | null;
  bookings: AgentBooking[];
}

export interface RegistrationInput {
  person: {
    givenName: string;
    familyName: string;
    birthDate: string;
    postalCode: string;
    street?: string;
    city?: string;
    email?: string;
    phone?: string;
  };
  claims: Claim[];
  language: 'de' | 'en';
}

export interface RegistrationResult {
  personId: string;
  status: 'registered' | 'updated';
  emailConfirmation: 'sent' | 'not-needed';
  decision: Decision | null;
}

export type SearchQuery =
  | { givenName: string; familyName: string; birthDate: string }
  | { email: string }
  | { phone: string }
  | { bookingCode: string };

export function useSearch(query: SearchQuery | null) {
  return useQuery({
    queryKey: ['staff', 'agent', 'search', query],
    queryFn: ({ signal }) => api<PersonHit[]>('/api/v1/agent/persons', { query: query as Record<string, string>, signal }),
    enabled: query !== null,
  });
}

export function personKey(id: string) {
  return ['staff', 'agent', 'person', id] as const;
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => api<PersonDetails>(`/api/v1/agent/persons/${encodeURIComponent(id)}`, { signal }),
  });
}

export function registerPerson(body: RegistrationInput) {
  return api<RegistrationResult>('/api/v1/agent/registrations', { method: 'POST', body });
}

export function bookForPerson(personId: string, body: { slotId: string; product: string }) {
  return api<{ bookingCode: string; securityCode: string; appointments: { id: string; start: string; doseNumber: number; centerId: string; product: string }[] }>(
    `/api/v1/agent/persons/${encodeURIComponent(personId)}/bookings`,
    { method: 'POST', body },
  );
}

export function moveAppointment(bookingCode: string, doseNumber: number, slotId: string) {
  return api<AgentBooking>(`/api/v1/agent/bookings/${encodeURIComponent(bookingCode)}/appointments/${doseNumber}`, { method: 'PUT', body: { slotId } });
}

export function cancelAgentBooking(bookingCode: string) {
  return api<void>(`/api/v1/agent/bookings/${encodeURIComponent(bookingCode)}`, { method: 'DELETE' });
}

export function sendLetter(bookingCode: string) {
  return api<{ outboxId: string }>(`/api/v1/agent/bookings/${encodeURIComponent(bookingCode)}/letters`, { method: 'POST' });
}
