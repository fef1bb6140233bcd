import cluster from 'node:cluster';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { STAFF_ROLES } from './context.js';
import { startOutboxWorker } from './jobs/outbox.worker.js';
import { createDeps } from './runtime.js';

/** Starts the server: config -> database (migrate, demo data) -> app -> listen; closes gracefully on signals. */
export async function serve() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  if (config.workers > 1 && cluster.isPrimary) return supervise(config);
  // In a worker the primary has migrated and seeded already; opening again finds nothing to do.
  const say = cluster.isPrimary ? (line: string) => console.log(line) : undefined;
  const deps = await createDeps(config, { progress: cluster.isPrimary, say, demoDay: cluster.isPrimary });
  const app = await buildApp(deps);
  const worker = startOutboxWorker(deps);
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) deps.log.error({ err }, 'shutting down after an error');
    else deps.log.info({ signal }, 'shutting down');
    // Let a running outbox batch finish before the server and the database go away.
    await worker.stop();
    await app.close();
    await deps.db.close();
  });
  // A rush opens thousands of connections at once. With Node's default backlog (511) the kernel drops the
  // connections it cannot queue and the clients retry after a second or more: waits that no amount of
  // speed in the server removes. The kernel caps this at net.core.somaxconn (4096 on current Linux).
  await app.listen({ port: config.port, host: config.host, backlog: 65_535 });
  if (cluster.isWorker) return;
  printBanner(config, deps.db.kind, deps.seeded, (app.server.address() as { port: number }).port);
}

/**
 * Several processes on one port (node:cluster shares the socket): the primary migrates and seeds once,
 * starts the workers, replaces one that dies, and on SIGTERM/SIGINT stops them gracefully.
 */
async function supervise(config: Config) {
  const deps = await createDeps(config, { progress: true, say: (line) => console.log(line), demoDay: true });
  const { seeded } = deps;
  await deps.db.close();
  let stopping = false;
  const start = () => cluster.fork();
  for (let i = 0; i < config.workers; i++) start();
  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    deps.log.error({ pid: w.process.pid, code, signal }, 'worker died; starting another');
    start();
  });
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === config.workers) printBanner(config, deps.db.kind, seeded, config.port, config.workers);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    deps.log.info({ signal }, 'stopping workers');
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    const exit = () => (Object.keys(cluster.workers ?? {}).length === 0 ? process.exit(0) : setTimeout(exit, 50));
    setTimeout(() => process.exit(1), 15_000).unref();
    exit();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** Where a browser on this machine finds the server: the address it listens on, or localhost for all of them. */
export function localUrl(host: string, port: number) {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  return `http://${wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
}

function printBanner(config: Config, kind: 'pglite' | 'postgres', seeded: boolean, port: number, workers = 1) {
  const url = localUrl(config.host, port);
  const loopback = config.host === '127.0.0.1' || config.host === '::1' || config.host === 'localhost';
  const lines = [
    `Ready on ${url}`,
    '',
    `  vaxops is running at ${url}`,
    loopback
      ? `  listening on ${config.host} only (this machine); set HOST=0.0.0.0 to serve others`
      : `  listening on ${config.host || 'all addresses'}, port ${port}`,
    `  citizen portal: ${url}/   staff console: ${url}/staff   API docs: ${url}/api/docs`,
    `  database: ${kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}${seeded ? ' (demo data loaded)' : ''}${workers > 1 ? `; ${workers} server processes` : ''}`,
  ];
  if (config.demo) {
    const pw = config.demoPassword === "demo" ? `password "demo"` : "password from VAXOPS_DEMO_PASSWORD";
    lines.push(`  demo sign-ins (${pw}): ${STAFF_ROLES.map((r) => `${r}@demo.vaxops`).join(', ')}`);
  }
  if (config.demoMailbox) lines.push(`  demo mailbox (what e-mail and SMS would have sent): ${url}/demo/postfach`);
  console.log(lines.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve();
}
