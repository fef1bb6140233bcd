import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
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
  const deps = await createDeps(config, { progress: true });
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
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const lines = [
    '',
    `  vaxops is running at ${url}`,
    `  citizen portal: ${url}/   staff console: ${url}/staff   API docs: ${url}/api/docs`,
    `  database: ${deps.db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}${deps.seeded ? ' (demo data loaded)' : ''}`,
  ];
  if (config.demo) {
    const pw = config.demoPassword === "demo" ? `password "demo"` : "password from VAXOPS_DEMO_PASSWORD";
    lines.push(`  demo sign-ins (${pw}): ${STAFF_ROLES.map((r) => `${r}@demo.vaxops`).join(', ')}`);
  }
  console.log(lines.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve();
}
