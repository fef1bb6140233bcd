import fs from 'node:fs/promises';
import path from 'node:path';
import { pino, type DestinationStream, type Logger } from 'pino';
import { demoAccountsLive, loadConfig, type Config } from './config.js';
import type { Deps } from './context.js';
import { openDatabase } from './db/database.js';
import { systemClock, type Clock } from './lib/clock.js';
import { Keyring, newKeyBase64, parseMasterKey } from './lib/crypto.js';
import { protectLegacyData } from './modules/tenants/tenants.at-rest.js';
import { isEmpty, seedDemo } from './seed/demo.js';
import { seedDemoDay } from './seed/demo.day.js';
import { newProcessState } from './state.js';

// Where personal data can hide in a logged string: a query string (birth dates, e-mail addresses, names of a
// search) and the path segment after the public routes that take a booking code, invitation or ticket.
const QUERY = /\?[^\s"'`#]+/g;
// A segment starting with ':' is a route template's parameter name (the request log names routes so), kept.
const CODE_SEGMENT = /(\/api\/v1\/(?:public|agent)\/(?:bookings|invitations|waiting-room\/tickets)\/)[^\s"'`/?:][^\s"'`/?]*/g;

/** A logged string without query strings and without the codes in public paths. */
export function scrubLogText(s: string): string {
  if (!s.includes('?') && !s.includes('/api/v1/')) return s; // the common case: nothing to look at
  return s.replace(CODE_SEGMENT, '$1[redacted]').replace(QUERY, '?[redacted]');
}

/** A logged value with every string in it scrubbed (errors become plain objects with their message and stack scrubbed). */
function scrubLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubLogText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; statusCode?: unknown };
    return { name: e.name, message: scrubLogText(e.message), stack: e.stack && scrubLogText(e.stack), code: e.code, statusCode: e.statusCode };
  }
  if (Array.isArray(value)) return value.map((v) => scrubLogValue(v, depth + 1));
  if (Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubLogValue(v, depth + 1);
  return out;
}

/**
 * Creates the logger: JSON lines (on stdout, or `destination`), with secrets and cookies redacted, and no
 * query string or booking code in any line, whoever writes it (Fastify's own messages quote the request URL).
 */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.password'],
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url && scrubLogText(req.url) }),
      },
      hooks: {
        logMethod(args, method) {
          return method.apply(this, args.map((a) => scrubLogValue(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/**
 * The master key: VAXOPS_MASTER_KEY, or (for embedded use) a key generated once into the data dir.
 * Losing this key means losing all personal data, so it is never regenerated over an existing file.
 */
export async function loadMasterKey(config: Config, log: Logger): Promise<Buffer> {
  if (config.masterKey) return parseMasterKey(config.masterKey);
  const file = path.join(config.dataDir, 'master.key');
  try {
    return parseMasterKey((await fs.readFile(file, 'utf8')).trim());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (config.databaseUrl) log.warn({ file }, 'VAXOPS_MASTER_KEY is not set; using a key file in the data dir. Set it in production.');
  await fs.mkdir(config.dataDir, { recursive: true });
  const key = newKeyBase64();
  await fs.writeFile(file, key + '\n', { mode: 0o600, flag: 'wx' });
  log.info({ file }, 'generated a new master key');
  return parseMasterKey(key);
}

/** Converts what older versions stored in clear (codes, claims, reasons, print batches); logs only counts. */
async function convertClearData(db: { owner: Parameters<typeof protectLegacyData>[0] }, keys: Keyring, log: Logger) {
  const n = await protectLegacyData(db.owner, keys);
  if (n.bookings + n.persons + n.vaccinations + n.printBatches > 0) log.info({ converted: n }, 'stored secrets converted to keyed hashes and ciphertexts');
}

export type RuntimeOptions = {
  clock?: Clock;
  log?: Logger;
  inMemory?: boolean;
  /** Show a progress bar while the demo data loads (a terminal's `npm start`). */
  progress?: boolean;
  /** Told each step of the start in plain words (the embedded database, migrations, demo data), for the console. */
  say?: (line: string) => void;
  /** Demo mode: give today work (bookings, check-ins, a waiting list, messages) if it has none (seed/demo.day.ts). */
  demoDay?: boolean;
};

/** Opens everything the app needs: key, database (migrated, app role set up) and, if asked, demo data. */
export async function createDeps(config: Config, opts: RuntimeOptions = {}): Promise<Deps & { seeded: boolean }> {
  const log = opts.log ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const keys = new Keyring(await loadMasterKey(config, log));
  const say = opts.say ?? (() => {});
  // PGlite is PostgreSQL compiled to WebAssembly: compiling it and opening its files takes half a minute on
  // a small machine the first time, which without a word looks like a hang.
  say(config.databaseUrl ? 'Connecting to PostgreSQL...' : `Starting the embedded database in ${config.dataDir} (first start takes ~30 s)...`);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    inMemory: opts.inMemory,
    onMigrate: () => say('Applying migrations...'),
    appRole: config.appRole,
    appRolePassword: config.appRolePassword ?? keys.derive('db-app-role'),
    poolSize: config.poolSize,
    log,
  });
  let seeded = false;
  try {
    await convertClearData(db, keys, log);
    if (config.demo && (await isEmpty(db.owner))) {
      say('Loading the demo data...');
      seeded = await seedDemo(db.owner, keys, { password: config.demoPassword, now: clock.now(), progress: opts.progress });
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  if (demoAccountsLive(config)) {
    // Anyone who read the README can sign in as admin: say so where operators look.
    log.warn('Demo mode on PostgreSQL (VAXOPS_DEMO=1): demo sign-ins with a published password are active. Never use this server for real data.');
  }
  const deps = { config, db, clock, log, keys, state: newProcessState(), seeded };
  if (opts.demoDay && config.demo) {
    try {
      if (await seedDemoDay(deps)) say('Demo: people booked for today, a waiting list and their messages (see /demo/postfach)...');
    } catch (err) {
      // A demo nicety: the server is of use without it.
      log.warn({ err }, 'could not fill the demo day');
    }
  }
  return deps;
}

/** Opens the database for a one-off command (migrations run as part of opening; a small pool); returns Deps. */
export async function openCommandDeps(): Promise<Deps> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const keys = new Keyring(await loadMasterKey(config, log));
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    appRole: config.appRole,
    appRolePassword: config.appRolePassword ?? keys.derive('db-app-role'),
    poolSize: 2,
    log,
  });
  await convertClearData(db, keys, log);
  return { config, keys, db, log, clock: systemClock, state: newProcessState() };
}
