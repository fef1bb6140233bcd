import { useQuery } from '@tanstack/react-query';
import { call, client, type BodyOf, type QueryOf, type ResponseOf } from '../../api';
import { withProofOfWork } from '../botdefence/pow';
import i18n from '../../i18n';

export type Center = ResponseOf<'/api/v1/public/centers', 'get'>[number];
export type Product = ResponseOf<'/api/v1/public/products', 'get'>[number];
export type Slot = ResponseOf<'/api/v1/public/slots', 'get'>[number];
export type BookingRequest = BodyOf<'/api/v1/public/bookings', 'post'>;
export type PersonInput = BookingRequest['person'];
export type BookingCreated = ResponseOf<'/api/v1/public/bookings', 'post'>;
export type BookedAppointment = BookingCreated['appointments'][number];
export type BookingDetails = ResponseOf<'/api/v1/public/bookings/{bookingCode}', 'get'>;
export type BookingAppointment = BookingDetails['appointments'][number];

/** The centers; with a postal code, nearest first with their distance in km. */
export function usePublicCenters(near?: string) {
  return useQuery({
    queryKey: near ? ['public', 'centers', near] : ['public', 'centers'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/centers', { params: { query: near ? { near } : {} }, signal })),
    staleTime: 5 * 60_000,
  });
}

/** Who may book now: the priority groups of the rules in force. */
export function useEligibilityGroups() {
  return useQuery({
    queryKey: ['public', 'eligibility-groups'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/eligibility/groups', { signal })),
    staleTime: 60_000,
  });
}

export type EligibilityDecision = NonNullable<ResponseOf<'/api/v1/public/eligibility', 'post'>['decision']>;

/** The rules' decision for a birth date (null: no rules, everyone may book). Nothing is stored. */
export function checkEligibility(birthDate: string): Promise<EligibilityDecision | null> {
  return call(client.POST('/api/v1/public/eligibility', { body: { birthDate, claims: [] } })).then((r) => r.decision);
}

export function usePublicProducts() {
  return useQuery({
    queryKey: ['public', 'products'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/products', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useSlots(params: QueryOf<'/api/v1/public/slots', 'get'>, enabled: boolean) {
  return useQuery({
    queryKey: ['public', 'slots', params],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/slots', { params: { query: params }, signal })),
    enabled,
  });
}

/** Books, with the proof of work the server asks for (if it asks). Errors are ApiErrors. */
export function createBooking(body: BookingRequest): Promise<BookingCreated> {
  // The booking's messages and letters speak the language the page is in.
  const language = body.language ?? (i18n.language === 'en' ? 'en' : 'de');
  return withProofOfWork((headers) => call(client.POST('/api/v1/public/bookings', { body: { ...body, language }, headers })));
}

export function fetchBooking(code: string, birthDate: string): Promise<BookingDetails> {
  return call(client.GET('/api/v1/public/bookings/{bookingCode}', { params: { path: { bookingCode: code }, query: { birthDate } } }));
}

export function cancelBooking(code: string, birthDate: string): Promise<void> {
  return call(client.DELETE('/api/v1/public/bookings/{bookingCode}', { params: { path: { bookingCode: code }, query: { birthDate } } })).then(() => undefined);
}

/** Moves one appointment of a booking to another slot at the same center; answers the updated booking. */
export function moveAppointment(code: string, birthDate: string, doseNumber: number, slotId: string): Promise<BookingDetails> {
  return call(
    client.PUT('/api/v1/public/bookings/{bookingCode}/appointments/{doseNumber}', {
      params: { path: { bookingCode: code, doseNumber }, query: { birthDate } },
      body: { slotId },
    }),
  );
}

/** Display name of a product id, falling back to the id. */
export function productName(products: Product[] | undefined, id: string): string {
  return products?.find((p) => p.id === id)?.name ?? id;
}
