import type { Claim, RuleDefinition } from './eligibility.schema.js';

export type Subject = { age: number; claims: readonly string[] };
type Lang = 'de' | 'en';
export type Explanation = Record<Lang, string>;

export type Decision = {
  eligible: boolean;
  /** The priority group the person falls in, or null when none applies. */
  group: { id: string; label: Explanation; opensAt: string | null } | null;
  /** Why the person belongs to the group: the first criterion that holds. */
  because: { minAge: number } | { claim: Claim } | null;
  reason: 'eligible' | 'no-group' | 'group-not-scheduled' | 'group-not-open';
  explanation: Explanation;
  products: { id: string; allowed: boolean; explanation: Explanation }[];
};

const CLAIM_TEXT: Record<Claim, Explanation> = {
  care_home_resident: { de: 'Bewohner/in einer Pflegeeinrichtung', en: 'care home resident' },
  care_home_staff: { de: 'Personal einer Pflegeeinrichtung', en: 'care home staff' },
  icu_staff: { de: 'Personal mit sehr hohem Expositionsrisiko (Intensiv, Notaufnahme, Impfzentrum)', en: 'staff at very high exposure (ICU, emergency, vaccination center)' },
  trisomy21: { de: 'Trisomie 21', en: 'trisomy 21' },
  dementia: { de: 'Demenz oder geistige Behinderung', en: 'dementia or intellectual disability' },
  organ_transplant: { de: 'Organtransplantation', en: 'organ transplant' },
  care_contact: { de: 'Kontaktperson einer pflegebedürftigen Person', en: 'close contact of a care-dependent person' },
  police_high_exposure: { de: 'Polizei mit hohem Infektionsrisiko', en: 'police on high-exposure duty' },
  chronic_condition: { de: 'Vorerkrankung mit erhöhtem Risiko', en: 'chronic condition with raised risk' },
  teacher: { de: 'Lehrkraft oder Erzieher/in', en: 'teacher or childcare worker' },
  retail: { de: 'Einzelhandel', en: 'retail' },
  critical_infrastructure: { de: 'Kritische Infrastruktur', en: 'critical infrastructure' },
};

const dateText = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date(iso));

/** Age in full years on a given day (birth date and day as YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Decides whether a person may book now, in which group, and which products fit; with the reasons in German and English. */
export function decide(rules: RuleDefinition, subject: Subject, now: Date): Decision {
  let group: RuleDefinition['groups'][number] | undefined;
  let because: Decision['because'] = null;
  for (const g of rules.groups) {
    const hit = g.anyOf.find((c) => ('minAge' in c ? subject.age >= c.minAge : subject.claims.includes(c.claim)));
    if (hit) {
      group = g;
      because = hit;
      break;
    }
  }
  const products = Object.entries(rules.products)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, limit]) => {
      const tooYoung = limit.minAge !== undefined && subject.age < limit.minAge;
      const tooOld = limit.maxAge !== undefined && subject.age > limit.maxAge;
      const explanation: Explanation = tooYoung
        ? { de: `nur ab ${limit.minAge} Jahren`, en: `only from age ${limit.minAge}` }
        : tooOld
          ? { de: `nur bis ${limit.maxAge} Jahre`, en: `only up to age ${limit.maxAge}` }
          : { de: 'zugelassen', en: 'allowed' };
      return { id, allowed: !tooYoung && !tooOld, explanation };
    });

  if (!group) {
    return {
      eligible: false,
      group: null,
      because,
      reason: 'no-group',
      explanation: { de: 'Noch nicht berechtigt: Sie gehören derzeit zu keiner Gruppe, die impfen darf.', en: 'Not yet eligible: you are not in any group that may be vaccinated at present.' },
      products,
    };
  }
  const g = { id: group.id, label: group.label, opensAt: group.opensAt };
  const why: Explanation = because && 'claim' in because
    ? CLAIM_TEXT[because.claim]
    : { de: `Alter ab ${(because as { minAge: number }).minAge}`, en: `age ${(because as { minAge: number }).minAge} or over` };
  if (group.opensAt === null) {
    return {
      eligible: false,
      group: g,
      because,
      reason: 'group-not-scheduled',
      explanation: {
        de: `Noch nicht berechtigt: ${group.label.de} (${why.de}) hat noch keinen Starttermin.`,
        en: `Not yet eligible: ${group.label.en} (${why.en}) has no opening date yet.`,
      },
      products,
    };
  }
  if (new Date(group.opensAt) > now) {
    return {
      eligible: false,
      group: g,
      because,
      reason: 'group-not-open',
      explanation: {
        de: `Noch nicht berechtigt: ${group.label.de} (${why.de}) ist ab dem ${dateText(group.opensAt, 'de')} an der Reihe.`,
        en: `Not yet eligible: ${group.label.en} (${why.en}) opens on ${dateText(group.opensAt, 'en')}.`,
      },
      products,
    };
  }
  return {
    eligible: true,
    group: g,
    because,
    reason: 'eligible',
    explanation: { de: `Berechtigt: ${group.label.de} (${why.de}).`, en: `Eligible: ${group.label.en} (${why.en}).` },
    products,
  };
}

/** Whether a product may be booked by a person under a decision (products without limits are allowed). */
export function productAllowed(d: Decision, productId: string) {
  return d.products.find((p) => p.id === productId) ?? { id: productId, allowed: true, explanation: { de: 'zugelassen', en: 'allowed' } };
}

/** One priority group as the public sees it: who belongs to it (in both languages) and whether it may book now. */
export type GroupSummary = { id: string; label: Explanation; who: Explanation; opensAt: string | null; open: boolean };

/** Who may book when, under a rule set: each group with its criteria in words and whether it is open at `now`. */
export function groupSummaries(rules: RuleDefinition, now: Date): GroupSummary[] {
  return rules.groups.map((g) => {
    const parts = g.anyOf.map((c): Explanation => ('minAge' in c ? { de: `ab ${c.minAge} Jahren`, en: `aged ${c.minAge} or over` } : CLAIM_TEXT[c.claim]));
    return {
      id: g.id,
      label: g.label,
      who: { de: parts.map((p) => p.de).join('; '), en: parts.map((p) => p.en).join('; ') },
      opensAt: g.opensAt,
      open: g.opensAt !== null && new Date(g.opensAt) <= now,
    };
  });
}
