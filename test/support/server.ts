import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../../src/app.js';
import type { Deps } from '../../src/context.js';
import { createTestDeps, type Backend } from './db.js';

export type TestServer = { url: string; app: FastifyInstance; deps: Deps; close(): Promise<void> };

/** Starts the full app (migrated database, demo data, built web app) on a free port. */
export async function startTestServer(
  opts: { now?: string; backend?: Backend; env?: Record<string, string>; log?: Logger } = {},
): Promise<TestServer> {
  const env = await createTestDeps(opts.backend ?? 'pglite', { now: opts.now, env: opts.env, log: opts.log });
  const app = await buildApp(env.deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    deps: env.deps,
    async close() {
      await app.close();
      await env.close();
    },
  };
}
