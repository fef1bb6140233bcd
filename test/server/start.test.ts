import { DEFENCES_OFF } from '../support/db.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anna, client, firstSlot } from '../support/http.js';

type Running = { proc: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** Starts `tsx src/main.ts` like `npm start` does (minus the web build) and waits for its banner. */
async function startServer(dataDir: string, port: number): Promise<Running> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      VAXOPS_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...DEFENCES_OFF,
    },
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

  it('prints the URL and demo sign-ins, keeps an acknowledged booking through a crash, and shuts down gracefully', async () => {
    const first = await startServer(dataDir, port);
    expect(first.output()).toContain(`http://localhost:${port}`);
    expect(first.output()).toContain('clerk@demo.vaxops');
    expect(first.output()).toContain('demo data loaded');

    const api = client(first.url);
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 86400_000));
    const { slot } = await firstSlot(api, 'comirnaty', tomorrow);
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    expect(booked.status).toBe(201);

    // The process dies without any chance to flush or close.
    first.proc.kill('SIGKILL');
    await first.exited;

    const second = await startServer(dataDir, port);
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
