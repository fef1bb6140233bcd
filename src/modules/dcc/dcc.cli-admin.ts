/**
 * The database-backed `vaxops dcc` subcommands: import and list issuing keys, export the trust list and the
 * revocation list, re-issue certificates of the old encoding. (`vaxops dcc verify` works offline; see dcc.cli.ts.)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Deps, RequestCtx, TenantCtx } from '../../context.js';
import { Problem } from '../../errors.js';

export const ADMIN_USAGE = `  vaxops dcc keys import [--tenant SLUG] --cert CERT.pem --pem KEY.pem [--password X]
                 import a document signer certificate (optionally followed by its CSCA) and its private key
  vaxops dcc keys import [--tenant SLUG] --p12 FILE.p12 --password X
                 the same from a PKCS#12 file
  vaxops dcc keys list [--tenant SLUG]
                 the issuing keys (never a private key)
  vaxops dcc trust-list [--tenant SLUG]
                 the document signer certificates as the EU gateway's trust list (JSON)
  vaxops dcc revocations [--tenant SLUG]
                 the revocation list: SHA-256 of revoked UCIs, first 16 bytes, base64 (JSON)
  vaxops dcc reissue-legacy [--tenant SLUG]
                 issue again the current certificates whose zlib header EU verifier apps refuse (issued before
                 the fix, header 38 CB); the old ones are superseded, still valid. Prints {checked, reissued}`;

/** A usage mistake: exit code 2. */
export class DccUsageError extends Error {}

async function openDeps(): Promise<Deps> {
  const { openCommandDeps } = await import('../../runtime.js');
  return openCommandDeps();
}

async function tenantOf(deps: Deps, slug = deps.config.defaultTenant): Promise<TenantCtx> {
  const { tenantBySlug } = await import('../tenants/tenants.service.js');
  try {
    return await tenantBySlug(deps, slug);
  } catch (err) {
    if (err instanceof Problem && err.status === 404) throw new DccUsageError(`unknown tenant "${slug}" (see --tenant, VAXOPS_TENANT)`);
    throw err;
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new DccUsageError(`cannot read ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function parse(args: string[], options: Record<string, { type: 'string' }>) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values as Record<string, string | undefined>;
  } catch (err) {
    throw new DccUsageError((err as Error).message);
  }
}

/** Runs `vaxops dcc keys|trust-list|revocations ...`; returns the exit code (0 done, 1 refused). */
export async function dccAdminCommand(command: 'keys' | 'trust-list' | 'revocations' | 'reissue-legacy', args: string[]): Promise<number> {
  const service = await import('./dcc.service.js');
  let run: (deps: Deps, tenant: TenantCtx) => Promise<unknown>;
  let values: Record<string, string | undefined>;
  if (command === 'keys') {
    const [what, ...rest] = args;
    if (what === 'list') {
      values = parse(rest, { tenant: { type: 'string' } });
      run = (deps, tenant) => service.listKeys(deps, systemCtx(tenant, 'cli dcc keys list'));
    } else if (what === 'import') {
      values = parse(rest, { tenant: { type: 'string' }, cert: { type: 'string' }, pem: { type: 'string' }, p12: { type: 'string' }, password: { type: 'string' } });
      const v = values;
      let input: import('./dcc.service.js').KeyImport;
      if (v.p12) {
        if (v.cert || v.pem) throw new DccUsageError('give either --p12 FILE --password X, or --cert FILE --pem FILE');
        if (v.password === undefined) throw new DccUsageError('--p12 needs --password (the PKCS#12 file’s password)');
        let data: Buffer;
        try {
          data = readFileSync(v.p12);
        } catch (err) {
          throw new DccUsageError(`cannot read the PKCS#12 file ${v.p12}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
        input = { pkcs12Base64: data.toString('base64'), password: v.password };
      } else if (v.cert && v.pem) {
        input = { certificatePem: readText(v.cert, 'the certificate'), privateKeyPem: readText(v.pem, 'the private key'), password: v.password };
      } else {
        throw new DccUsageError('keys import needs --cert FILE --pem FILE, or --p12 FILE --password X');
      }
      run = (deps, tenant) => service.importKey(deps, systemCtx(tenant, 'cli dcc keys import'), input);
    } else {
      throw new DccUsageError(what ? `unknown keys subcommand "${what}" (import, list)` : 'keys needs a subcommand: import or list');
    }
  } else if (command === 'reissue-legacy') {
    values = parse(args, { tenant: { type: 'string' } });
    run = async (deps, tenant) => {
      const { progressBar } = await import('../../lib/progress.js');
      let bar: ReturnType<typeof progressBar> | undefined;
      let shown = 0;
      const result = await service.reissueLegacyEncodings(deps, systemCtx(tenant, 'cli dcc reissue-legacy'), (checked, total) => {
        bar ??= progressBar('Checking certificates', total);
        bar.tick(checked - shown);
        shown = checked;
      });
      bar?.finish();
      return result;
    };
  } else {
    values = parse(args, { tenant: { type: 'string' } });
    run =
      command === 'trust-list'
        ? async (deps, tenant) => {
            if (deps.config.dcc.generateKeys) await service.ensureIssuingKeys(deps, tenant); // demo: the same keys the server would make
            return service.trustList(deps, tenant);
          }
        : (deps, tenant) => service.revocationList(deps, tenant);
  }

  const deps = await openDeps();
  try {
    const result = await run(deps, await tenantOf(deps, values.tenant));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof Problem && err.status < 500) {
      const fields = (err.errors ?? []).map((e) => `  ${OPTION_OF[e.field] ?? e.field}: ${e.message}`).join('\n');
      process.stderr.write(`vaxops dcc: ${err.detail ?? err.title}${fields ? `\n${fields}` : ''}\n`);
      return 1;
    }
    throw err;
  } finally {
    await deps.db.close();
  }
}

/** The API's field names as the options that carry them here. */
const OPTION_OF: Record<string, string> = { certificatePem: '--cert', privateKeyPem: '--pem', pkcs12Base64: '--p12', password: '--password' };

/** The command line acts as the system (audited as such, without a person). */
function systemCtx(tenant: TenantCtx, route: string): RequestCtx {
  return { tenant, actor: { type: 'system', id: null }, route, requestId: randomUUID() };
}
