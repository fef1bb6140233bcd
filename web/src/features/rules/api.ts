import { useQuery } from '@tanstack/react-query';
import { call, client, type BodyOf, type ResponseOf, type Texts } from '../../api';

export type { Texts };
export type RuleSetList = ResponseOf<'/api/v1/admin/rule-sets', 'get'>;
export type RuleSet = RuleSetList['ruleSets'][number];
export type RuleDefinition = BodyOf<'/api/v1/admin/rule-sets', 'post'>['definition'];
export type RuleGroup = RuleDefinition['groups'][number];
export type Criterion = RuleGroup['anyOf'][number];
export type ProductLimit = RuleDefinition['products'][string];
export type Impact = ResponseOf<'/api/v1/admin/rule-sets/{id}/impact', 'get'>;

export const RULE_SETS_KEY = ['staff', 'rule-sets'] as const;

export function useRuleSets() {
  return useQuery({
    queryKey: RULE_SETS_KEY,
    queryFn: ({ signal }) => call(client.GET('/api/v1/admin/rule-sets', { signal })),
  });
}

export function useImpact(id: string | null) {
  return useQuery({
    queryKey: ['staff', 'rule-sets', id, 'impact'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/admin/rule-sets/{id}/impact', { params: { path: { id: id! } }, signal })),
    enabled: Boolean(id),
  });
}

export function createRuleSet(body: BodyOf<'/api/v1/admin/rule-sets', 'post'>) {
  return call(client.POST('/api/v1/admin/rule-sets', { body }));
}

export function publishRuleSet(id: string, reason: string) {
  return call(client.POST('/api/v1/admin/rule-sets/{id}/publish', { params: { path: { id } }, body: { reason } }));
}
