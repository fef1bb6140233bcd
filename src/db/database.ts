import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompiledQuery, Kysely, PostgresDialect, sql, type QueryResult, type RawBuilder, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { DB } from './types.js';
import { PglitePool, PIPELINE, pipelined, type Pipelined } from './pglite-pool.js';
import { isDatabaseUnavailable, OutageLog } from './unavailable.js';

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
  /** PostgreSQL: how long a request waits for a connection (a new one, or a free one of the pool) before it fails. */
  connectTimeoutMs?: number;
  log?: { warn: (obj: object, msg: string) => void; info?: (obj: object, msg: string) => void };
  /** Called once the database is open, before the migrations are looked at (start-up progress). */
  onMigrate?: () => void;
};

/** Default of OpenOptions.connectTimeoutMs: far above a connect or a pool wait at peak, well below a client's patience. */
export const CONNECT_TIMEOUT_MS = 10_000;

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Opens the database, applies migrations as the owner and sets up the app role. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts) : openPglite(opts);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/*
 * Round trips. On the hot paths (booking, documentation) a round trip to PostgreSQL costs more than the
 * statements it carries: the server's CPU goes to the socket writes, and a booking that holds a popular
 * slot's row lock holds it for as many round trips as come after taking the place. So a transaction's
 * BEGIN travels with its first statement, and a hot path can send its last statement with the COMMIT
 * (commitWith). PreparingClient below does the sending, in node-postgres' pipeline mode; two comment
 * markers tell it what to hold back. Elsewhere (PGlite) the markers are comments and everything runs in
 * turn, with the same results.
 */
const WITH_NEXT = '/* sent with the next statement */ ';
const COMMIT_WITH_NEXT = '/* the next statement is sent with commit */ select 1 where false';

/** Connections (per transaction) committed by commitWith: withTenant has nothing left to commit. */
const committedEarly = new WeakSet<object>();

/**
 * Transactions with the tenant set: BEGIN and set_config are one simple query, sent with the first
 * statement. A simple query takes no parameters, so the tenant id is a literal, and it is checked to be a
 * UUID first (ids come from our own tables; nothing else gets in).
 */
function tenantRunner(app: Kysely<DB>) {
  return <T>(tenantId: string, fn: (trx: Tx) => Promise<T>) => {
    if (!UUID.test(tenantId)) return Promise.reject(new Error('withTenant: the tenant id must be a UUID'));
    return app.connection().execute(async (conn) => {
      let result: T;
      try {
        await sql.raw(`${WITH_NEXT}begin; select set_config('app.tenant_id', '${tenantId}', true)`).execute(conn);
        // The connection-bound Kysely acts as the transaction: same API, one connection, no nested BEGIN.
        result = await fn(conn as unknown as Tx);
      } catch (err) {
        // Roll back whatever state the connection is in (after a failed commitWith the transaction has
        // ended already, and this only draws a warning); report the original error, not a failed rollback.
        await sql.raw('rollback').execute(conn).catch(() => {});
        throw err;
      }
      if (!committedEarly.has(conn)) await sql.raw('commit').execute(conn);
      return result;
    });
  };
}

/**
 * Runs the last statement of a withTenant transaction and commits, in one round trip on PostgreSQL: the
 * COMMIT goes out right behind the statement. If the statement fails, PostgreSQL turns that COMMIT into a
 * ROLLBACK, and the statement's error is thrown, so a statement that must refuse has to fail (e.g. a
 * constraint), not just change nothing. Nothing may run in the transaction afterwards.
 */
export async function commitWith<R>(trx: Tx, query: RawBuilder<R>): Promise<QueryResult<R>> {
  const armed = await sql.raw(COMMIT_WITH_NEXT).execute(trx);
  // Pipelined, the client sends the COMMIT and checks it; else (PGlite) the statement, then the COMMIT.
  const result = await query.execute(trx);
  if (!armed.rows.length) await sql.raw('commit').execute(trx);
  committedEarly.add(trx);
  return result;
}

/**
 * Marks a statement as a server-side prepared statement on PostgreSQL: `sql\`${prepared('name')} select ...\``.
 * Hot-path statements (booking, documentation) are parsed and planned once per connection instead of on
 * every call, as pgbench -M prepared does in the booking benchmark. The marker is a comment, so the SQL text
 * shows it in logs and pg_stat_statements; PGlite ignores it. Only for statements whose text is fixed by
 * the code (not by the data), since every distinct text stays prepared for the life of the connection.
 */
