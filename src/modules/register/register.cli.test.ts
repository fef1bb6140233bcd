import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Run = { code: number; stdout: string; stderr: string };

/** Runs `node bin/vaxops.mjs ...` as an operator would, against an embedded database in `dataDir`. */
function vaxops(dataDir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/vaxops.mjs', ...args],
      { env: { ...process.env, VAXOPS_DATA_DIR: dataDir, DATABASE_URL: '', VAXOPS_MASTER_KEY: '', LOG_LEVEL: 'warn' }, timeout: 120_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// The CLI's own database is the embedded one (PGlite in a data dir), whatever the test backend.
describe('vaxops import register and api-key create (embedded)', () => {
  const dataDir = path.join(os.tmpdir(), `vaxops-cli-${process.pid}-${randomBytes(4).toString('hex')}`);
  const file = path.join(dataDir, 'register.csv');

  beforeAll(async () => {
    await fs.mkdir(dataDir, { recursive: true });
    const seeded = await vaxops(dataDir, ['seed', '--demo']);
    expect(seeded.code, seeded.stderr).toBe(0);
    const rows = ['\uFEFFid;given_name;family_name;birth_date;postal_code;address'];
    for (let i = 1; i <= 250; i++) rows.push(`E-${i};Grete${i};Höfer;19${String(30 + (i % 60))}-0${(i % 9) + 1}-1${i % 10};0${1000 + i};Am Anger ${i}`);
    rows.push('E-251;Otto;Höfer;1950-13-01;01000;'); // line 252
    rows.push('E-252;Otto;;1950-01-01;01000;'); // line 253
    await fs.writeFile(file, rows.join('\n') + '\n');
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('the operator imports the register file, sees the summary and the rejected lines, and imports it again safely', async () => {
    const first = await vaxops(dataDir, ['import', 'register', file, '--tenant', 'demo']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('252 rows, 250 new, 0 updated, 0 unchanged, 2 rejected');
    expect(first.stdout).toContain('line 252: birth_date is not a date in the form YYYY-MM-DD');
    expect(first.stdout).toContain('line 253: missing family_name');
    expect(first.stdout + first.stderr).not.toContain('Höfer');
    expect(first.stderr).toMatch(/252 rows, \d+ rows\/s/); // the final progress line (stderr is not a terminal here)

    const again = await vaxops(dataDir, ['import', 'register', file]); // default tenant: demo
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('252 rows, 0 new, 0 updated, 250 unchanged, 2 rejected');
  });

  it('a missing file, an unknown tenant and a missing argument are clear errors', async () => {
    const missing = await vaxops(dataDir, ['import', 'register', path.join(dataDir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
    const tenant = await vaxops(dataDir, ['import', 'register', file, '--tenant', 'atlantis']);
    expect(tenant.code).toBe(1);
    expect(tenant.stderr).toContain('Unknown tenant "atlantis"');
    expect((await vaxops(dataDir, ['import', 'register'])).code).toBe(2);
    const header = path.join(dataDir, 'not-a-register.csv');
    await fs.writeFile(header, 'name,age\nOtto,90\n');
    const bad = await vaxops(dataDir, ['import', 'register', header]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('lacks the column(s) id, given_name, family_name, birth_date, postal_code');
  });

  it('api-key create prints a new key once, on stdout alone', async () => {
    const res = await vaxops(dataDir, ['api-key', 'create', '--name', 'Einwohnermeldeamt', '--scopes', 'register:import']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim()).toMatch(/^vx_[A-Za-z0-9_-]{43}$/);
    expect(res.stderr).toContain('shown only this once');
    const other = await vaxops(dataDir, ['api-key', 'create', '--name', 'again', '--scopes', 'register:import']);
    expect(other.stdout.trim()).not.toBe(res.stdout.trim());
    expect((await vaxops(dataDir, ['api-key', 'create', '--name', 'x', '--scopes', 'everything'])).code).toBe(2);
  });
});
