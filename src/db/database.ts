import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { DB } from './types.js';
import { PglitePool } from './pglite-pool.js';

// timestamptz as Date, int8 as number, date as 'YYYY-MM-DD': the same shapes on node-postgres and PGlite.
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export type Tx = Transaction<DB>;

/** The two faces of the database: the owner (migrations, seeding) and the RLS-bound app role. */
export type Database = {
  kind: 'pglite' | 'postgres';
  owner: Kysely<DB>;
  app: Kysely<DB>;
  /** Runs fn in a transaction of the app role with the tenant set, so RLS scopes every statement. */
  withTenant<T>(tenantId: string, fn: (trx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type OpenOptions = {
  databaseUrl?: string;
  dataDir?: string;
  /** PGlite only: keep the database in memory (tests). */
  inMemory?: boolean;
  appRole: string;
  appRolePassword: string;
  poolSize?: number;
  log?: { warn: (obj: object, msg: string) => void };
};

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Opens the database, applies migrations as the owner and sets up the app role. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts) : openPglite(opts);
}

function tenantRunner(app: Kysely<DB>) {
  return <T>(tenantId: string, fn: (trx: Tx) => Promise<T>) =>
    app.transaction().execute(async (trx) => {
      await sql`select set_config('app.tenant_id', ${tenantId}, true)`.execute(trx);
      return fn(trx);
    });
}

async function openPglite(opts: OpenOptions): Promise<Database> {
  let dataDir: string | undefined;
  if (!opts.inMemory) {
    dataDir = path.join(opts.dataDir ?? './data', 'pglite');
    await fs.mkdir(dataDir, { recursive: true });
  }
  const parsers = { [INT8]: (v: string) => Number(v), [DATE]: (v: string) => v };
  const pglite = await PGlite.create(dataDir ? { dataDir, parsers } : { parsers });
  const owner = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new PglitePool(pglite, null) as never }) });
  await migrate(owner);
  await setupAppRole(owner, opts.appRole, opts.appRolePassword);
  const app = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new PglitePool(pglite, opts.appRole) as never }) });
  return {
    kind: 'pglite',
    owner,
    app,
    withTenant: tenantRunner(app),
    async close() {
      await pglite.close();
    },
  };
}

async function openPostgres(opts: OpenOptions): Promise<Database> {
  // Like psql, a URL without a user name means the operating-system user.
  const ownerUrl = new URL(opts.databaseUrl!);
  const ownerUser = ownerUrl.username || process.env.PGUSER || os.userInfo().username;
  ownerUrl.username = ownerUser;
  const ownerPool = new pg.Pool({ connectionString: ownerUrl.toString(), max: 4 });
  // An idle connection can be closed by the server (restart, failover, admin); the pool replaces it.
  // Without a listener that would be an unhandled 'error' event and end the process.
  const onIdleError = (err: Error & { code?: string }) => opts.log?.warn({ code: err.code }, 'idle database connection closed');
  ownerPool.on('error', onIdleError);
  const owner = new Kysely<DB>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  try {
    await migrate(owner);
    await setupAppRole(owner, opts.appRole, opts.appRolePassword);
  } catch (err) {
    await owner.destroy();
    throw err;
  }
  // Request-serving connections log in as the app role itself (not SET ROLE from a superuser).
  const url = new URL(opts.databaseUrl!);
  if (opts.appRole === ownerUser) throw new Error('the app role must differ from the owner');
  url.username = opts.appRole;
  url.password = opts.appRolePassword;
  const appPool = new pg.Pool({ connectionString: url.toString(), max: opts.poolSize ?? 20 });
  appPool.on('error', onIdleError);
  const app = new Kysely<DB>({ dialect: new PostgresDialect({ pool: appPool }) });
  return {
    kind: 'postgres',
    owner,
    app,
    withTenant: tenantRunner(app),
    async close() {
      await app.destroy();
      await owner.destroy();
    },
  };
}

/** Applies the SQL files in migrations/ that have not run yet, in order, each in its own transaction. */
export async function migrate(owner: Kysely<DB>): Promise<string[]> {
  const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await owner.connection().execute(async (conn) => {
    // Several processes may start at once: one migrates, the others wait and then find nothing to do.
    await sql`select pg_advisory_lock(7242001)`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())`.execute(conn);
      const done = new Set(
        (await sql<{ version: string }>`select version from schema_migrations`.execute(conn)).rows.map((r) => r.version),
      );
      for (const file of files) {
        if (done.has(file)) continue;
        const text = await fs.readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
        await sql`begin`.execute(conn);
        try {
          await sql.raw(text).execute(conn);
          await sql`insert into schema_migrations (version) values (${file})`.execute(conn);
          await sql`commit`.execute(conn);
        } catch (err) {
          await sql`rollback`.execute(conn);
          throw new Error(`migration ${file} failed: ${(err as Error).message}`);
        }
        applied.push(file);
      }
    } finally {
      await sql`select pg_advisory_unlock(7242001)`.execute(conn);
    }
  });
  return applied;
}

const APPEND_ONLY = ['vaccinations', 'audit_log'];

/**
 * Creates (or updates) the login role that serves requests: no superuser, no BYPASSRLS,
 * and only the privileges it needs. Append-only tables get SELECT and INSERT only.
 */
export async function setupAppRole(owner: Kysely<DB>, role: string, password: string) {
  const r = sql.id(role);
  const exists = await sql<{ n: number }>`select count(*)::int as n from pg_roles where rolname = ${role}`.execute(owner);
  if (exists.rows[0].n === 0) {
    await sql`create role ${r} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit`.execute(owner);
  }
  await sql`alter role ${r} with login nosuperuser nobypassrls password ${sql.lit(password)}`.execute(owner);
  await sql`grant usage on schema public to ${r}`.execute(owner);
  await sql`grant select, insert, update, delete on all tables in schema public to ${r}`.execute(owner);
  await sql`revoke all on schema_migrations from ${r}`.execute(owner);
  for (const t of APPEND_ONLY) await sql`revoke update, delete, truncate on ${sql.table(t)} from ${r}`.execute(owner);
  await sql`grant usage, select on all sequences in schema public to ${r}`.execute(owner);
  await sql`grant execute on all functions in schema public to ${r}`.execute(owner);
}
