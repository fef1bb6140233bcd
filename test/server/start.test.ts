import { DEFENCES_OFF } from '../support/db.js';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { localUrl } from '../../src/main.js';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anna, client, firstSlot } from '../support/http.js';

const run = promisify(execFile);

type Running = { proc: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** Starts `tsx src/main.ts` like `npm start` does (minus the web build) and waits for its banner. */
async function startServer(dataDir: string, port: number, more: Record<string, string> = {}): Promise<Running> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    VAXOPS_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    ...DEFENCES_OFF,
    ...more,
  };
  if (!('HOST' in more)) delete env.HOST; // the try-out as a newcomer starts it: no HOST
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!out.includes('vaxops is running at')) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    if (Date.now() - started > 90_000) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, url: `http://127.0.0.1:${port}`, output: () => out, exited };
}

describe('npm start, embedded', () => {
  const dataDir = path.join(os.tmpdir(), `vaxops-start-${randomBytes(4).toString('hex')}`);
  const port = 20000 + Math.floor(Math.random() * 20000);
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('says what it is doing, listens on 127.0.0.1 only, prints the URL and demo sign-ins, keeps an acknowledged booking through a crash, and shuts down gracefully', async () => {
    const first = await startServer(dataDir, port);
    // Each step of the half minute before the banner, in order, in plain words.
    const steps = ['Starting the embedded database', '(first start takes ~30 s)', 'Applying migrations...', 'Loading the demo data...', `Ready on http://127.0.0.1:${port}`];
    const at = steps.map((s) => first.output().indexOf(s));
    expect(at.every((i) => i >= 0), first.output()).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(first.output()).toContain('clerk@demo.vaxops');
    expect(first.output()).toContain('demo data loaded');
    expect(first.output()).toContain(`http://127.0.0.1:${port}/demo/postfach`);

    // The try-out is for this machine: reachable on the loopback address, not on the machine's network addresses.
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) await expect(fetch(`http://${external.address}:${port}/health`)).rejects.toThrow();
    expect(first.output()).toContain('listening on 127.0.0.1 only');

    const api = client(first.url);
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 86400_000));
    const { slot } = await firstSlot(api, 'comirnaty', tomorrow);
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    expect(booked.status).toBe(201);

    // The process dies without any chance to flush or close.
    first.proc.kill('SIGKILL');
    await first.exited;

    const second = await startServer(dataDir, port, { HOST: '127.0.0.1' });
    expect(second.output()).not.toContain('demo data loaded'); // same database, not a fresh one
    const found = await client(second.url).get(`/api/v1/public/bookings/${booked.body.bookingCode}?birthDate=${anna.birthDate}`);
    expect(found.status).toBe(200);
    expect(found.body.appointments).toHaveLength(2);

    // Every file of the embedded database (heap, WAL) holds Anna only as ciphertext.
    const needles = [anna.familyName, anna.givenName + '\u0000', anna.birthDate, anna.email].map((n) => Buffer.from(n, 'utf8'));
    const control = Buffer.from('Impfzentrum Messe Mitte'); // not personal data: stored in clear, so the scan must find it
    let scanned = 0;
    let controlFound = false;
    for (const entry of await fs.readdir(path.join(dataDir, 'pglite'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const bytes = await fs.readFile(path.join(entry.parentPath, entry.name));
      scanned += bytes.length;
      controlFound ||= bytes.includes(control);
      for (const n of needles) expect(bytes.includes(n), `${n} in ${entry.name}`).toBe(false);
    }
    expect(scanned).toBeGreaterThan(1_000_000);
    expect(controlFound).toBe(true);

    // Without the graceful handler a SIGTERM ends the process by signal (exit code null), not with 0.
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});

describe('where the server listens', () => {
  it('the embedded try-out listens on 127.0.0.1; HOST chooses another address; with PostgreSQL all addresses, as before', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://x@db.example/vaxops' }).host).toBe('0.0.0.0');
    expect(localUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
    expect(localUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
  });
});

describe('the web build npm start runs first', () => {
  it('prints nothing: no notes on plugin timings or chunk sizes for the person starting the try-out', async () => {
    const outDir = path.join(os.tmpdir(), `vaxops-web-${randomBytes(4).toString('hex')}`);
    try {
      const vite = path.resolve('node_modules/vite/bin/vite.js');
      const { stdout, stderr } = await run(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(stdout + stderr).toBe('');
      const config = (await import('../../web/vite.config.js')).default as { build: { rolldownOptions?: { checks?: { bundlerTimings?: boolean } } } };
      // On a busy machine the build always takes long enough for that note; so it is switched off, not lucky.
      expect(config.build.rolldownOptions?.checks?.bundlerTimings).toBe(false);
    } finally {
      await fs.rm(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
