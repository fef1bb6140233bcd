import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createScratchDatabase, DEFENCES_OFF } from '../support/db.js';
import { newKeyBase64 } from '../../src/lib/crypto.js';

type Proc = { proc: ChildProcess; out: () => string; exited: Promise<number | null> };

function startCluster(env: Record<string, string>): Proc {
  const proc = spawn(process.execPath, ['bin/vaxops.mjs', 'serve', '--workers', '2'], { env: { ...process.env, ...DEFENCES_OFF, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return { proc, out: () => out, exited: new Promise((r) => proc.on('exit', (c) => r(c))) };
}

/** Starts `vaxops serve --workers 2` on a scratch database and waits until both processes serve. */
async function startOnScratch(port: number, env: Record<string, string> = {}) {
  const scratch = await createScratchDatabase();
  const cluster = startCluster({
    DATABASE_URL: scratch.url,
    VAXOPS_DEMO: '1',
    VAXOPS_MASTER_KEY: newKeyBase64(),
    VAXOPS_DATA_DIR: path.join(os.tmpdir(), `vaxops-workers-${randomBytes(4).toString('hex')}`),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const started = Date.now();
  while (!cluster.out().includes('2 server processes')) {
    if (Date.now() - started > 120_000) throw new Error(`cluster did not start:\n${cluster.out()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { scratch, cluster };
}

// Several processes need a real PostgreSQL; CI always has one (TEST_DATABASE_URL).
describe.runIf(!!process.env.TEST_DATABASE_URL)('two server processes against one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let cluster: Proc;
  const port = 21000 + Math.floor(Math.random() * 20000);

  beforeAll(async () => {
    ({ scratch, cluster } = await startOnScratch(port));
  });
  afterAll(async () => {
    cluster?.proc.kill('SIGTERM');
    await cluster?.exited;
    await scratch?.drop();
  });

  it('500 concurrent bookings for 50 places, spread over both processes: exactly 50 booked, no 5xx; SIGTERM stops both', async () => {
    const owner = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: scratch.url, max: 2 }) }) });
    const slot = (
      await sql<{ id: string }>`
        update slots set capacity = 50, booked = 0
        where id = (select id from slots where product_id = 'jcovden' and starts_at > now() + interval '1 day' order by starts_at limit 1)
        returning id`.execute(owner)
    ).rows[0];

    const pids = new Set<string>();
    const statuses = await Promise.all(
      Array.from({ length: 500 }, async (_, i) => {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/public/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ slotId: slot.id, product: 'jcovden', person: { givenName: `Multi${i}`, familyName: 'Prozess', birthDate: '1940-01-01', postalCode: '10115' } }),
        });
        pids.add(res.headers.get('x-vaxops-worker') ?? '');
        await res.arrayBuffer();
        return res.status;
      }),
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(450);
    expect(pids.size).toBe(2); // both processes served requests
    const row = (await sql<{ booked: number; appts: number }>`
      select booked, (select count(*)::int from appointments where slot_id = ${slot.id}) as appts from slots where id = ${slot.id}`.execute(owner)).rows[0];
    expect(row).toEqual({ booked: 50, appts: 50 });
    await owner.destroy();

    cluster.proc.kill('SIGTERM');
    expect(await cluster.exited).toBe(0);
  });
});

describe.runIf(!!process.env.TEST_DATABASE_URL)('two server processes share their rate limits', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let cluster: Proc;
  const port = 21000 + Math.floor(Math.random() * 20000);

  beforeAll(async () => {
    ({ scratch, cluster } = await startOnScratch(port, { VAXOPS_RATE_LIMIT: 'on' }));
  });
  afterAll(async () => {
    cluster?.proc.kill('SIGTERM');
    await cluster?.exited;
    await scratch?.drop();
  });

  it('one address asking both processes for challenges is limited at 60 a minute in all, not 60 each', async () => {
    const pids = new Set<string>();
    const ask = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/public/challenge`, { headers: { connection: 'close' } });
      pids.add(res.headers.get('x-vaxops-worker') ?? '');
      await res.arrayBuffer();
      return res.status;
    };
    const round = async (n: number) => {
      const statuses: number[] = [];
      for (let i = 0; i < n; i++) statuses.push(await ask());
      await new Promise((r) => setTimeout(r, 2_500)); // each process has exchanged its counts with the other
      return statuses;
    };
    expect(new Set(await round(50))).toEqual(new Set([200]));
    expect(pids.size).toBe(2); // both processes counted some of them
    expect(new Set(await round(10))).toEqual(new Set([200])); // 60 in all: the limit
    // Alone, neither process would have seen more than about 35 of the 70.
    expect(await round(10)).toEqual(Array(10).fill(429));
  });
});
