import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from './config.js';
import type { Deps } from './context.js';
import { Problem } from './errors.js';
import { systemClock } from './lib/clock.js';
import type { ImportResult } from './modules/register/register.service.js';

// The rest loads on demand: a command that needs no database (help, dcc verify) starts in a fraction
// of the time it takes to load the whole server.

const HELP = `vaxops: run a mass vaccination campaign

Usage:
  vaxops serve [--workers N]    start the server (same as npm start without the web build);
                               N processes share the port (needs DATABASE_URL)
  vaxops migrate               apply database migrations and set up the app role
  vaxops seed --demo           load the demo tenant "Freistaat Demo" (skipped if present)
  vaxops seed --citizens N [--tenant SLUG]
                               generate N realistic persons (age pyramid, regions, registrations, past
                               bookings, appointments and vaccinations) into a tenant; PostgreSQL for large N
  vaxops import register FILE.csv [--tenant SLUG]
                               import the population register (id,given_name,family_name,birth_date,
                               postal_code,address; "," or ";"); importing the same file again is a no-op
  vaxops api-key create --name NAME --scopes register:import [--tenant SLUG]
                               create an API key for a machine client; the key is shown only once
  vaxops dcc verify --trust FILE [--at ISO-TIME] [HC1 | -]
                               verify EU Digital COVID Certificates against a trust list (PEM or a JSON
                               array of base64 DER); "-" reads one HC1 string per line; one JSON line each
  vaxops dcc keys import|list, dcc trust-list, dcc revocations, dcc reissue-legacy [--tenant SLUG]
                               issuing keys, our trust list, the revocation list; issue again the
                               certificates that EU verifier apps cannot read (see vaxops dcc help)
  vaxops help                  this text

Configuration comes from the environment (see README): DATABASE_URL, VAXOPS_DATA_DIR,
VAXOPS_MASTER_KEY, VAXOPS_DEMO_PASSWORD, PORT, ...`;

/** Opens the database for a one-off command; returns the app's Deps. */
async function openForCommand(): Promise<Deps> {
  const { openCommandDeps } = await import('./runtime.js');
  return openCommandDeps();
}

