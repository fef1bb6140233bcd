/**
 * vaxops benchmarks (not tests): `npm run bench [-- --quick] [-- --scale N] [-- --workers N] [-- --equal-priority]`.
 *
 * On PostgreSQL (BENCH_DATABASE_URL, default postgres://127.0.0.1:5432/test) a scratch database is created
 * and dropped. The real server runs as a child process (`node bin/vaxops.mjs serve`, demo data, peak-day
 * defences off) on 127.0.0.1; autocannon drives it from this process. Each figure is measured against a
 * baseline in the same run, with the server's CPU and peak memory:
 *
 *   booking       POST /api/v1/public/bookings (dose 1 + dose 2, one durable transaction) per second,
 *                 against pgbench running the same SQL (bench/booking.pgbench.sql) on the same database
 *   contention    10,000 concurrent booking requests for 300 places: exactly 300 booked, no 5xx, p50/p99
 *   availability  GET /api/v1/public/availability per second, against a bare node:http server answering a
 *                 fixed JSON body of the same size
 *   documentation POST /api/v1/staff/vaccinations per second (signed-in vaccinator, checked-in people)
 *   --scale N     seeds N citizens (src/seed/citizens.ts, COPY) into the same database and measures booking
 *                 and the main read queries (booking look-up by code + birth date, person search by identity,
 *                 day board, availability feed, free slots) right before and after it: < 20% slower
 *
 * The server and pgbench (PostgreSQL's clients) run at a higher CPU weight than PostgreSQL's backends where the
 * machine allows it (nice -10 for this session, see raiseClientPriority in bench/lib.ts); --equal-priority
 * leaves everything at the same weight.
 *
 * Prints one table and writes bench/results/<timestamp>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import autocannon, { type Options, type Request, type Result } from 'autocannon';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import type { Deps, TenantCtx } from '../src/context.js';
import { newKeyBase64 } from '../src/lib/crypto.js';
import { bookingCodeHash, codeColumns, openBookingCode } from '../src/kernel/codes.js';
import * as bookingRepo from '../src/modules/booking/booking.repo.js';
import { newBookingCode } from '../src/modules/booking/booking.series.js';
import { personsByHash } from '../src/modules/agent/agent.repo.js';
import { birthHash, identityHash } from '../src/modules/citizens/citizens.service.js';
import { dayAppointments } from '../src/modules/onsite/onsite.repo.js';
import { localDate } from '../src/lib/clock.js';
import { tenantBySlug } from '../src/modules/tenants/tenants.service.js';
import { createDeps } from '../src/runtime.js';
import { seedCitizens } from '../src/seed/citizens.js';
import { openConnections, type BurstRequest, type BurstResult } from './burst.js';
import { cpuTicks, freePort, meter, postmasterOf, raiseClientPriority, round, scratchDatabase, waitForHttp, type Usage } from './lib.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    workers: { type: 'string', default: '1' },
    only: { type: 'string' },
    'equal-priority': { type: 'boolean', default: false },
  },
});
const QUICK = values.quick;
const SCENARIOS = ['booking', 'contention', 'availability', 'documentation'] as const;
const ONLY = values.only ? values.only.split(',').map((x) => x.trim()) : [...SCENARIOS];
for (const o of ONLY) if (!(SCENARIOS as readonly string[]).includes(o)) throw new Error(`--only takes ${SCENARIOS.join(', ')}`);
/** Whether a scenario runs (--only booking,documentation runs just those; a partial run is for development). */
const runs = (s: (typeof SCENARIOS)[number]) => ONLY.includes(s);
const WORKERS = Number(values.workers);
const SCALE = values.scale === undefined ? 0 : Number(values.scale.replace(/_/g, ''));
if (!Number.isInteger(WORKERS) || WORKERS < 1 || WORKERS > 8) throw new Error('--workers must be 1..8');
if (values.scale !== undefined && (!Number.isInteger(SCALE) || SCALE < 1)) throw new Error('--scale needs a positive whole number');

/** Counts and durations; every scenario is bounded in requests and time. */
const P = QUICK
  ? { bookings: 2000, pgbenchSeconds: 10, contention: 10_000, places: 300, readSeconds: 5, docs: 3000, queryRuns: 30 }
  : { bookings: 10_000, pgbenchSeconds: 20, contention: 10_000, places: 300, readSeconds: 15, docs: 10_000, queryRuns: 100 };
const CONNECTIONS = { booking: 32, reads: 64, docs: 32 };
const PGBENCH_CLIENTS = 20; // = VAXOPS_DB_POOL_SIZE: the same number of transactions in flight as the server's pool
/** The CPU weight of PostgreSQL's clients here (server, pgbench) over its backends; --equal-priority leaves both at 0. */
const CLIENT_NICE = values['equal-priority'] ? 0 : -10;
const PRODUCT = 'comirnaty';
const CENTER_NAME = 'Impfzentrum Messe Mitte'; // where the demo vaccinator works

/**
 * autocannon, ending an amount-bounded run within 20 ms of its last answer: it notices the end only when it
 * takes a sample, by default once a second, which cut up to a second (7%) off a 14-second booking run's rate.
 */
const load = (opts: Options) => autocannon({ sampleInt: opts.amount ? 20 : 1000, ...opts });

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

type Row = {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean | null;
  cpu: string;
  /** PostgreSQL's CPU during the measurement, when it runs on this machine. */
  dbCpu?: string;
  rss: string;
};

// ---- the server under test --------------------------------------------------------------------------

