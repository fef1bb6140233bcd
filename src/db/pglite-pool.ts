import type { PGlite } from '@electric-sql/pglite';

/**
 * How a database.ts pipeline() call reaches a client (this pool, or node-postgres' PreparingClient): this
 * text, with the list of statements as its one parameter. Defined here so that database.ts, which opens
 * the pool, is the only one importing.
 */
export const PIPELINE = '/* pipeline */';
export type Pipelined = { statements: { sql: string; parameters: readonly unknown[] }[]; commit: boolean };

/** The statements of a pipeline() call, when `text` is one. */
export function pipelined(text: string, values: unknown): Pipelined | null {
  if (text !== PIPELINE || !Array.isArray(values)) return null;
  return values[0] as Pipelined;
}

type Result = { rows: unknown[]; rowCount: number; command: string };

/**
 * A pg-Pool look-alike over one PGlite instance, for Kysely's PostgresDialect.
 * PGlite is a single session, so connections are handed out one at a time behind a queue;
 * each checkout switches to the pool's role, so RLS applies to the request-serving pool.
 */
export class PglitePool {
  private tail: Promise<void> = Promise.resolve();
  private static current = new WeakMap<PGlite, string | null>();

  constructor(
    private readonly pg: PGlite,
    private readonly role: string | null,
  ) {}

  async connect() {
    let release!: () => void;
    const turn = new Promise<void>((r) => (release = r));
    const before = this.tail;
    this.tail = before.then(() => turn);
    await before;
    try {
      await this.useRole();
    } catch (err) {
      release();
      throw err;
    }
    let released = false;
    return {
      query: (text: string, params?: unknown[]) => this.query(text, params),
      release: () => {
        if (!released) {
          released = true;
          release();
        }
      },
    };
  }

  private async useRole() {
    if (PglitePool.current.get(this.pg) === this.role) return;
    await this.pg.exec(this.role ? `SET ROLE "${this.role}"` : 'RESET ROLE');
    PglitePool.current.set(this.pg, this.role);
  }

  private async query(text: string, params: unknown[] = []): Promise<Result> {
    const batch = pipelined(text, params);
    if (batch) {
      // In turn: one session, in-process, nothing to save in round trips. The first error ends the batch,
      // and with `commit` the transaction, as on PostgreSQL.
      const rows: Result[] = [];
      try {
        for (const s of batch.statements) rows.push(await this.query(s.sql, [...s.parameters]));
      } catch (err) {
        if (batch.commit) await this.pg.exec('rollback');
        throw err;
      }
      if (batch.commit) await this.pg.exec('commit');
      return { rows, rowCount: rows.length, command: 'SELECT' };
    }
    // Without parameters use the simple protocol, which (like node-postgres) allows several statements.
    const res = params.length ? await this.pg.query(text, params) : (await this.pg.exec(text)).at(-1)!;
    // Kysely reads rowCount/command to report affected rows; PGlite names them differently.
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '';
    return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length, command: verb };
  }

  async end() {}
}
