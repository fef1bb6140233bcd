import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { TenantCtx } from '../context.js';
import type { DB } from '../db/types.js';
import { progressBar } from '../lib/progress.js';
import { PERSON_IDENTITY_CONSTRAINT } from '../modules/citizens/citizens.service.js';
import { localDate } from '../lib/clock.js';
import {
  COPY_COLUMNS,
  COPY_HEADER,
  COPY_TRAILER,
  DAY,
  NAME_PAIRS,
  personGenerator,
  uuidString,
  type CopyBatch,
  type RowSink,
  type SeedPlan,
} from './citizens.worker.js';

export { AGE_PYRAMID, FAMILY, GIVEN } from './citizens.worker.js';

/**
 * A realistic population for load and scale tests: `vaxops seed --citizens N`.
 *
 * Persons follow a German-like age pyramid, live in the regions of the tenant's centers (postal codes
 * near a center's), registered between the campaign start and now, and — by age group — many have a
 * past booking with appointments at a center of their region and the vaccinations documented.
 *
 * Personal fields are encrypted with the tenant's key and hashed like the app does (identity and birth
 * hashes), so the rows are indistinguishable from real registrations: the app decrypts and finds them.
 * That costs CPU in Node (AES-GCM per field, an HMAC per person), so on PostgreSQL generator threads
 * (citizens.worker.ts) build each batch as binary COPY tuples while the main thread streams finished
 * batches into `COPY ... FROM STDIN` over two connections, one transaction per batch: the database and
 * both cores stay busy. Secondary indexes and constraints stay in place (the tenant may be live).
 *  - Where row-level security applies to the owner (not a superuser, no BYPASSRLS) PostgreSQL refuses COPY
 *    into the tables: batches are copied into temporary tables and moved with `INSERT ... SELECT`.
 *  - A superuser skips the per-row foreign-key triggers (session_replication_role = replica, as
 *    pg_restore does), half the database's work; see copyBatches for why that is safe here.
 *  - Identities the tenant already has are skipped and counted (looked up per batch once it has people).
 *  - Ids are random version-4 UUIDs handed out in ascending order through a run (AscendingIds), so the id
 *    indexes grow at one end; with random order every row dirtied a random page of nine indexes, which
 *    on a default 128 MB buffer cache made the seed slow down to a third by 5M people.
 * On PGlite (small seeds) the generator runs in-process and batches are written with
 * `INSERT ... SELECT FROM unnest($arrays)`.
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
  /** PostgreSQL: the owner's connection URL, for COPY connections. Without it batches are INSERTed through `owner`. */
  databaseUrl?: string;
  /** Generator threads (PostgreSQL with databaseUrl); default: one per core but one, at least one. */
  workers?: number;
  /** COPY connections writing batches concurrently; default 2. */
  writers?: number;
  /** Force the temporary-table path even where COPY into the tables would be allowed (tests). */
  staged?: boolean;
  /** The same seed gives the same people again (names, birth dates, bookings; not ids, codes or ciphertexts). */
  seed?: number;
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
/** Names per birth date run out beyond this (the densest decade holds 15.5% of the people). */
export const MAX_CITIZENS = 50_000_000;

const SLOTS_PER_DAY = 26;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Written = { persons: number; duplicates: number; bookings: number; appointments: number; vaccinations: number; slotUse: ArrayLike<number> };

