import { describe, expect, it } from 'vitest';
import { ageOn, decide, productAllowed } from './eligibility.engine.js';
import { RuleDefinition } from './eligibility.schema.js';
import { demoRules } from './eligibility.demo.js';

const NOW = new Date('2021-04-20T10:00:00+02:00');
const rules = RuleDefinition.parse({
  ...demoRules('2021-01-01T00:00:00+01:00'),
  groups: demoRules('2021-01-01T00:00:00+01:00').groups.map((g) =>
    g.id === '2' ? { ...g, opensAt: '2021-02-24T00:00:00+01:00' } : g.id === '3' ? { ...g, opensAt: '2021-05-03T00:00:00+02:00' } : g,
  ),
});

describe('the rules engine decides and explains', () => {
  it('age 80+ is group 1 and may book', () => {
    const d = decide(rules, { age: 84, claims: [] }, NOW);
    expect(d).toMatchObject({ eligible: true, reason: 'eligible', group: { id: '1' }, because: { minAge: 80 } });
    expect(d.explanation.en).toBe('Eligible: Priority group 1 (age 80 or over).');
    expect(d.explanation.de).toBe('Berechtigt: Prioritätsgruppe 1 (Alter ab 80).');
  });

  it('a claim puts a young person into a higher group', () => {
    const d = decide(rules, { age: 30, claims: ['icu_staff'] }, NOW);
    expect(d).toMatchObject({ eligible: true, group: { id: '1' }, because: { claim: 'icu_staff' } });
  });

  it('the first group that applies wins, even when a later one would be open', () => {
    const d = decide(rules, { age: 72, claims: ['teacher'] }, NOW);
    expect(d.group?.id).toBe('2');
  });

  it('a group that opens later is "not yet eligible" with the date', () => {
    const d = decide(rules, { age: 63, claims: [] }, NOW);
    expect(d).toMatchObject({ eligible: false, reason: 'group-not-open', group: { id: '3' } });
    expect(d.explanation.en).toBe('Not yet eligible: Priority group 3 (age 60 or over) opens on 3 May 2021.');
    expect(d.explanation.de).toBe('Noch nicht berechtigt: Prioritätsgruppe 3 (Alter ab 60) ist ab dem 3. Mai 2021 an der Reihe.');
    expect(decide(rules, { age: 63, claims: [] }, new Date('2021-05-03T00:00:00+02:00')).eligible).toBe(true);
  });

  it('a group without a date says so', () => {
    const d = decide(rules, { age: 40, claims: [] }, NOW);
    expect(d).toMatchObject({ eligible: false, reason: 'group-not-scheduled', group: { id: 'all' } });
    expect(d.explanation.en).toContain('has no opening date yet');
  });

  it('nobody under 18 without a claim falls into a group', () => {
    const d = decide(rules, { age: 15, claims: [] }, NOW);
    expect(d).toMatchObject({ eligible: false, reason: 'no-group', group: null });
  });

  it('age limits per product apply on top: Vaxzevria only from 60', () => {
    const young = decide(rules, { age: 30, claims: ['icu_staff'] }, NOW);
    expect(productAllowed(young, 'vaxzevria')).toMatchObject({ allowed: false, explanation: { en: 'only from age 60' } });
    expect(productAllowed(young, 'comirnaty').allowed).toBe(true);
    expect(productAllowed(decide(rules, { age: 84, claims: [] }, NOW), 'vaxzevria').allowed).toBe(true);
    expect(productAllowed(young, 'unlisted-product').allowed).toBe(true);
  });

  it('computes age in full years, birthdays included', () => {
    expect(ageOn('1941-04-20', '2021-04-20')).toBe(80);
    expect(ageOn('1941-04-21', '2021-04-20')).toBe(79);
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
  });

  it('rejects invalid rule sets with the field named', () => {
    const bad = RuleDefinition.safeParse({
      groups: [
        { id: '1', label: { de: 'a', en: 'a' }, opensAt: 'soon', anyOf: [{ minAge: 80 }] },
        { id: '1', label: { de: 'b', en: 'b' }, opensAt: null, anyOf: [{ claim: 'astronaut' }] },
      ],
      products: { vaxzevria: { minAge: 70, maxAge: 60 } },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['groups.0.opensAt', 'groups.1.anyOf.0', 'products.vaxzevria']));
    const twice = RuleDefinition.safeParse({ ...rules, groups: [rules.groups[0], rules.groups[0]] });
    expect(twice.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['groups.1.id', 'Group id "1" is used twice.']]);
  });
});
