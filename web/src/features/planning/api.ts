import { useQuery } from '@tanstack/react-query';
import { call, client, type BodyOf, type ResponseOf } from '../../api';

export type DosePlan = ResponseOf<'/api/v1/staff/dose-plans', 'get'>[number];

export function dosePlansKey(centerId: string, from: string, to: string) {
  return ['staff', 'dose-plans', centerId, from, to] as const;
}

export function useDosePlans(centerId: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: dosePlansKey(centerId, from, to),
    queryFn: ({ signal }) => call(client.GET('/api/v1/staff/dose-plans', { params: { query: { centerId, from, to } }, signal })),
    enabled,
  });
}

export function setDosePlan(body: BodyOf<'/api/v1/staff/dose-plans', 'put'>) {
  return call(client.PUT('/api/v1/staff/dose-plans', { body }));
}

export function setDosePlanRange(body: BodyOf<'/api/v1/staff/dose-plans/range', 'put'>) {
  return call(client.PUT('/api/v1/staff/dose-plans/range', { body }));
}

export function removeDosePlan(query: { centerId: string; day: string; product: string }) {
  return call(client.DELETE('/api/v1/staff/dose-plans', { params: { query } }));
}

/** Planned doses as typed: '' (no plan), or a whole number from 0 to 100,000 in digits only ("-3" and "1.5" are errors, never 3 or 1). */
export function parseDoses(text: string): { ok: true; doses: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, doses: null };
  if (!/^\d{1,6}$/.test(trimmed)) return { ok: false };
  const n = Number(trimmed);
  return n <= 100_000 ? { ok: true, doses: n } : { ok: false };
}

/** Whether a problem is the server's "fewer doses than booked" refusal (a field error `below-booked`). */
export function isBelowBooked(error: unknown): boolean {
  const p = (error as { problem?: { errors?: { code?: string }[] } } | null)?.problem;
  return Boolean(p?.errors?.some((e) => e.code === 'below-booked'));
}