/** Writes `count` persons (and their past bookings, appointments, vaccinations) into the tenant, as the owner. */
export async function seedCitizens(
  owner: Kysely<DB>,
  tenant: TenantCtx,
  opts: SeedCitizensOptions & { kind: 'pglite' | 'postgres' },
): Promise<SeedCitizensResult> {
  const started = performance.now();
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error('count must be a positive integer');
  if (opts.count > MAX_CITIZENS) throw new Error(`seed at most ${MAX_CITIZENS} citizens at a time`);
  if (opts.seed !== undefined && (!Number.isInteger(opts.seed) || opts.seed < 0)) throw new Error('seed must be a non-negative integer');
  if (opts.kind === 'pglite' && opts.count > PGLITE_MAX_CITIZENS) {
    throw new Error(
      `Seeding ${opts.count} citizens needs PostgreSQL (DATABASE_URL); the embedded PGlite database takes at most ${PGLITE_MAX_CITIZENS}.`,
    );
  }
  const batchSize = opts.batchSize ?? 10_000;
  const pastDays = opts.pastDays ?? 180;
  const today = localDate(opts.now, tenant.timezone);
  const todayMs = Date.parse(`${today}T00:00:00Z`);

  const staff = await sql<{ id: string }>`
    select id from staff_users where tenant_id = ${tenant.id} order by (role = 'vaccinator') desc, email limit 1`.execute(owner);
  const productRows = (
    await sql<{ id: string; doses: number; min_interval_days: number | null; max_interval_days: number | null }>`
      select id, doses, min_interval_days, max_interval_days from products where tenant_id = ${tenant.id} order by id`.execute(owner)
  ).rows;
  const products = productRows.map((p) => ({ id: p.id, doses: p.doses, min: p.min_interval_days ?? 0, max: p.max_interval_days ?? p.min_interval_days ?? 0 }));
  const productIndex = new Map(products.map((p, i) => [p.id, i]));

  // Past slots for every lane (once per tenant), then all of them: numbered, per lane and day.
  const firstPast = isoDay(todayMs - pastDays * DAY);
  const havePast = await sql<{ n: number }>`
    select count(*)::int as n from slots
    where tenant_id = ${tenant.id} and lane_id is not null
      and starts_at < (${today}::date)::timestamp at time zone ${tenant.timezone}`.execute(owner);
  if (havePast.rows[0].n === 0 && pastDays > 0) {
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
  // Lanes (one per center and product is enough to place past appointments), then their past slots:
  // numbered, and per lane and day (days before today) a range of those numbers.
  const laneRows = await sql<{ id: string; center_id: string; product_id: string; postal_code: string }>`
    select l.id, l.center_id, l.product_id, c.postal_code
    from lanes l join centers c on c.id = l.center_id
    where l.tenant_id = ${tenant.id} order by c.name, l.name, l.id`.execute(owner);
  const lanes: SeedPlan['lanes'] = [];
  const laneIndex = new Map<string, number>();
  const centers: SeedPlan['centers'] = [];
  const centerIndex = new Map<string, number>();
  for (const l of laneRows.rows) {
    const product = productIndex.get(l.product_id);
    if (product === undefined) continue;
    let c = centerIndex.get(l.center_id);
    if (c === undefined) {
      centerIndex.set(l.center_id, (c = centers.length));
      centers.push({ id: l.center_id, postalCode: l.postal_code, lanes: [] });
    }
    if (centers[c].lanes.some((k) => lanes[k].product === product)) continue;
    laneIndex.set(l.id, lanes.length);
    centers[c].lanes.push(lanes.length);
    lanes.push({ product, dayFirst: new Int32Array(pastDays + 1), dayCount: new Int32Array(pastDays + 1) });
  }
  const slotRows = await sql<{ id: string; lane_id: string; day: string; starts_at: Date; ends_at: Date }>`
    select s.id, s.lane_id, (s.starts_at at time zone ${tenant.timezone})::date::text as day, s.starts_at, s.ends_at
    from slots s
    where s.tenant_id = ${tenant.id} and s.lane_id is not null
      and s.starts_at >= (${firstPast}::date)::timestamp at time zone ${tenant.timezone}
      and s.starts_at < (${today}::date)::timestamp at time zone ${tenant.timezone}
    order by s.lane_id, s.starts_at`.execute(owner);
  const slotIds: string[] = [];
  const slotStart = new Float64Array(slotRows.rows.length);
  const slotEnd = new Float64Array(slotRows.rows.length);
  for (const s of slotRows.rows) {
    const l = laneIndex.get(s.lane_id);
    const daysBack = Math.round((todayMs - Date.parse(`${s.day}T00:00:00Z`)) / DAY);
    if (l === undefined || daysBack < 1 || daysBack > pastDays) continue;
    const n = slotIds.length;
    slotIds.push(s.id);
    slotStart[n] = new Date(s.starts_at).getTime();
    slotEnd[n] = new Date(s.ends_at).getTime();
    // Slots come ordered by lane and time, so a lane's slots of one day are consecutive.
    if (!lanes[l].dayCount[daysBack]) lanes[l].dayFirst[daysBack] = n;
    lanes[l].dayCount[daysBack]++;
  }

  const plan: SeedPlan = {
    tenantId: tenant.id,
    // Generator threads build the same cipher from the tenant's derived keys.
    ...tenant.cipher.exportKeysForWorker(),
    todayMs,
    nowMs: opts.now.getTime(),
    pastDays,
    bookedFactor: opts.bookedShare ?? 1,
    vaccinatorId: staff.rows[0]?.id ?? null,
    products,
    centers,
    lanes,
    slotIds,
    slotStart,
    slotEnd,
    codeKeys: [randomInt(2 ** 30), randomInt(2 ** 30), randomInt(2 ** 30), randomInt(2 ** 30)],
    codeBase: randomInt(2 ** 47), // below 2^50 with room for 2^44 codes per generator
    nameOffset: opts.seed === undefined ? randomInt(NAME_PAIRS) : opts.seed % NAME_PAIRS,
    worker: 0,
    workers: 1,
    seed: opts.seed ?? null,
  };

  const bar = opts.progress ? progressBar(`Seeding ${opts.count} citizens`, opts.count) : null;
  const result: SeedCitizensResult = { persons: 0, duplicates: 0, bookings: 0, appointments: 0, vaccinations: 0, seconds: 0 };
  const slotCounts = new Int32Array(slotIds.length);
  const onBatch = (w: Written, generated: number) => {
    result.persons += w.persons;
    result.duplicates += w.duplicates;
    result.bookings += w.bookings;
    result.appointments += w.appointments;
    result.vaccinations += w.vaccinations;
    for (let i = 0; i < w.slotUse.length; i++) slotCounts[w.slotUse[i]]++;
    bar?.tick(generated);
    opts.onProgress?.(result.persons + result.duplicates, opts.count);
  };

  if (opts.kind === 'postgres' && opts.databaseUrl) {
    await copyBatches(opts.databaseUrl, plan, { ...opts, batchSize }, onBatch);
  } else {
    await insertBatches(owner, plan, opts.count, batchSize, onBatch);
  }

  // Past slots get exactly the places their appointments use, so they look fully booked.
  const used = [...slotCounts.keys()].filter((i) => slotCounts[i] > 0);
  for (let i = 0; i < used.length; i += 20_000) {
    const part = used.slice(i, i + 20_000);
    await sql`
      update slots s set capacity = s.capacity + t.n, booked = s.booked + t.n
      from unnest(${part.map((j) => slotIds[j])}::uuid[], ${part.map((j) => slotCounts[j])}::int[]) as t(id, n)
      where s.id = t.id`.execute(owner);
  }
  await sql`analyze persons, bookings, appointments, vaccinations, slots`.execute(owner);
  bar?.finish();
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

// ---- PostgreSQL: generator threads, COPY ------------------------------------------------------------

type CopyOpts = SeedCitizensOptions & { batchSize: number };
type Job = { batch: CopyBatch; n: number; worker: number };
type PgError = Error & { code?: string; constraint?: string };
const TABLES = ['persons', 'bookings', 'appointments', 'vaccinations'] as const;

/** The URL of the owner role as openDatabase uses it (a URL without a user name means the OS user). */
function ownerUrl(url: string) {
  const u = new URL(url);
  if (!u.username) u.username = process.env.PGUSER || os.userInfo().username;
  return u.toString();
}

/** A generator thread; it runs the TypeScript module through tsx, like the main program. */
function startWorker(plan: SeedPlan): Worker {
  const module = new URL(`./citizens.worker${path.extname(new URL(import.meta.url).pathname)}`, import.meta.url).href;
  let tsx: string | null = null;
  if (module.endsWith('.ts')) {
    const require = createRequire(import.meta.url);
    const pkgFile = require.resolve('tsx/package.json');
    const pkg = require(pkgFile) as { exports: Record<string, { import: { default: string } }> };
    tsx = pathToFileURL(path.join(path.dirname(pkgFile), pkg.exports['./esm/api'].import.default)).href;
  }
  const boot = `const { workerData } = await import('node:worker_threads');
    if (workerData.tsx) (await import(workerData.tsx)).register();
    (await import(workerData.module)).runSeedWorker();`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { plan, module, tsx } });
}

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Binary COPY of tuples into a table (or a temporary table of the same shape). */
async function copyInto(client: pg.Client, table: string, columns: string, tuples: Uint8Array) {
  const stream = client.query(copyStreams.from(`copy ${table} (${columns}) from stdin (format binary)`));
  const done = finished(stream);
  stream.write(COPY_HEADER);
  stream.write(asBuffer(tuples));
  stream.end(COPY_TRAILER);
  await done;
}