export const prepared = (name: string) => {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`prepared statement name ${name}`);
  return sql.raw(`/* prepared: ${name} */`);
};

const PREPARED = /^\/\* prepared: ([a-z][a-z0-9_]*) \*\//;
const statementNames = new Map<string, string>();

/** The server-side name of a marked statement: its marker plus a hash of its text (fragments can vary it). */
function statementName(text: string): string | null {
  let name = statementNames.get(text);
  if (name === undefined) {
    const m = PREPARED.exec(text);
    if (!m) return null;
    name = `${m[1]}_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
    if (statementNames.size < 1_000) statementNames.set(text, name);
  }
  return name;
}

type QueryFn = (...args: unknown[]) => Promise<{ command?: string }>;
const HELD = { command: 'SELECT', rowCount: 0, rows: [] };

/**
 * Sends several statements of a transaction in one round trip and returns their results in order; with
 * `commit`, the COMMIT goes out behind the last one (as commitWith), and nothing may run afterwards. If a
 * statement fails, the ones after it fail too (the transaction is aborted) and its error is thrown.
 *
 * Kysely runs the statements of one connection one after another, each waiting for the answer to the one
 * before; a batch of bookings of one slot (booking.batch.ts) needs dozens of statements of one step, and
 * at peak each round trip waits for the server's busy event loop as well as for PostgreSQL. PGlite runs
 * them in turn.
 */
export async function pipeline<T extends readonly RawBuilder<unknown>[]>(trx: Tx, statements: [...T], opts: { commit?: boolean } = {}): Promise<ResultsOf<T>> {
  if (statements.length === 0) return [] as unknown as ResultsOf<T>;
  const commit = opts.commit ?? false;
  const payload: Pipelined = { statements: statements.map((s) => s.compile(trx)), commit };
  const r = await trx.executeQuery(CompiledQuery.raw(PIPELINE, [payload]));
  if (commit) committedEarly.add(trx);
  return r.rows as unknown as ResultsOf<T>;
}

/** The results of pipeline()'s statements, each typed by its statement's rows. */
type ResultsOf<T extends readonly RawBuilder<unknown>[]> = { -readonly [K in keyof T]: QueryResult<T[K] extends RawBuilder<infer R> ? R : never> };

/**
 * The node-postgres client of the request pool, in pipeline mode (a query goes out without waiting for the
 * answer to the one before; answers are read in order):
 * - statements marked with prepared() are sent as named, prepared statements;
 * - a WITH_NEXT query (BEGIN) is held back and written together with the next statement. If it failed,
 *   the pair fails with its error. It cannot fail on a live connection (BEGIN outside a transaction,
 *   set_config of a checked UUID), and on a broken one both fail; were the statement ever to run outside
 *   the transaction, without the tenant set, row-level security would let it see and change nothing;
 * - after COMMIT_WITH_NEXT, the next statement is written together with a COMMIT. The pair succeeds only
 *   if both do and the server answers COMMIT (not ROLLBACK);
 * - a pipeline() call writes all its statements (and its COMMIT) at once.
 */
class PreparingClient extends pg.Client {
  private before: string | null = null;
  private commitAfter = false;

  // node-postgres' query() has many overloads; Kysely calls query(text, values) and uses the promise.
  query(...args: unknown[]): never {
    const send = super.query as QueryFn;
    const [text, values] = args;
    if (typeof text !== 'string' || args.length > 2) return send.apply(this, args) as never;
    if (text.startsWith(WITH_NEXT)) {
      if (this.before !== null) throw new Error('a statement is already waiting to be sent');
      this.before = text;
      return Promise.resolve(HELD) as never;
    }
    if (text === COMMIT_WITH_NEXT) {
      this.commitAfter = true;
      return Promise.resolve({ ...HELD, rowCount: 1, rows: [{ pipelined: true }] }) as never;
    }
    const batch = pipelined(text, values);
    if (batch) {
      const results = this.sendTogether(
        batch.statements.map((s) => this.queryArgs(s.sql, [...s.parameters])),
        batch.commit,
      );
      return results.then((rows) => ({ command: 'SELECT', rowCount: rows.length, rows })) as never;
    }
    const query = this.queryArgs(text, values);
    if (this.before === null && !this.commitAfter) return send.apply(this, query) as never;
    const commit = this.commitAfter;
    this.commitAfter = false;
    return this.sendTogether([query], commit).then((r) => r[0]) as never;
  }

  /** A marked statement as a named one (prepared once per connection), else as it came. */
  private queryArgs(text: string, values: unknown): unknown[] {
    const name = Array.isArray(values) && text.startsWith('/* prepared: ') ? statementName(text) : null;
    return name ? [{ name, text, values }] : [text, values];
  }

  /**
   * Writes the held-back BEGIN (if any), the statements and (with `commit`) a COMMIT in one go, and
   * resolves with the statements' results; rejects with the first error, once every answer is in.
   */
  private sendTogether(queries: unknown[][], commit: boolean): Promise<unknown[]> {
    const send = super.query as QueryFn;
    const before = this.before;
    this.before = null;
    const stream = (this as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
    let begun: Promise<unknown> = Promise.resolve();
    const results: Promise<unknown>[] = [];
    let committed: Promise<{ command?: string }> | null = null;
    stream.cork();
    try {
      if (before !== null) begun = send.call(this, before);
      for (const q of queries) results.push(send.apply(this, q));
      if (commit) committed = send.call(this, 'commit');
    } finally {
      stream.uncork();
    }
    const settled = (p: Promise<unknown> | null) => (p ? p.then(() => undefined, () => undefined) : undefined);
    return (async () => {
      try {
        await begun;
      } catch (err) {
        await Promise.all(results.map(settled));
        await settled(committed);
        throw err;
      }
      const out: unknown[] = [];
      for (let i = 0; i < results.length; i++) {
        try {
          out.push(await results[i]);
        } catch (err) {
          // The statements after a failed one fail as aborted; the COMMIT is answered with ROLLBACK.
          await Promise.all(results.slice(i + 1).map(settled));
          await settled(committed);
          throw err;
        }
      }
      if (committed) {
        const c = await committed;
        if (c.command !== 'COMMIT') throw new Error(`the transaction was not committed (${c.command})`);
      }
      return out;
    })();
  }

  /** Drops held-back work (the pool calls this when the client comes back: nothing may carry over). */
  discardPending(): boolean {
    const had = this.before !== null || this.commitAfter;
    this.before = null;
    this.commitAfter = false;
    return had;
  }
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
  opts.onMigrate?.();
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
  const connectionTimeoutMillis = opts.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  const ownerPool = new pg.Pool({ connectionString: ownerUrl.toString(), max: 4, connectionTimeoutMillis });
  const outage = new OutageLog(opts.log, 'database pools');
  survive(ownerPool, outage);
  const owner = new Kysely<DB>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  try {
    opts.onMigrate?.();
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
  const appPool = new pg.Pool({ connectionString: url.toString(), max: opts.poolSize ?? 20, connectionTimeoutMillis, Client: PreparingClient, pipeline: true } as pg.PoolConfig);
  survive(appPool, outage);
  appPool.on('release', (_err: Error | undefined, client: pg.PoolClient) => {
    if ((client as unknown as PreparingClient).discardPending()) opts.log?.warn({}, 'held-back work was never sent');
  });
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

/**
 * Keeps a pool's process alive when the server closes its connections (restart, failover, an admin's
 * pg_terminate_backend). node-postgres emits 'error' on the client, and an 'error' event nobody listens to
 * ends the process: pg-pool listens only while a client is idle, so a fast shutdown under load, which ends
 * busy connections too, took the server down ("second error, exiting"). The query under way fails on its
 * own (the request answers 503, see plugins/errors.ts); the pool drops the broken client when it comes back
 * and connects anew on the next checkout, so service resumes by itself once the database is back.
 */
function survive(pool: pg.Pool, outage: OutageLog) {
  pool.on('error', (err) => outage.lost(err)); // an idle client failed (the pool has removed it)
  pool.on('connect', (client) => {
    outage.back();
    client.on('error', (err) => outage.lost(err)); // for as long as the client lives, idle or checked out
  });
  // A database that is away when the pool holds no connections shows only as failed checkouts: log those too.
  const connect = pool.connect.bind(pool) as (cb?: unknown) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((cb?: unknown) => {
    if (cb) return connect(cb); // the callback style (pool.query); Kysely uses the promise
    return connect()!.catch((err: unknown) => {
      if (isDatabaseUnavailable(err)) outage.lost(err);
      throw err;
    });
  }) as typeof pool.connect;
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
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyAppRole(owner, role, password);
    } catch (err) {
      // Processes that start together (cluster workers, a benchmark's own connection, test files on one
      // server) grant to the same role at once, and PostgreSQL refuses a concurrent update of the same
      // catalog row instead of waiting. Every step is idempotent, so the loser simply runs them again.
      if ((err as Error).message !== 'tuple concurrently updated' || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

async function applyAppRole(owner: Kysely<DB>, role: string, password: string) {
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
