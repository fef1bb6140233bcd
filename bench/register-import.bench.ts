/**
 * Benchmark of the population register import (not a test).
 *
 *   npx tsx bench/register-import.bench.ts [--rows 1000000] [--reimport] [--batch-report]
 *
 * Generates a realistic register CSV (German names, birth dates by an age pyramid, postal codes,
 * addresses; `;`-separated with a BOM, as registry offices export it) into a temp file, imports it into a
 * scratch database on PostgreSQL (BENCH_DATABASE_URL, default postgres://127.0.0.1:5432/test; the
 * database is created and dropped), and prints rows, seconds, rows/s and peak RSS.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { newKeyBase64 } from '../src/lib/crypto.js';
import { importRegister, type ImportResult } from '../src/modules/register/register.service.js';
import { tenantBySlug } from '../src/modules/tenants/tenants.service.js';
import { createDeps } from '../src/runtime.js';
import { scratchDatabase } from './lib.js';
import { FAMILY, GIVEN } from '../src/seed/citizens.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, reimport: { type: 'boolean', default: false } },
});
const ROWS = Number(values.rows);
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error('--rows must be a positive integer');

// ---- data -------------------------------------------------------------------------------------------

const STREETS = [
  'Hauptstraße', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Dorfstraße', 'Bergstraße', 'Birkenweg', 'Lindenstraße',
  'Kirchstraße', 'Waldstraße', 'Ringstraße', 'Schillerstraße', 'Goethestraße', 'Am Anger', 'Mühlenweg', 'Jahnstraße',
];
// Share of the population by decade of age (0-9, 10-19, ..., 90-99), roughly Germany's pyramid.
const AGE_PYRAMID = [9.5, 9.3, 11, 13, 12, 15.5, 13.5, 9, 6, 1.2];

/** mulberry32: a small seeded PRNG, so every run generates the same file. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(file: string, rows: number) {
  const rnd = prng(20261123);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const total = AGE_PYRAMID.reduce((a, b) => a + b, 0);
  const today = new Date('2026-11-23T00:00:00Z');
  const birthDate = () => {
    let r = rnd() * total;
    let decade = 0;
    while (r > AGE_PYRAMID[decade] && decade < AGE_PYRAMID.length - 1) r -= AGE_PYRAMID[decade++];
    const ageDays = Math.floor((decade * 10 + rnd() * 10) * 365.25);
    return new Date(today.getTime() - (ageDays + 1) * 86400_000).toISOString().slice(0, 10);
  };
  const out = fs.createWriteStream(file);
  let buf = '\uFEFFid;given_name;family_name;birth_date;postal_code;address\n';
  for (let i = 1; i <= rows; i++) {
    const plz = String(1067 + Math.floor(rnd() * 98_931)).padStart(5, '0');
    const family = pick(FAMILY);
    buf += `EMA-${String(i).padStart(8, '0')};${pick(GIVEN)};${family};${birthDate()};${plz};${pick(STREETS)} ${1 + Math.floor(rnd() * 180)}\n`;
    if (buf.length > 64 * 1024) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

// ---- run --------------------------------------------------------------------------------------------

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxops-bench-'));
  const file = path.join(dir, 'register.csv');
  let t = performance.now();
  await generate(file, ROWS);
  const size = fs.statSync(file).size;
  console.log(`generated ${ROWS} rows, ${mb(size)} in ${((performance.now() - t) / 1000).toFixed(1)} s: ${file}`);

  const scratch = await scratchDatabase();
  try {
    const config = loadConfig({
      DATABASE_URL: scratch.url,
      VAXOPS_DATA_DIR: dir,
      VAXOPS_MASTER_KEY: newKeyBase64(),
      VAXOPS_DEMO: '1',
      LOG_LEVEL: 'silent',
      VAXOPS_DB_POOL_SIZE: '4',
    });
    const deps = await createDeps(config, { log: pino({ level: 'silent' }) });
    try {
      const tenant = await tenantBySlug(deps, 'demo');
      const runs: [string, ImportResult, number, number][] = [];
      for (const label of values.reimport ? ['import', 're-import'] : ['import']) {
        global.gc?.();
        const rssBefore = process.memoryUsage().rss;
        let peak = rssBefore;
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
        let lastLog = performance.now();
        t = performance.now();
        const result = await importRegister(deps, tenant, fs.createReadStream(file, { highWaterMark: 256 * 1024 }), {
          onProgress(bytes, rows) {
            peak = Math.max(peak, process.memoryUsage().rss);
            if (performance.now() - lastLog > 5000) {
              lastLog = performance.now();
              const secs = (performance.now() - t) / 1000;
              process.stderr.write(`  ${label}: ${Math.round((100 * bytes) / size)}%, ${rows} rows, ${Math.round(rows / secs)} rows/s, rss ${mb(process.memoryUsage().rss)}\n`);
            }
          },
        });
        clearInterval(sampler);
        const secs = (performance.now() - t) / 1000;
        runs.push([label, result, secs, peak]);
        console.log(
          `${label}: ${result.rows} rows (${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ` +
            `${result.rejectedCount} rejected) in ${secs.toFixed(1)} s = ${Math.round(result.rows / secs)} rows/s; ` +
            `RSS ${mb(rssBefore)} before, peak ${mb(peak)} during`,
        );
      }
      console.log(`process peak RSS (maxRSS, whole run incl. generation and demo seed): ${mb(process.resourceUsage().maxRSS * 1024)}`);
      console.log(`database: ${(await deps.db.withTenant(tenant.id, (trx) => trx.selectFrom('register_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())).n} register entries`);
    } finally {
      await deps.db.close();
    }
  } finally {
    await scratch.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
