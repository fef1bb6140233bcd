import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's PostgreSQL 15 server binaries live (the machine's own cluster runs from here too). */
export const PG_BIN = process.env.VAXOPS_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Whether initdb, pg_ctl and postgres are installed, so a test can run its own cluster. */
export const pgBinariesInstalled = ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(path.join(PG_BIN, b)));

/**
 * Whether a missing PostgreSQL must fail the test rather than skip it: in CI (`.ci/run` sets
 * REQUIRE_BROWSER=1) and wherever CI is set.
 */
export const pgClusterRequired = process.env.REQUIRE_BROWSER === '1' || !!process.env.CI;

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export type PgCluster = {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust auth, the cluster's superuser). */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server; `fast` ends every session at once (57P01 admin_shutdown), as a failover or upgrade does. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** pg_ctl restart -m fast. */
  restart(): Promise<void>;
  /** The server log so far (for failure messages). */
  log(): Promise<string>;
  /** Stops the server (if running) and deletes the data directory; safe to call twice. */
  destroy(): Promise<void>;
};

/**
 * A throw-away PostgreSQL cluster from the installed binaries: a temp data dir, a free port, trust auth,
 * no fsync. initdb and postgres refuse to run as root, so as root they run as the `postgres` OS user,
 * which then owns the data dir.
 */
export async function startPgCluster(): Promise<PgCluster> {
  if (!pgBinariesInstalled) throw new Error(`PostgreSQL server binaries not found in ${PG_BIN} (apt-get install postgresql-15)`);
  const asRoot = process.getuid?.() === 0;
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'vaxops-pg-'));
  const dataDir = path.join(base, 'data');
  const logFile = path.join(base, 'server.log');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await fs.chown(base, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (bin: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args]) : run(path.join(PG_BIN, bin), args);
  await pg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  // TCP on loopback only; the unix socket goes into the data dir (not /var/run/postgresql, which may be missing).
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  let destroyed = false;
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async start() {
      await pg('pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', options]);
    },
    async stop(mode = 'fast') {
      await pg('pg_ctl', ['stop', '-w', '-t', '60', '-D', dataDir, '-m', mode]);
    },
    async restart() {
      await pg('pg_ctl', ['restart', '-w', '-t', '60', '-D', dataDir, '-m', 'fast', '-l', logFile, '-o', options]);
    },
    log: () => fs.readFile(logFile, 'utf8').catch(() => ''),
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await pg('pg_ctl', ['stop', '-w', '-t', '30', '-D', dataDir, '-m', 'immediate']).catch(() => {});
      await fs.rm(base, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (err) {
    const log = await cluster.log();
    await cluster.destroy();
    throw new Error(`could not start PostgreSQL: ${(err as Error).message}\n${log}`);
  }
  return cluster;
}
