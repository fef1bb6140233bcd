/**
 * Reading the content of an EU Digital COVID Certificate (the hcert JSON, schema 1.3) for display.
 * Only vaccination certificates are issued by vaxops; tests and recoveries are recognised by kind.
 */

export interface DccVaccination {
  /** Medicinal product (EU value set `vaccines-covid-19-names`), e.g. EU/1/20/1528. */
  product: string;
  doseNumber: number | null;
  seriesDoses: number | null;
  /** YYYY-MM-DD */
  date: string;
  country: string;
  issuer: string;
  uvci: string;
}

export interface DccContent {
  givenName: string;
  familyName: string;
  /** Transliterated (ICAO 9303) names, as printed in passports. */
  givenNameT: string;
  familyNameT: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  birthDate: string;
  kind: 'vaccination' | 'test' | 'recovery' | 'unknown';
  vaccination: DccVaccination | null;
}

/** The medicinal products of the EU value set that the campaign knows, by their code. */
export const PRODUCT_NAMES: Record<string, string> = {
  'EU/1/20/1528': 'Comirnaty',
  'EU/1/20/1507': 'Spikevax',
  'EU/1/21/1529': 'Vaxzevria',
  'EU/1/20/1525': 'COVID-19 Vaccine Janssen',
  'EU/1/21/1618': 'Nuvaxovid',
};

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The displayable content of a decoded payload, or null when it is not a DCC at all. */
export function readDcc(payload: unknown): DccContent | null {
  const p = obj(payload);
  if (!('nam' in p) && !('dob' in p)) return null;
  const nam = obj(p.nam);
  const v = Array.isArray(p.v) ? p.v : null;
  const kind: DccContent['kind'] = v?.length ? 'vaccination' : Array.isArray(p.t) ? 'test' : Array.isArray(p.r) ? 'recovery' : 'unknown';
  let vaccination: DccVaccination | null = null;
  if (v?.length) {
    const e = obj(v[0]);
    vaccination = {
      product: str(e.mp),
      doseNumber: num(e.dn),
      seriesDoses: num(e.sd),
      date: str(e.dt),
      country: str(e.co),
      issuer: str(e.is),
      uvci: str(e.ci),
    };
  }
  return {
    givenName: str(nam.gn),
    familyName: str(nam.fn),
    givenNameT: str(nam.gnt),
    familyNameT: str(nam.fnt),
    birthDate: str(p.dob),
    kind,
    vaccination,
  };
}

/** Name of a medicinal product code, or the code itself. */
export function dccProductName(code: string): string {
  return PRODUCT_NAMES[code] ?? code;
}

/** Country name of an ISO 3166-1 alpha-2 code in the UI language, or the code. */
export function countryName(code: string, lng: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    const names = new Intl.DisplayNames([lng === 'en' ? 'en' : 'de'], { type: 'region' });
    const name = names.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** Whether a text looks like certificate content (the HC1 prefix of the EU specification). */
export function looksLikeHc1(text: string): boolean {
  return /^HC1:/i.test(text.trim());
}
