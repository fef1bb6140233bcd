import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { AppointmentPlan } from './deviation';

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
  securityCode?: string;
  securityOverrideReason?: string;
  /** Why the record deviates from the appointment (another product, dose or day); needed then. */
  deviationReason?: string;
}

export interface VaccinationRecord {
  id: string;
  appointmentId: string;
  personId: string;
  centerId: string;
  product: string;
  lotNumber: string;
  doseNumber: number;
  site: InjectionSite;
  vaccinatorId: string;
  administeredAt: string;
  recordedAt: string;
  /** The record this one corrects, if it is a correction. */
  supersedes: string | null;
  /** The correction that replaced this record, if any. */
  supersededBy: string | null;
  correctionReason: string | null;
  securityOverrideReason: string | null;
  /** Why the record deviates from its appointment, or null. */
  deviationReason: string | null;
  /** The appointment's plan the record is checked against (null for a record without appointment). */
  appointment: AppointmentPlan | null;
}

/** A correction sends only the changed fields, plus the reason. */
export interface CorrectionInput {
  product?: string;
  lotNumber?: string;
  doseNumber?: number;
  site?: InjectionSite;
  administeredAt?: string;
  reason: string;
  deviationReason?: string;
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

export function vaccinationKey(id: string) {
  return ['staff', 'vaccinations', id] as const;
}

export function useVaccination(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: vaccinationKey(id ?? ''),
    queryFn: ({ signal }) => api<VaccinationRecord>(`/api/v1/staff/vaccinations/${encodeURIComponent(id!)}`, { signal }),
    enabled: enabled && Boolean(id),
  });
}

export function correctVaccination(id: string, body: CorrectionInput) {
  return api<VaccinationRecord>(`/api/v1/staff/vaccinations/${encodeURIComponent(id)}/corrections`, { method: 'POST', body });
}

/**
 * After a correction the day board row points at the new record: update the cached rows at once
 * (so reopening shows the correction without waiting for the refetch), then refetch.
 */
export function applyCorrection(qc: QueryClient, old: VaccinationRecord, created: VaccinationRecord): void {
  qc.setQueryData(vaccinationKey(created.id), created);
  qc.setQueryData<VaccinationRecord>(vaccinationKey(old.id), (prev) => (prev ? { ...prev, supersededBy: created.id } : prev));
  qc.setQueriesData<StaffAppointment[]>({ queryKey: ['staff', 'appointments'] }, (rows) =>
    rows?.map((r) => (r.vaccinationId === old.id ? { ...r, vaccinationId: created.id } : r)),
  );
  void qc.invalidateQueries({ queryKey: ['staff', 'appointments'] });
}
