import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The official test material (EU DCC cases, schema, value sets; FHIR schema): read in place, never copied.
 * It sits beside the repository (../shared/testdata); VAXOPS_TESTDATA points elsewhere for a clone kept apart.
 */
export const TESTDATA_DIR = path.resolve(REPO_ROOT, process.env.VAXOPS_TESTDATA ?? '../shared/testdata');

/** A folder or file of the test material, and whether it is there; warns once when it is not, so a skip is visible. */
export function testdata(relative: string, what: string): { path: string; present: boolean } {
  const p = path.join(TESTDATA_DIR, relative);
  const present = existsSync(p);
  if (!present) console.warn(`${what} skipped: test data not found at ${p} (set VAXOPS_TESTDATA to its folder)`);
  return { path: p, present };
}
