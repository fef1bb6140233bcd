import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../test/support/db.js';
import { anna, client, firstSlot } from '../../test/support/http.js';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { tenantBySlug } from '../modules/tenants/tenants.service.js';

describe.each(BACKENDS)('health data is guarded (%s)', (backend) => {
  let srv: TestServer;
  let tenantA: string;
  let tenantB: string;
  let bookingCode: string;

  beforeAll(async () => {
    srv = await startTestServer({ backend });
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    bookingCode = (await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna })).body.bookingCode;
    tenantA = (await tenantBySlug(srv.deps, 'demo')).id;
    // A second organisation with one person of its own, written by the owner.
    tenantB = randomUUID();
    const owner = srv.deps.db.owner;
    await owner.insertInto('tenants').values({ id: tenantB, slug: 'other', name: 'Andere Stadt', wrapped_key: srv.deps.keys.wrapNewDataKey(tenantB) }).execute();
    await owner
      .insertInto('persons')
      .values({
        tenant_id: tenantB,
        given_name: Buffer.from('x'),
        family_name: Buffer.from('x'),
        birth_date: Buffer.from('x'),
        postal_code: Buffer.from('x'),
        identity_hash: Buffer.from('b-identity'),
        birth_hash: Buffer.from('b-birth'),
      })
      .execute();
  });
  afterAll(() => srv?.close());

  it('a query under tenant A cannot see tenant B’s rows, even without a WHERE clause', async () => {
    const seen = await srv.deps.db.withTenant(tenantA, async (trx) => ({
      persons: (await sql<{ tenant_id: string }>`select tenant_id from persons`.execute(trx)).rows,
      tenants: (await sql<{ id: string }>`select id from tenants`.execute(trx)).rows,
    }));
    expect(seen.persons.length).toBeGreaterThan(0);
    expect(new Set(seen.persons.map((p) => p.tenant_id))).toEqual(new Set([tenantA]));
    expect(seen.tenants.map((t) => t.id)).toEqual([tenantA]);

    const asB = await srv.deps.db.withTenant(tenantB, (trx) => sql<{ tenant_id: string }>`select tenant_id from persons`.execute(trx));
    expect(asB.rows.map((r) => r.tenant_id)).toEqual([tenantB]);

    // Without a tenant, the app role sees nothing at all.
    const none = await sql<{ n: number }>`select count(*)::int as n from persons`.execute(srv.deps.db.app);
    expect(none.rows[0].n).toBe(0);
  });

  it('tenant A cannot write rows into tenant B', async () => {
    await expect(
      srv.deps.db.withTenant(tenantA, (trx) =>
        sql`insert into regions (tenant_id, name) values (${tenantB}, 'Eingeschleust')`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('RLS is enabled and forced on every table', async () => {
    const r = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      select c.relname, c.relrowsecurity, c.relforcerowsecurity
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'schema_migrations'`.execute(srv.deps.db.owner);
    expect(r.rows.length).toBeGreaterThanOrEqual(13);
    for (const t of r.rows) expect(t, t.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('the request-serving role is neither superuser nor BYPASSRLS', async () => {
    const r = await sql<{ current_user: string; session_user: string; rolsuper: boolean; rolbypassrls: boolean }>`
      select current_user, session_user, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user`.execute(srv.deps.db.app);
    expect(r.rows[0]).toMatchObject({ current_user: 'vaxops_app', rolsuper: false, rolbypassrls: false });
    // On PostgreSQL it logs in as itself; PGlite is single-user and can only switch roles.
    if (backend === 'postgres') expect(r.rows[0].session_user).toBe('vaxops_app');
  });

  it('vaccinations and the audit log are append-only, even for the owner', async () => {
    await expect(srv.deps.db.withTenant(tenantA, (trx) => sql`update audit_log set action = 'x'`.execute(trx))).rejects.toThrow();
    await expect(srv.deps.db.withTenant(tenantA, (trx) => sql`delete from vaccinations`.execute(trx))).rejects.toThrow();
    await expect(sql`delete from audit_log`.execute(srv.deps.db.owner)).rejects.toThrow(/append-only/);
    const audit = await srv.deps.db.withTenant(tenantA, (trx) =>
      sql<{ n: number }>`select count(*)::int as n from audit_log where subject_type = 'booking' and action = 'create'`.execute(trx),
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('personal data is stored encrypted: the database holds no name or birth date in plain text', async () => {
    const rows = await sql<{ row: string }>`select row_to_json(p)::text as row from persons p`.execute(srv.deps.db.owner);
    const text = rows.rows.map((r) => r.row).join('\n');
    for (const secret of ['Schäfer', 'Anna', '1938-04-12', 'anna@example.org', '\\x416e6e61' /* "Anna" as bytea hex */]) {
      expect(text).not.toContain(secret);
    }
    if (backend === 'postgres') {
      const url = new URL(srv.deps.config.databaseUrl!);
      const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', url.toString()], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
      expect(dump).toContain('Freistaat Demo'); // the dump is real...
      for (const secret of ['Schäfer', 'Schafer', '1938-04-12', 'anna@example.org']) expect(dump).not.toContain(secret); // ...and holds no citizen in clear
    }
    // The citizen still gets her data back with code + birth date.
    const api = client(srv.url);
    const res = await api.get(`/api/v1/public/bookings/${bookingCode}?birthDate=${anna.birthDate}`);
    expect(res.status).toBe(200);
  });
});