/** The people of a batch (by row number) whose identity hash is in `hashes`. */
function rowsWithIdentity(batch: CopyBatch, hashes: Buffer[]) {
  const have = new Set(hashes.map((h) => h.toString('hex')));
  const ids = asBuffer(batch.identities);
  const rows = new Set<number>();
  for (let i = 0; i < batch.rowsPerPerson.length; i++) if (have.has(ids.toString('hex', 32 * i, 32 * i + 32))) rows.add(i);
  return rows;
}

/**
 * A batch without some of its people (by row number) and their bookings, appointments and vaccinations:
 * every person is one tuple, followed in the other tables by the tuples `rowsPerPerson` counts.
 */
function withoutPersons(batch: CopyBatch, drop: Set<number>): CopyBatch {
  const rp = batch.rowsPerPerson;
  const perTable = [() => 1, (i: number) => rp[i] & 3, (i: number) => (rp[i] >> 2) & 7, (i: number) => rp[i] >> 5];
  const [persons, bookings, appointments, vaccinations] = TABLES.map((t, k) => {
    const b = asBuffer(batch[t]);
    const parts: Buffer[] = [];
    let pos = 0;
    for (let i = 0; i < rp.length; i++) {
      const start = pos;
      for (let r = perTable[k](i); r > 0; r--) {
        const fields = b.readInt16BE(pos);
        pos += 2;
        for (let f = 0; f < fields; f++) pos += 4 + Math.max(b.readInt32BE(pos), 0);
      }
      if (!drop.has(i) && pos > start) parts.push(b.subarray(start, pos));
    }
    return Buffer.concat(parts);
  });
  // slotUse follows the live appointments, and a person's live appointments are its vaccinations.
  const slotUse: number[] = [];
  const kept: number[] = [];
  for (let i = 0, u = 0; i < rp.length; u += rp[i] >> 5, i++) {
    if (drop.has(i)) continue;
    kept.push(i);
    for (let k = 0; k < rp[i] >> 5; k++) slotUse.push(batch.slotUse[u + k]);
  }
  const sum = (f: (i: number) => number) => kept.reduce((s, i) => s + f(i), 0);
  return {
    persons,
    bookings,
    appointments,
    vaccinations,
    counts: { persons: kept.length, bookings: sum(perTable[1]), appointments: sum(perTable[2]), vaccinations: sum(perTable[3]) },
    slotUse: Int32Array.from(slotUse),
    identities: Buffer.concat(kept.map((i) => asBuffer(batch.identities).subarray(32 * i, 32 * i + 32))),
    rowsPerPerson: Uint8Array.from(kept.map((i) => rp[i])),
  };
}

