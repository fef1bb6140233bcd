/**
 * `vaxops dcc verify` as a user runs it: a subprocess of bin/vaxops.mjs with official test certificates,
 * the trust file as PEM and as a JSON array, input as an argument and as lines on stdin.
 */
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, testdata } from '../../../test/support/testdata.js';

const repoRoot = REPO_ROOT;
const { path: casesDir, present } = testdata('dcc/cases', 'DCC CLI tests with official certificates');

const work = mkdtempSync(path.join(tmpdir(), 'vaxops-dcc-cli-'));
// The command must not touch the database: an empty data directory has to stay empty.
const dataDir = path.join(work, 'data');
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string; lines: Record<string, unknown>[] };

function vaxops(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, VAXOPS_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['bin/vaxops.mjs', ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, stdout, stderr, lines });
    });
    child.stdin.end(stdin ?? '');
  });
}

type Case = { PREFIX: string; TESTCTX: { CERTIFICATE: string; VALIDATIONCLOCK: string } };
const readCase = (relative: string) => JSON.parse(readFileSync(path.join(casesDir, relative), 'utf8')) as Case;
const pem = (base64Der: string) => new X509Certificate(Buffer.from(base64Der, 'base64')).toString();
const trustFile = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
};

const RESULT_KEYS = ['valid', 'decoded', 'signatureValid', 'timeValid', 'keyUsageValid', 'schemaValid', 'valueSetsValid', 'kid', 'payload', 'errors'];

describe.skipIf(!present)('vaxops dcc verify with the official test certificates', () => {
  const austria = present ? readCase('AT/2DCode/raw/1.json') : undefined;
  const germany = present ? [1, 2, 3, 4].map((n) => readCase(`DE/2DCode/raw/${n}.json`)) : [];

  it('verifies an Austrian certificate given as an argument against a PEM trust file', async () => {
    const trust = trustFile('at.pem', pem(austria!.TESTCTX.CERTIFICATE));
    const run = await vaxops(['dcc', 'verify', '--trust', trust, '--at', austria!.TESTCTX.VALIDATIONCLOCK, austria!.PREFIX]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(Object.keys(run.lines[0]!)).toEqual(RESULT_KEYS);
    expect(run.lines[0]).toMatchObject({ valid: true, kid: '2Rk3X8HntrI=', errors: [] });
    expect((run.lines[0]!.payload as { nam: { fnt: string } }).nam.fnt).toBe('MUSTERFRAU<GOESSINGER');
    expect(readdirSync(work)).not.toContain('data');
  });

  it('reads one certificate per stdin line with a JSON trust array, skips blank lines, and exits 1 on a bad one', async () => {
    const trust = trustFile('de.json', JSON.stringify([germany[0]!.TESTCTX.CERTIFICATE]));
    const stdin = `${germany.map((c) => c.PREFIX).join('\n')}\n\n   \nHC1:not-a-certificate\r\n`;
    const run = await vaxops(['dcc', 'verify', '--trust', trust, '--at', '2021-06-01T20:00:00+02:00', '-'], stdin);
    expect(run.code).toBe(1);
    expect(run.lines.map((line) => line.valid)).toEqual([true, true, true, true, false]);
    expect(run.lines[4]!.errors).toEqual(['Base45: invalid character "n" at position 0 (not in the Base45 alphabet)']);
  });

  it('uses the current time without --at, when these 2021 certificates have long expired', async () => {
    const trust = trustFile('both.pem', `${pem(austria!.TESTCTX.CERTIFICATE)}\n${pem(germany[0]!.TESTCTX.CERTIFICATE)}`);
    const run = await vaxops(['dcc', 'verify', '--trust', trust], `${austria!.PREFIX}\n${germany[0]!.PREFIX}\n`);
    expect(run.code).toBe(1);
    expect(run.lines.map((line) => [line.signatureValid, line.timeValid])).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});

describe('vaxops dcc usage errors', () => {
  it.each([
    [['dcc', 'verify', 'HC1:X'], '--trust FILE is required'],
    [['dcc', 'verify', '--trust', '/nonexistent/trust.pem', 'HC1:X'], 'cannot read the trust file /nonexistent/trust.pem: ENOENT'],
    [['dcc', 'verify', '--trust', 'x.pem', '--at', '1 June 2021', 'HC1:X'], '--at needs an ISO 8601 time'],
    [['dcc', 'sign'], 'unknown subcommand "sign"'],
  ])('vaxops %j exits 2 and says why', async (args, message) => {
    const run = await vaxops(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('refuses a trust file that holds no certificate', async () => {
    const run = await vaxops(['dcc', 'verify', '--trust', trustFile('empty.json', '[]'), 'HC1:X']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the trust file lists no document signer certificate');
  });
});
