import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { withProofOfWork } from '../botdefence/pow';
import { publicApi } from '../citizens/http';

export interface Center {
  id: string;
  name: string;
  address: string;
  postalCode: string;
  region: string;
  products: string[];
}

export interface Product {
  id: string;
  name: string;
  manufacturer: string;
  doses: number;
  minIntervalDays: number;
  maxIntervalDays: number;
}

export interface Slot {
  id: string;
  centerId: string;
  start: string;
  end: string;
  free: number;
}

export interface PersonInput {
  givenName: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
  email?: string;
  phone?: string;
}

export interface BookingRequest {
  slotId: string;
  product: string;
  person: PersonInput;
}

export interface BookedAppointment {
  id: string;
  start: string;
  doseNumber: number;
  centerId: string;
  product: string;
}

export interface BookingCreated {
  bookingCode: string;
  securityCode: string;
  appointments: BookedAppointment[];
}

export interface BookingAppointment {
  id: string;
  start: string;
  end: string;
  doseNumber: number;
  centerId: string;
  centerName: string;
  product: string;
  status: 'booked' | 'checked_in' | 'vaccinated' | 'cancelled';
  /** Earliest and latest start a move may choose (null bound = open); null when it cannot be moved. */
  moveWindow?: { from: string | null; to: string | null } | null;
}

export interface BookingDetails {
  bookingCode: string;
  /** Always null: the security code is shown only when booking. */
  securityCode: string | null;
  status: 'active' | 'cancelled';
  product: string;
  appointments: BookingAppointment[];
}

export function usePublicCenters() {
  return useQuery({
    queryKey: ['public', 'centers'],
    queryFn: ({ signal }) => api<Center[]>('/api/v1/public/centers', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function usePublicProducts() {
  return useQuery({
    queryKey: ['public', 'products'],
    queryFn: ({ signal }) => api<Product[]>('/api/v1/public/products', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSlots(params: { centerId: string; product: string; from: string; to: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['public', 'slots', params],
    queryFn: ({ signal }) => api<Slot[]>('/api/v1/public/slots', { query: params, signal }),
    enabled,
  });
}

/** Books, with the proof of work the server asks for (if it asks). Errors are ApiErrors, as from api(). */
export function createBooking(body: BookingRequest): Promise<BookingCreated> {
  return withProofOfWork((headers) => publicApi<BookingCreated>('/api/v1/public/bookings', { method: 'POST', body, headers }));
}

export function fetchBooking(code: string, birthDate: string): Promise<BookingDetails> {
  return api<BookingDetails>(`/api/v1/public/bookings/${encodeURIComponent(code)}`, { query: { birthDate } });
}

export function cancelBooking(code: string, birthDate: string): Promise<void> {
  return api<void>(`/api/v1/public/bookings/${encodeURIComponent(code)}`, {
    method: 'DELETE',
    query: { birthDate },
  });
}

/** Moves one appointment of a booking to another slot at the same center; answers the updated booking. */
export function moveAppointment(code: string, birthDate: string, doseNumber: number, slotId: string): Promise<BookingDetails> {
  return api<BookingDetails>(`/api/v1/public/bookings/${encodeURIComponent(code)}/appointments/${doseNumber}`, {
    method: 'PUT',
    query: { birthDate },
    body: { slotId },
  });
}

/** Display name of a product id, falling back to the id. */
export function productName(products: Product[] | undefined, id: string): string {
  return products?.find((p) => p.id === id)?.name ?? id;
}
