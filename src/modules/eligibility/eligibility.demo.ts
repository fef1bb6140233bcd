import type { RuleDefinition } from './eligibility.schema.js';

/** The demo rules: the priority groups of the 2021 German ordinance; group 1 (80+) open from `opensAt`, the others not yet scheduled. */
export function demoRules(opensAt: string): RuleDefinition {
  return {
    groups: [
      {
        id: '1',
        label: { de: 'Prioritätsgruppe 1', en: 'Priority group 1' },
        opensAt,
        anyOf: [{ minAge: 80 }, { claim: 'care_home_resident' }, { claim: 'care_home_staff' }, { claim: 'icu_staff' }],
      },
      {
        id: '2',
        label: { de: 'Prioritätsgruppe 2', en: 'Priority group 2' },
        opensAt: null,
        anyOf: [{ minAge: 70 }, { claim: 'trisomy21' }, { claim: 'dementia' }, { claim: 'organ_transplant' }, { claim: 'care_contact' }, { claim: 'police_high_exposure' }],
      },
      {
        id: '3',
        label: { de: 'Prioritätsgruppe 3', en: 'Priority group 3' },
        opensAt: null,
        anyOf: [{ minAge: 60 }, { claim: 'chronic_condition' }, { claim: 'teacher' }, { claim: 'retail' }, { claim: 'critical_infrastructure' }],
      },
      { id: 'all', label: { de: 'Alle ab 18', en: 'Everyone 18+' }, opensAt: null, anyOf: [{ minAge: 18 }] },
    ],
    products: { comirnaty: { minAge: 16 }, spikevax: { minAge: 18 }, vaxzevria: { minAge: 60 }, jcovden: { minAge: 18 } },
  };
}
