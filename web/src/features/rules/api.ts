import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { Claim } from '../claims';

export interface Texts {
  de: string;
  en: string;
}

export type Criterion = { minAge: number } | { claim: Claim };

export interface RuleGroup {
  id: string;
  label: Texts;
  opensAt: string | null;
  anyOf: Criterion[];
}

export interface ProductLimit {
  minAge?: number;
  maxAge?: number;
}

export interface RuleDefinition {
  groups: RuleGroup[];
  products: Record<string, ProductLimit>;
}

export interface RuleSet {
  id: string;
  version: number;
  status: 'draft' | 'published';
  effectiveFrom: string;
  definition: RuleDefinition;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
  publishReason: string | null;
}

export interface RuleSetList {
  inForce: string | null;
  ruleSets: RuleSet[];
}

export interface Impact {
  ruleSetId: string;
  comparedWith: string | null;
  at: string;
  waiting: number;
  eligibleBefore: number;
  eligibleAfter: number;
  groups: { groupId: string; label: Texts; eligibleBefore: number; eligibleAfter: number; newlyEligible: number }[];
}

export const RULE_SETS_KEY = ['staff', 'rule-sets'] as const;

export function useRuleSets() {
  return useQuery({
    queryKey: RULE_SETS_KEY,
    queryFn: ({ signal }) => api<RuleSetList>('/api/v1/admin/rule-sets', { signal }),
  });
}

export function useImpact(id: string | null) {
  return useQuery({
    queryKey: ['staff', 'rule-sets', id, 'impact'],
    queryFn: ({ signal }) => api<Impact>(`/api/v1/admin/rule-sets/${encodeURIComponent(id!)}/impact`, { signal }),
    enabled: Boolean(id),
  });
}

export function createRuleSet(body: { definition: RuleDefinition; effectiveFrom: string; note?: string }) {
  return api<RuleSet>('/api/v1/admin/rule-sets', { method: 'POST', body });
}

export function publishRuleSet(id: string, reason: string) {
  return api<RuleSet>(`/api/v1/admin/rule-sets/${encodeURIComponent(id)}/publish`, { method: 'POST', body: { reason } });
}
