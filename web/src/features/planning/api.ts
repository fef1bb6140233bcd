import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export interface DosePlan {
  day: string;
  product: string;
  doses: number;
  booked: number;
}

export function dosePlansKey(centerId: string, from: string, to: string) {
  return ['staff', 'dose-plans', centerId, from, to] as const;
}

export function useDosePlans(centerId: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: dosePlansKey(centerId, from, to),
    queryFn: ({ signal }) => api<DosePlan[]>('/api/v1/staff/dose-plans', { query: { centerId, from, to }, signal }),
    enabled,
  });
}

export function setDosePlan(body: { centerId: string; day: string; product: string; doses: number }) {
  return api<DosePlan>('/api/v1/staff/dose-plans', { method: 'PUT', body });
}
