import { randomInt, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { TenantCtx } from '../context.js';
import type { DB } from '../db/types.js';
import { progressBar } from '../lib/progress.js';
import { birthHash, identityHash } from '../modules/citizens/citizens.service.js';
import { localDate } from '../modules/onsite/onsite.service.js';

/**
 * A realistic population for load and scale tests: `vaxops seed --citizens N`.
 *
 * Persons follow a German-like age pyramid, live in the regions of the tenant's centers (postal codes
 * near a center's), registered between the campaign start and now, and — by age group — many have a
 * past booking with appointments at a center of their region and the vaccinations documented.
 *
 * Personal fields are encrypted with the tenant's key and hashed like the app does (identity and birth
 * hashes), so the rows are indistinguishable from real registrations. That costs CPU in Node (AES-GCM
 * per field, two HMACs per person), which is the main cost of a large seed. Rows are written in batches of
 * `batchSize` as one multi-row `INSERT ... SELECT FROM unnest($arrays)` per table (one round trip and
 * one statement per table per batch; bytea travels hex-encoded), each batch in its own transaction, and
 * the next batch is generated while the database writes the previous one. (COPY FROM STDIN would need
 * pg-copy-streams, which this project does not depend on; unnest batches get most of the speed.)
 *
 * Past appointments need past slots: one set per lane, every 30 minutes 07:00–20:00 for
 * `pastDays` days before today, created in SQL on the first run and sized to the appointments at the end.
 */

export type SeedCitizensOptions = {
  count: number;
  now: Date;
  /** Persons per batch (one transaction each). */
  batchSize?: number;
  /** How far back past appointments go (days before today). */
  pastDays?: number;
  /** Scale the share of people with a past booking (1 = the built-in shares by age, 0 = none). */
  bookedShare?: number;
  progress?: boolean;
  /** Called after every batch with the persons written so far. */
  onProgress?: (done: number, total: number) => void;
};

export type SeedCitizensResult = {
  persons: number;
  /** Generated identities that already existed in the tenant (same names and birth date), not written. */
  duplicates: number;
  bookings: number;
  appointments: number;
  vaccinations: number;
  seconds: number;
};

/** PGlite is one in-process session; larger seeds belong on PostgreSQL. */
export const PGLITE_MAX_CITIZENS = 50_000;

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
const NAME_PAIRS = GIVEN.length * FAMILY.length;

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

const CAMPAIGN_START = Date.parse('2020-12-27T00:00:00Z');
const DAY = 86400_000;
const SLOTS_PER_DAY = 26;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const SITES = ['left_upper_arm', 'left_upper_arm', 'left_upper_arm', 'right_upper_arm'];

/**
 * Unique booking codes without a lookup: a 4-round Feistel permutation of 50-bit numbers (a bijection),
 * fed with a random base plus a counter, written in the booking-code alphabet (5 bits per character).
 */
function codeMaker() {
  const keys = [randomInt(2 ** 30), randomInt(2 ** 30), randomInt(2 ** 30), randomInt(2 ** 30)];
  const M25 = 2 ** 25;
  let next = randomInt(2 ** 47); // leaves room for far more codes than any seed writes
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

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const hex = (b: Buffer) => b.toString('hex');

type Lane = { centerId: string; product: string; region: string; postalCode: string; days: Map<string, { id: string; start: number; end: number }[]> };
type Product = { id: string; doses: number; min: number | null; max: number | null };

/** Writes `count` persons (and their past bookings, appointments, vaccinations) into the tenant, as the owner. */
export async function seedCitizens(
  owner: Kysely<DB>,
  tenant: TenantCtx,
  opts: SeedCitizensOptions & { kind: 'pglite' | 'postgres' },
): Promise<SeedCitizensResult> {
  const started = performance.now();
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error('count must be a positive integer');
  if (opts.kind === 'pglite' && opts.count > PGLITE_MAX_CITIZENS) {
    throw new Error(
      `Seeding ${opts.count} citizens needs PostgreSQL (DATABASE_URL); the embedded PGlite database takes at most ${PGLITE_MAX_CITIZENS}.`,
    );
  }
  const batchSize = opts.batchSize ?? 10_000;
  const pastDays = opts.pastDays ?? 180;
  const bookedFactor = opts.bookedShare ?? 1;
  const today = localDate(opts.now, tenant.timezone);
  const todayMs = Date.parse(`${today}T00:00:00Z`);

  const staff = await sql<{ id: string }>`
    select id from staff_users where tenant_id = ${tenant.id} order by (role = 'vaccinator') desc, email limit 1`.execute(owner);
  const vaccinatorId = staff.rows[0]?.id;
  const products = new Map(
    (
      await sql<{ id: string; doses: number; min_interval_days: number | null; max_interval_days: number | null }>`
        select id, doses, min_interval_days, max_interval_days from products where tenant_id = ${tenant.id}`.execute(owner)
    ).rows.map((p) => [p.id, { id: p.id, doses: p.doses, min: p.min_interval_days, max: p.max_interval_days } satisfies Product]),
  );

  // Past slots for every lane (once per tenant), then all of them in memory: lane -> local day -> slots.
  const firstPast = isoDay(todayMs - pastDays * DAY);
  const havePast = await sql<{ n: number }>`
    select count(*)::int as n from slots
    where tenant_id = ${tenant.id} and lane_id is not null
      and starts_at < (${today}::date)::timestamp at time zone ${tenant.timezone}`.execute(owner);
  if (havePast.rows[0].n === 0) {
    await sql`
      insert into slots (tenant_id, center_id, lane_id, product_id, starts_at, ends_at, capacity)
      select l.tenant_id, l.center_id, l.id, l.product_id,
             (d::date + interval '7 hours' + n * interval '30 minutes') at time zone ${tenant.timezone},
             (d::date + interval '7 hours' + (n + 1) * interval '30 minutes') at time zone ${tenant.timezone},
             0
      from lanes l
      cross join generate_series(${firstPast}::date, ${today}::date - 1, interval '1 day') as d
      cross join generate_series(0, ${SLOTS_PER_DAY - 1}) as n
      where l.tenant_id = ${tenant.id}`.execute(owner);
  }
  const slotRows = await sql<{ id: string; lane_id: string; center_id: string; product_id: string; region: string; postal_code: string; day: string; starts_at: Date; ends_at: Date }>`
    select s.id, s.lane_id, s.center_id, s.product_id, r.name as region, c.postal_code,
           (s.starts_at at time zone ${tenant.timezone})::date::text as day, s.starts_at, s.ends_at
    from slots s join centers c on c.id = s.center_id join regions r on r.id = c.region_id
    where s.tenant_id = ${tenant.id} and s.lane_id is not null
      and s.starts_at < (${today}::date)::timestamp at time zone ${tenant.timezone}
    order by s.lane_id, s.starts_at`.execute(owner);
  const lanesById = new Map<string, Lane>();
  for (const s of slotRows.rows) {
    let lane = lanesById.get(s.lane_id);
    if (!lane) lanesById.set(s.lane_id, (lane = { centerId: s.center_id, product: s.product_id, region: s.region, postalCode: s.postal_code, days: new Map() }));
    let day = lane.days.get(s.day);
    if (!day) lane.days.set(s.day, (day = []));
    day.push({ id: s.id, start: new Date(s.starts_at).getTime(), end: new Date(s.ends_at).getTime() });
  }
  const lanes = [...lanesById.values()].filter((l) => products.has(l.product));
  // One lane per center and product is enough to place past appointments.
  const laneByCenterProduct = new Map<string, Lane>();
  for (const l of lanes) if (!laneByCenterProduct.has(`${l.centerId}|${l.product}`)) laneByCenterProduct.set(`${l.centerId}|${l.product}`, l);
  const centers = [...new Set(lanes.map((l) => l.centerId))].map((id) => ({
    id,
    postalCode: lanes.find((l) => l.centerId === id)!.postalCode,
    lanes: [...laneByCenterProduct.values()].filter((l) => l.centerId === id),
  }));
  const canBook = centers.length > 0 && !!vaccinatorId && pastDays > 0;

  // Identities are unique per tenant (names + birth date): per birth date, people get distinct name pairs
  // from a per-run random offset; a clash with someone already there is skipped and counted.
  const perDate = new Map<number, number>();
  const offset = randomInt(NAME_PAIRS);
  const nextCode = codeMaker();
  const nowMs = opts.now.getTime();

  const bar = opts.progress ? progressBar(`Seeding ${opts.count} citizens`, opts.count) : null;
  const result: SeedCitizensResult = { persons: 0, duplicates: 0, bookings: 0, appointments: 0, vaccinations: 0, seconds: 0 };

  const makeBatch = (n: number) => {
    const p = { id: [] as string[], g: [] as string[], f: [] as string[], b: [] as string[], pc: [] as string[], ih: [] as string[], bh: [] as string[], by: [] as number[], reg: [] as string[], lang: [] as string[], src: [] as string[] };
    const bk = { id: [] as string[], code: [] as string[], person: [] as string[], product: [] as string[], sec: [] as string[], status: [] as string[], created: [] as string[], cancelled: [] as (string | null)[] };
    const ap = { id: [] as string[], booking: [] as string[], slot: [] as string[], center: [] as string[], product: [] as string[], dose: [] as number[], start: [] as string[], end: [] as string[], status: [] as string[], checkedIn: [] as (string | null)[] };
    const vx = { appt: [] as string[], person: [] as string[], center: [] as string[], product: [] as string[], lot: [] as string[], dose: [] as number[], site: [] as string[], at: [] as string[] };
    for (let i = 0; i < n; i++) {
      // Age by the pyramid: a decade, then a day within it.
      let r = Math.random() * PYRAMID_TOTAL;
      let decade = 0;
      while (r > AGE_PYRAMID[decade] && decade < AGE_PYRAMID.length - 1) r -= AGE_PYRAMID[decade++];
      const ageDays = Math.floor((decade * 10 + Math.random() * 10) * 365.25) + 1;
      const age = Math.floor(ageDays / 365.25);
      const birthDate = isoDay(todayMs - ageDays * DAY);
      const k = perDate.get(ageDays) ?? 0;
      perDate.set(ageDays, k + 1);
      // Spread the pairs over the lists (the step is coprime to their product), so no name dominates.
      const pair = (offset + k * 1009 + ageDays * 7) % NAME_PAIRS;
      const givenName = GIVEN[pair % GIVEN.length];
      const familyName = FAMILY[Math.floor(pair / GIVEN.length)];
      const center = centers.length ? centers[Math.floor(Math.random() * centers.length)] : null;
      const postalCode = center ? center.postalCode.slice(0, 2) + String(Math.floor(Math.random() * 1000)).padStart(3, '0') : String(10000 + Math.floor(Math.random() * 89999));
      // Registered some time between the campaign start (or 2 weeks before the first booking) and now.
      const registered = CAMPAIGN_START + Math.random() * Math.max(nowMs - CAMPAIGN_START, DAY);
      const personId = randomUUID();
      const c = tenant.cipher;
      p.id.push(personId);
      p.g.push(hex(c.encrypt('given_name', givenName)));
      p.f.push(hex(c.encrypt('family_name', familyName)));
      p.b.push(hex(c.encrypt('birth_date', birthDate)));
      p.pc.push(hex(c.encrypt('postal_code', postalCode)));
      p.ih.push(hex(identityHash(tenant, { givenName, familyName, birthDate })));
      p.bh.push(hex(birthHash(tenant, birthDate)));
      p.by.push(Number(birthDate.slice(0, 4)));
      p.lang.push(Math.random() < 0.06 ? 'en' : 'de');
      const src = Math.random();
      p.src.push(src < 0.7 ? 'portal' : src < 0.95 ? 'call_center' : 'booking_api');

      let regAt = registered;
      if (canBook && center && Math.random() < bookedShareAt(age) * bookedFactor) {
        const lane = center.lanes[Math.floor(Math.random() * center.lanes.length)];
        const product = products.get(lane.product)!;
        if (product.doses > 1 && product.min! >= pastDays) {
          p.reg.push(new Date(regAt).toISOString());
          continue;
        }
        // Dose 1 on a past day early enough for the whole series to lie in the past.
        const span = product.doses > 1 ? product.min! * (product.doses - 1) : 0;
        const day1 = todayMs - (span + 1 + Math.floor(Math.random() * (pastDays - span))) * DAY;
        const series: { id: string; start: number; end: number }[] = [];
        let day = day1;
        for (let dose = 1; dose <= product.doses; dose++) {
          const slots = lane.days.get(isoDay(day));
          if (!slots?.length) break;
          series.push(slots[Math.floor(Math.random() * slots.length)]);
          if (dose < product.doses) {
            const gap = product.min! + Math.floor(Math.random() * Math.min(7, product.max! - product.min! + 1));
            day = Math.min(day + gap * DAY, todayMs - DAY);
          }
        }
        if (series.length === product.doses) {
          const bookingId = randomUUID();
          const created = series[0].start - (1 + Math.random() * 20) * DAY;
          regAt = Math.min(regAt, created - Math.random() * 14 * DAY);
          const cancelled = Math.random() < 0.03;
          bk.id.push(bookingId);
          bk.code.push(nextCode());
          bk.person.push(personId);
          bk.product.push(product.id);
          bk.sec.push(String(randomInt(10000)).padStart(4, '0'));
          bk.status.push(cancelled ? 'cancelled' : 'active');
          bk.created.push(new Date(created).toISOString());
          bk.cancelled.push(cancelled ? new Date(created + Math.random() * (series[0].start - created)).toISOString() : null);
          series.forEach((s, idx) => {
            const apptId = randomUUID();
            const startIso = new Date(s.start).toISOString();
            ap.id.push(apptId);
            ap.booking.push(bookingId);
            ap.slot.push(s.id);
            ap.center.push(center.id);
            ap.product.push(product.id);
            ap.dose.push(idx + 1);
            ap.start.push(startIso);
            ap.end.push(new Date(s.end).toISOString());
            ap.status.push(cancelled ? 'cancelled' : 'vaccinated');
            ap.checkedIn.push(cancelled ? null : new Date(s.start - Math.random() * 20 * 60_000).toISOString());
            if (!cancelled) {
              vx.appt.push(apptId);
              vx.person.push(personId);
              vx.center.push(center.id);
              vx.product.push(product.id);
              vx.lot.push(`${product.id.slice(0, 2).toUpperCase()}${1000 + ((s.start / DAY) % 97 | 0)}`);
              vx.dose.push(idx + 1);
              vx.site.push(SITES[Math.floor(Math.random() * SITES.length)]);
              vx.at.push(new Date(s.start + Math.random() * 30 * 60_000).toISOString());
            }
          });
        }
      }
      p.reg.push(new Date(Math.max(CAMPAIGN_START, regAt)).toISOString());
    }
    return { p, bk, ap, vx };
  };

  const write = async (batch: ReturnType<typeof makeBatch>) => {
    const { p, bk, ap, vx } = batch;
    await owner.transaction().execute(async (trx) => {
      const inserted = await sql<{ id: string }>`
        insert into persons (id, tenant_id, given_name, family_name, birth_date, postal_code, identity_hash, birth_hash,
                             birth_year, registered_at, created_at, language, source)
        select t.id, ${tenant.id}, decode(t.g, 'hex'), decode(t.f, 'hex'), decode(t.b, 'hex'), decode(t.pc, 'hex'),
               decode(t.ih, 'hex'), decode(t.bh, 'hex'), t.by, t.reg, t.reg, t.lang, t.src
        from unnest(${p.id}::uuid[], ${p.g}::text[], ${p.f}::text[], ${p.b}::text[], ${p.pc}::text[], ${p.ih}::text[], ${p.bh}::text[],
                    ${p.by}::smallint[], ${p.reg}::timestamptz[], ${p.lang}::text[], ${p.src}::text[])
             as t(id, g, f, b, pc, ih, bh, by, reg, lang, src)
        on conflict (tenant_id, identity_hash) do nothing
        returning id`.execute(trx);
      result.persons += inserted.rows.length;
      result.duplicates += p.id.length - inserted.rows.length;
      if (!bk.id.length) return;
      // A person that clashed with an existing identity was not written: drop their booking too.
      let keepB = bk.id.map((_, i) => i);
      let keepA = ap.id.map((_, i) => i);
      let keepV = vx.appt.map((_, i) => i);
      if (inserted.rows.length !== p.id.length) {
        const ok = new Set(inserted.rows.map((r) => r.id));
        const okBookings = new Set(bk.id.filter((_, i) => ok.has(bk.person[i])));
        keepB = keepB.filter((i) => okBookings.has(bk.id[i]));
        keepA = keepA.filter((i) => okBookings.has(ap.booking[i]));
        keepV = keepV.filter((i) => ok.has(vx.person[i]));
      }
      const pick = <T>(xs: T[], keep: number[]) => (keep.length === xs.length ? xs : keep.map((i) => xs[i]));
      const B = (xs: (string | null)[]) => pick(xs, keepB);
      const A = <T>(xs: T[]) => pick(xs, keepA);
      const V = <T>(xs: T[]) => pick(xs, keepV);
      await sql`
        insert into bookings (id, tenant_id, code, person_id, product_id, security_code, status, created_at, cancelled_at)
        select t.id, ${tenant.id}, t.code, t.person, t.product, t.sec, t.status, t.created, t.cancelled
        from unnest(${B(bk.id)}::uuid[], ${B(bk.code)}::text[], ${B(bk.person)}::uuid[], ${B(bk.product)}::text[], ${B(bk.sec)}::text[],
                    ${B(bk.status)}::text[], ${B(bk.created)}::timestamptz[], ${B(bk.cancelled)}::timestamptz[])
             as t(id, code, person, product, sec, status, created, cancelled)`.execute(trx);
      await sql`
        insert into appointments (id, tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at, status,
                                  checked_in_at, checked_in_by, reminder_sent_at)
        select t.id, ${tenant.id}, t.booking, t.slot, t.center, t.product, t.dose, t.start_at, t.end_at, t.status,
               t.checked_in, case when t.checked_in is null then null else ${vaccinatorId}::uuid end, t.start_at - interval '1 day'
        from unnest(${A(ap.id)}::uuid[], ${A(ap.booking)}::uuid[], ${A(ap.slot)}::uuid[], ${A(ap.center)}::uuid[], ${A(ap.product)}::text[],
                    ${A(ap.dose)}::smallint[], ${A(ap.start)}::timestamptz[], ${A(ap.end)}::timestamptz[], ${A(ap.status)}::text[],
                    ${A(ap.checkedIn)}::timestamptz[])
             as t(id, booking, slot, center, product, dose, start_at, end_at, status, checked_in)`.execute(trx);
      if (keepV.length) {
        await sql`
          insert into vaccinations (tenant_id, person_id, appointment_id, center_id, product_id, lot_number, dose_number, site,
                                    vaccinator_id, administered_at, recorded_at)
          select ${tenant.id}, t.person, t.appt, t.center, t.product, t.lot, t.dose, t.site, ${vaccinatorId}, t.at, t.at + interval '2 minutes'
          from unnest(${V(vx.person)}::uuid[], ${V(vx.appt)}::uuid[], ${V(vx.center)}::uuid[], ${V(vx.product)}::text[], ${V(vx.lot)}::text[],
                      ${V(vx.dose)}::smallint[], ${V(vx.site)}::text[], ${V(vx.at)}::timestamptz[])
               as t(person, appt, center, product, lot, dose, site, at)`.execute(trx);
      }
      result.bookings += keepB.length;
      result.appointments += keepA.length;
      result.vaccinations += keepV.length;
    });
  };

  // Generate batch k+1 (CPU in Node) while the database writes batch k.
  let pending: Promise<void> | null = null;
  let written = 0;
  try {
    for (let done = 0; done < opts.count; ) {
      const n = Math.min(batchSize, opts.count - done);
      const batch = makeBatch(n);
      done += n;
      if (pending) {
        await pending;
        bar?.tick(written);
        opts.onProgress?.(result.persons + result.duplicates, opts.count);
      }
      written = n;
      pending = write(batch);
    }
    await pending;
    bar?.tick(written);
    opts.onProgress?.(result.persons + result.duplicates, opts.count);
  } catch (err) {
    await pending?.catch(() => {});
    throw err;
  }

  // Past slots get exactly the places their appointments use, so they look fully booked.
  await sql`
    update slots s set capacity = c.n, booked = c.n
    from (select slot_id, count(*)::int as n from appointments
          where tenant_id = ${tenant.id} and status <> 'cancelled'
            and starts_at < (${today}::date)::timestamp at time zone ${tenant.timezone}
          group by slot_id) c
    where s.id = c.slot_id`.execute(owner);
  await sql`analyze persons, bookings, appointments, vaccinations, slots`.execute(owner);
  bar?.finish();
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
