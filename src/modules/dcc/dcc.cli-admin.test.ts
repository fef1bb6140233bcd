import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchDatabase, BACKENDS } from '../../../test/support/db.js';
import { loadConfig } from '../../config.js';
import { newKeyBase64 } from '../../lib/crypto.js';
import { createDeps } from '../../runtime.js';
import { dccCommand } from './dcc.cli.js';
import { generateCsca, generateDsc } from './dcc.keys.js';

const pem = (label: string, der: Buffer) => `-----BEGIN ${label}-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;

/** Runs `vaxops dcc ...` in this process with the given environment; returns exit code, stdout and stderr. */
async function vaxopsDcc(env: Record<string, string>, args: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await dccCommand(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.env = saved;
  }
}

describe.each(BACKENDS)('vaxops dcc keys | trust-list | revocations (%s)', (backend) => {
  const dir = path.join(os.tmpdir(), `vaxops-dcc-cli-${process.pid}-${randomBytes(4).toString('hex')}`);
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  let kid: string;

  beforeAll(async () => {
    const scratch = backend === 'postgres' ? await createScratchDatabase() : null;
    drop = scratch?.drop;
    env = { VAXOPS_DATA_DIR: dir, VAXOPS_MASTER_KEY: newKeyBase64(), VAXOPS_DEMO: '1', LOG_LEVEL: 'silent', ...(scratch ? { DATABASE_URL: scratch.url } : {}) };
    // The database as `npm start` leaves it: migrated, with the demo tenant.
    const deps = await createDeps(loadConfig(env), { log: pino({ level: 'silent' }) });
    await deps.db.close();
    fs.mkdirSync(dir, { recursive: true });
    const now = new Date();
    const csca = await generateCsca({ country: 'DE', organisation: 'Landesamt CLI', now });
    const dsc = await generateDsc({ csca, country: 'DE', organisation: 'Landesamt CLI', now, minValidityDays: 365 });
    fs.writeFileSync(path.join(dir, 'dsc.pem'), pem('CERTIFICATE', dsc.certificate) + pem('CERTIFICATE', csca.certificate));
    fs.writeFileSync(path.join(dir, 'dsc.key'), pem('PRIVATE KEY', dsc.privateKey));
    fs.writeFileSync(path.join(dir, 'other.key'), pem('PRIVATE KEY', csca.privateKey));
  });
  afterAll(async () => {
    await drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the operator imports a DSC with its key from PEM files, lists the keys and exports the trust list', async () => {
    const imported = await vaxopsDcc(env, ['keys', 'import', '--cert', path.join(dir, 'dsc.pem'), '--pem', path.join(dir, 'dsc.key')]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const key = JSON.parse(imported.stdout);
    expect(key).toMatchObject({ alg: 'ES256', country: 'DE', active: true, source: 'imported' });
    kid = key.kid;

    const list = await vaxopsDcc(env, ['keys', 'list', '--tenant', 'demo']);
    expect(JSON.parse(list.stdout).map((k: { kid: string }) => k.kid)).toEqual([kid]);
    expect(list.stdout).not.toMatch(/PRIVATE/);

    const trust = await vaxopsDcc(env, ['trust-list']);
    expect(trust.code).toBe(0);
    expect(JSON.parse(trust.stdout)).toEqual([expect.objectContaining({ kid, country: 'DE', certificateType: 'DSC' })]);

    const revocations = await vaxopsDcc(env, ['revocations']);
    expect(JSON.parse(revocations.stdout)).toMatchObject({ country: 'DE', hashType: 'UCI', entries: [] });
  });

  it('mistakes are explained: usage errors exit 2, refused imports exit 1 naming the option', async () => {
    const mismatch = await vaxopsDcc(env, ['keys', 'import', '--cert', path.join(dir, 'dsc.pem'), '--pem', path.join(dir, 'other.key')]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('--pem: The private key does not belong to the certificate.');
    const again = await vaxopsDcc(env, ['keys', 'import', '--cert', path.join(dir, 'dsc.pem'), '--pem', path.join(dir, 'dsc.key')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already imported');
    for (const args of [
      ['keys', 'import', '--cert', path.join(dir, 'dsc.pem')],
      ['keys', 'import', '--p12', path.join(dir, 'dsc.pem')],
      ['keys', 'import', '--cert', path.join(dir, 'missing.pem'), '--pem', path.join(dir, 'dsc.key')],
      ['keys', 'rotate'],
      ['trust-list', '--tenant', 'nowhere'],
      ['revocations', '--frobnicate'],
    ]) {
      const res = await vaxopsDcc(env, args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr, args.join(' ')).toMatch(/^vaxops dcc: /);
    }
  });
});
