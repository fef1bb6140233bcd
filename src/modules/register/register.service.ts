import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Deps, RequestCtx, TenantCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { normalizeName } from '../../lib/crypto.js';
import { appendAudit, type AuditEntry } from '../audit/audit.repo.js';
import { ByteCounter, csvProblem, openCsv, type ColumnMap } from './register.csv.js';
import * as repo from './register.repo.js';

/** Rows per INSERT (and per transaction): 8 parameters each, well under PostgreSQL's 65,535. */
export const BATCH_SIZE = 2000;
/** How many rejected lines an import reports individually; the rest are only counted. */
export const MAX_REPORTED_REJECTS = 1000;
const WRITES_IN_FLIGHT = 1;

export type RejectedLine = { line: number; reason: string };

export type ImportResult = {
  /** Data rows read (header and blank lines not counted). */
  rows: number;
  inserted: number;
  updated: number;
  /** Already present with the same identity (same match hash): not rewritten. */
  unchanged: number;
  /** The first MAX_REPORTED_REJECTS rejected rows, by line number; the reason never contains the row's data. */
  rejected: RejectedLine[];
  rejectedCount: number;
  /** Bytes of input read. */
  bytes: number;
};

export type ImportOptions = {
  /** Called after each batch is written: bytes read so far, rows read so far. */
  onProgress?(bytes: number, rows: number): void;
  /** Bytes accepted before the import fails with 413 (default: no limit). */
  maxBytes?: number;
};

type Entry = repo.RegisterEntryInsert;

/** The keyed match hash of an identity: normalised names, birth date and postal code. */
export function registerMatchHash(tenant: TenantCtx, p: { givenName: string; familyName: string; birthDate: string; postalCode: string }) {
  return tenant.cipher.blindIndex('register', `${normalizeName(p.givenName)}|${normalizeName(p.familyName)}|${p.birthDate}|${p.postalCode.trim()}`);
}

/**
 * Imports a population register CSV (header `id,given_name,family_name,birth_date,postal_code,address`,
 * `,` or `;`, UTF-8 with or without BOM) as a stream: rows are validated, encrypted and upserted in
 * batches of BATCH_SIZE, each in its own tenant transaction, so memory stays flat however long the file.
 * Re-importing the same file changes nothing (`updated` 0). Invalid rows are reported by line and skipped.
 * A broken file (bad header: 422 before anything is written; unclosed quote: 422 after the rows before it)
 * throws a Problem. The batches before a failure stay committed; importing the file again is safe.
 */
export async function importRegister(
  deps: Deps,
  tenant: TenantCtx,
  input: NodeJS.ReadableStream | AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const counter = new ByteCounter(opts.maxBytes);
  const stream = isStream(input) ? input : Readable.from(input);
  // pipe, not pipeline: on a 413 the request must stay open for the answer; errors are forwarded by hand.
  stream.on('error', (err: Error) => counter.destroy(err));
  // A request whose client went away closes without an end: fail instead of waiting forever.
  stream.on('close', () => {
    if (!(stream as Readable).readableEnded) counter.destroy(new Error('the input closed before its end'));
  });
  const source = stream.pipe(counter);

  const { parser, columns } = await openCsv(source);
  const result: ImportResult = { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: [], rejectedCount: 0, bytes: 0 };
  const today = isoDay(deps.clock.now());
  const reject = (line: number, reason: string) => {
    result.rejectedCount++;
    if (result.rejected.length < MAX_REPORTED_REJECTS) result.rejected.push({ line, reason });
  };

  // A batch is written while the next is parsed and encrypted; a write error surfaces at the next flush.
  // (More batches in flight did not help on PostgreSQL: encryption on this thread is the bottleneck.)
  const parallel = WRITES_IN_FLIGHT;
  const writing = new Set<Promise<void>>();
  let failure: unknown = null;
  const flush = async (batch: Entry[]) => {
    while (writing.size >= parallel) await Promise.race(writing);
    if (failure) throw failure;
    const done: Promise<void> = deps.db
      .withTenant(tenant.id, (trx) => repo.upsertEntries(trx, batch))
      .then((n) => {
        result.inserted += n.inserted;
        result.updated += n.updated;
        result.unchanged += batch.length - n.inserted - n.updated;
        opts.onProgress?.(counter.bytes, result.rows);
      })
      .catch((err) => {
        failure ??= err;
      })
      .finally(() => writing.delete(done));
    writing.add(done);
  };
  const drain = () => Promise.all(writing);

  let batch: Entry[] = [];
  let ids = new Map<string, number>();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      result.rows++;
      const line = info.lines - newlinesIn(record);
      const checked = checkRow(record, columns, today);
      if (typeof checked === 'string') {
        reject(line, checked);
        continue;
      }
      const earlier = ids.get(checked.id);
      if (earlier !== undefined) {
        // Two rows for one id in one INSERT would fail it; the file is wrong, so the later row is refused.
        reject(line, `the id is also used on line ${earlier}`);
        continue;
      }
      ids.set(checked.id, line);
      batch.push(encryptRow(tenant, checked));
      if (batch.length >= BATCH_SIZE) {
        await flush(batch);
        batch = [];
        ids = new Map();
      }
    }
  } catch (err) {
    await drain();
    throw csvProblem(err) ?? err;
  }
  if (batch.length) await flush(batch);
  await drain();
  if (failure) throw failure;
  result.bytes = counter.bytes;
  opts.onProgress?.(counter.bytes, result.rows);
  return result;
}

