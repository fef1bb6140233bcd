import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { parse, type Parser } from 'csv-parse';
import { Problem, unprocessable } from '../../errors.js';

/** The columns of a register file; `address` may be left out. */
export const REGISTER_COLUMNS = ['id', 'given_name', 'family_name', 'birth_date', 'postal_code', 'address'] as const;
const REQUIRED = REGISTER_COLUMNS.filter((c) => c !== 'address');

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** One data row of the file: its (first) line number and the fields by column name. */
export type RegisterRecord = { line: number; fields: string[] };

/** Where each column sits in a row, found from the header. */
export type ColumnMap = Record<RegisterColumn, number> & { count: number };

const MAX_HEADER_BYTES = 64 * 1024;
/** Longest record accepted; a stray quote would otherwise swallow the rest of the file into one field. */
export const MAX_RECORD_BYTES = 64 * 1024;

/** Counts bytes flowing through; `limit` turns an oversized body into a 413 instead of reading it all. */
export class ByteCounter extends Transform {
  bytes = 0;
  constructor(private readonly limit = Infinity) {
    super();
  }
  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.bytes += buf.length;
    if (this.bytes > this.limit) return done(new Problem(413, 'Content too large', `The file is larger than ${this.limit} bytes.`, undefined, 'content-too-large'));
    done(null, buf);
  }
}

/**
 * Reads the header line (without consuming the rest), strips a UTF-8 BOM, picks the delimiter
 * (`;` or `,`, whichever the header uses) and returns a csv-parse stream over the whole input.
 */
export async function openCsv(source: AsyncIterable<Buffer | string>): Promise<{ parser: Parser; delimiter: ',' | ';'; columns: ColumnMap }> {
  const it = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let newline = -1;
  let ended = false;
  while (newline < 0) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    const buf = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value);
    newline = buf.indexOf(0x0a);
    if (newline >= 0) newline += size;
    head.push(buf);
    size += buf.length;
    if (newline < 0 && size > MAX_HEADER_BYTES) throw headerProblem('The first line (the header) is too long.');
  }
  let first = Buffer.concat(head);
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    first = first.subarray(3);
    if (newline >= 0) newline -= 3;
  }
  const headerLine = first.subarray(0, newline >= 0 ? newline : first.length).toString('utf8').replace(/\r$/, '');
  if (!headerLine.trim()) throw headerProblem('The file is empty or its first line is blank; it must start with a header.');
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  const names = headerLine.split(delimiter).map((h) => h.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
  const columns = columnMap(names);

  async function* rest() {
    try {
      yield first;
      if (ended) return;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      if (!ended) await it.return?.();
    }
  }
  // pipeline, not pipe: a failing source (body too large, client gone) must fail the parser too.
  const parser = parse({
      delimiter,
      from_line: 2,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: MAX_RECORD_BYTES,
  });
  pipeline(Readable.from(rest(), { objectMode: false }), parser, () => {});
  return { parser, delimiter, columns };
}

function columnMap(names: string[]): ColumnMap {
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length) {
    throw headerProblem(`The header lacks the column(s) ${missing.join(', ')}. Expected: ${REGISTER_COLUMNS.join(',')} (separated by "," or ";").`);
  }
  const dupes = REGISTER_COLUMNS.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
  if (dupes.length) throw headerProblem(`The header names the column(s) ${dupes.join(', ')} twice.`);
  const map = { count: names.length } as ColumnMap;
  for (const c of REGISTER_COLUMNS) map[c] = names.indexOf(c);
  return map;
}

const headerProblem = (message: string) => unprocessable([{ field: 'header', message }], 'The file is not a register CSV.', 'not-a-register');

function count(s: string, ch: string) {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** A csv-parse failure (unclosed quote, oversized record, ...) as a 422 naming the line, without its content. */
export function csvProblem(err: unknown): Problem | null {
  const e = err as { code?: string; lines?: number };
  if (typeof e?.code !== 'string' || !e.code.startsWith('CSV_')) return null;
  const what =
    e.code === 'CSV_MAX_RECORD_SIZE'
      ? `a record longer than ${MAX_RECORD_BYTES} bytes (an unclosed quote?)`
      : e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quote that is never closed'
        : `malformed CSV (${e.code})`;
  const line = typeof e.lines === 'number' ? ` at line ${e.lines}` : '';
  return unprocessable([{ field: 'body', message: `The file has ${what}${line}; rows before it were imported.` }], 'The file could not be read to the end.', 'register-unreadable');
}
