import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTDATA_DIR } from '../../../test/support/testdata.js';
import { buildVaccinationDcc, hasValidChecksum, luhnModN, newUvci, transliterate, uciHash, UVCI_CHARSET } from './dcc.issue.js';
import { validateDccSchema } from './dcc.schema.js';
import { checkValueSets } from './dcc.valuesets.js';

// Public test material is read where it lies (never copied into the repository); without it, those checks skip.
const SHARED = path.join(TESTDATA_DIR, 'dcc');
const FAQ = path.join(SHARED, 'schema/wiki/FAQ.md');
const SCHEMA = path.join(SHARED, 'schema/DCC.combined-schema.json');

describe('UVCI: the unique certificate identifier and its Luhn mod N checksum', () => {
  it.skipIf(!fs.existsSync(FAQ))('computes the check character of the example in the DCC schema FAQ', () => {
    const text = fs.readFileSync(FAQ, 'utf8');
    const example = /(URN:UVCI:[A-Z0-9/:]+)#([A-Z0-9/:])/.exec(text);
    expect(example, 'the FAQ has an example with checksum').not.toBeNull();
    expect(luhnModN(example![1]!)).toBe(example![2]);
    expect(hasValidChecksum(`${example![1]}#${example![2]}`)).toBe(true);
  });

  it('new UVCIs have the URN form, the country, the issuer code and a valid checksum, and are unique', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const uvci = newUvci('DE', 'demo');
      expect(uvci).toMatch(/^URN:UVCI:01:DE:DEMO\/[A-Z0-9]{24}#[A-Z0-9/:]$/);
      expect(uvci.length).toBeLessThanOrEqual(80); // schema: certificate_id maxLength
      expect(hasValidChecksum(uvci)).toBe(true);
      seen.add(uvci);
    }
    expect(seen.size).toBe(200);
    expect(newUvci('AT', 'Freistaat Demo!')).toMatch(/^URN:UVCI:01:AT:FREISTAATDEM\//);
  });

  it('the checksum catches every single-character error', () => {
    const uvci = newUvci('DE', 'demo');
    const body = uvci.slice(0, -2);
    for (let i = 0; i < body.length; i++) {
      for (const ch of UVCI_CHARSET) {
        if (ch === body[i]) continue;
        const typo = `${body.slice(0, i)}${ch}${body.slice(i + 1)}${uvci.slice(-2)}`;
        expect(hasValidChecksum(typo), typo).toBe(false);
      }
    }
    expect(hasValidChecksum(body)).toBe(false); // no checksum at all
    expect(hasValidChecksum(`${body}#`)).toBe(false);
  });

  it('the revocation hash is the first 16 bytes of SHA-256 over the UCI', () => {
    const uvci = newUvci('DE', 'demo');
    const h = uciHash(uvci);
    expect(h).toHaveLength(16);
    expect(h.equals(createHash('sha256').update(uvci).digest().subarray(0, 16))).toBe(true);
    expect(uciHash(newUvci('DE', 'demo')).equals(h)).toBe(false);
  });
});

describe('names transliterated as ICAO 9303 wants them', () => {
  it.each([
    ['Schäfer', 'SCHAEFER'],
    ['Müller-Lüdenscheidt', 'MUELLER<LUEDENSCHEIDT'],
    ['Anna Maria', 'ANNA<MARIA'],
    ['  Anna   Maria  ', 'ANNA<MARIA'],
    ['Weiß', 'WEISS'],
    ["O'Connor", 'OCONNOR'],
    ['Jiří Novák', 'JIRI<NOVAK'],
    ['Ørsted Ærø Åse', 'OERSTED<AEROE<AASE'],
    ['Zoë François', 'ZOE<FRANCOIS'],
    ['Łukasz', 'LUKASZ'],
    ['von der Heide, jr.', 'VON<DER<HEIDE<JR'],
  ])('%s -> %s', (name, expected) => {
    expect(transliterate(name)).toBe(expected);
  });

  it('never exceeds 80 characters and never ends in a filler', () => {
    const t = transliterate(`${'Ab '.repeat(26)}Xy`);
    expect(t.length).toBeLessThanOrEqual(80);
    expect(t).toMatch(/^[A-Z<]*[A-Z]$/);
  });
});

describe('the DCC JSON of a vaccination', () => {
  const dcc = buildVaccinationDcc({
    person: { givenName: 'Anna', familyName: 'Schäfer', birthDate: '1938-04-12' },
    product: { vp: '1119349007', mp: 'EU/1/20/1528', ma: 'ORG-100030215', doses: 2 },
    doseNumber: 1,
    vaccinatedOn: '2026-11-23',
    country: 'DE',
    issuer: 'Freistaat Demo',
    uvci: newUvci('DE', 'demo'),
  });

  it('carries the person, the product codes, dose and series, the date, country, issuer and UVCI', () => {
    expect(dcc).toEqual({
      ver: '1.3.0',
      nam: { fn: 'Schäfer', fnt: 'SCHAEFER', gn: 'Anna', gnt: 'ANNA' },
      dob: '1938-04-12',
      v: [{ tg: '840539006', vp: '1119349007', mp: 'EU/1/20/1528', ma: 'ORG-100030215', dn: 1, sd: 2, dt: '2026-11-23', co: 'DE', is: 'Freistaat Demo', ci: dcc.v[0].ci }],
    });
  });

  it('is valid against the DCC schema and uses codes from the value sets', () => {
    expect(validateDccSchema(dcc)).toEqual({ valid: true, errors: [] });
    expect(checkValueSets(dcc)).toEqual([]);
  });

  it.skipIf(!fs.existsSync(SCHEMA))('is valid against the published JSON schema (ajv, draft 2020-12)', async () => {
    const Ajv2020 = (await import('ajv/dist/2020.js')).default.default; // CommonJS: the class is also module.exports.default
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    expect(validate(dcc), JSON.stringify(validate.errors)).toBe(true);
    // And the checker is not trivially lenient: a broken payload fails.
    expect(validate({ ...dcc, nam: { ...dcc.nam, fnt: 'schäfer' } })).toBe(false);
  });
});
