/**
 * The value sets compiled into the code must be exactly the official ones (ehn-dcc-development/eu-dcc-valuesets),
 * and the check must flag codes outside them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdata } from '../../../test/support/testdata.js';
import { checkValueSets, inValueSet, VALUE_SETS, type ValueSetName } from './dcc.valuesets.js';

const { path: valueSetsDir, present } = testdata('dcc/valuesets', 'DCC value set comparison');

// The live test-manf list is the JRC database; the repository publishes a snapshot as an example file.
const OFFICIAL_FILE: Record<ValueSetName, string> = {
  'disease-agent-targeted': 'disease-agent-targeted.json',
  'vaccine-prophylaxis': 'vaccine-prophylaxis.json',
  'vaccine-medicinal-product': 'vaccine-medicinal-product.json',
  'vaccine-mah-manf': 'vaccine-mah-manf.json',
  'test-type': 'test-type.json',
  'test-result': 'test-result.json',
  'test-manf': 'test-manf-example.json',
  'country-2-codes': 'country-2-codes.json',
};

type OfficialValueSet = {
  valueSetId: string;
  valueSetDate: string;
  valueSetValues: Record<string, { display: string; active: boolean }>;
};

describe.skipIf(!present)('DCC value sets match the official files', () => {
  it.each(Object.entries(OFFICIAL_FILE))('%s has exactly the codes, names and states of %s', (name, file) => {
    const official = JSON.parse(readFileSync(path.join(valueSetsDir, file), 'utf8')) as OfficialValueSet;
    const ours = VALUE_SETS[name as ValueSetName];
    expect(ours.id).toBe(official.valueSetId);
    expect(ours.date).toBe(official.valueSetDate);
    expect(Object.keys(ours.values).sort()).toEqual(Object.keys(official.valueSetValues).sort());
    for (const [code, entry] of Object.entries(official.valueSetValues)) {
      expect(ours.values[code], code).toEqual({ display: entry.display, active: entry.active });
    }
  });
});

describe('DCC value set check', () => {
  const vaccination = {
    v: [{ tg: '840539006', vp: '1119349007', mp: 'EU/1/20/1528', ma: 'ORG-100030215', co: 'DE', dn: 1, sd: 2 }],
  };

  it('knows the codes of a Comirnaty vaccination in Germany, and nothing made up', () => {
    expect(checkValueSets(vaccination)).toEqual([]);
    expect(inValueSet('vaccine-medicinal-product', 'EU/1/20/1528')).toBe(true);
    expect(inValueSet('country-2-codes', 'XX')).toBe(false);
    expect(inValueSet('country-2-codes', 'toString')).toBe(false);
    expect(inValueSet('test-result', 260415000)).toBe(false);
  });

  it('names each unknown code with its path and value set', () => {
    const test = { t: [{ tg: '840539006', tt: 'LP6464-4', ma: '99999', tr: 'positive', co: 'DE' }] };
    expect(checkValueSets(test)).toEqual([
      '/t/0/ma "99999" is not a code of test-manf',
      '/t/0/tr "positive" is not a code of test-result',
    ]);
    expect(checkValueSets({ r: [{ tg: 'COVID-19', co: 'DE' }] })).toEqual([
      '/r/0/tg "COVID-19" is not a code of disease-agent-targeted',
    ]);
  });

  it('leaves missing fields to the schema check', () => {
    expect(checkValueSets({ t: [{ tg: '840539006', tt: 'LP217198-3', tr: '260415000', co: 'DE' }] })).toEqual([]);
    expect(checkValueSets(null)).toEqual([]);
  });
});
