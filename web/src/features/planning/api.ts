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
