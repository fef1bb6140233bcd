import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { systemClock } from './lib/clock.js';
import { Keyring } from './lib/crypto.js';
import { createLogger, loadMasterKey } from './runtime.js';
import { seedDemo } from './seed/demo.js';
import { serve } from './main.js';

const HELP = `vaxops: run a mass vaccination campaign

Usage:
  vaxops serve                 start the server (same as npm start without the web build)
  vaxops migrate               apply database migrations and set up the app role
  vaxops seed --demo           load the demo tenant "Freistaat Demo" (skipped if present)
  vaxops help                  this text

Configuration comes from the environment (see README): DATABASE_URL, VAXOPS_DATA_DIR,
VAXOPS_MASTER_KEY, VAXOPS_DEMO_PASSWORD, PORT, ...`;

/** Opens the database for a one-off command (migrations run as part of opening). */
async function openForCommand() {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const keys = new Keyring(await loadMasterKey(config, log));
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    appRole: config.appRole,
    appRolePassword: config.appRolePassword ?? keys.derive('db-app-role'),
    poolSize: 2,
  });
  return { config, keys, db };
}

/** Runs the `vaxops` command line. */
export async function main(argv: string[]) {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate': {
      const { db } = await openForCommand();
      await db.close();
      console.log('Database is up to date.');
      return;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
      if (!values.demo) throw new UsageError('seed needs --demo (other data sets come with later versions).');
      const { config, keys, db } = await openForCommand();
      try {
        const done = await seedDemo(db.owner, keys, { password: config.demoPassword, now: systemClock.now(), progress: true });
        console.log(done ? 'Demo data loaded: tenant "Freistaat Demo", sign in as <role>@demo.vaxops.' : 'The demo tenant is already there; nothing to do.');
      } finally {
        await db.close();
      }
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

/** Runs the CLI and turns failures into exit codes: 2 for usage or configuration errors, 1 otherwise. */
export async function run(argv: string[]) {
  try {
    await main(argv);
  } catch (err) {
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
