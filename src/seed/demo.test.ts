import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { BACKENDS, createScratchDatabase, createTestDeps } from '../../test/support/db.js';

const run = promisify(execFile);

async function demoFacts(owner: Kysely<DB>) {
  const r = await sql<{ k: string; v: string }>`
    select 'tenants' as k, string_agg(name, ',') as v from tenants union all
    select 'regions', count(*)::text from regions union all
    select 'centers', count(*)::text from centers union all
    select 'centers_without_lanes', count(*)::text from centers c where not exists (select 1 from lanes l where l.center_id = c.id) union all
    select 'products', string_agg(id, ',' order by id) from products union all
    select 'staff', string_agg(email, ',' order by email) from staff_users union all
    select 'slot_days', count(distinct (starts_at at time zone 'Europe/Berlin')::date)::text from slots union all
    select 'local_hours', min((starts_at at time zone 'Europe/Berlin')::time)::text || '-' || max((ends_at at time zone 'Europe/Berlin')::time)::text from slots`.execute(owner);
  return Object.fromEntries(r.rows.map((x) => [x.k, x.v]));
}

const EXPECTED = {
  tenants: 'Freistaat Demo',
  regions: '3',
  centers: '10',
  centers_without_lanes: '0',
  products: 'comirnaty,jcovden,spikevax,vaxzevria',
  staff: 'admin@demo.vaxops,agent@demo.vaxops,clerk@demo.vaxops,logistics@demo.vaxops,manager@demo.vaxops,vaccinator@demo.vaxops',
  slot_days: '56',
  local_hours: '07:00:00-20:00:00', // local Berlin time, summer and winter alike
};

describe.each(BACKENDS)('demo data (%s)', (backend) => {
  it('an empty database gets the demo tenant with centers, products, eight weeks of slots and one account per role', async () => {
    const env = await createTestDeps(backend);
    try {
      expect(await demoFacts(env.deps.db.owner)).toEqual(EXPECTED);
    } finally {
      await env.close();
    }
  });
});

describe('vaxops seed --demo', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await import('node:fs/promises').then((fs) => fs.rm(d, { recursive: true, force: true }));
  });

  it('loads the demo data into an empty embedded database once, and says so the second time', async () => {
    const dir = path.join(os.tmpdir(), `vaxops-cli-${randomBytes(4).toString('hex')}`);
    dirs.push(dir);
    const env = { ...process.env, VAXOPS_DATA_DIR: dir, VAXOPS_DEMO: '0' };
    const first = await run('node', ['bin/vaxops.mjs', 'seed', '--demo'], { env });
    expect(first.stdout).toContain('Demo data loaded');
    const second = await run('node', ['bin/vaxops.mjs', 'seed', '--demo'], { env });
    expect(second.stdout).toContain('already there');
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)('works against PostgreSQL given the owner’s DATABASE_URL, in demo mode only (the demo password is published)', async () => {
    const scratch = await createScratchDatabase();
    const dir = path.join(os.tmpdir(), `vaxops-cli-${randomBytes(4).toString('hex')}`);
    dirs.push(dir);
    try {
      const env = { ...process.env, DATABASE_URL: scratch.url, VAXOPS_DATA_DIR: dir, VAXOPS_DEMO: '' };
      const refused = await run('node', ['bin/vaxops.mjs', 'seed', '--demo'], { env }).then(
        () => null,
        (err: { code: number; stderr: string }) => err,
      );
      expect(refused?.code).toBe(1);
      expect(refused?.stderr).toContain('VAXOPS_DEMO=1');
      const db = new pg.Client({ connectionString: scratch.url });
      await db.connect();
      try {
        expect((await db.query('select count(*)::int as n from staff_users')).rows[0].n).toBe(0);
      } finally {
        await db.end();
      }
      const out = await run('node', ['bin/vaxops.mjs', 'seed', '--demo'], { env: { ...env, VAXOPS_DEMO: '1' } });
      expect(out.stdout).toContain('Demo data loaded');
    } finally {
      await scratch.drop();
    }
  });
});
