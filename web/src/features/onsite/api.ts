import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call, client, type BodyOf, type ResponseOf } from '../../api';

export type StaffCenter = ResponseOf<'/api/v1/staff/centers', 'get'>[number];
export type StaffAppointment = ResponseOf<'/api/v1/staff/appointments', 'get'>[number];
export type AppointmentStatus = StaffAppointment['status'];
export type VaccinationInput = BodyOf<'/api/v1/staff/vaccinations', 'post'>;
export type VaccinationRecord = ResponseOf<'/api/v1/staff/vaccinations/{id}', 'get'>;
/** A correction sends only the changed fields, plus the reason. */
export type CorrectionInput = BodyOf<'/api/v1/staff/vaccinations/{id}/corrections', 'post'>;
export type InjectionSite = VaccinationInput['site'];
export const SITES = ['left_upper_arm', 'right_upper_arm', 'left_thigh', 'right_thigh'] as const satisfies readonly InjectionSite[];

export function useStaffCenters(enabled: boolean) {
  return useQuery({
    queryKey: ['staff', 'centers'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/staff/centers', { signal })),
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
    queryFn: ({ signal }) => call(client.GET('/api/v1/staff/appointments', { params: { query: { centerId, date } }, signal })),
    enabled,
  });
}

export function checkIn(body: BodyOf<'/api/v1/staff/checkins', 'post'>) {
  return call(client.POST('/api/v1/staff/checkins', { body }));
}

export function documentVaccination(body: VaccinationInput) {
  return call(client.POST('/api/v1/staff/vaccinations', { body }));
}

export function vaccinationKey(id: string) {
  return ['staff', 'vaccinations', id] as const;
}

export function useVaccination(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: vaccinationKey(id ?? ''),
    queryFn: ({ signal }) => call(client.GET('/api/v1/staff/vaccinations/{id}', { params: { path: { id: id! } }, signal })),
    enabled: enabled && Boolean(id),
  });
}

export function correctVaccination(id: string, body: CorrectionInput) {
  return call(client.POST('/api/v1/staff/vaccinations/{id}/corrections', { params: { path: { id } }, body }));
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
