/**
 * Writes the web app's API types (web/src/generated/api.d.ts) from the server's OpenAPI document:
 * `npm run gen:api`. The document is built in-process from the routes' zod schemas, as the server
 * serves it at /api/docs/json; test/api/api-types.test.ts fails when the checked-in file is stale.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { pino } from 'pino';
import { newProcessState } from '../src/state.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Deps } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { systemClock } from '../src/lib/clock.js';
import { Keyring, newKeyBase64, parseMasterKey } from '../src/lib/crypto.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The generated file, relative to the repository. */
export const API_TYPES_FILE = 'web/src/generated/api.d.ts';

const HEADER = `/**
 * The vaxops API as TypeScript types, generated from the server's OpenAPI document by \`npm run gen:api\`
 * (scripts/gen-api.ts). Do not edit: change the routes' zod schemas and run it again.
 */

`;

/** The OpenAPI document of every route, built without a database (registering routes needs none). */
export async function openApiDocument(): Promise<OpenAPI3> {
  const masterKey = newKeyBase64();
  const config = loadConfig({ VAXOPS_MASTER_KEY: masterKey, LOG_LEVEL: 'silent', VAXOPS_DATA_DIR: path.join(os.tmpdir(), 'vaxops-gen-api') });
  // Any use of the database while the routes register is a bug here: fail loudly instead of hanging.
  const db = new Proxy({} as Database, {
    get(_t, prop) {
      throw new Error(`gen-api: building the OpenAPI document must not use the database (db.${String(prop)})`);
    },
  });
  const deps: Deps = { config, db, clock: systemClock, log: pino({ level: 'silent' }), keys: new Keyring(parseMasterKey(masterKey)), state: newProcessState() };
  const app = await buildApp(deps);
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The text of the generated file. */
export async function apiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = path.join(root, API_TYPES_FILE);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await apiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
