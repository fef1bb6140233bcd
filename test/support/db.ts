import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/context.js';
import { fixedClock } from '../../src/lib/clock.js';
import { newKeyBase64 } from '../../src/lib/crypto.js';
import { createDeps } from '../../src/runtime.js';

export type Backend = 'pglite' | 'postgres';

/** The databases every DB test runs on: always PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fixed "now" for tests: a Monday morning in Berlin, so the demo slots of that day lie ahead. */
/**
 * The peak-day defences switched off, for tests that start a server of their own (they have their own
 * tests; elsewhere they would only get in the way). One list, so a new defence is switched off everywhere.
 */
export const DEFENCES_OFF = {
  VAXOPS_WAITING_ROOM: 'off',
  VAXOPS_CAPTCHA: 'off',
  VAXOPS_RATE_LIMIT: 'off',
  VAXOPS_CITIZEN_VERIFICATION: 'off',
} as const;

export const TEST_NOW = '2026-11-23T07:00:00+01:00';

function adminUrl() {
  const u = new URL(process.env.TEST_DATABASE_URL!);
  if (!u.username) u.username = process.env.PGUSER || os.userInfo().username;
  return u;
}

/** A fresh PostgreSQL database on the test server; returns its URL and a function that drops it. */
export async function createScratchDatabase() {
  const admin = adminUrl();
  const name = `vaxops_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type TestEnv = { deps: Deps; close(): Promise<void> };

/** A migrated database with the demo tenant loaded, on the given backend, with the clock fixed at `now`. */
export async function createTestDeps(
  backend: Backend,
  opts: { now?: string; demo?: boolean; env?: Record<string, string>; log?: Logger } = {},
): Promise<TestEnv> {
  const scratch = backend === 'postgres' ? await createScratchDatabase() : null;
  const config = loadConfig({
    VAXOPS_DATA_DIR: path.join(os.tmpdir(), `vaxops-test-${process.pid}-${randomBytes(4).toString('hex')}`),
    VAXOPS_MASTER_KEY: newKeyBase64(),
    VAXOPS_DEMO: opts.demo === false ? '0' : '1',
    LOG_LEVEL: 'silent',
    VAXOPS_WEB_DIR: path.resolve('dist/web'),
    VAXOPS_DB_POOL_SIZE: '20',
    // Tests about a defence (and the browser stories of citizen verification) switch it on.
    ...DEFENCES_OFF,
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...opts.env,
  });
  const deps = await createDeps(config, {
    clock: fixedClock(opts.now ?? TEST_NOW),
    log: opts.log ?? pino({ level: 'silent' }),
    inMemory: backend === 'pglite',
  });
  return {
    deps,
    async close() {
      await deps.db.close();
      await scratch?.drop();
    },
  };
}
