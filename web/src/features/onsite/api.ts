import { useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, call, client, type BodyOf, type ResponseOf } from '../../api';

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

/** How long an on-site request may take before the console says the server did not answer (a spinner is no answer). */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How often an open day board asks whether anything changed (a cheap request without personal data). */
export const BOARD_POLL_MS = 3_000;

const TIMEOUT_TITLE = 'Request timeout';

/** Whether the error is a request the server did not answer in time (see `timed`). */
export function isTimeout(err: unknown): boolean {
  return err instanceof ApiError && err.status === 0 && err.problem.title === TIMEOUT_TITLE;
}

/** Whether the request got no answer at all: no network, server unreachable, or no answer in time. */
export function isNetworkFailure(err: unknown): boolean {
  return err instanceof ApiError && err.status === 0;
}

/**
 * Runs a request that gives up after REQUEST_TIMEOUT_MS (and when `outer` is aborted, e.g. by the query being
 * cancelled); a request that timed out fails as a network failure that `isTimeout` recognises.
 */
async function timed<D>(run: (signal: AbortSignal) => Promise<D>, outer?: AbortSignal): Promise<D> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    return await run(outer ? AbortSignal.any([outer, timeout]) : timeout);
  } catch (err) {
    if (timeout.aborted && !outer?.aborted) throw new ApiError({ type: '', title: TIMEOUT_TITLE, status: 0 });
    throw err;
  }
}

export function useAppointments(centerId: string, date: string, enabled: boolean) {
  return useQuery({
    queryKey: appointmentsKey(centerId, date),
    queryFn: ({ signal }) => timed((s) => call(client.GET('/api/v1/staff/appointments', { params: { query: { centerId, date } }, signal: s })), signal),
    enabled,
    // Kept current by the day's summary (polled, and fetched again on focus), which refetches only what moved.
    // Offline the request fails at once and the console says so, instead of waiting silently for the network.
    networkMode: 'always',
  });
}

export type DaySummary = ResponseOf<'/api/v1/staff/appointments/summary', 'get'>;
export type DayPart = DaySummary['parts'][number];

/** The day's appointments starting in one part of the day (an hour the summary says has moved). */
export function fetchDayPart(centerId: string, date: string, part: DayPart) {
  return timed((signal) => call(client.GET('/api/v1/staff/appointments', { params: { query: { centerId, date, from: part.from, to: part.to } }, signal })));
}

/** At most this many moved parts are fetched one by one; more, and the whole day is fetched again. */
const MAX_PARTS = 3;

/**
 * Brings the cached day board up to date with a new summary: fetches only the parts (hours) whose fingerprint
 * moved and puts their rows in place of the old ones (each fetch reads, and audits, only that hour's people).
 */
export async function refreshMovedParts(qc: QueryClient, centerId: string, date: string, before: DaySummary, now: DaySummary): Promise<void> {
  const key = appointmentsKey(centerId, date);
  const old = new Map(before.parts.map((p) => [p.from, p.version]));
  const current = new Set(now.parts.map((p) => p.from));
  const moved = [...now.parts.filter((p) => old.get(p.from) !== p.version), ...before.parts.filter((p) => !current.has(p.from))];
  if (moved.length === 0) return;
  if (moved.length > MAX_PARTS || !qc.getQueryData(key)) {
    await qc.invalidateQueries({ queryKey: key });
    return;
  }
  const fetched = await Promise.all(moved.map((p) => fetchDayPart(centerId, date, p)));
  const inMoved = (a: StaffAppointment) => moved.some((p) => a.start >= p.from && a.start < p.to);
  qc.setQueryData<StaffAppointment[]>(key, (rows) => (rows ? [...rows.filter((a) => !inMoved(a)), ...fetched.flat()] : rows));
}

/**
 * The day's fingerprint and counts, polled every few seconds while the board is open (and on focus): the board
 * refetches its rows (which reads, and audits, every person of the day) only when the fingerprint moves.
 */
export function useDaySummary(centerId: string, date: string, enabled: boolean) {
  return useQuery({
    queryKey: ['staff', 'appointments-summary', centerId, date] as const,
    queryFn: ({ signal }) => timed((s) => call(client.GET('/api/v1/staff/appointments/summary', { params: { query: { centerId, date } }, signal: s })), signal),
    enabled,
    refetchInterval: BOARD_POLL_MS,
    refetchOnWindowFocus: 'always',
    networkMode: 'always',
    retry: false,
  });
}

/** At most this many people answer a name search (the server's NAME_SEARCH_LIMIT). */
export const NAME_SEARCH_LIMIT = 20;

/** People found by name among a center's appointments on a day (audited on the server). */
export function searchDay(query: { centerId: string; date: string; name: string }) {
  return timed((signal) => call(client.GET('/api/v1/staff/appointments/search', { params: { query }, signal })));
}

export function checkIn(body: BodyOf<'/api/v1/staff/checkins', 'post'>) {
  return timed((signal) => call(client.POST('/api/v1/staff/checkins', { body, signal })));
}

export function documentVaccination(body: VaccinationInput) {
  return timed((signal) => call(client.POST('/api/v1/staff/vaccinations', { body, signal })));
}

export function vaccinationKey(id: string) {
  return ['staff', 'vaccinations', id] as const;
}

export function useVaccination(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: vaccinationKey(id ?? ''),
    queryFn: ({ signal }) => timed((s) => call(client.GET('/api/v1/staff/vaccinations/{id}', { params: { path: { id: id! } }, signal: s })), signal),
    enabled: enabled && Boolean(id),
    networkMode: 'always',
  });
}

export function correctVaccination(id: string, body: CorrectionInput) {
  return timed((signal) => call(client.POST('/api/v1/staff/vaccinations/{id}/corrections', { params: { path: { id } }, body, signal })));
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
