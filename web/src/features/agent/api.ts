import { useQuery } from '@tanstack/react-query';
import { call, client, type BodyOf, type QueryOf, type ResponseOf } from '../../api';

export type PersonHit = ResponseOf<'/api/v1/agent/persons', 'get'>[number];
export type PersonDetails = ResponseOf<'/api/v1/agent/persons/{id}', 'get'>;
export type Decision = NonNullable<PersonDetails['decision']>;
export type AgentBooking = PersonDetails['bookings'][number];
export type AgentAppointment = AgentBooking['appointments'][number];
export type RegistrationInput = BodyOf<'/api/v1/agent/registrations', 'post'>;
export type RegistrationResult = ResponseOf<'/api/v1/agent/registrations', 'post'>;

/** One way to find a caller (the server refuses a mix). */
export type SearchQuery =
  | { givenName: string; familyName: string; birthDate: string }
  | { email: string }
  | { phone: string }
  | { bookingCode: string };

export function useSearch(query: SearchQuery | null) {
  return useQuery({
    queryKey: ['staff', 'agent', 'search', query],
    queryFn: ({ signal }) => call(client.GET('/api/v1/agent/persons', { params: { query: query as QueryOf<'/api/v1/agent/persons', 'get'> }, signal })),
    enabled: query !== null,
  });
}

export function personKey(id: string) {
  return ['staff', 'agent', 'person', id] as const;
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => call(client.GET('/api/v1/agent/persons/{id}', { params: { path: { id } }, signal })),
  });
}

export function registerPerson(body: RegistrationInput) {
  return call(client.POST('/api/v1/agent/registrations', { body }));
}

export function bookForPerson(personId: string, body: BodyOf<'/api/v1/agent/persons/{id}/bookings', 'post'>) {
  return call(client.POST('/api/v1/agent/persons/{id}/bookings', { params: { path: { id: personId } }, body }));
}

export function moveAppointment(bookingCode: string, doseNumber: number, slotId: string) {
  return call(client.PUT('/api/v1/agent/bookings/{bookingCode}/appointments/{doseNumber}', { params: { path: { bookingCode, doseNumber } }, body: { slotId } }));
}

export function cancelAgentBooking(bookingCode: string): Promise<void> {
  return call(client.DELETE('/api/v1/agent/bookings/{bookingCode}', { params: { path: { bookingCode } } })).then(() => undefined);
}

export function sendLetter(bookingCode: string) {
  return call(client.POST('/api/v1/agent/bookings/{bookingCode}/letters', { params: { path: { bookingCode } } }));
}
