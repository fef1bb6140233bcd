/**
 * The EU DCC JSON schema 1.3.3 (DCC.combined-schema.json) as code, so verification needs no files at runtime.
 * It follows the schema rule for rule, including its quirks (the unescaped dots in `ver`, the unanchored
 * country pattern, formats as ajv-formats checks them); dcc.schema.test.ts holds it against ajv running
 * the official schema.
 */

/** The three kinds of certificate: vaccination, test, recovery. */
export type DccKind = 'v' | 't' | 'r';

/** The outcome of a schema check; each error names the JSON pointer of the offending value. */
export type SchemaCheck = { valid: boolean; errors: string[] };

const KINDS: readonly DccKind[] = ['v', 't', 'r'];
const VER = /^\d+.\d+.\d+$/u;
const DOB = /^((19|20)\d\d(-\d\d){0,2}){0,1}$/u;
const STANDARDISED_NAME = /^[A-Z<]*$/u;
const COUNTRY = /[A-Z]{1,10}/u;
const MAX_TEXT = 80;

type Rule = (value: unknown, path: string, errors: string[]) => void;

// Each rule mirrors one schema keyword group; they push messages instead of throwing so one call lists all.
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const string =
  (opts: { maxLength?: number; pattern?: RegExp; patternText?: string; format?: 'date' | 'date-time' } = {}): Rule =>
  (value, path, errors) => {
    if (typeof value !== 'string') return void errors.push(`${path} must be a string`);
    // JSON Schema counts code points, not UTF-16 units.
    if (opts.maxLength !== undefined && [...value].length > opts.maxLength) {
      errors.push(`${path} must be at most ${opts.maxLength} characters`);
    }
    if (opts.pattern && !opts.pattern.test(value)) errors.push(`${path} must match ${opts.patternText ?? opts.pattern.source}`);
    if (opts.format === 'date' && !isDate(value)) errors.push(`${path} must be a date (YYYY-MM-DD)`);
    if (opts.format === 'date-time' && !isDateTime(value)) {
      errors.push(`${path} must be a date and time with a time zone (RFC 3339)`);
    }
  };

const positiveInteger: Rule = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) return void errors.push(`${path} must be an integer`);
  if (value < 1) errors.push(`${path} must be at least 1`);
};

const object =
  (required: readonly string[], properties: Record<string, Rule>): Rule =>
  (value, path, errors) => {
    if (!isObject(value)) return void errors.push(`${path} must be an object`);
    for (const key of required) if (!Object.hasOwn(value, key)) errors.push(`${path}/${key} is required`);
    for (const [key, rule] of Object.entries(properties)) {
      if (Object.hasOwn(value, key)) rule(value[key], `${path}/${key}`, errors);
    }
  };

const text = string({ maxLength: MAX_TEXT });
const code = string();
const country = string({ pattern: COUNTRY });
const date = string({ format: 'date' });

const vaccinationEntry = object(['tg', 'vp', 'mp', 'ma', 'dn', 'sd', 'dt', 'co', 'is', 'ci'], {
  tg: code,
  vp: code,
  mp: code,
  ma: code,
  dn: positiveInteger,
  sd: positiveInteger,
  dt: date,
  co: country,
  is: text,
  ci: text,
});

const testEntry = object(['tg', 'tt', 'sc', 'tr', 'co', 'is', 'ci'], {
  tg: code,
  tt: code,
  nm: text,
  ma: code,
  sc: string({ format: 'date-time' }),
  tr: code,
  tc: text,
  co: country,
  is: text,
  ci: text,
});

const recoveryEntry = object(['tg', 'fr', 'co', 'is', 'df', 'du', 'ci'], {
  tg: code,
  fr: date,
  co: country,
  is: text,
  df: date,
  du: date,
  ci: text,
});

const standardisedName = string({ pattern: STANDARDISED_NAME, maxLength: MAX_TEXT, patternText: 'A-Z and <' });
const personNameProperties = object([], { fn: text, fnt: standardisedName, gn: text, gnt: standardisedName });
const personName: Rule = (value, path, errors) => {
  personNameProperties(value, path, errors);
  if (isObject(value) && !Object.hasOwn(value, 'fnt') && !Object.hasOwn(value, 'gnt')) {
    errors.push(`${path} must have a standardised surname (fnt) or forename (gnt)`);
  }
};

// Exactly one entry per group: a DCC carries one event (schema 1.3: minItems 1, maxItems 1).
const group =
  (entry: Rule): Rule =>
  (value, path, errors) => {
    if (!Array.isArray(value)) return void errors.push(`${path} must be an array`);
    if (value.length !== 1) errors.push(`${path} must have exactly one entry (has ${value.length})`);
    value.forEach((item, i) => entry(item, `${path}/${i}`, errors));
  };

const topLevel = object([], {
  ver: string({ pattern: VER, patternText: 'a version like 1.3.0' }),
  nam: personName,
  dob: string({ pattern: DOB, patternText: 'YYYY, YYYY-MM, YYYY-MM-DD (1900-2099) or empty' }),
  v: group(vaccinationEntry),
  t: group(testEntry),
  r: group(recoveryEntry),
});

/** Checks a DCC payload against the rules of the EU DCC JSON schema 1.3.3. */
export function validateDccSchema(dcc: unknown): SchemaCheck {
  const errors: string[] = [];
  if (!isObject(dcc)) return { valid: false, errors: ['the DCC must be a JSON object'] };
  // The schema's oneOf: ver, nam and dob plus exactly one of v, t, r.
  const base = ['ver', 'nam', 'dob'].filter((key) => !Object.hasOwn(dcc, key));
  for (const key of base) errors.push(`/${key} is required`);
  const kinds = KINDS.filter((kind) => Object.hasOwn(dcc, kind));
  if (kinds.length === 0) errors.push('the DCC must contain one of v (vaccination), t (test) or r (recovery)');
  if (kinds.length > 1) errors.push(`the DCC must contain only one of v, t and r (has ${kinds.join(', ')})`);
  topLevel(dcc, '', errors);
  return { valid: errors.length === 0, errors };
}

/** The kinds of certificate a DCC payload carries (v, t, r with at least one entry). */
export function dccKinds(dcc: unknown): DccKind[] {
  if (!isObject(dcc)) return [];
  return KINDS.filter((kind) => Array.isArray(dcc[kind]) && (dcc[kind] as unknown[]).length > 0);
}

// Formats as ajv-formats checks them in "full" mode: RFC 3339 with real calendar days.
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;

function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

function isTime(value: string): boolean {
  const m = TIME.exec(value);
  if (!m || !m[4]) return false;
  const [hr, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const sign = m[5] === '-' ? -1 : 1;
  const tzH = Number(m[6] ?? 0);
  const tzM = Number(m[7] ?? 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second is allowed only at 23:59:60 UTC.
  const utcMin = min - tzM * sign;
  const utcHr = hr - tzH * sign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

function isDateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
}
