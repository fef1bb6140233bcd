import { createCipheriv, randomFillSync } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { TenantCtx } from '../context.js';
import { TenantCipher } from '../lib/crypto.js';
import { codeColumns, type CodeColumns } from '../kernel/codes.js';
import { birthHash, identityHash } from '../modules/citizens/citizens.service.js';

/**
 * The generator behind `vaxops seed --citizens N` (see citizens.ts): people, their past bookings,
 * appointments and vaccinations, encrypted and hashed with the tenant's real cipher.
 *
 * On PostgreSQL it runs in worker threads and writes each batch as PostgreSQL binary COPY tuples (one
 * buffer per table), so the main thread only streams buffers into COPY. On PGlite (small seeds) the same
 * generator runs in-process and fills arrays for `INSERT ... SELECT FROM unnest(...)`.
 */

/** Given names for generated people (German, with accents and dashes that normalisation must handle). */
export const GIVEN = [
  'Maria', 'Ursula', 'Monika', 'Petra', 'Elisabeth', 'Sabine', 'Renate', 'Helga', 'Karin', 'Brigitte', 'Ingrid', 'Erika', 'Andrea',
  'Gisela', 'Claudia', 'Susanne', 'Gabriele', 'Christa', 'Christine', 'Hildegard', 'Anna', 'Birgit', 'Barbara', 'Jürgen', 'Gerda',
  'Sophie', 'Marie', 'Emma', 'Hannah', 'Mia', 'Lea', 'Zoë', 'Änne', 'Peter', 'Michael', 'Thomas', 'Andreas', 'Wolfgang', 'Klaus',
  'Hans-Jürgen', 'Stefan', 'Christian', 'Uwe', 'Günter', 'Horst', 'Frank', 'Dieter', 'Manfred', 'Gerhard', 'Bernd', 'Jörg',
  'Lukas', 'Leon', 'Finn', 'Jonas', 'Paul', 'Elias', 'Noah', 'Ben', 'Felix', 'Mehmet', 'Ayşe', 'Fatma', 'Olga', 'Dmitri',
];
/** Family names for generated people. */
export const FAMILY = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
  'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann',
  'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel',
  'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht',
  'Yılmaz', 'Kaya', 'Nowak', 'Kowalski', 'von Bödefeld', 'Groß', 'Öztürk', 'Weiß-Müller',
];
// No two entries normalise to the same name (normalizeName), so distinct pairs give distinct identities.
export const NAME_PAIRS = GIVEN.length * FAMILY.length;

/** Share of the population by decade of age (0-9, 10-19, ..., 90-99), roughly Germany's pyramid. */
export const AGE_PYRAMID = [9.5, 9.3, 11, 13, 12, 15.5, 13.5, 9, 6, 1.2];
const PYRAMID_TOTAL = AGE_PYRAMID.reduce((a, b) => a + b, 0);

/** Share with a past booking by age: the old first, children barely (as in 2021). */
function bookedShareAt(age: number) {
  if (age >= 80) return 0.85;
  if (age >= 60) return 0.75;
  if (age >= 18) return 0.55;
  if (age >= 12) return 0.3;
  return 0;
}

export const CAMPAIGN_START = Date.parse('2020-12-27T00:00:00Z');
export const DAY = 86400_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const SITES = ['left_upper_arm', 'left_upper_arm', 'left_upper_arm', 'right_upper_arm'];
const MAX_AGE_DAYS = 100 * 366;

/**
 * Everything a generator needs, as plain data (it crosses into worker threads). Past slots are numbered
 * 0..S-1; a lane's slots of the day `d` days before today are `dayFirst[d] .. dayFirst[d] + dayCount[d] - 1`.
 */
export type SeedPlan = {
  tenantId: string;
  /** The tenant cipher's derived keys (encryption, blind index): workers rebuild the same TenantCipher. */
  encKey: Uint8Array;
  indexKey: Uint8Array;
  todayMs: number;
  nowMs: number;
  pastDays: number;
  bookedFactor: number;
  vaccinatorId: string | null;
  products: { id: string; doses: number; min: number; max: number }[];
  centers: { id: string; postalCode: string; lanes: number[] }[];
  lanes: { product: number; dayFirst: Int32Array; dayCount: Int32Array }[];
  slotIds: string[];
  slotStart: Float64Array;
  slotEnd: Float64Array;
  /** Booking codes: keys of a Feistel permutation shared by all generators, and this generator's counter start. */
  codeKeys: number[];
  codeBase: number;
  /** Names: a per-run offset; generator `worker` of `workers` takes every `workers`-th name pair per birth date. */
  nameOffset: number;
  worker: number;
  workers: number;
  /** Reproducible people (not ids, codes or ciphertexts): each generator draws from `seed` and its number. */
  seed: number | null;
};

