import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export interface StaffCenter {
  id: string;
  name: string;
  region: string;
}

export type AppointmentStatus = 'booked' | 'checked_in' | 'vaccinated' | 'cancelled';

export interface StaffAppointment {
  id: string;
  bookingCode: string;
  start: string;
  end: string;
  doseNumber: number;
  product: string;
  status: AppointmentStatus;
  checkedInAt: string | null;
  vaccinationId: string | null;
  person: { givenName: string; familyName: string; birthDate: string };
}

export const SITES = ['left_upper_arm', 'right_upper_arm', 'left_thigh', 'right_thigh'] as const;
export type InjectionSite = (typeof SITES)[number];

export interface VaccinationInput {
  appointmentId: string;
  product: string;
  lotNumber: string;
  doseNumber: number;
  site: InjectionSite;
  administeredAt?: string;
}

export interface VaccinationRecord {
  id: string;
  appointmentId: string;
  product: string;
  lotNumber: string;
  doseNumber: number;
  site: InjectionSite;
  vaccinatorId: string;
  administeredAt: string;
  recordedAt: string;
  supersedes: string | null;
}

export function useStaffCenters(enabled: boolean) {
  return useQuery({
    queryKey: ['staff', 'centers'],
    queryFn: ({ signal }) => api<StaffCenter[]>('/api/v1/staff/centers', { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function appointmentsKey(centerId: string, date: string) {
  return ['staff', 'appointments', centerId, date] as const;
}

export function useAppointments(centerId: string, date: string, enabled: boolean) {
  return useQuery({
    queryKey: appointmentsKey(centerId, date),
    queryFn: ({ signal }) =>
      api<StaffAppointment[]>('/api/v1/staff/appointments', { query: { centerId, date }, signal }),
    enabled,
  });
}

export function checkIn(body: { bookingCode: string; centerId: string }) {
  return api<{ appointment: StaffAppointment }>('/api/v1/staff/checkins', { method: 'POST', body });
}

export function documentVaccination(body: VaccinationInput) {
  return api<VaccinationRecord>('/api/v1/staff/vaccinations', { method: 'POST', body });
}
