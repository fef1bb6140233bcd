/**
 * The content of an EU Digital COVID Certificate for one vaccination: the DCC JSON (schema 1.3), the
 * unique certificate identifier (UVCI) with its Luhn mod N checksum, ICAO 9303 transliteration of names,
 * and the revocation hash of a UCI. Pure functions: no keys, no database.
 */
import { createHash, randomInt } from 'node:crypto';

/** SNOMED CT code of COVID-19, the only disease vaxops vaccinates against (DCC `tg`). */
export const TARGET_DISEASE = '840539006';
/** The DCC schema version written into `ver`. */
export const DCC_VERSION = '1.3.0';

// ---------------------------------------------------------------------------------------------------
// UVCI

/**
 * The UVCI character set for the checksum (eHN guidelines, Annex 2; DCC schema FAQ "Luhn-Mod-N charset"):
 * '#' is not in it, because it only separates the checksum from the identifier.
 */
export const UVCI_CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:';
const OPAQUE_CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Random characters in the opaque part: 36^24 is about 2^124, so identifiers never collide in practice. */
const OPAQUE_LENGTH = 24;

function codePoint(ch: string): number {
  const i = UVCI_CHARSET.indexOf(ch);
  if (i < 0) throw new Error(`character ${JSON.stringify(ch)} is not allowed in a UVCI`);
  return i;
}

/** The Luhn mod N check character (N = 38) of a UVCI without checksum, prefix "URN:UVCI:" included. */
export function luhnModN(input: string): string {
  const n = UVCI_CHARSET.length;
  let factor = 2;
  let sum = 0;
  // From the rightmost character leftwards, doubling every other code point, starting with the rightmost.
  for (let i = input.length - 1; i >= 0; i--) {
    let addend = factor * codePoint(input[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return UVCI_CHARSET[(n - (sum % n)) % n]!;
}

/** True when a UVCI ends in "#" and the right Luhn mod N check character. */
export function hasValidChecksum(uvci: string): boolean {
  const at = uvci.lastIndexOf('#');
  if (at < 0 || at !== uvci.length - 2) return false;
  try {
    return luhnModN(uvci.slice(0, at)) === uvci[at + 1];
  } catch {
    return false;
  }
}

/**
 * A new UVCI in the URN form of the eHN guidelines (Annex 2, option 1: issuing entity / opaque unique string):
 * `URN:UVCI:01:DE:<ISSUER>/<24 random characters>#<check character>`.
 * `issuerCode` (e.g. the tenant's slug) is reduced to A-Z and 0-9, at most 12 characters.
 */
export function newUvci(country: string, issuerCode: string): string {
  const issuer = issuerCode.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12) || 'VAXOPS';
  let opaque = '';
  for (let i = 0; i < OPAQUE_LENGTH; i++) opaque += OPAQUE_CHARSET[randomInt(OPAQUE_CHARSET.length)];
  const body = `URN:UVCI:01:${country}:${issuer}/${opaque}`;
  return `${body}#${luhnModN(body)}`;
}

/**
 * The revocation hash of a UCI as the EU revocation lists carry it (hash type UCI): SHA-256 over the UCI
 * (the `ci` value, UTF-8) truncated to its first 16 bytes.
 */
export function uciHash(uci: string): Buffer {
  return createHash('sha256').update(uci, 'utf8').digest().subarray(0, 16);
}

// ---------------------------------------------------------------------------------------------------
// Names (ICAO Doc 9303 part 3, machine readable zone)

// Letters the ICAO table transliterates to more than their base letter (German umlauts and ß as
// AE/OE/UE/SS, Nordic letters, ligatures); everything else with a diacritic loses it (é -> E, č -> C).
const ICAO_MULTI: Record<string, string> = {
  Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'SS', ẞ: 'SS',
  Å: 'AA', Æ: 'AE', Ø: 'OE', Œ: 'OE', Þ: 'TH', Ĳ: 'IJ',
  Ð: 'D', Đ: 'D', Ł: 'L', Ħ: 'H', Ŀ: 'L', Ŋ: 'N', Ŧ: 'T', ı: 'I',
};
const MAX_NAME = 80;

/**
 * A name as the DCC's standardised fields (`fnt`, `gnt`) want it: upper-case A-Z with '<' as the filler.
 * Umlauts become AE/OE/UE and ß SS; other diacritics are dropped; apostrophes are omitted; spaces, hyphens
 * and any other character become '<' (runs collapsed, none at the ends); at most 80 characters.
 */
export function transliterate(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFC').toUpperCase()) {
    const multi = ICAO_MULTI[ch] ?? ICAO_MULTI[ch.toUpperCase()];
    if (multi) {
      out += multi;
      continue;
    }
    if (ch === "'" || ch === '’' || ch === '`' || ch === '´') continue;
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += /^[A-Z]$/.test(base) ? base : '<';
  }
  return out.replace(/<+/g, '<').replace(/^<|<$/g, '').slice(0, MAX_NAME).replace(/<$/, '');
}

// ---------------------------------------------------------------------------------------------------
// The DCC JSON

/** The DCC JSON of a vaccination certificate (schema 1.3, one `v` entry). */
export type VaccinationDcc = {
  ver: string;
  nam: { fn: string; fnt: string; gn: string; gnt: string };
  dob: string;
  v: [
    {
      tg: string;
      vp: string;
      mp: string;
      ma: string;
      dn: number;
      sd: number;
      dt: string;
      co: string;
      is: string;
      ci: string;
    },
  ];
};

export type DccInput = {
  person: { givenName: string; familyName: string; birthDate: string };
  /** The product's DCC codes (products.dcc_vp, dcc_mp, dcc_ma) and its number of doses in a series. */
  product: { vp: string; mp: string; ma: string; doses: number };
  doseNumber: number;
  /** Date of vaccination, YYYY-MM-DD in the tenant's time zone. */
  vaccinatedOn: string;
  country: string;
  issuer: string;
  uvci: string;
};

const clip = (s: string, max: number) => [...s.normalize('NFC').trim()].slice(0, max).join('');

/** Builds the DCC JSON of one vaccination. */
export function buildVaccinationDcc(input: DccInput): VaccinationDcc {
  return {
    ver: DCC_VERSION,
    nam: {
      fn: clip(input.person.familyName, MAX_NAME),
      fnt: transliterate(input.person.familyName),
      gn: clip(input.person.givenName, MAX_NAME),
      gnt: transliterate(input.person.givenName),
    },
    dob: input.person.birthDate,
    v: [
      {
        tg: TARGET_DISEASE,
        vp: input.product.vp,
        mp: input.product.mp,
        ma: input.product.ma,
        dn: input.doseNumber,
        sd: input.product.doses,
        dt: input.vaccinatedOn,
        co: input.country,
        is: clip(input.issuer, 80),
        ci: input.uvci,
      },
    ],
  };
}