/** sfc32, a small fast generator: the same `seed` gives the same people (names, ages, bookings). */
function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/**
 * Unique booking codes without a lookup: a 4-round Feistel permutation of 50-bit numbers (a bijection),
 * fed with a counter, written in the booking-code alphabet (5 bits per character). Generators share the
 * keys and count in disjoint ranges, so the codes of one run never repeat.
 */
function codeMaker(keys: number[], start: number) {
  const M25 = 2 ** 25;
  let next = start;
  return () => {
    const x = next++;
    let l = Math.floor(x / M25);
    let r = x % M25;
    for (const k of keys) {
      let h = Math.imul(r ^ k, 0x9e3779b1);
      h ^= h >>> 15;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      [l, r] = [r, (l ^ h) & (M25 - 1)];
    }
    let s = '';
    for (let v = r, i = 0; i < 5; i++, v >>>= 5) s += CODE_ALPHABET[v & 31];
    for (let v = l, i = 0; i < 5; i++, v >>>= 5) s += CODE_ALPHABET[v & 31];
    return s;
  };
}

type Ids = { next(out: Buffer): Buffer };

/** Random version-4 UUIDs as bytes, from a pool refilled in bulk. */
class UuidSource implements Ids {
  private pool = Buffer.allocUnsafeSlow(16 * 4096);
  private at = this.pool.length;
  /** Writes a fresh UUID into `out` (16 bytes) and returns it. */
  next(out: Buffer) {
    if (this.at === this.pool.length) {
      randomFillSync(this.pool);
      this.at = 0;
    }
    this.pool.copy(out, 0, this.at, this.at + 16);
    this.at += 16;
    out[6] = (out[6] & 0x0f) | 0x40;
    out[8] = (out[8] & 0x3f) | 0x80;
    return out;
  }
}

const TOP = 2 ** 48;

/**
 * Random version-4 UUIDs in ascending order within one slice of the id space (the first 48 bits): each
 * is the previous plus a random gap (exponential, so they are spread like a sorted uniform sample), the
 * other 74 random bits as usual. Batches take consecutive slices, so a run's ids rise: every id index
 * (primary keys, and the indexes on person, booking and appointment ids) grows at one end as it would
 * after a restore, instead of dirtying a random page per row, which is what limits a large seed on a
 * server with a small buffer cache. The ids themselves stay random version-4 UUIDs.
 */
class AscendingIds implements Ids {
  private at: number;
  private readonly step: number;
  constructor(
    private readonly random: UuidSource,
    slice: { index: number; of: number },
    expected: number,
  ) {
    this.at = (slice.index * TOP) / slice.of;
    this.step = TOP / slice.of / Math.max(expected * 1.1, 1);
  }
  next(out: Buffer) {
    this.random.next(out);
    this.at += this.step * -Math.log(1 - Math.random());
    out.writeUIntBE(Math.min(Math.floor(this.at), TOP - 1), 0, 6);
    return out;
  }
}

