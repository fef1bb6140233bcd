/**
 * The hand-written DCC schema rules against the official JSON schema 1.3.3 run by ajv: both must say the same
 * on the schema's own test examples, on every payload of the official test cases, and on many mutations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { testdata } from '../../../test/support/testdata.js';
import { decodeHc1 } from './dcc.codec.js';
import { decodeCoseSign1, decodeCwt } from './dcc.cose.js';
import { dccKinds, validateDccSchema } from './dcc.schema.js';

const { path: dccDir } = testdata('dcc', 'DCC schema agreement tests');
const present = testdata('dcc/schema/DCC.combined-schema.json', 'DCC schema agreement tests').present;

const vaccination = {
  ver: '1.3.0',
  nam: { fn: "d'Červenková Panklová", fnt: 'DCERVENKOVA<PANKLOVA', gn: 'Jiřina-Maria Alena', gnt: 'JIRINA<MARIA<ALENA' },
  dob: '1979-04-14',
  v: [
    {
      tg: '840539006',
      vp: '1119349007',
      mp: 'EU/1/20/1528',
      ma: 'ORG-100030215',
      dn: 2,
      sd: 2,
      dt: '2021-04-21',
      co: 'CZ',
      is: 'Ministry of Health of the Czech Republic',
      ci: 'URN:UVCI:01:CZ:DFE/4711',
    },
  ],
};
const test = {
  ver: '1.3.0',
  nam: { fnt: 'MUSTERMANN' },
  dob: '1964',
  t: [
    {
      tg: '840539006',
      tt: 'LP217198-3',
      ma: '1232',
      sc: '2021-04-13T14:20:00+00:00',
      tr: '260415000',
      tc: 'Testzentrum Köln Hbf',
      co: 'DE',
      is: 'Robert Koch-Institut',
      ci: 'URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#W',
    },
  ],
};
const recovery = {
  ver: '1.3.0',
  nam: { gnt: 'ERIKA' },
  dob: '',
  r: [{ tg: '840539006', fr: '2021-02-20', co: 'AT', is: 'BMSGPK Austria', df: '2021-04-04', du: '2021-10-04', ci: 'URN:UVCI:01:AT:858CC18CFCF5965EF82F60E493349AA5#K' }],
};

// Each mutation changes one thing a schema keyword governs; together they reach every rule.
type Mutation = [name: string, change: (dcc: any) => void];
const mutations: Mutation[] = [
  ['unchanged', () => {}],
  ['ver with other separators (the schema does not escape its dots)', (d) => (d.ver = '1x3x0')],
  ['ver not a version', (d) => (d.ver = '1.3')],
  ['ver a number', (d) => (d.ver = 1.3)],
  ['no ver', (d) => delete d.ver],
  ['no nam', (d) => delete d.nam],
  ['nam an array', (d) => (d.nam = [])],
  ['nam without fnt and gnt', (d) => (d.nam = { fn: 'Muster', gn: 'Erika' })],
  ['lower-case fnt', (d) => (d.nam.fnt = 'Muster')],
  ['fnt with a space', (d) => (d.nam.fnt = 'MUSTER FRAU')],
  ['fnt of 81 letters', (d) => (d.nam.fnt = 'A'.repeat(81))],
  ['fn of 80 characters outside the BMP', (d) => (d.nam.fn = '𝔄'.repeat(80))],
  ['fn of 81 characters', (d) => (d.nam.fn = 'ä'.repeat(81))],
  ['gn a number', (d) => (d.nam.gn = 7)],
  ['unknown nam property', (d) => (d.nam.xx = 1)],
  ['dob year and month', (d) => (d.dob = '1901-08')],
  ['dob in 1899', (d) => (d.dob = '1899-12-31')],
  ['dob with a time', (d) => (d.dob = '1979-04-14T00:00:00')],
  ['dob with an impossible month (the pattern does not care)', (d) => (d.dob = '1979-13-40')],
  ['no dob', (d) => delete d.dob],
  ['unknown top-level property', (d) => (d.extra = { any: 'thing' })],
  ['a second group', (d) => (d.r = recovery.r)],
  ['the group empty', (d) => (d[dccKinds(d)[0]!] = [])],
  ['the group with two entries', (d) => d[dccKinds(d)[0]!].push(d[dccKinds(d)[0]!][0])],
  ['the group an object', (d) => (d[dccKinds(d)[0]!] = d[dccKinds(d)[0]!][0])],
  ['the entry a string', (d) => (d[dccKinds(d)[0]!] = ['entry'])],
  ['entry tg missing', (d) => delete d[dccKinds(d)[0]!][0].tg],
  ['entry tg a number', (d) => (d[dccKinds(d)[0]!][0].tg = 840539006)],
  ['entry co lower case', (d) => (d[dccKinds(d)[0]!][0].co = 'de')],
  ['entry co with a prefix (the pattern is unanchored)', (d) => (d[dccKinds(d)[0]!][0].co = 'xxDE')],
  ['entry is of 81 characters', (d) => (d[dccKinds(d)[0]!][0].is = 'x'.repeat(81))],
  ['entry ci missing', (d) => delete d[dccKinds(d)[0]!][0].ci],
  ['v dn zero', (d) => d.v && (d.v[0].dn = 0)],
  ['v dn fractional', (d) => d.v && (d.v[0].dn = 1.5)],
  ['v sd a string', (d) => d.v && (d.v[0].sd = '2')],
  ['v dt on 29 February 2021', (d) => d.v && (d.v[0].dt = '2021-02-29')],
  ['v dt on 29 February 2020', (d) => d.v && (d.v[0].dt = '2020-02-29')],
  ['v dt with a time', (d) => d.v && (d.v[0].dt = '2021-04-21T10:00:00Z')],
  ['t sc without time zone', (d) => d.t && (d.t[0].sc = '2021-04-13T14:20:00')],
  ['t sc with a space and a fraction', (d) => d.t && (d.t[0].sc = '2021-04-13 14:20:00.123Z')],
  ['t sc with hour 24', (d) => d.t && (d.t[0].sc = '2021-04-13T24:00:00Z')],
  ['t sc with a compact offset', (d) => d.t && (d.t[0].sc = '2021-04-13T14:20:00+0200')],
  ['t sc a leap second', (d) => d.t && (d.t[0].sc = '2016-12-31T23:59:60Z')],
  ['t nm of 81 characters', (d) => d.t && (d.t[0].nm = 'n'.repeat(81))],
  ['t tr missing', (d) => d.t && delete d.t[0].tr],
  ['t ma missing (optional)', (d) => d.t && delete d.t[0].ma],
  ['r du not a date', (d) => d.r && (d.r[0].du = '2021-10')],
  ['r fr missing', (d) => d.r && delete d.r[0].fr],
];

describe('DCC schema rules', () => {
  it('accept a correct vaccination, test and recovery certificate', () => {
    for (const dcc of [vaccination, test, recovery]) expect(validateDccSchema(dcc)).toEqual({ valid: true, errors: [] });
  });

  it('explain each problem with the path of the offending value', () => {
    const broken = structuredClone(vaccination) as any;
    broken.v[0].dn = 0;
    broken.v[0].dt = '2021-02-30';
    broken.nam.fnt = 'Lower';
    expect(validateDccSchema(broken).errors).toEqual([
      '/nam/fnt must match A-Z and <',
      '/v/0/dn must be at least 1',
      '/v/0/dt must be a date (YYYY-MM-DD)',
    ]);
  });

  it('refuse a certificate with several kinds or several entries (DGC2)', () => {
    expect(validateDccSchema({ ...vaccination, r: recovery.r }).errors).toContain(
      'the DCC must contain only one of v, t and r (has v, r)',
    );
    expect(validateDccSchema({ ...vaccination, v: [vaccination.v[0], vaccination.v[0]] }).errors).toContain(
      '/v must have exactly one entry (has 2)',
    );
  });
});

describe.skipIf(!present)('DCC schema rules agree with ajv on the official schema 1.3.3', () => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const official = ajv.compile(
    present ? JSON.parse(readFileSync(path.join(dccDir, 'schema/DCC.combined-schema.json'), 'utf8')) : {},
  );
  const agree = (dcc: unknown) => {
    const ours = validateDccSchema(dcc);
    expect(ours.valid, `ours: ${JSON.stringify(ours.errors)}; ajv: ${JSON.stringify(official.errors ?? [])}`).toBe(
      official(dcc),
    );
    return ours.valid;
  };

  it('on the schema test examples (valid/ and invalid/)', () => {
    for (const kind of ['valid', 'invalid']) {
      const dir = path.join(dccDir, 'schema/test', kind);
      const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(agree(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))), f).toBe(kind === 'valid');
    }
  });

  it('on every payload of the official test cases, decoded and as the case states it', () => {
    const casesDir = path.join(dccDir, 'cases');
    let checked = 0;
    for (const country of readdirSync(casesDir)) {
      const raw = path.join(casesDir, country, '2DCode/raw');
      if (!existsSync(raw)) continue;
      for (const f of readdirSync(raw).filter((name) => name.endsWith('.json'))) {
        const data = JSON.parse(readFileSync(path.join(raw, f), 'utf8'));
        if (data.JSON != null) (agree(data.JSON), checked++);
        try {
          const hcert = decodeCwt(decodeCoseSign1(decodeHc1(data.PREFIX).cose).payload).hcert;
          if (hcert !== undefined) (agree(hcert), checked++);
        } catch {
          // Cases about broken transport or CBOR have no payload to compare.
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('on values that are not objects', () => {
    for (const value of [null, [], 'HC1:', 42, true]) expect(agree(value)).toBe(false);
  });

  it.each(mutations)('on a mutation: %s', (_name, change) => {
    for (const base of [vaccination, test, recovery]) {
      const dcc = structuredClone(base);
      change(dcc);
      agree(dcc);
    }
  });
});