type Server = { url: string; child: ChildProcess; stop(): Promise<void>; alive(): boolean };

async function startServer(env: Record<string, string>, logFile: string): Promise<Server> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" or "--perf-basic-prof": for finding hot spots.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'bin/vaxops.mjs', 'serve', ...(WORKERS > 1 ? ['--workers', String(WORKERS)] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/ready`, 180_000, () => !exited);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}; server log:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  return {
    url,
    child,
    alive: () => !exited,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await once(child, 'exit');
      clearTimeout(t);
    },
  };
}

/**
 * A bare node:http server in its own process that reads each request and answers `body` with `status` (the
 * baseline for reads, and for the contention run's latency). It listens with the server's backlog.
 * `headers` go out with every answer (e.g. content-encoding, when the body is the app's compressed bytes).
 */
async function startBareServer(bodyFile: string, status = 200, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const code = `
    const http = require('node:http'); const body = require('node:fs').readFileSync(process.env.BODY_FILE);
    const status = Number(process.env.STATUS); const type = process.env.TYPE; const extra = JSON.parse(process.env.HEADERS);
    http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(status, { ...extra, 'content-type': type, 'content-length': body.length }); res.end(body); }); })
      .listen(Number(process.env.PORT), '127.0.0.1', 65535);`;
  const env = { ...process.env, PORT: String(port), BODY_FILE: bodyFile, STATUS: String(status), TYPE: type, HEADERS: JSON.stringify(headers) };
  const child = spawn(process.execPath, ['-e', code], { env, stdio: 'inherit' });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, 10_000, () => !exited, status);
  return {
    url,
    child,
    alive: () => !exited,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** The local PostgreSQL server's process (null when it runs elsewhere): measured alongside the server. */
let postmaster: number | null = null;

/** Runs fn, measuring the server's CPU and memory and, when local, PostgreSQL's CPU (`db`). */
async function measured<T>(server: Server, fn: () => Promise<T>): Promise<{ result: T; usage: Usage; db: Usage | null; loadCpuPercent: number }> {
  const m = meter(server.child.pid!);
  const d = postmaster ? meter(postmaster, { memory: false }) : null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const c = process.cpuUsage(cpu0);
  // The load generator (this process) shares the machine: its CPU shows what the server had left.
  const loadCpuPercent = round((c.user + c.system) / 10 / (performance.now() - t0), 0);
  return { result, usage: m.stop(), db: d?.stop() ?? null, loadCpuPercent };
}

// ---- scenarios --------------------------------------------------------------------------------------

const statusCounts = (r: Result) => ({ '2xx': r['2xx'], '4xx': r['4xx'], '5xx': r['5xx'], errors: r.errors, timeouts: r.timeouts, byCode: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])) });
const latency = (r: Result) => ({ p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: round(r.latency.mean, 1) });