/** Runs the `vaxops` command line. */
export async function main(argv: string[]) {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { workers: { type: 'string' } } });
      // Forked workers read the same environment, so the flag travels as VAXOPS_WORKERS.
      if (values.workers) process.env.VAXOPS_WORKERS = values.workers;
      const { serve } = await import('./main.js');
      return serve();
    }
    case 'migrate': {
      const { db } = await openForCommand();
      await db.close();
      console.log('Database is up to date.');
      return;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' }, citizens: { type: 'string' }, tenant: { type: 'string' } } });
      if (!values.demo && values.citizens === undefined) throw new UsageError('seed needs --demo or --citizens N.');
      const count = values.citizens === undefined ? 0 : Number(values.citizens.replace(/_/g, ''));
      if (values.citizens !== undefined && (!Number.isInteger(count) || count < 1)) throw new UsageError('--citizens needs a positive whole number, e.g. --citizens 10000000.');
      const deps = await openForCommand();
      const { config, keys, db } = deps;
      try {
        if (values.demo) {
          const { demoSignInsAllowed } = await import('./config.js');
          // The demo accounts' password is published: on PostgreSQL only a server in demo mode (which warns) has them.
          if (!demoSignInsAllowed(config)) {
            throw new CommandError('The demo accounts have a published password: on PostgreSQL load them only in demo mode (VAXOPS_DEMO=1 vaxops seed --demo).');
          }
          const { seedDemo } = await import('./seed/demo.js');
          const done = await seedDemo(db.owner, keys, { password: config.demoPassword, now: systemClock.now(), progress: true });
          console.log(done ? 'Demo data loaded: tenant "Freistaat Demo", sign in as <role>@demo.vaxops.' : 'The demo tenant is already there; nothing to do.');
        }
        if (count) await seedCitizensCommand(deps, count, values.tenant);
      } finally {
        await db.close();
      }
      return;
    }
    case 'import': {
      const [what, ...args] = rest;
      if (what !== 'register') throw new UsageError('import needs a kind of data: vaxops import register FILE.csv [--tenant SLUG]');
      return importRegisterCommand(args);
    }
    case 'api-key': {
      const [what, ...args] = rest;
      if (what !== 'create') throw new UsageError('api-key needs a subcommand: vaxops api-key create --name NAME --scopes SCOPE[,SCOPE]');
      return createApiKeyCommand(args);
    }
    case 'dcc': {
      // Exit code: 0 when every certificate verified, 1 when one did not, 2 on usage errors.
      const { dccCommand } = await import('./modules/dcc/dcc.cli.js');
      process.exitCode = await dccCommand(rest);
      return;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

class UsageError extends Error {}
/** A failure with a clear message for the operator: printed without a stack, exit code 1. */
class CommandError extends Error {}

async function seedCitizensCommand(deps: Deps, count: number, slug?: string) {
  const { PGLITE_MAX_CITIZENS, seedCitizens } = await import('./seed/citizens.js');
  if (deps.db.kind === 'pglite' && count > PGLITE_MAX_CITIZENS) {
    throw new CommandError(
      `seed --citizens ${count} needs PostgreSQL (set DATABASE_URL): the embedded database takes at most ${PGLITE_MAX_CITIZENS} generated citizens.`,
    );
  }
  const tenant = await tenantForCommand(deps, slug);
  const r = await seedCitizens(deps.db.owner, tenant, { count, now: systemClock.now(), kind: deps.db.kind, databaseUrl: deps.config.databaseUrl, progress: true });
  console.log(
    `Seeded ${r.persons} citizens into "${tenant.name}" in ${r.seconds.toFixed(1)} s (${Math.round(r.persons / r.seconds)} persons/s): ` +
      `${r.bookings} past bookings, ${r.appointments} appointments, ${r.vaccinations} vaccinations` +
      `${r.duplicates ? `; ${r.duplicates} generated identities existed already and were skipped` : ''}.`,
  );
}

async function importRegisterCommand(args: string[]) {
  const { auditImport, cliContext, importRegister } = await import('./modules/register/register.service.js');
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { tenant: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('import register needs exactly one file: vaxops import register FILE.csv [--tenant SLUG]');
  const file = positionals[0];
  // Fail before opening the database when the file cannot be read.
  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
    await fs.promises.access(file, fs.constants.R_OK);
  } catch (err) {
    throw new CommandError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  const deps = await openForCommand();
  try {
    const tenant = await tenantForCommand(deps, values.tenant);
    const bar = importProgress(size);
    let result: ImportResult;
    try {
      result = await importRegister(deps, tenant, fs.createReadStream(file, { highWaterMark: 256 * 1024 }), { onProgress: bar.update });
    } catch (err) {
      bar.stop();
      if (err instanceof Problem) {
        const details = (err.errors ?? []).map((e) => `  ${e.message}`).join('\n');
        throw new CommandError(`Import of ${file} failed: ${err.detail ?? err.title}${details ? `\n${details}` : ''}`);
      }
      throw err;
    } finally {
      await auditImport(deps, cliContext(tenant, 'import register'));
    }
    bar.done(result.bytes, result.rows);
    console.log(
      `Imported ${file} into "${tenant.name}": ${result.rows} rows, ${result.inserted} new, ${result.updated} updated, ` +
        `${result.unchanged} unchanged, ${result.rejectedCount} rejected.`,
    );
    if (result.rejectedCount) {
      const shown = result.rejected.slice(0, 20);
      console.log(`Rejected rows${result.rejectedCount > shown.length ? ` (first ${shown.length} of ${result.rejectedCount})` : ''}:`);
      for (const r of shown) console.log(`  line ${r.line}: ${r.reason}`);
    }
  } finally {
    await deps.db.close();
  }
}

async function createApiKeyCommand(args: string[]) {
  const { API_SCOPES, createApiKey } = await import('./plugins/api-key.js');
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, scopes: { type: 'string' }, tenant: { type: 'string' } } });
  if (!values.name?.trim()) throw new UsageError('api-key create needs --name NAME (who or what uses the key).');
  const scopes = (values.scopes ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (!scopes.length || unknown.length) throw new UsageError(`api-key create needs --scopes, a comma-separated list of: ${API_SCOPES.join(', ')}.`);
  const deps = await openForCommand();
  try {
    const tenant = await tenantForCommand(deps, values.tenant);
    const { id, key } = await createApiKey(deps, tenant.id, values.name, scopes);
    console.error(`API key "${values.name.trim()}" (id ${id}) for "${tenant.name}", scopes: ${scopes.join(', ')}.`);
    console.error('Store it now: it is shown only this once (only its hash is kept).');
    console.log(key);
  } finally {
    await deps.db.close();
  }
}

async function tenantForCommand(deps: Deps, slug = deps.config.defaultTenant) {
  const { tenantBySlug } = await import('./modules/tenants/tenants.service.js');
  try {
    return await tenantBySlug(deps, slug);
  } catch (err) {
    if (err instanceof Problem && err.status === 404) throw new CommandError(`Unknown tenant "${slug}" (see --tenant, VAXOPS_TENANT; vaxops seed --demo loads "demo").`);
    throw err;
  }
}

/** Progress of an import on stderr: bytes read of the file size, rows, rows per second. Redrawn on a terminal, else a line every 10 s. */
function importProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let last = tty ? 0 : started; // off a terminal, the first line comes after 10 s
  let drawn = false;
  const line = (bytes: number, rows: number) => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    const width = 30;
    const filled = Math.min(width, Math.round((bytes / Math.max(total, 1)) * width));
    const pct = Math.min(100, Math.floor((bytes / Math.max(total, 1)) * 100));
    return `Importing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${mb(bytes)}/${mb(total)} MB, ${rows} rows, ${Math.round(rows / secs)} rows/s`;
  };
  return {
    update(bytes: number, rows: number) {
      const now = Date.now();
      if (now - last < (tty ? 100 : 10_000)) return;
      last = now;
      drawn = true;
      stream.write(tty ? `\r${line(bytes, rows)}` : `${line(bytes, rows)}\n`);
    },
    done(bytes: number, rows: number) {
      stream.write(tty ? `\r${line(bytes, rows)}\n` : `${line(bytes, rows)}\n`);
    },
    stop() {
      if (tty && drawn) stream.write('\n');
    },
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Runs the CLI and turns failures into exit codes: 2 for usage or configuration errors, 1 otherwise. */
export async function run(argv: string[]) {
  try {
    await main(argv);
  } catch (err) {
    if (err instanceof CommandError) {
      console.error(err.message);
      process.exit(1);
    }
    if (err instanceof UsageError || err instanceof ConfigError) {
      console.error(err.message);
      if (err instanceof UsageError) console.error(`\n${HELP}`);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
