/**
 * `vaxops dcc verify`: checks EU Digital COVID Certificates against a trust file, one JSON line per input.
 * Works offline and never opens the database, so it runs anywhere the trust file is.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ADMIN_USAGE, DccUsageError, dccAdminCommand } from './dcc.cli-admin.js';
import { parseTrustFile, type TrustedCertificate } from './dcc.trust.js';
import { verifyHc1 } from './dcc.verify.js';

const USAGE = `Usage: vaxops dcc verify --trust FILE [--at ISO-8601-TIME] [HC1-STRING | -]

  --trust FILE   trusted document signer certificates: PEM, a JSON array of base64 DER,
                 or the EU gateway trust list (objects with rawData and kid)
  --at TIME      the validation time (default: now), e.g. 2021-06-01T12:00:00Z
  HC1-STRING     the certificate text ("HC1:..."); "-" or nothing reads one per line from stdin

Prints one JSON object per certificate; exit code 0 when all are valid, 1 when one is not, 2 on usage errors.`;

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

/** `vaxops dcc ...`: runs a DCC subcommand and returns the process exit code. */
export async function dccCommand(args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  try {
    switch (subcommand) {
      case 'verify':
        return await verifyCommand(rest);
      case 'keys':
      case 'trust-list':
      case 'revocations':
      case 'reissue-legacy':
        // Issuing keys, trust list, revocation list and issued certificates live in the database (dcc.cli-admin.ts).
        try {
          return await dccAdminCommand(subcommand, rest);
        } catch (err) {
          throw err instanceof DccUsageError ? new UsageError(err.message) : err;
        }
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n\n${ADMIN_USAGE}\n`);
        return EXIT_VALID;
      default:
        throw new UsageError(subcommand ? `unknown subcommand "${subcommand}"` : 'a subcommand is needed');
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`vaxops dcc: ${err.message}\n(usage: vaxops dcc help)\n`);
    return EXIT_USAGE;
  }
}

async function verifyCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { trust: { type: 'string' }, at: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.trust) throw new UsageError('--trust FILE is required');
  if (positionals.length > 1) {
    throw new UsageError('give one HC1 string (quote it: Base45 contains spaces), or "-" to read lines from stdin');
  }
  const at = parseAt(values.at);
  const trust = loadTrust(values.trust);

  const input = positionals[0];
  if (input !== undefined && input !== '-') return report([verifyHc1(input, { trust, at })]);

  let allValid = true;
  let count = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    // Only blank lines are skipped: a Base45 string may legitimately end in a space.
    if (line.trim() === '') continue;
    count++;
    if (!write(verifyHc1(line, { trust, at }))) allValid = false;
  }
  if (count === 0) throw new UsageError('no HC1 string was given on stdin');
  return allValid ? EXIT_VALID : EXIT_INVALID;
}

function report(results: ReturnType<typeof verifyHc1>[]): number {
  return results.map(write).every(Boolean) ? EXIT_VALID : EXIT_INVALID;
}

function write(result: ReturnType<typeof verifyHc1>): boolean {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.valid;
}

function loadTrust(file: string): TrustedCertificate[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the trust file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return parseTrustFile(text);
  } catch (err) {
    throw new UsageError(`cannot use the trust file ${file}: ${(err as Error).message}`);
  }
}

// ISO 8601 only: Date.parse also accepts loose forms like "6/1/2021" whose meaning depends on the locale.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

function parseAt(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const at = new Date(value);
  if (!ISO_8601.test(value) || Number.isNaN(at.getTime())) {
    throw new UsageError(`--at needs an ISO 8601 time such as 2021-06-01T12:00:00Z (got "${value}")`);
  }
  return at;
}