/** The n-th booking request's body: a distinct person (born 1930-1945: eligible under the demo rules), over the given slots. */
function bookingBody(tag: string, n: number, slots: string[]): string {
  const birth = `${1930 + (n % 16)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  return JSON.stringify({
    slotId: slots[(n * 7919) % slots.length],
    product: PRODUCT,
    person: { givenName: 'Bench', familyName: `${tag}${n.toString(36)}`, birthDate: birth, postalCode: '10115', email: `${tag}${n}@bench.example` },
  });
}

/** Booking requests for autocannon: one distinct person each (bookingBody). */
function bookingRequest(tag: string, slots: string[]): Request {
  let i = 0;
  return {
    method: 'POST',
    path: '/api/v1/public/bookings',
    headers: { 'content-type': 'application/json' },
    setupRequest(req) {
      req.body = bookingBody(tag, i++, slots);
      return req;
    },
  };
}

/** Booking requests for the contention burst (bench/burst.ts): the i-th for the i-th person (bookingBody). */
const bookingAt =
  (tag: string, slots: string[]) =>
  (i: number): BurstRequest => ({ method: 'POST', path: '/api/v1/public/bookings', headers: { 'content-type': 'application/json' }, body: bookingBody(tag, i, slots) });

/** The contention burst against `url`: its connections opened and warmed first, `around` wrapping only the burst. */
async function contentionBurst<T>(url: string, tag: string, slot: string, around: (fire: () => Promise<BurstResult>) => Promise<T>): Promise<T> {
  const conns = await openConnections({ url, count: P.contention, warmPath: '/health' });
  try {
    return await around(() => conns.fire(bookingAt(tag, [slot])));
  } finally {
    conns.close();
  }
}

const burstStatus = (b: BurstResult) => {
  const by = (c: string) => Object.entries(b.statuses).reduce((a, [k, v]) => a + (k[0] === c ? v : 0), 0);
  return { '2xx': by('2'), '4xx': by('4'), '5xx': by('5'), errors: b.errors, byCode: b.statuses };
};

async function bookingThroughput(server: Server, tag: string, slots: string[], amount: number) {
  const { result, usage, db, loadCpuPercent } = await measured(server, () =>
    load({ url: server.url, connections: Math.min(CONNECTIONS.booking, amount), amount, timeout: 30, requests: [bookingRequest(tag, slots)] }),
  );
  return { perSecond: round(result['2xx'] / result.duration, 1), requests: amount, seconds: round(result.duration, 2), status: statusCounts(result), latency: latency(result), usage, db, loadCpuPercent };
}

async function pgbench(scratch: Awaited<ReturnType<typeof scratchDatabase>>, deps: Deps, tenant: TenantCtx, nslots: number) {
  const args = [
    '-n', '-M', 'prepared', '-c', String(PGBENCH_CLIENTS), '-j', '2', '-T', String(P.pgbenchSeconds),
    '-f', path.join(ROOT, 'bench/booking.pgbench.sql'),
    '-D', `tenant=${tenant.id}`, '-D', `nslots=${nslots}`, '-D', `tz=${tenant.timezone}`,
    '-h', scratch.host, '-p', scratch.port, '-U', deps.config.appRole, scratch.name,
  ];
  const db = postmaster ? meter(postmaster, { memory: false }) : null;
  const child = spawn(process.env.PGBENCH || 'pgbench', args, {
    env: { ...process.env, PGPASSWORD: deps.config.appRolePassword ?? deps.keys.derive('db-app-role') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // pgbench's own CPU, read while it runs (once it has exited, /proc no longer shows it).
  const started = performance.now();
  let clientTicks = 0;
  const poll = setInterval(() => (clientTicks = Math.max(clientTicks, cpuTicks(child.pid!) ?? 0)), 200);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const [code] = await once(child, 'exit');
  clearInterval(poll);
  const dbUsage = db?.stop() ?? null;
  const clientCpuPercent = round(clientTicks / ((performance.now() - started) / 1000), 0); // ticks are 1/100 s
  const tps = out.match(/tps = ([\d.]+) \(without initial connection time\)/);
  const tx = out.match(/number of transactions actually processed: (\d+)/);
  const aborted = (out.match(/client \d+ aborted/g) ?? []).length;
  if (!tps) throw new Error(`pgbench failed (exit ${code}):\n${out.slice(-2000)}`);
  return {
    tps: round(Number(tps[1]), 1),
    transactions: Number(tx?.[1] ?? 0),
    abortedClients: aborted,
    clients: PGBENCH_CLIENTS,
    seconds: P.pgbenchSeconds,
    exitCode: code as number,
    clientCpuPercent,
    db: dbUsage,
  };
}

/**
 * The main read queries of the app, as its services run them (without their audit rows, which would grow
 * between the runs), each through the app role in a tenant transaction: median and p95 in ms.
 */
async function readQueries(deps: Deps, tenant: TenantCtx, centerId: string, known: { code: string; person: { givenName: string; familyName: string; birthDate: string } }) {
  const now = new Date();
  const today = localDate(now, tenant.timezone);
  const inTwoWeeks = localDate(new Date(now.getTime() + 13 * 86400_000), tenant.timezone);
  const queries: Record<string, () => Promise<unknown>> = {
    // GET /public/bookings/{code}?birthDate=: the booking by code, the birth date checked, its appointments.
    'booking look-up (code + birth date)': () =>
      deps.db.withTenant(tenant.id, async (t) => {
        const b = await bookingRepo.findBookingByCode(t, bookingCodeHash(tenant, known.code));
        if (!b || !birthHash(tenant, known.person.birthDate).equals(Buffer.from(b.birth_hash))) throw new Error('bench: the known booking was not found');
        return bookingRepo.appointmentsOfBooking(t, b.id);
      }),
    // The call center's search by name and birth date (identity hash).
    'person search by identity': () =>
      deps.db.withTenant(tenant.id, async (t) => {
        const found = await personsByHash(t, { column: 'identity_hash', hash: identityHash(tenant, known.person) });
        if (found.length !== 1) throw new Error('bench: the known person was not found');
      }),
    'day board of a center': () => deps.db.withTenant(tenant.id, (t) => dayAppointments(t, { centerId, date: today, timezone: tenant.timezone })),
    'availability feed (28 days)': () => deps.db.withTenant(tenant.id, (t) => bookingRepo.availability(t, { now, days: 28, timezone: tenant.timezone })),
    'free slots of a center (14 days)': () =>
      deps.db.withTenant(tenant.id, (t) => bookingRepo.freeSlots(t, { centerId, product: PRODUCT, from: today, to: inTwoWeeks, timezone: tenant.timezone, now })),
  };
  const out: Record<string, { medianMs: number; p95Ms: number; runs: number }> = {};
  for (const [name, q] of Object.entries(queries)) {
    for (let i = 0; i < 3; i++) await q(); // warm up
    const times: number[] = [];
    // At least 200 runs (the median of sub-millisecond look-ups is noisy on a busy machine), at most 10 s per
    // query (and at least 3 runs): a query that degrades with data still finishes.
    const until = performance.now() + 10_000;
    for (let i = 0; i < Math.max(P.queryRuns, 200) && (i < 3 || performance.now() < until); i++) {
      const t = performance.now();
      await q();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out[name] = { medianMs: round(times[Math.floor(times.length / 2)], 2), p95Ms: round(times[Math.floor(times.length * 0.95)], 2), runs: times.length };
  }
  return out;
}

// ---- run --------------------------------------------------------------------------------------------

async function main() {
  const startedAt = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxops-bench-'));
  const logFile = path.join(dir, 'server.log');
  const scratch = await scratchDatabase();
  // Before any process is started, so that all of them inherit it (see raiseClientPriority).
  let priority = 'equal (--equal-priority)';
  if (CLIENT_NICE !== 0) {
    const raised = raiseClientPriority(CLIENT_NICE);
    priority = raised.description;
    process.once('exit', raised.restore);
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
  }
  log(`CPU weight of the server and pgbench over PostgreSQL: ${priority}`);
  log(`scratch database ${scratch.name}; server log ${logFile}`);
  const masterKey = newKeyBase64();
  const serverEnv = {
    DATABASE_URL: scratch.url,
    VAXOPS_MASTER_KEY: masterKey,
    VAXOPS_DATA_DIR: dir,
    VAXOPS_DEMO: '1',
    VAXOPS_WAITING_ROOM: 'off',
    VAXOPS_CAPTCHA: 'off',
    VAXOPS_RATE_LIMIT: 'off',
    // The booking API as load tests use it (no code per person); the rush with verified people is tested in booking.batch.test.ts.
    VAXOPS_CITIZEN_VERIFICATION: 'off',
    LOG_LEVEL: 'warn',
    // The outbox worker would try to deliver the confirmation e-mails (no SMTP here): keep it out of the figures.
    VAXOPS_OUTBOX_INTERVAL_MS: '3600000',
  };
  let server: Server | null = null;
  let deps: Deps | null = null;
  const rows: Row[] = [];
  const json: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    mode: QUICK ? 'quick' : 'full',
    workers: WORKERS,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version },
    parameters: { ...P, connections: CONNECTIONS, pgbenchClients: PGBENCH_CLIENTS, scale: SCALE || null, clientPriority: priority },
  };
  try {
    log('starting the server (migrations, demo data)...');
    server = await startServer(serverEnv, logFile);
    deps = await createDeps(loadConfig({ ...serverEnv, VAXOPS_DEMO: '0', VAXOPS_DB_POOL_SIZE: '4', LOG_LEVEL: 'silent' }), { log: pino({ level: 'silent' }) });
    const owner = deps.db.owner;
    const tenant = await tenantBySlug(deps, 'demo');
    const pgVersion = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(owner)).rows[0].v;
    (json.machine as Record<string, unknown>).postgres = pgVersion;
    postmaster = postmasterOf((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(owner)).rows[0].pid);
    const center = (await sql<{ id: string }>`select id from centers where name = ${CENTER_NAME}`.execute(owner)).rows[0];

    // Room for every booking of the run: future slots get 1000 places; dose-1 slots are the product's
    // slots of the next two weeks from tomorrow (dose 2 lands 21-42 days later, within the demo's eight
    // weeks; today's day board keeps only the documentation scenario's people).
    await sql`update slots set capacity = 1000 where starts_at > now()`.execute(owner);
    await sql`create table bench_slots (n serial primary key, id uuid not null)`.execute(owner);
    await sql`
      insert into bench_slots (id)
      select id from slots where product_id = ${PRODUCT}
        and starts_at >= ((now() at time zone ${tenant.timezone})::date + 1)::timestamp at time zone ${tenant.timezone}
        and starts_at < now() + interval '15 days'
      order by random()`.execute(owner);
    await sql.raw(`grant select on bench_slots to ${deps.config.appRole}`).execute(owner);
    // Vacuumed, not just analyzed: the capacity update left a dead version of every future slot, which the
    // first bookings would otherwise step over (and pgbench, run later, after autovacuum, would not).
    await sql`vacuum (analyze) slots`.execute(owner);
    await sql`analyze`.execute(owner);
    const slots = (await sql<{ id: string }>`select id from bench_slots order by n`.execute(owner)).rows.map((r) => r.id);
    log(`${slots.length} dose-1 slots for ${PRODUCT}`);

    if (runs('booking')) {
      // 1. Booking throughput over HTTP, then the same transaction in pgbench.
      // A warm-up that does not count, then fresh statistics, as for the runs at scale: the steady state is
      // compared. Planned on the demo's near-empty tables, the statements keep plans that scan what the run
      // then fills (half the rate until autovacuum catches up); pgbench, run later, starts with fresh ones.
      log(`booking: warming up, ${Math.round(P.bookings / 4)} requests...`);
      await bookingThroughput(server, 'Hw', slots, Math.round(P.bookings / 4));
      await sql`vacuum (analyze) persons, bookings, appointments, slots`.execute(owner);
      log(`booking: ${P.bookings} requests, ${CONNECTIONS.booking} connections...`);
      const booking = await bookingThroughput(server, 'Hb', slots, P.bookings);
      log(`booking: ${booking.perSecond}/s, p50 ${booking.latency.p50} ms, server CPU ${booking.usage.cpuPercent}% (${JSON.stringify(booking.status)})`);
      log(`pgbench: ${PGBENCH_CLIENTS} clients, ${P.pgbenchSeconds} s...`);
      const pgb = await pgbench(scratch, deps, tenant, slots.length);
      log(`pgbench: ${pgb.tps} tps, ${pgb.abortedClients} aborted clients`);
      // CPU per booking (ms), where it went: shows whether the two ran the same SQL at the same cost in the database.
      const perBooking = (u: Usage | null, rate: number) => (u ? round((u.cpuPercent * 10) / rate, 2) : null);
      const cpuMs = {
        http: { server: perBooking(booking.usage, booking.perSecond), postgres: perBooking(booking.db, booking.perSecond), loadGenerator: round((booking.loadCpuPercent * 10) / booking.perSecond, 2) },
        pgbench: { client: round((pgb.clientCpuPercent * 10) / pgb.tps, 2), postgres: perBooking(pgb.db, pgb.tps) },
      };
      log(`CPU per booking: server ${cpuMs.http.server} ms + PostgreSQL ${cpuMs.http.postgres ?? '?'} ms + load generator ${cpuMs.http.loadGenerator} ms; pgbench ${cpuMs.pgbench.client} ms + PostgreSQL ${cpuMs.pgbench.postgres ?? '?'} ms`);
      json.booking = { http: booking, pgbench: pgb, cpuMsPerBooking: cpuMs };
      const bookingRatio = booking.perSecond / pgb.tps;
      rows.push({
        figure: 'booking, dose 1+2 (HTTP, /s)',
        value: String(booking.perSecond),
        baseline: `${pgb.tps} (pgbench)`,
        ratio: pct(bookingRatio),
        target: '>= 50% of pgbench',
        pass: bookingRatio >= 0.5 && booking.status['5xx'] === 0 && booking.status['2xx'] === P.bookings,
        cpu: `${booking.usage.cpuPercent}%`,
        dbCpu: booking.db ? `${booking.db.cpuPercent}%` : '',
        rss: `${booking.usage.peakRssMb} MB`,
      });
      rows.push({ figure: '  pgbench (baseline)', value: String(pgb.tps), baseline: '', ratio: '', target: '', pass: null, cpu: `${pgb.clientCpuPercent}% (client)`, dbCpu: pgb.db ? `${pgb.db.cpuPercent}%` : '', rss: '' });

    }

    if (runs('contention')) {
      // 2. Hot contention: 10,000 concurrent requests for 300 places in one new slot.
      const hotStart = await sql<{ s: Date }>`select (((current_date + 10)::timestamp + interval '6 hours 30 minutes') at time zone ${tenant.timezone}) as s`.execute(owner);
      const hot = await sql<{ id: string }>`
        insert into slots (tenant_id, center_id, product_id, starts_at, ends_at, capacity)
        values (${tenant.id}, ${center.id}, ${PRODUCT}, ${hotStart.rows[0].s}, ${hotStart.rows[0].s}::timestamptz + interval '30 minutes', ${P.places})
        returning id`.execute(owner);
      const hotId = hot.rows[0].id;
      log(`contention: ${P.contention} connections, then a booking request on each at once, for ${P.places} places...`);
      const cont = await contentionBurst(server.url, 'Hc', hotId, (fire) => measured(server!, fire));
      const hotRow = (await sql<{ booked: number; appts: number }>`
        select s.booked, (select count(*)::int from appointments a where a.slot_id = s.id and a.status = 'booked') as appts
        from slots s where s.id = ${hotId}`.execute(owner)).rows[0];
      // The floor for the latency on this machine: a bare node:http server that only reads the same 10,000
      // concurrent requests and answers each with the app's 409 (reading and answering that many requests at
      // once takes time of its own, on both sides of the loopback).
      const refusal = await fetch(`${server.url}/api/v1/public/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ slotId: hotId, product: PRODUCT, person: { givenName: 'Bench', familyName: 'Full', birthDate: '1940-01-01', postalCode: '10115' } }),
      });
      const refusalFile = path.join(dir, 'refusal.json');
      fs.writeFileSync(refusalFile, Buffer.from(await refusal.arrayBuffer()));
      const bareRefusals = await startBareServer(refusalFile, refusal.status, refusal.headers.get('content-type') ?? 'application/json');
      let bareCont;
      try {
        bareCont = await contentionBurst(bareRefusals.url, 'Hx', hotId, (fire) => fire());
      } finally {
        await bareRefusals.stop();
      }
      const contStatus = burstStatus(cont.result);
      const contention = {
        requests: P.contention,
        places: P.places,
        booked: hotRow.booked,
        appointmentsInSlot: hotRow.appts,
        seconds: round(cont.result.duration, 2),
        connectSeconds: round(cont.result.connectSeconds, 2),
        status: contStatus,
        latency: cont.result.latency,
        usage: cont.usage,
        loadCpuPercent: cont.loadCpuPercent,
        bare: { answer: refusal.status, seconds: round(bareCont.duration, 2), status: burstStatus(bareCont), latency: bareCont.latency },
      };
      json.contention = contention;
      log(`contention: booked ${hotRow.booked}/${P.places}, ${JSON.stringify(contention.status)}, p50 ${contention.latency.p50} ms, p99 ${contention.latency.p99} ms (bare server: p50 ${contention.bare.latency.p50} ms, p99 ${contention.bare.latency.p99} ms)`);
      const exact = hotRow.booked === P.places && hotRow.appts === P.places && contStatus['2xx'] === P.places;
      rows.push({
        figure: `contention: booked of ${P.places} (${P.contention} requests)`,
        value: `${hotRow.booked} booked, ${contStatus['5xx']} 5xx, ${contStatus.errors} errors`,
        baseline: '',
        ratio: '',
        target: `exactly ${P.places}, no 5xx`,
        pass: exact && contStatus['5xx'] === 0 && contStatus.errors === 0,
        cpu: `${cont.usage.cpuPercent}%`,
        dbCpu: cont.db ? `${cont.db.cpuPercent}%` : '',
        rss: `${cont.usage.peakRssMb} MB`,
      });
      rows.push({
        figure: 'contention latency p50 / p99 (ms)',
        value: `${contention.latency.p50} / ${contention.latency.p99}`,
        baseline: `${contention.bare.latency.p50} / ${contention.bare.latency.p99} (bare http)`,
        ratio: `${round(contention.latency.p99 / Math.max(1, contention.bare.latency.p99), 1)}x`,
        target: 'p99 < 250 ms',
        pass: contention.latency.p99 < 250,
        cpu: '',
        rss: '',
      });

    }

    if (runs('availability')) {
      // 3. Availability reads, asked for as a browser does (gzip accepted), against a bare server answering the
      // very bytes the app sent, with the same content-encoding.
      const browser = { 'accept-encoding': 'gzip, deflate, br' };
      // node:http, not fetch: fetch inflates gzip on the fly, and the baseline needs the bytes as they went out.
      const feed = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(`${server!.url}/api/v1/public/availability`, { headers: browser }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
          })
          .on('error', reject);
      });
      if (feed.status !== 200) throw new Error(`availability feed answered ${feed.status}`);
      const body = feed.body;
      const encoding = feed.headers['content-encoding'] ?? null;
      const plainBytes = encoding === 'gzip' ? gunzipSync(body).length : body.length;
      const bodyFile = path.join(dir, 'availability.body');
      fs.writeFileSync(bodyFile, body);
      const sizes = `body ${body.length} bytes sent${encoding ? ` (${encoding}), ${plainBytes} bytes uncompressed` : ', uncompressed'}`;
      log(`availability: ${P.readSeconds} s, ${CONNECTIONS.reads} connections (${sizes})...`);
      const reads = await measured(server, () =>
        load({ url: `${server!.url}/api/v1/public/availability`, headers: browser, connections: CONNECTIONS.reads, duration: P.readSeconds, timeout: 10 }),
      );
      const bare = await startBareServer(bodyFile, 200, 'application/json; charset=utf-8', encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {});
      let bareRes;
      try {
        bareRes = await measured(bare, () => load({ url: bare.url, headers: browser, connections: CONNECTIONS.reads, duration: P.readSeconds, timeout: 10 }));
      } finally {
        await bare.stop();
      }
      const readsPerSecond = round(reads.result['2xx'] / reads.result.duration, 0);
      const barePerSecond = round(bareRes.result['2xx'] / bareRes.result.duration, 0);
      // Bytes per answer, headers included: shows that both servers sent the same thing.
      const perAnswer = (r: Result) => round(r.throughput.total / Math.max(1, r.requests.total), 0);
      json.availability = {
        bodyBytes: body.length,
        uncompressedBytes: plainBytes,
        contentEncoding: encoding,
        server: { perSecond: readsPerSecond, bytesPerAnswer: perAnswer(reads.result), status: statusCounts(reads.result), latency: latency(reads.result), usage: reads.usage },
        bare: { perSecond: barePerSecond, bytesPerAnswer: perAnswer(bareRes.result), status: statusCounts(bareRes.result), latency: latency(bareRes.result), usage: bareRes.usage },
      };
      log(`availability: ${readsPerSecond}/s, bare server ${barePerSecond}/s (${sizes}; ~${perAnswer(reads.result)} vs ~${perAnswer(bareRes.result)} bytes per answer)`);
      rows.push({
        figure: 'availability reads (/s)',
        value: String(readsPerSecond),
        baseline: `${barePerSecond} (bare http)`,
        ratio: pct(readsPerSecond / barePerSecond),
        target: '>= 12000/s and >= 60%',
        pass: readsPerSecond >= 12_000 && readsPerSecond / barePerSecond >= 0.6 && reads.result['5xx'] === 0,
        cpu: `${reads.usage.cpuPercent}%`,
        dbCpu: reads.db ? `${reads.db.cpuPercent}%` : '',
        rss: `${reads.usage.peakRssMb} MB`,
      });
      rows.push({ figure: '  bare server (baseline)', value: String(barePerSecond), baseline: '', ratio: '', target: '', pass: null, cpu: `${bareRes.usage.cpuPercent}%`, rss: `${bareRes.usage.peakRssMb} MB` });

    }

    if (runs('documentation')) {
      // 4. Documentation: checked-in people at the vaccinator's center today, prepared in bulk as the owner.
      log(`documentation: preparing ${P.docs} checked-in appointments...`);
      await seedCitizens(owner, tenant, { count: P.docs, now: new Date(), kind: deps.db.kind, bookedShare: 0, pastDays: 0 });
      const today = localDate(new Date(), tenant.timezone);
      const clerk = (await sql<{ id: string }>`select id from staff_users where email = 'clerk@demo.vaxops'`.execute(owner)).rows[0];
      // Codes are stored as keyed hashes (kernel/codes.ts), made here with the tenant's key.
      const people = (await sql<{ id: string }>`
        select id from persons pe where not exists (select 1 from bookings b where b.person_id = pe.id) order by pe.created_at desc limit ${P.docs}`.execute(owner)).rows;
      const codes = people.map((_, i) => codeColumns(tenant, newBookingCode(), String(i % 10000).padStart(4, '0')));
      const hex = (f: 'code_hash' | 'code_box' | 'security_hash') => codes.map((c) => c[f].toString('hex'));
      await sql`
        with p as (
          select * from unnest(${people.map((p) => p.id)}::uuid[], ${hex('code_hash')}::text[], ${hex('code_box')}::text[], ${hex('security_hash')}::text[])
            as t(id, code_hash, code_box, security_hash)
        ), slot as (
          select id, starts_at, ends_at from slots
          where center_id = ${center.id} and product_id = ${PRODUCT}
            and starts_at >= (${today}::date)::timestamp at time zone ${tenant.timezone}
            and starts_at < (${today}::date + 1)::timestamp at time zone ${tenant.timezone}
          order by starts_at limit 1
        ), b as (
          insert into bookings (tenant_id, code_hash, code_box, person_id, product_id, security_hash)
          select ${tenant.id}, decode(p.code_hash, 'hex'), decode(p.code_box, 'hex'), p.id, ${PRODUCT}, decode(p.security_hash, 'hex')
          from p returning id, person_id
        )
        insert into appointments (tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at, status, checked_in_at, checked_in_by)
        select ${tenant.id}, b.id, slot.id, ${center.id}, ${PRODUCT}, 1, slot.starts_at, slot.ends_at, 'checked_in', now(), ${clerk.id}
        from b cross join slot`.execute(owner);
      const securityCodeOf = new Map(people.map((p, i) => [p.id, String(i % 10000).padStart(4, '0')]));
      const todo = (await sql<{ id: string; person_id: string }>`
        select a.id, b.person_id from appointments a join bookings b on b.id = a.booking_id
        where a.center_id = ${center.id} and a.status = 'checked_in'`.execute(owner)).rows
        .filter((a) => securityCodeOf.has(a.person_id))
        .map((a) => ({ id: a.id, security_code: securityCodeOf.get(a.person_id)! }));
      await sql`analyze`.execute(owner);
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'vaccinator@demo.vaxops', password: 'demo' }),
      });
      if (!login.ok) throw new Error(`vaccinator login failed: ${login.status} ${await login.text()}`);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      let d = 0;
      log(`documentation: ${todo.length} requests, ${CONNECTIONS.docs} connections...`);
      const docs = await measured(server, () =>
        load({
          url: server!.url,
          connections: CONNECTIONS.docs,
          amount: todo.length,
          timeout: 30,
          requests: [
            {
              method: 'POST',
              path: '/api/v1/staff/vaccinations',
              headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
              setupRequest(req) {
                const a = todo[d++ % todo.length];
                req.body = JSON.stringify({ appointmentId: a.id, product: PRODUCT, lotNumber: 'EK9788', doseNumber: 1, site: 'left_upper_arm', securityCode: a.security_code });
                return req;
              },
            },
          ],
        }),
      );
      const documented = (await sql<{ n: number }>`select count(*)::int as n from vaccinations where center_id = ${center.id}`.execute(owner)).rows[0].n;
      const docsPerSecond = round(docs.result['2xx'] / docs.result.duration, 1);
      json.documentation = { prepared: todo.length, documented, perSecond: docsPerSecond, seconds: round(docs.result.duration, 2), status: statusCounts(docs.result), latency: latency(docs.result), usage: docs.usage };
      log(`documentation: ${docsPerSecond}/s (${JSON.stringify(statusCounts(docs.result))})`);
      rows.push({
        figure: 'vaccinations documented (HTTP, /s)',
        value: String(docsPerSecond),
        baseline: '',
        ratio: '',
        target: '>= 1000/s',
        pass: docsPerSecond >= 1000 && docs.result['2xx'] === todo.length,
        cpu: `${docs.usage.cpuPercent}%`,
        dbCpu: docs.db ? `${docs.db.cpuPercent}%` : '',
        rss: `${docs.usage.peakRssMb} MB`,
      });

    }

    // 5. Scale: booking and the main read queries right before and after seeding N citizens (COPY, as the
    //    owner), so the ratio shows how cost grows with data; target: less than 20% slower.
    if (SCALE) {
      // A booking to look up by code: the first of the run, or one made now when --only left out the booking scenario.
      if (!runs('booking')) await bookingThroughput(server, 'Sk', slots, 1);
      const k = (await sql<{ code_box: Buffer; given_name: Buffer; family_name: Buffer; birth_date: Buffer }>`
        select b.code_box, p.given_name, p.family_name, p.birth_date from bookings b join persons p on p.id = b.person_id
        where b.status = 'active' order by b.created_at limit 1`.execute(owner)).rows[0];
      const c = tenant.cipher;
      const person = { givenName: c.decrypt('given_name', k.given_name), familyName: c.decrypt('family_name', k.family_name), birthDate: c.decrypt('birth_date', k.birth_date) };
      const known = { code: openBookingCode(tenant, k.code_box), person };
      // Both sides measured alike: a settled database (vacuumed and analyzed, as a tenant that grew over
      // months would be, with the dirty pages written out), the read queries, a warm-up booking run that
      // does not count (after the seed the buffer cache holds the seed's pages), three booking runs of which
      // the median counts (one run swings by a third on a busy machine).
      const settle = async () => {
        const t = performance.now();
        await sql`vacuum (analyze) persons, bookings, appointments, vaccinations, slots`.execute(owner);
        await sql`checkpoint`.execute(owner).catch((err: Error) => log(`scale: no checkpoint (${err.message})`));
        return round((performance.now() - t) / 1000, 1);
      };
      const bookingRuns = async (when: string) => {
        log(`scale: warming up, ${Math.round(P.bookings / 4)} booking requests ${when}...`);
        await bookingThroughput(server!, `S${when[0]}w`, slots, Math.round(P.bookings / 4));
        const runs = [];
        for (const k of [1, 2, 3]) {
          log(`scale: booking ${P.bookings} requests ${when} (${k}/3)...`);
          runs.push(await bookingThroughput(server!, `S${when[0]}${k}`, slots, P.bookings));
        }
        const median = [...runs].sort((x, y) => x.perSecond - y.perSecond)[1];
        log(`scale: booking ${when}: ${runs.map((r) => r.perSecond).join(', ')}/s`);
        return { ...median, runs: runs.map((r) => r.perSecond) };
      };
      await settle();
      const before = await readQueries(deps, tenant, center.id, known);
      const runsFrom = (await sql<{ t: Date }>`select now() as t`.execute(owner)).rows[0].t;
      const bookingBefore = await bookingRuns('before the seed');
      // Those bookings are cancelled, their places freed as a cancellation frees them, so that the runs after the
      // seed search the same free places for dose 2 (a fuller calendar alone makes that search walk further).
      await sql`
        with b as (update bookings set status = 'cancelled' where created_at >= ${runsFrom} and status = 'active' returning id),
        a as (update appointments a set status = 'cancelled' from b where a.booking_id = b.id and a.status = 'booked' returning a.slot_id)
        update slots s set booked = s.booked - x.n from (select slot_id, count(*)::int as n from a group by slot_id) x
        where s.id = x.slot_id`.execute(owner);
      const sizeOf = async () =>
        (await sql<{ persons: number; bookings: number; appointments: number; vaccinations: number; db: string; bytes: number }>`
          select (select count(*)::int from persons) as persons, (select count(*)::int from bookings) as bookings,
                 (select count(*)::int from appointments) as appointments, (select count(*)::int from vaccinations) as vaccinations,
                 pg_size_pretty(pg_database_size(current_database())) as db, pg_database_size(current_database()) as bytes`.execute(owner)).rows[0];
      const sizeBefore = await sizeOf();
      log(`scale: seeding ${SCALE} citizens...`);
      const seeded = await seedCitizens(owner, tenant, {
        count: SCALE,
        now: new Date(),
        kind: deps.db.kind,
        databaseUrl: deps.config.databaseUrl,
        onProgress: (n, total) => {
          if (n % 500_000 < 10_000) log(`scale: ${n}/${total}`);
        },
      });
      log(`scale: seeded ${seeded.persons} persons in ${seeded.seconds.toFixed(1)} s (${Math.round(seeded.persons / seeded.seconds)}/s)`);
      const vacuumSeconds = await settle();
      log(`scale: vacuum analyze and checkpoint ${vacuumSeconds} s`);
      const after = await readQueries(deps, tenant, center.id, known);
      const bookingAtScale = await bookingRuns('after the seed');
      const size = await sizeOf();
      const millions = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${Math.round(n / 1e3)}k`);
      json.scale = { citizens: SCALE, seed: seeded, vacuumSeconds, size: { before: sizeBefore, after: size }, booking: { before: bookingBefore, after: bookingAtScale }, queries: { before, after } };
      rows.push({
        figure: `booking at ${fmtCount(SCALE)} citizens (/s)`,
        value: `${bookingAtScale.perSecond} (${bookingAtScale.runs.join(', ')})`,
        baseline: `${bookingBefore.perSecond} (${bookingBefore.runs.join(', ')})`,
        ratio: pct(bookingAtScale.perSecond / bookingBefore.perSecond),
        target: '< 20% slower',
        pass: bookingAtScale.perSecond >= bookingBefore.perSecond * 0.8 && bookingAtScale.status['5xx'] === 0,
        cpu: `${bookingAtScale.usage.cpuPercent}%`,
        rss: `${bookingAtScale.usage.peakRssMb} MB`,
      });
      for (const name of Object.keys(before)) {
        const b = before[name].medianMs;
        const a = after[name].medianMs;
        rows.push({
          figure: `  ${name} (median ms)`,
          value: String(a),
          baseline: `${b} (before)`,
          ratio: pct(a / b),
          target: '< 20% slower',
          // Sub-millisecond timings jitter by more than 20%; a tenth of a millisecond counts as equal.
          pass: a <= b * 1.2 || a - b < 0.1,
          cpu: '',
          rss: '',
        });
      }
      rows.push({
        figure: `  seed ${fmtCount(SCALE)} citizens (COPY)`,
        value: `${seeded.seconds.toFixed(0)} s, ${Math.round(seeded.persons / seeded.seconds)}/s`,
        baseline: `${millions(size.persons)} persons, ${millions(size.appointments)} appointments`,
        ratio: '',
        target: '',
        pass: null,
        cpu: '',
        rss: `db ${size.db}`,
      });
    }
  } finally {
    await server?.stop().catch(() => {});
    await deps?.db.close().catch(() => {});
    // BENCH_KEEP_DATABASE=1 leaves the scratch database for a look at plans and tables afterwards.
    if (process.env.BENCH_KEEP_DATABASE === '1') log(`kept the scratch database ${scratch.name}`);
    else await scratch.drop().catch((err) => log(`could not drop ${scratch.name}: ${err}`));
  }

  json.rows = rows;
  json.finishedAt = new Date().toISOString();
  const resultsDir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  fs.rmSync(dir, { recursive: true, force: true });
  printTable(rows);
  console.log(`\n${QUICK ? 'quick' : 'full'} run, ${WORKERS} server process${WORKERS > 1 ? 'es' : ''}, ${os.cpus().length} CPUs; CPU = server process tree, PostgreSQL CPU = all its processes (100% = one core); server and pgbench over PostgreSQL: ${priority}; results: ${path.relative(ROOT, file)}`);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const fmtCount = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

function printTable(rows: Row[]) {
  const head = ['figure', 'measured', 'baseline', 'ratio', 'target', 'result', 'server CPU', 'PostgreSQL CPU', 'peak RSS'];
  const body = rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.target, r.pass === null ? '' : r.pass ? 'PASS' : 'MISS', r.cpu, r.dbCpu ?? '', r.rss]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log('\n' + line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const b of body) console.log(line(b));
}

await main();
// autocannon and pg may keep sockets around; the run is over.
process.exit(0);
