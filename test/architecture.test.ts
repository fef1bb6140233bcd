import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The module boundaries of .dependency-cruiser.cjs hold on the tree, and the checker really catches what it
 * is for (a planted import cycle, a planted import of another module's internals). Also: one writer each for
 * audit rows, outbox rows and a person's encrypted fields, found by reading the sources.
 */
const run = promisify(execFile);
const CLI = path.resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

type Violation = { rule: { name: string }; from: string; to: string };

/** Runs dependency-cruiser with the project's configuration; returns the violations it reports. */
async function cruise(...paths: string[]): Promise<Violation[]> {
  const { stdout } = await run(process.execPath, [CLI, ...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    maxBuffer: 256 * 1024 * 1024,
  }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' })); // exits non-zero when it finds violations
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const planted: string[] = [];
async function plant(dir: string, files: Record<string, string>) {
  planted.push(dir);
  await fs.mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
}
afterAll(async () => {
  for (const dir of planted) await fs.rm(dir, { recursive: true, force: true });
});

describe('dependency rules', () => {
  it('the server, the web app and the tests break none', { timeout: 300_000 }, async () => {
    expect(await cruise('src', 'web/src', 'test')).toEqual([]);
  });

  it('a planted cycle (two files importing each other) is reported', { timeout: 300_000 }, async () => {
    const dir = `test/.planted-cycle-${process.pid}`;
    await plant(dir, {
      'a.ts': "import { b } from './b.js';\nexport const a = () => b();\n",
      'b.ts': "import { a } from './a.js';\nexport const b = (): unknown => a;\n",
    });
    const found = await cruise(dir);
    expect(found.map((v) => v.rule.name)).toContain('no-circular');
  });

  it("a module importing another module's internals, and the kernel importing a module, are reported", { timeout: 300_000 }, async () => {
    const mod = `src/modules/zzplanted${process.pid}`;
    const kernel = `src/kernel/zzplanted${process.pid}`;
    await plant(mod, { [`zzplanted${process.pid}.service.ts`]: "export { bookingGuards } from '../booking/booking.gate.js';\n" });
    await plant(kernel, { 'x.ts': "export { tenantById } from '../../modules/tenants/tenants.service.js';\n" });
    const found = await cruise(mod, kernel);
    expect(found.map((v) => v.rule.name).sort()).toEqual(['kernel-and-lib-below-modules', 'module-public-surface']);
  });
});

/** Every source file under src (not tests), with its text. */
async function sources(): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const entry of await fs.readdir('src', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push({ file, text: await fs.readFile(file, 'utf8') });
  }
  return out;
}

describe('one writer each', () => {
  const writers = async (pattern: RegExp) => (await sources()).filter((s) => pattern.test(s.text)).map((s) => s.file).sort();

  it('audit rows are written by audit.repo.ts only', async () => {
    expect(await writers(/insert\s+into\s+audit_log|insertInto\(\s*'audit_log'/i)).toEqual(['src/modules/audit/audit.repo.ts']);
  });

  it('outbox rows are written by notifications.repo.ts only', async () => {
    expect(await writers(/insert\s+into\s+outbox\b|insertInto\(\s*'outbox'/i)).toEqual(['src/modules/notifications/notifications.repo.ts']);
  });

  it('per-process state lives in deps.state only: no module keeps its own map keyed by Deps', async () => {
    expect(await writers(/new\s+(Weak)?Map<\s*Deps\b/)).toEqual([]);
  });

  it("a person's fields are encrypted in citizens.service.ts only (the bulk seeder's COPY worker writes the same format)", async () => {
    expect(await writers(/encrypt\(\s*'(given_name|family_name|birth_date|postal_code|email|phone|street|city)'/)).toEqual([
      'src/modules/citizens/citizens.service.ts',
    ]);
  });
});