function isStream(x: unknown): x is NodeJS.ReadableStream {
  return typeof (x as NodeJS.ReadableStream).pipe === 'function';
}

type CheckedRow = { id: string; givenName: string; familyName: string; birthDate: string; postalCode: string; address: string | null };

/** Validates one row; returns the reason for rejecting it (never quoting its content) or the row. */
export function checkRow(fields: string[], col: ColumnMap, today: string): CheckedRow | string {
  if (fields.length !== col.count) return `expected ${col.count} fields, found ${fields.length}`;
  const get = (i: number) => (i >= 0 ? (fields[i] ?? '') : '');
  if (fields.some((f) => f.includes('\uFFFD'))) return 'the row is not valid UTF-8 text (save the file as UTF-8)';
  const id = get(col.id);
  const givenName = get(col.given_name);
  const familyName = get(col.family_name);
  const birthDate = get(col.birth_date);
  const postalCode = get(col.postal_code);
  const address = get(col.address);
  const missing = (['id', 'given_name', 'family_name', 'birth_date', 'postal_code'] as const).filter((c) => !get(col[c]));
  if (missing.length) return `missing ${missing.join(', ')}`;
  if (id.length > 64) return 'id is longer than 64 characters';
  if (givenName.length > 100 || familyName.length > 100) return 'a name is longer than 100 characters';
  if (!normalizeName(givenName) || !normalizeName(familyName)) return 'a name has no letters';
  if (!isRealDate(birthDate)) return 'birth_date is not a date in the form YYYY-MM-DD';
  if (birthDate < '1900-01-01' || birthDate > today) return 'birth_date is not between 1900-01-01 and today';
  if (!/^\d{5}$/.test(postalCode)) return 'postal_code must have 5 digits';
  if (address.length > 200) return 'address is longer than 200 characters';
  return { id, givenName, familyName, birthDate, postalCode, address: address || null };
}

function encryptRow(tenant: TenantCtx, r: CheckedRow): Entry {
  const c = tenant.cipher;
  return {
    tenant_id: tenant.id,
    external_id: r.id,
    match_hash: registerMatchHash(tenant, r),
    given_name: c.encrypt('register.given_name', r.givenName),
    family_name: c.encrypt('register.family_name', r.familyName),
    birth_date: c.encrypt('register.birth_date', r.birthDate),
    postal_code: c.encrypt('register.postal_code', r.postalCode),
    address: r.address === null ? null : c.encrypt('register.address', r.address),
  };
}

function isRealDate(s: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A record spanning lines (a quoted field with line breaks) starts this many lines before it ends. */
function newlinesIn(record: string[]) {
  let n = 0;
  for (const f of record) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The register entry of a person, if the register has one with the same normalised given and family
 * name, birth date and postal code. Compares keyed hashes only; no plain text reaches SQL.
 * normalizeName ignores case, accents, spaces and punctuation ("MÜLLER", "Muller" and "Mül-ler" match
 * "Müller"), but does not transliterate: "Mueller" does not match "Müller". If the register holds the
 * same identity twice (under two ids), the entry with the smallest id wins.
 */
export async function matchRegister(
  trx: Tx,
  tenant: TenantCtx,
  p: { givenName: string; familyName: string; birthDate: string; postalCode: string },
): Promise<string | null> {
  if (!normalizeName(p.givenName) || !normalizeName(p.familyName)) return null;
  return repo.entryByMatchHash(trx, tenant.id, registerMatchHash(tenant, p));
}

/** Appends the audit entry for an import (who imported into the register, when, through which route). */
export async function auditImport(deps: Deps, ctx: RequestCtx) {
  const entry: AuditEntry = { action: 'create', subjectType: 'register', subjectId: null, personId: null };
  await deps.db.withTenant(ctx.tenant.id, (trx) => appendAudit(trx, ctx, [entry], deps.clock.now()));
}

/** The context of an import from the command line: a system actor without id. */
export function cliContext(tenant: TenantCtx, command: string): RequestCtx {
  return { tenant, actor: { type: 'system', id: null }, route: `cli ${command}`, requestId: randomUUID() };
}
