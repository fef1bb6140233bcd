import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Challenge } from 'altcha-lib/v1/types';
import { sql } from 'kysely';
import type { Deps } from '../../context.js';
import { Problem } from '../../errors.js';

/** The request header that carries the solved challenge (base64 of the ALTCHA JSON payload). */
export const POW_HEADER = 'x-altcha';
/** How long a challenge may be solved and used. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

export type PowFailure = 'missing' | 'invalid' | 'expired' | 'reused';

const TEXTS: Record<PowFailure, { en: string; de: string }> = {
  missing: {
    en: 'Proof of work missing: solve a challenge from GET /api/v1/public/challenge and send it in the X-Altcha header.',
    de: 'Die Sicherheitsprüfung fehlt. Bitte laden Sie die Seite neu und senden Sie das Formular erneut.',
  },
  invalid: {
    en: 'Proof of work invalid: the X-Altcha payload is not a correctly solved challenge of this server.',
    de: 'Die Sicherheitsprüfung ist ungültig. Bitte senden Sie das Formular erneut.',
  },
  expired: {
    en: 'Proof of work expired: the challenge is older than 5 minutes; solve a new one.',
    de: 'Die Sicherheitsprüfung ist abgelaufen. Bitte senden Sie das Formular erneut.',
  },
  reused: {
    en: 'Proof of work reused: each solved challenge is accepted once; solve a new one.',
    de: 'Die Sicherheitsprüfung wurde schon verwendet. Bitte senden Sie das Formular erneut.',
  },
};

/** 403 problem of type .../proof-of-work; errors[0] names the failure (field x-altcha, message missing|invalid|expired|reused). */
export function powProblem(failure: PowFailure): Problem {
  const t = TEXTS[failure];
  return new Problem(403, 'Forbidden', t.en, [{ field: POW_HEADER, message: failure, code: 'proof-of-work' }], 'proof-of-work', t);
}

const hmacKey = (deps: Deps) => deps.keys.derive('altcha');

/** A new challenge: SHA-256, a secret number up to config.captcha.complexity, expiring in the signed salt. */
export function newChallenge(deps: Deps, ttlMs = CHALLENGE_TTL_MS): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    hmacKey: hmacKey(deps),
    maxnumber: deps.config.captcha.complexity,
    expires: new Date(deps.clock.now().getTime() + ttlMs),
  });
}

type Payload = { algorithm: 'SHA-256'; challenge: string; number: number; salt: string; signature: string };

function parsePayload(header: string): Payload | null {
  if (header.length > 4096) return null;
  let p: unknown;
  try {
    p = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (!p || typeof p !== 'object') return null;
  const o = p as Record<string, unknown>;
  const hex64 = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
  if (o.algorithm !== 'SHA-256' || !hex64(o.challenge) || !hex64(o.signature)) return null;
  if (typeof o.salt !== 'string' || o.salt.length > 512) return null;
  if (typeof o.number !== 'number' || !Number.isSafeInteger(o.number) || o.number < 0) return null;
  return o as Payload;
}

/**
 * Checks the X-Altcha header and spends the solution: the signature is inserted into altcha_spent,
 * so a second use fails in every process. Throws the 403 proof-of-work problem otherwise.
 */
export async function spendProof(deps: Deps, tenantId: string, header: string | string[] | undefined): Promise<void> {
  if (typeof header !== 'string' || header === '') throw powProblem('missing');
  const payload = parsePayload(header);
  if (!payload || !(await verifySolution(payload, hmacKey(deps), false))) throw powProblem('invalid');
  // Expiry by our clock (not altcha-lib's Date.now()), so the fixed clock of tests applies.
  const expires = Number(extractParams(payload).expires);
  if (!Number.isSafeInteger(expires)) throw powProblem('invalid');
  const now = deps.clock.now();
  if (expires * 1000 <= now.getTime()) throw powProblem('expired');

  const spent = await deps.db.withTenant(tenantId, async (trx) => {
    // Opportunistic clean-up: about one use in fifty drops this tenant's expired signatures.
    if (Math.random() < 0.02) await trx.deleteFrom('altcha_spent').where('expires_at', '<', now).execute();
    return trx
      .insertInto('altcha_spent')
      .values({ signature: payload.signature, tenant_id: tenantId, expires_at: new Date(expires * 1000) })
      .onConflict((oc) => oc.column('signature').doNothing())
      .returning(sql<number>`1`.as('ok'))
      .executeTakeFirst();
  });
  if (!spent) throw powProblem('reused');
}