/**
 * Runs the generator threads and the COPY connections until `count` people are written or skipped
 * (identities the tenant has already). A batch whose booking code exists already is generated anew.
 */
async function copyBatches(databaseUrl: string, plan: SeedPlan, opts: CopyOpts, onBatch: (w: Written, generated: number) => void) {
  const nWorkers = Math.max(1, Math.min(opts.workers ?? os.availableParallelism() - 1, 16));
  const nWriters = Math.max(1, Math.min(opts.writers ?? 2, 8));
  const workers: Worker[] = [];
  const clients: pg.Client[] = [];
  let failure: Error | null = null;
  let remaining = opts.count; // people not yet asked of a generator
  let retries = 0;
  // Batch k of the planned ones takes slice k of the id space, so ids rise through the run (AscendingIds).
  const slices = Math.ceil(opts.count / opts.batchSize);
  let requested = 0;
  const inflight = new Array<number>(nWorkers).fill(0);
  const ready: Job[] = [];
  let waiting: (() => void)[] = [];
  const signal = () => {
    const w = waiting;
    waiting = [];
    for (const resolve of w) resolve();
  };
  const fail = (err: Error) => {
    failure ??= err;
    signal();
  };
  const request = (w: number) => {
    if (remaining <= 0 || failure) return;
    const n = Math.min(opts.batchSize, remaining);
    remaining -= n;
    inflight[w]++;
    const index = requested++;
    workers[w].postMessage({ n, slice: index < slices ? { index, of: slices } : null });
  };
  /** The next generated batch, or null once everything has been handed out. */
  const next = async (): Promise<Job | null> => {
    for (;;) {
      if (failure) throw failure;
      const job = ready.shift();
      if (job) return job;
      if (remaining <= 0 && inflight.every((n) => n === 0)) return null;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  try {
    for (let w = 0; w < nWorkers; w++) {
      // Disjoint booking-code ranges and name pairs per generator: no clashes within the run.
      const worker = startWorker({ ...plan, worker: w, workers: nWorkers, codeBase: plan.codeBase + w * 2 ** 44 });
      worker.on('message', (batch: CopyBatch) => {
        inflight[w]--;
        ready.push({ batch, n: batch.rowsPerPerson.length, worker: w });
        signal();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (inflight[w] > 0) fail(new Error(`a seed generator thread stopped (exit code ${code})`));
      });
      workers.push(worker);
    }
    // Two batches in the making per generator: one ready or being written while the next is generated.
    for (let w = 0; w < nWorkers; w++) for (let k = 0; k < 2; k++) request(w);

    const url = ownerUrl(databaseUrl);
    for (let i = 0; i < nWriters; i++) {
      const client = new pg.Client({ connectionString: url, application_name: 'vaxops seed' });
      client.on('error', fail);
      await client.connect();
      clients.push(client);
    }
    const role = (
      await clients[0].query<{ rls: boolean; superuser: boolean; triggers: number }>(`
        select row_security_active('persons') as rls,
               (select rolsuper from pg_roles where rolname = current_user) as superuser,
               (select count(*)::int from pg_trigger
                where tgrelid in ('persons'::regclass, 'bookings'::regclass, 'appointments'::regclass, 'vaccinations'::regclass)
                  and not tgisinternal and (tgtype & 4) <> 0) as triggers`)
    ).rows[0];
    // COPY into a table is refused where row-level security applies to the owner: stage in temp tables then.
    const staged = role.rls || !!opts.staged;
    // A superuser may skip the per-row foreign-key checks (as pg_restore --disable-triggers does), about half
    // the database's work here: every reference is to a row of the same transaction, or to the tenant, its
    // slots, centers, products and vaccinator, which the app never deletes (checked again at the end).
    // Not when the tables have INSERT triggers of their own, which this would skip as well.
    const skipChecks = role.superuser && role.triggers === 0;
    for (const client of clients) {
      // A lost last batch after a server crash is acceptable for generated data; waiting for each flush is not.
      await client.query('set synchronous_commit = off');
      if (skipChecks) await client.query('set session_replication_role = replica');
      if (staged) for (const t of TABLES) await client.query(`create temp table seed_${t} (like ${t} including defaults) on commit delete rows`);
    }
    // Once the tenant has people, each batch first looks up which of its identities are taken.
    let check = (await clients[0].query(`select 1 from persons where tenant_id = $1 limit 1`, [plan.tenantId])).rowCount! > 0;

    const writeDirect = async (client: pg.Client, batch: CopyBatch): Promise<Written> => {
      let skip = new Set<number>();
      if (check) {
        const ids = asBuffer(batch.identities);
        const hashes = Array.from({ length: batch.rowsPerPerson.length }, (_, i) => ids.subarray(32 * i, 32 * i + 32));
        const taken = await client.query<{ h: Buffer }>(`select identity_hash as h from persons where tenant_id = $1 and identity_hash = any($2::bytea[]) and owner_hash = ''::bytea`, [
          plan.tenantId,
          hashes,
        ]);
        skip = rowsWithIdentity(batch, taken.rows.map((r) => r.h));
        if (skip.size) batch = withoutPersons(batch, skip);
      }
      await client.query('begin');
      for (const t of TABLES) if (batch.counts[t]) await copyInto(client, t, COPY_COLUMNS[t], batch[t]);
      await client.query('commit');
      return { ...batch.counts, duplicates: skip.size, slotUse: batch.slotUse };
    };

    const writeStaged = async (client: pg.Client, batch: CopyBatch): Promise<Written> => {
      await client.query('begin');
      for (const t of TABLES) if (batch.counts[t]) await copyInto(client, `seed_${t}`, COPY_COLUMNS[t], batch[t]);
      const cols = COPY_COLUMNS.persons;
      const ins = await client.query(`insert into persons (${cols}) select ${cols} from seed_persons on conflict (tenant_id, identity_hash, owner_hash) do nothing`);
      let skip = new Set<number>();
      if (ins.rowCount! < batch.counts.persons) {
        // Some of these people are there already: leave them, and their bookings, out.
        const taken = await client.query<{ h: Buffer }>(`select identity_hash as h from seed_persons s where not exists (select 1 from persons p where p.id = s.id)`);
        skip = rowsWithIdentity(batch, taken.rows.map((r) => r.h));
        batch = withoutPersons(batch, skip);
        await client.query(`delete from seed_bookings b where not exists (select 1 from persons p where p.id = b.person_id)`);
        await client.query(`delete from seed_appointments a where not exists (select 1 from seed_bookings b where b.id = a.booking_id)`);
        await client.query(`delete from seed_vaccinations v where not exists (select 1 from persons p where p.id = v.person_id)`);
      }
      for (const t of TABLES.slice(1)) {
        if (batch.counts[t]) await client.query(`insert into ${t} (${COPY_COLUMNS[t]}) select ${COPY_COLUMNS[t]} from seed_${t}`);
      }
      await client.query('commit');
      return { ...batch.counts, duplicates: skip.size, slotUse: batch.slotUse };
    };

    const writer = async (client: pg.Client) => {
      for (let job = await next(); job; job = await next()) {
        request(job.worker);
        try {
          onBatch(await (staged ? writeStaged : writeDirect)(client, job.batch), job.n);
        } catch (err) {
          await client.query('rollback').catch(() => {});
          const e = err as PgError;
          if (e.code !== '23505' || ++retries > 20) throw err;
          if (e.constraint === PERSON_IDENTITY_CONSTRAINT && !check) {
            // Someone registered meanwhile: from now on look identities up first, and write this batch again.
            check = true;
            ready.unshift(job);
          } else {
            // A booking code exists already (or an identity was registered during the seed): new people instead.
            remaining += job.n;
            request(job.worker);
          }
          signal();
        }
      }
    };
    await Promise.all(clients.map((c) => writer(c).catch((err: Error) => fail(err))));
    if (failure) throw failure;

    if (skipChecks) {
      // What the skipped foreign-key checks would have guarded: the rows referenced from outside the seed.
      const gone = await clients[0].query<{ n: number }>(
        `select (select count(*)::int from unnest($1::uuid[]) as x(id) where not exists (select 1 from slots s where s.id = x.id))
              + (select count(*)::int from unnest($2::uuid[]) as x(id) where not exists (select 1 from centers c where c.id = x.id))
              + (select count(*)::int from unnest($3::uuid[]) as x(id) where not exists (select 1 from staff_users u where u.id = x.id)) as n`,
        [plan.slotIds, plan.centers.map((c) => c.id), plan.vaccinatorId ? [plan.vaccinatorId] : []],
      );
      if (gone.rows[0].n > 0) throw new Error(`${gone.rows[0].n} slots, centers or staff referenced by the seeded appointments were deleted while it ran`);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
}

// ---- PGlite (or no URL): in-process generator, INSERT ... unnest ------------------------------------

/** Arrays for one batch's unnest INSERTs; bytea travels hex-encoded. */
function arraySink(plan: SeedPlan) {
  const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
  const iso = (ms: number) => new Date(ms).toISOString();
  const p = { id: [] as string[], g: [] as string[], f: [] as string[], b: [] as string[], pc: [] as string[], ih: [] as string[], bh: [] as string[], by: [] as number[], reg: [] as string[], lang: [] as string[], src: [] as string[] };
  const bk = { id: [] as string[], code: [] as string[], box: [] as string[], person: [] as string[], product: [] as string[], sec: [] as string[], status: [] as string[], created: [] as string[], cancelled: [] as (string | null)[] };
  const ap = { id: [] as string[], booking: [] as string[], slot: [] as number[], center: [] as string[], product: [] as string[], dose: [] as number[], status: [] as string[], checkedIn: [] as (string | null)[] };
  const vx = { id: [] as string[], appt: [] as string[], person: [] as string[], center: [] as string[], product: [] as string[], lot: [] as string[], dose: [] as number[], site: [] as string[], at: [] as string[] };
  const sink: RowSink = {
    person(id, given, family, birth, postal, identity, birthHash, birthYear, registeredMs, language, source) {
      p.id.push(uuidString(id));
      p.g.push(hex(given));
      p.f.push(hex(family));
      p.b.push(hex(birth));
      p.pc.push(hex(postal));
      p.ih.push(hex(identity));
      p.bh.push(hex(birthHash));
      p.by.push(birthYear);
      p.reg.push(iso(registeredMs));
      p.lang.push(language);
      p.src.push(source);
    },
    booking(id, codes, personId, product, cancelled, createdMs, cancelledMs) {
      bk.id.push(uuidString(id));
      bk.code.push(hex(codes.code_hash));
      bk.box.push(hex(codes.code_box));
      bk.person.push(uuidString(personId));
      bk.product.push(product);
      bk.sec.push(hex(codes.security_hash));
      bk.status.push(cancelled ? 'cancelled' : 'active');
      bk.created.push(iso(createdMs));
      bk.cancelled.push(cancelled ? iso(cancelledMs) : null);
    },
    appointment(id, bookingId, slot, center, product, dose, cancelled, checkedInMs) {
      ap.id.push(uuidString(id));
      ap.booking.push(uuidString(bookingId));
      ap.slot.push(slot);
      ap.center.push(plan.centers[center].id);
      ap.product.push(product);
      ap.dose.push(dose);
      ap.status.push(cancelled ? 'cancelled' : 'vaccinated');
      ap.checkedIn.push(cancelled ? null : iso(checkedInMs));
    },
    vaccination(id, personId, appointmentId, center, product, lot, dose, site, administeredMs) {
      vx.id.push(uuidString(id));
      vx.appt.push(uuidString(appointmentId));
      vx.person.push(uuidString(personId));
      vx.center.push(plan.centers[center].id);
      vx.product.push(product);
      vx.lot.push(lot);
      vx.dose.push(dose);
      vx.site.push(site);
      vx.at.push(iso(administeredMs));
    },
  };
  return { sink, p, bk, ap, vx };
}

/** Generates in-process and writes each batch with unnest INSERTs (one transaction per batch). */
async function insertBatches(owner: Kysely<DB>, plan: SeedPlan, count: number, batchSize: number, onBatch: (w: Written, generated: number) => void) {
  const generate = personGenerator(plan);
  const tenantId = plan.tenantId;
  const vaccinatorId = plan.vaccinatorId;
  for (let done = 0; done < count; ) {
    const n = Math.min(batchSize, count - done);
    done += n;
    const { sink, p, bk, ap, vx } = arraySink(plan);
    generate(n, sink);
    const written = await owner.transaction().execute(async (trx): Promise<Written> => {
      const inserted = await sql<{ id: string }>`
        insert into persons (id, tenant_id, given_name, family_name, birth_date, postal_code, identity_hash, birth_hash,
                             birth_year, registered_at, created_at, language, source)
        select t.id, ${tenantId}, decode(t.g, 'hex'), decode(t.f, 'hex'), decode(t.b, 'hex'), decode(t.pc, 'hex'),
               decode(t.ih, 'hex'), decode(t.bh, 'hex'), t.by, t.reg, t.reg, t.lang, t.src
        from unnest(${p.id}::uuid[], ${p.g}::text[], ${p.f}::text[], ${p.b}::text[], ${p.pc}::text[], ${p.ih}::text[], ${p.bh}::text[],
                    ${p.by}::smallint[], ${p.reg}::timestamptz[], ${p.lang}::text[], ${p.src}::text[])
             as t(id, g, f, b, pc, ih, bh, by, reg, lang, src)
        on conflict (tenant_id, identity_hash, owner_hash) do nothing
        returning id`.execute(trx);
      // A person that clashed with an existing identity was not written: drop their booking too.
      let keepB = bk.id.map((_, i) => i);
      let keepA = ap.id.map((_, i) => i);
      let keepV = vx.id.map((_, i) => i);
      if (inserted.rows.length !== p.id.length) {
        const ok = new Set(inserted.rows.map((r) => r.id));
        const okBookings = new Set(bk.id.filter((_, i) => ok.has(bk.person[i])));
        keepB = keepB.filter((i) => okBookings.has(bk.id[i]));
        keepA = keepA.filter((i) => okBookings.has(ap.booking[i]));
        keepV = keepV.filter((i) => ok.has(vx.person[i]));
      }
      const pick = <T>(xs: T[], keep: number[]) => (keep.length === xs.length ? xs : keep.map((i) => xs[i]));
      const B = <T>(xs: T[]) => pick(xs, keepB);
      const A = <T>(xs: T[]) => pick(xs, keepA);
      const V = <T>(xs: T[]) => pick(xs, keepV);
      if (keepB.length) {
        await sql`
          insert into bookings (id, tenant_id, code_hash, code_box, person_id, product_id, security_hash, status, created_at, cancelled_at)
          select t.id, ${tenantId}, decode(t.code, 'hex'), decode(t.box, 'hex'), t.person, t.product, decode(t.sec, 'hex'), t.status, t.created, t.cancelled
          from unnest(${B(bk.id)}::uuid[], ${B(bk.code)}::text[], ${B(bk.box)}::text[], ${B(bk.person)}::uuid[], ${B(bk.product)}::text[], ${B(bk.sec)}::text[],
                      ${B(bk.status)}::text[], ${B(bk.created)}::timestamptz[], ${B(bk.cancelled)}::timestamptz[])
               as t(id, code, box, person, product, sec, status, created, cancelled)`.execute(trx);
        const slot = A(ap.slot);
        await sql`
          insert into appointments (id, tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at, status,
                                    checked_in_at, checked_in_by, reminder_sent_at)
          select t.id, ${tenantId}, t.booking, t.slot, t.center, t.product, t.dose, t.start_at, t.end_at, t.status,
                 t.checked_in, case when t.checked_in is null then null else ${vaccinatorId}::uuid end, t.start_at - interval '1 day'
          from unnest(${A(ap.id)}::uuid[], ${A(ap.booking)}::uuid[], ${slot.map((s) => plan.slotIds[s])}::uuid[], ${A(ap.center)}::uuid[],
                      ${A(ap.product)}::text[], ${A(ap.dose)}::smallint[], ${slot.map((s) => new Date(plan.slotStart[s]).toISOString())}::timestamptz[],
                      ${slot.map((s) => new Date(plan.slotEnd[s]).toISOString())}::timestamptz[], ${A(ap.status)}::text[], ${A(ap.checkedIn)}::timestamptz[])
               as t(id, booking, slot, center, product, dose, start_at, end_at, status, checked_in)`.execute(trx);
      }
      if (keepV.length) {
        await sql`
          insert into vaccinations (id, tenant_id, person_id, appointment_id, center_id, product_id, lot_number, dose_number, site,
                                    vaccinator_id, administered_at, recorded_at)
          select t.id, ${tenantId}, t.person, t.appt, t.center, t.product, t.lot, t.dose, t.site, ${vaccinatorId}, t.at, t.at + interval '2 minutes'
          from unnest(${V(vx.id)}::uuid[], ${V(vx.person)}::uuid[], ${V(vx.appt)}::uuid[], ${V(vx.center)}::uuid[], ${V(vx.product)}::text[],
                      ${V(vx.lot)}::text[], ${V(vx.dose)}::smallint[], ${V(vx.site)}::text[], ${V(vx.at)}::timestamptz[])
               as t(id, person, appt, center, product, lot, dose, site, at)`.execute(trx);
      }
      const status = A(ap.status);
      const slotUse = A(ap.slot).filter((_, j) => status[j] !== 'cancelled');
      return { persons: inserted.rows.length, duplicates: n - inserted.rows.length, bookings: keepB.length, appointments: keepA.length, vaccinations: keepV.length, slotUse };
    });
    onBatch(written, n);
  }
}
