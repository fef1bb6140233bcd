import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDeps, type TestEnv } from '../../test/support/db.js';
import { tenantBySlug } from '../modules/tenants/tenants.service.js';
import { uuidv7 } from '../lib/ids.js';
import { pipeline, prepared } from './database.js';

describe.each(BACKENDS)('transactions of the app role (%s)', (backend) => {
  let env: TestEnv;
  let tenantId: string;
  beforeAll(async () => {
    env = await createTestDeps(backend);
    tenantId = (await tenantBySlug(env.deps, 'demo')).id;
  });
  afterAll(() => env?.close());

  it('sets the tenant for the transaction only, and rolls back everything when the work fails', async () => {
    const { db } = env.deps;
    const inside = await db.withTenant(tenantId, async (trx) => (await sql<{ t: string }>`select current_setting('app.tenant_id') as t`.execute(trx)).rows[0].t);
    expect(inside).toBe(tenantId);
    const hours = async () => (await sql<{ h: number }>`select invitation_valid_hours as h from tenant_settings where tenant_id = ${tenantId}`.execute(db.owner)).rows[0].h;
    const before = await hours();
    await expect(
      db.withTenant(tenantId, async (trx) => {
        await sql`update tenant_settings set invitation_valid_hours = ${before + 1}`.execute(trx);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await hours()).toBe(before);
    // A statement error aborts the transaction; the connection goes back clean and serves the next one.
    await expect(db.withTenant(tenantId, (trx) => sql`select 1 / 0`.execute(trx))).rejects.toThrow();
    expect(await db.withTenant(tenantId, async (trx) => (await sql<{ n: number }>`select count(*)::int as n from tenant_settings`.execute(trx)).rows[0].n)).toBe(1);
    // Outside a transaction nothing is set: RLS shows no rows.
    expect((await sql<{ n: number }>`select count(*)::int as n from tenant_settings`.execute(db.app)).rows[0].n).toBe(0);
  });

  it('runs work that sends nothing, and several statements sent at once, in the one transaction', async () => {
    const { db } = env.deps;
    expect(await db.withTenant(tenantId, async () => 42)).toBe(42);
    const settings = await db.withTenant(tenantId, (trx) =>
      Promise.all([1, 2, 3].map(async () => (await sql<{ t: string }>`select current_setting('app.tenant_id') as t`.execute(trx)).rows[0].t)),
    );
    expect(settings).toEqual([tenantId, tenantId, tenantId]);
  });

  it('sends a pipeline of statements at once: results in order, committed together, or nothing when one fails', async () => {
    const { db } = env.deps;
    const hours = async () => (await sql<{ h: number }>`select invitation_valid_hours as h from tenant_settings where tenant_id = ${tenantId}`.execute(db.owner)).rows[0].h;
    const start = await hours();
    const results = await db.withTenant(tenantId, (trx) =>
      pipeline(
        trx,
        [
          sql`update tenant_settings set invitation_valid_hours = invitation_valid_hours + 1 returning invitation_valid_hours as h`,
          sql`${prepared('pipelined_select')} select ${7}::int as x`,
          sql`update tenant_settings set invitation_valid_hours = invitation_valid_hours + 1 returning invitation_valid_hours as h`,
        ],
        { commit: true },
      ),
    );
    // Each statement saw the one before it, in the one transaction, and it was committed.
    expect(results.map((r) => r.rows[0])).toEqual([{ h: start + 1 }, { x: 7 }, { h: start + 2 }]);
    expect(await hours()).toBe(start + 2);

    // A failing statement: the error is its own (not the aborted ones' after it), and nothing stays.
    await expect(
      db.withTenant(tenantId, (trx) =>
        pipeline(trx, [sql`update tenant_settings set invitation_valid_hours = 99`, sql`select 1 / 0`, sql`select 1`], { commit: true }),
      ),
    ).rejects.toThrow(/division by zero/);
    expect(await hours()).toBe(start + 2);
    // Without commit the transaction goes on; the connection serves the next one cleanly.
    const n = await db.withTenant(tenantId, async (trx) => {
      const [a] = await pipeline(trx, [sql<{ n: number }>`select count(*)::int as n from tenant_settings`]);
      return a.rows[0].n;
    });
    expect(n).toBe(1);
    expect(await db.withTenant(tenantId, async (trx) => pipeline(trx, []))).toEqual([]);
  });

  it('takes only a UUID as the tenant (it is sent as a literal)', async () => {
    await expect(env.deps.db.withTenant(`${tenantId}', true); select 1; --`, async () => 1)).rejects.toThrow(/UUID/);
  });

  it('runs marked statements like any other; on PostgreSQL each is prepared once per connection and reused', async () => {
    const names = await env.deps.db.withTenant(tenantId, async (trx) => {
      for (const x of [1, 2, 3]) expect((await sql<{ x: number }>`${prepared('probe')} select ${x}::int as x`.execute(trx)).rows[0].x).toBe(x);
      await sql`select ${4}::int as x`.execute(trx); // unmarked: unnamed, as before
      return (await sql<{ name: string }>`select name from pg_prepared_statements where name like 'probe_%'`.execute(trx)).rows.map((r) => r.name);
    });
    // PGlite runs in-process without named statements; the marker changes nothing there.
    expect(names).toHaveLength(backend === 'postgres' ? 1 : 0);
    expect(() => prepared('not a name')).toThrow();
  });

  it('gives new rows time-ordered ids (version 7) that sort with the ones the server makes', async () => {
    const { db } = env.deps;
    const at = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16); // the id's milliseconds
    const before = Date.now();
    const fromServer = uuidv7();
    const [a, b] = await db.withTenant(tenantId, async (trx) => (await sql<{ id: string }>`select uuid_v7()::text as id from generate_series(1, 2)`.execute(trx)).rows.map((r) => r.id));
    const after = uuidv7();
    for (const id of [fromServer, a, b, after]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(at(id)).toBeGreaterThanOrEqual(before - 1);
      expect(at(id)).toBeLessThanOrEqual(Date.now() + 1);
    }
    expect([at(fromServer), at(a), at(after)]).toEqual([at(fromServer), at(a), at(after)].sort((x, y) => x - y));
    expect(a).not.toBe(b);
    const defaults = (
      await sql<{ column_default: string }>`
        select column_default from information_schema.columns
        where column_name = 'id' and table_name in ('persons', 'bookings', 'appointments', 'slots', 'outbox')`.execute(db.owner)
    ).rows;
    expect(defaults).toHaveLength(5);
    for (const d of defaults) expect(d.column_default).toBe('uuid_v7()');
  });
});