export const uuidBytes = (s: string) => Buffer.from(s.replace(/-/g, ''), 'hex');
export function uuidString(b: Uint8Array) {
  const h = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * AES-256-GCM sealing in lib/crypto.ts's format (version 1 | iv | tag | ciphertext, AAD "tenant:field",
 * the tenant's encryption key), with IVs drawn from a pool of random bytes filled in bulk rather than one
 * random-number call per field: most of the cost of a field. The generator checks on start that the real
 * TenantCipher opens what this seals, so a change of format there cannot go unnoticed here.
 */
class FieldSealer {
  private readonly ivs = Buffer.allocUnsafeSlow(12 * 8192);
  private at = this.ivs.length;
  private readonly aad = new Map<string, Buffer>();
  constructor(
    private readonly tenantId: string,
    private readonly key: Buffer,
  ) {}
  seal(field: string, value: string): Buffer {
    if (this.at === this.ivs.length) {
      randomFillSync(this.ivs);
      this.at = 0;
    }
    const iv = this.ivs.subarray(this.at, (this.at += 12));
    let aad = this.aad.get(field);
    if (!aad) this.aad.set(field, (aad = Buffer.from(`${this.tenantId}:${field}`)));
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    c.setAAD(aad);
    const ct = c.update(value, 'utf8');
    c.final();
    const out = Buffer.allocUnsafe(29 + ct.length);
    out[0] = 1;
    iv.copy(out, 1);
    c.getAuthTag().copy(out, 13);
    ct.copy(out, 29);
    return out;
  }
}

/** Where a generator puts its rows: binary COPY tuples (PostgreSQL) or arrays (PGlite). */
export interface RowSink {
  person(
    id: Buffer, given: Buffer, family: Buffer, birth: Buffer, postal: Buffer, identity: Buffer, birthHash: Buffer,
    birthYear: number, registeredMs: number, language: string, source: string,
  ): void;
  /** codes: the booking and security codes as the app stores them (keyed hashes, the booking code encrypted). */
  booking(id: Buffer, codes: CodeColumns, personId: Buffer, product: string, cancelled: boolean, createdMs: number, cancelledMs: number): void;
  appointment(id: Buffer, bookingId: Buffer, slot: number, center: number, product: string, dose: number, cancelled: boolean, checkedInMs: number): void;
  vaccination(id: Buffer, personId: Buffer, appointmentId: Buffer, center: number, product: string, lot: string, dose: number, site: string, administeredMs: number): void;
}

/** Generates people into a sink, batch after batch; state (names per birth date, codes) carries over. */
export function personGenerator(plan: SeedPlan) {
  // The tenant's real cipher (same encryption and blind indexes as the app), from its derived keys.
  const cipher = Object.create(TenantCipher.prototype) as TenantCipher;
  Object.assign(cipher, { tenantId: plan.tenantId, encKey: Buffer.from(plan.encKey), indexKey: Buffer.from(plan.indexKey) });
  const tenant: TenantCtx = { id: plan.tenantId, slug: '', name: '', timezone: 'UTC', cipher };
  const sealer = new FieldSealer(plan.tenantId, Buffer.from(plan.encKey));
  const probe = 'Prüfung';
  if (cipher.decrypt('given_name', sealer.seal('given_name', probe)) !== probe) throw new Error('seed: field encryption differs from lib/crypto.ts');
  const { todayMs, pastDays, products, centers, lanes, slotStart } = plan;
  const canBook = centers.length > 0 && !!plan.vaccinatorId && pastDays > 0;
  const nextCode = codeMaker(plan.codeKeys, plan.codeBase);
  const uuids = new UuidSource();
  const perDate = new Int32Array(MAX_AGE_DAYS + 1);
  const birthDates: string[] = [];
  const birthHashes: Buffer[] = [];
  const personId = Buffer.alloc(16);
  const bookingId = Buffer.alloc(16);
  const apptIds = [Buffer.alloc(16), Buffer.alloc(16), Buffer.alloc(16), Buffer.alloc(16)];
  const vaccId = Buffer.alloc(16);
  const series: number[] = [];
  const random = plan.seed === null ? Math.random : seededRandom(plan.seed * 7919 + plan.worker);
  const registeredSpan = Math.max(plan.nowMs - CAMPAIGN_START, DAY);

  /** n people into the sink; with a slice, their ids (and their bookings', ...) rise within it. */
  return function generate(n: number, sink: RowSink, slice: { index: number; of: number } | null = null) {
    const expected = n * plan.bookedFactor;
    const ids: Record<'person' | 'booking' | 'appointment' | 'vaccination', Ids> = slice
      ? {
          person: new AscendingIds(uuids, slice, n),
          booking: new AscendingIds(uuids, slice, expected * 0.55),
          appointment: new AscendingIds(uuids, slice, expected),
          vaccination: new AscendingIds(uuids, slice, expected),
        }
      : { person: uuids, booking: uuids, appointment: uuids, vaccination: uuids };
    for (let i = 0; i < n; i++) {
      // Age by the pyramid: a decade, then a day within it.
      let r = random() * PYRAMID_TOTAL;
      let decade = 0;
      while (r > AGE_PYRAMID[decade] && decade < AGE_PYRAMID.length - 1) r -= AGE_PYRAMID[decade++];
      const ageDays = Math.floor((decade * 10 + random() * 10) * 365.25) + 1;
      const age = Math.floor(ageDays / 365.25);
      let birthDate = birthDates[ageDays];
      if (birthDate === undefined) {
        birthDate = birthDates[ageDays] = new Date(todayMs - ageDays * DAY).toISOString().slice(0, 10);
        birthHashes[ageDays] = birthHash(tenant, birthDate);
      }
      // Per birth date each person gets the next name pair (this generator's share of them); the step
      // spreads the pairs over the lists (it is coprime to their product), so no name dominates.
      const k = perDate[ageDays]++ * plan.workers + plan.worker;
      const pair = (plan.nameOffset + k * 1009 + ageDays * 7) % NAME_PAIRS;
      const givenName = GIVEN[pair % GIVEN.length];
      const familyName = FAMILY[Math.floor(pair / GIVEN.length)];
      const center = centers.length ? Math.floor(random() * centers.length) : -1;
      const postalCode =
        center >= 0
          ? centers[center].postalCode.slice(0, 2) + String(Math.floor(random() * 1000)).padStart(3, '0')
          : String(10000 + Math.floor(random() * 89999));
      // Registered some time between the campaign start (or 2 weeks before the first booking) and now.
      let regAt = CAMPAIGN_START + random() * registeredSpan;
      const language = random() < 0.06 ? 'en' : 'de';
      const src = random();
      const source = src < 0.7 ? 'portal' : src < 0.95 ? 'call_center' : 'booking_api';
      ids.person.next(personId);

      // A past booking: the whole series on past days, at a center of the person's region.
      series.length = 0;
      let product: SeedPlan['products'][number] | null = null;
      let createdMs = 0;
      let cancelled = false;
      if (canBook && random() < bookedShareAt(age) * plan.bookedFactor) {
        const c = centers[center];
        const lane = lanes[c.lanes[Math.floor(random() * c.lanes.length)]];
        const p = products[lane.product];
        if (!(p.doses > 1 && p.min >= pastDays)) {
          // Dose 1 on a past day early enough for the whole series to lie in the past.
          const span = p.doses > 1 ? p.min * (p.doses - 1) : 0;
          let daysBack = span + 1 + Math.floor(random() * (pastDays - span));
          for (let dose = 1; dose <= p.doses; dose++) {
            const count = daysBack >= 1 && daysBack <= pastDays ? lane.dayCount[daysBack] : 0;
            if (!count) break;
            series.push(lane.dayFirst[daysBack] + Math.floor(random() * count));
            if (dose < p.doses) {
              const gap = p.min + Math.floor(random() * Math.min(7, p.max - p.min + 1));
              daysBack = Math.max(daysBack - gap, 1);
            }
          }
          if (series.length === p.doses) {
            product = p;
            createdMs = slotStart[series[0]] - (1 + random() * 20) * DAY;
            regAt = Math.min(regAt, createdMs - random() * 14 * DAY);
            cancelled = random() < 0.03;
          }
        }
      }

      sink.person(
        personId,
        sealer.seal('given_name', givenName),
        sealer.seal('family_name', familyName),
        sealer.seal('birth_date', birthDate),
        sealer.seal('postal_code', postalCode),
        identityHash(tenant, { givenName, familyName, birthDate }),
        birthHashes[ageDays],
        Number(birthDate.slice(0, 4)),
        Math.max(CAMPAIGN_START, regAt),
        language,
        source,
      );
      if (!product) continue;
      const first = slotStart[series[0]];
      sink.booking(
        ids.booking.next(bookingId),
        codeColumns(tenant, nextCode(), String(Math.floor(random() * 10000)).padStart(4, '0')),
        personId,
        product.id,
        cancelled,
        createdMs,
        cancelled ? createdMs + random() * (first - createdMs) : 0,
      );
      for (let d = 0; d < series.length; d++) {
        const s = series[d];
        const apptId = ids.appointment.next(apptIds[d]);
        sink.appointment(apptId, bookingId, s, center, product.id, d + 1, cancelled, cancelled ? 0 : slotStart[s] - random() * 20 * 60_000);
        if (!cancelled) {
          const lot = `${product.id.slice(0, 2).toUpperCase()}${1000 + ((slotStart[s] / DAY) % 97 | 0)}`;
          const site = SITES[Math.floor(random() * SITES.length)];
          sink.vaccination(ids.vaccination.next(vaccId), personId, apptId, center, product.id, lot, d + 1, site, slotStart[s] + random() * 30 * 60_000);
        }
      }
    }
  };
}

// ---- PostgreSQL binary COPY -------------------------------------------------------------------------

const EPOCH_2000_MS = Date.UTC(2000, 0, 1);
const TWO_32 = 2 ** 32;

/** The 19-byte header and 2-byte trailer of a binary COPY stream. */
export const COPY_HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
export const COPY_TRAILER = Buffer.from([0xff, 0xff]);

/** Binary COPY tuples in one growing buffer. */
export class CopyRows {
  buf: Buffer;
  pos = 0;
  rows = 0;
  constructor(size = 1 << 20) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }
  private need(n: number) {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  tuple(fields: number) {
    this.need(2);
    this.buf.writeInt16BE(fields, this.pos);
    this.pos += 2;
    this.rows++;
  }
  bytes(b: Uint8Array) {
    this.need(4 + b.length);
    this.buf.writeInt32BE(b.length, this.pos);
    this.buf.set(b, this.pos + 4);
    this.pos += 4 + b.length;
  }
  text(s: string) {
    this.need(4 + s.length * 3);
    const n = this.buf.write(s, this.pos + 4, 'utf8');
    this.buf.writeInt32BE(n, this.pos);
    this.pos += 4 + n;
  }
  int2(v: number) {
    this.need(6);
    this.buf.writeInt32BE(2, this.pos);
    this.buf.writeInt16BE(v, this.pos + 4);
    this.pos += 6;
  }
  /** timestamptz: microseconds since 2000-01-01 UTC, 64 bits. */
  ts(ms: number) {
    this.need(12);
    const us = Math.round((ms - EPOCH_2000_MS) * 1000);
    const hi = Math.floor(us / TWO_32);
    this.buf.writeInt32BE(8, this.pos);
    this.buf.writeInt32BE(hi, this.pos + 4);
    this.buf.writeUInt32BE(us - hi * TWO_32, this.pos + 8);
    this.pos += 12;
  }
  null() {
    this.need(4);
    this.buf.writeInt32BE(-1, this.pos);
    this.pos += 4;
  }
  /** The tuples so far (a view; the next batch gets a new CopyRows). */
  take() {
    return this.buf.subarray(0, this.pos);
  }
}

/** The columns each COPY names, in the order the tuples carry them. */
export const COPY_COLUMNS = {
  persons: 'id, tenant_id, given_name, family_name, birth_date, postal_code, identity_hash, birth_hash, birth_year, registered_at, created_at, language, source',
  bookings: 'id, tenant_id, code_hash, code_box, person_id, product_id, security_hash, status, created_at, cancelled_at',
  appointments:
    'id, tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at, status, checked_in_at, checked_in_by, reminder_sent_at',
  vaccinations:
    'id, tenant_id, person_id, appointment_id, center_id, product_id, lot_number, dose_number, site, vaccinator_id, administered_at, recorded_at',
} as const;

/** One generated batch as binary COPY tuples per table, plus the past slots its live appointments use. */
export type CopyBatch = {
  persons: Buffer;
  bookings: Buffer;
  appointments: Buffer;
  vaccinations: Buffer;
  counts: { persons: number; bookings: number; appointments: number; vaccinations: number };
  /** Slot number of every appointment that is not cancelled. */
  slotUse: Int32Array;
  /** Identity hash of every person, 32 bytes each, in row order (to skip people the tenant has already). */
  identities: Buffer;
  /** Per person: how many booking, appointment and vaccination tuples follow it (to drop a person's rows). */
  rowsPerPerson: Uint8Array;
};

/** The plan's ids as bytes, once per generator. */
export function copyIds(plan: SeedPlan) {
  return {
    tenant: uuidBytes(plan.tenantId),
    vaccinator: plan.vaccinatorId ? uuidBytes(plan.vaccinatorId) : null,
    centerIds: plan.centers.map((c) => uuidBytes(c.id)),
    slotIds: plan.slotIds.map(uuidBytes),
  };
}

/** A sink writing binary COPY tuples for n people. */
export function copySink(plan: SeedPlan, ids: ReturnType<typeof copyIds>, n: number) {
  const { tenant, vaccinator, centerIds, slotIds } = ids;
  const p = new CopyRows(n * 340);
  const b = new CopyRows(n * 170);
  const a = new CopyRows(n * 200);
  const v = new CopyRows(n * 170);
  const slotUse: number[] = [];
  const identities = Buffer.allocUnsafeSlow(32 * n);
  // Bits 0-1: bookings (0/1), 2-4: appointments, 5-7: vaccinations of the current person.
  const rowsPerPerson = new Uint8Array(n);
  let person = -1;
  const sink: RowSink = {
    person(id, given, family, birth, postal, identity, birthHash, birthYear, registeredMs, language, source) {
      p.tuple(13);
      p.bytes(id);
      p.bytes(tenant);
      p.bytes(given);
      p.bytes(family);
      p.bytes(birth);
      p.bytes(postal);
      p.bytes(identity);
      p.bytes(birthHash);
      p.int2(birthYear);
      p.ts(registeredMs);
      p.ts(registeredMs);
      p.text(language);
      p.text(source);
      identity.copy(identities, 32 * ++person);
    },
    booking(id, codes, personId, product, cancelled, createdMs, cancelledMs) {
      b.tuple(10);
      b.bytes(id);
      b.bytes(tenant);
      b.bytes(codes.code_hash);
      b.bytes(codes.code_box);
      b.bytes(personId);
      b.text(product);
      b.bytes(codes.security_hash);
      b.text(cancelled ? 'cancelled' : 'active');
      b.ts(createdMs);
      if (cancelled) b.ts(cancelledMs);
      else b.null();
      rowsPerPerson[person] += 1;
    },
    appointment(id, bookingId, slot, center, product, dose, cancelled, checkedInMs) {
      a.tuple(13);
      a.bytes(id);
      a.bytes(tenant);
      a.bytes(bookingId);
      a.bytes(slotIds[slot]);
      a.bytes(centerIds[center]);
      a.text(product);
      a.int2(dose);
      a.ts(plan.slotStart[slot]);
      a.ts(plan.slotEnd[slot]);
      a.text(cancelled ? 'cancelled' : 'vaccinated');
      if (cancelled) {
        a.null();
        a.null();
      } else {
        a.ts(checkedInMs);
        a.bytes(vaccinator!);
        slotUse.push(slot);
      }
      a.ts(plan.slotStart[slot] - DAY);
      rowsPerPerson[person] += 1 << 2;
    },
    vaccination(id, personId, appointmentId, center, product, lot, dose, site, administeredMs) {
      v.tuple(12);
      v.bytes(id);
      v.bytes(tenant);
      v.bytes(personId);
      v.bytes(appointmentId);
      v.bytes(centerIds[center]);
      v.text(product);
      v.text(lot);
      v.int2(dose);
      v.text(site);
      v.bytes(vaccinator!);
      v.ts(administeredMs);
      v.ts(administeredMs + 2 * 60_000);
      rowsPerPerson[person] += 1 << 5;
    },
  };
  return {
    sink,
    finish(): CopyBatch {
      return {
        persons: p.take(),
        bookings: b.take(),
        appointments: a.take(),
        vaccinations: v.take(),
        counts: { persons: p.rows, bookings: b.rows, appointments: a.rows, vaccinations: v.rows },
        slotUse: Int32Array.from(slotUse),
        identities: identities.subarray(0, 32 * (person + 1)),
        rowsPerPerson: rowsPerPerson.subarray(0, person + 1),
      };
    },
  };
}

/** Worker thread entry: answers `{ n, slice }` with a CopyBatch of n people (buffers transferred, not copied). */
export function runSeedWorker() {
  const plan = workerData.plan as SeedPlan;
  const generate = personGenerator(plan);
  const ids = copyIds(plan);
  parentPort!.on('message', (msg: { n: number; slice: { index: number; of: number } | null }) => {
    const out = copySink(plan, ids, msg.n);
    generate(msg.n, out.sink, msg.slice);
    const batch = out.finish();
    const transfer = [batch.persons, batch.bookings, batch.appointments, batch.vaccinations, batch.identities, batch.slotUse, batch.rowsPerPerson].map(
      (x) => x.buffer as ArrayBuffer,
    );
    parentPort!.postMessage(batch, transfer);
  });
}
