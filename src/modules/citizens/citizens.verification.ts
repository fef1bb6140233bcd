import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Deps, RequestCtx } from '../../context.js';
import { notFound, Problem, unprocessable } from '../../errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { appendAudit } from '../audit/audit.repo.js';
import { enqueue } from '../notifications/notifications.service.js';
import * as repo from './citizens.repo.js';
import { emailHash, phoneHash } from './citizens.service.js';
import { maskContact, SESSION_IDLE_MS, SESSION_MAX_MS } from './citizens.session.js';

/** A code is valid this long, for this many tries. */
export const CODE_VALID_MS = 10 * 60_000;
export const CODE_TRIES = 5;
/** The portal offers "send again" after this long. */
export const RESEND_AFTER_S = 60;
/** At most this many codes go to one contact per hour (more requests are answered alike, and nothing is sent). */
export const CODES_PER_CONTACT_PER_HOUR = 5;

export type VerificationRequest = ({ email: string; phone?: undefined } | { phone: string; email?: undefined }) & { language: 'de' | 'en' };

/** The keyed hash a code is stored as (bound to its verification, so equal codes differ). */
const codeHash = (ctx: RequestCtx, id: string, code: string) => ctx.tenant.cipher.blindIndex('verification-code', `${id}|${code}`);

/**
 * Sends a 6-digit code to an e-mail address or mobile number (through the outbox). The answer is the same
 * whatever the contact: known or not, with people or without, and when the contact's hourly cap holds the
 * code back (then nothing is sent, so the service cannot be used to flood someone's phone).
 */
export async function startVerification(deps: Deps, ctx: RequestCtx, input: VerificationRequest) {
  const { tenant } = ctx;
  const now = deps.clock.now();
  const channel = input.email !== undefined ? ('email' as const) : ('sms' as const);
  const contact = input.email !== undefined ? input.email.trim() : input.phone!.trim();
  const contactHash = channel === 'email' ? emailHash(tenant, contact) : phoneHash(tenant, contact);
  const id = randomUUID();
  const code = String(randomInt(1_000_000)).padStart(6, '0');
  await deps.db.withTenant(tenant.id, async (trx) => {
    const sent = (await repo.codesSentTo(trx, contactHash, new Date(now.getTime() - 3600_000))) < CODES_PER_CONTACT_PER_HOUR;
    await repo.insertVerification(trx, {
      id,
      tenant_id: tenant.id,
      channel,
      contact_hash: contactHash,
      contact: tenant.cipher.encrypt(channel === 'email' ? 'email' : 'phone', contact),
      code_hash: codeHash(ctx, id, code),
      language: input.language,
      sent,
      created_at: now,
      expires_at: new Date(now.getTime() + CODE_VALID_MS),
    });
    if (sent) {
      await enqueue(trx, tenant, {
        channel,
        template: 'verification-code',
        language: input.language,
        to: channel === 'email' ? { email: contact } : { phone: contact },
        data: { code, validMinutes: CODE_VALID_MS / 60_000 },
      });
    }
  });
  return { verificationId: id, expiresInSeconds: CODE_VALID_MS / 1000, resendAfterSeconds: RESEND_AFTER_S };
}

const gone = (detail: string) => new Problem(410, 'Gone', detail, undefined, 'verification-gone');

/**
 * Checks a code. Right: the verification is used up and a citizen session begins (its token is returned
 * once; only its SHA-256 is kept); a verified e-mail address counts as confirmed for the contact's people.
 * Wrong: 422 naming `code`, and the try is counted (committed even so); after CODE_TRIES wrong tries, once
 * expired, or once used: 410.
 */
export async function confirmCode(deps: Deps, ctx: RequestCtx, verificationId: string, code: string) {
  const { tenant } = ctx;
  const now = deps.clock.now();
  const outcome = await deps.db.withTenant(tenant.id, async (trx) => {
    const v = await repo.countTry(trx, verificationId, CODE_TRIES, now);
    if (!v) return { kind: (await repo.verificationExists(trx, verificationId)) ? ('gone' as const) : ('unknown' as const) };
    const right = timingSafeEqual(codeHash(ctx, v.id, code), Buffer.from(v.code_hash));
    if (!right) return { kind: 'wrong' as const, left: CODE_TRIES - v.attempts };
    await repo.markVerified(trx, v.id, now);
    const token = randomToken();
    const contactHash = Buffer.from(v.contact_hash);
    await repo.insertSession(trx, {
      tenant_id: tenant.id,
      token_hash: sha256(token),
      verification_id: v.id,
      channel: v.channel,
      contact_hash: contactHash,
      contact: v.contact,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_MAX_MS),
    });
    if (v.channel === 'email') {
      const confirmed = await repo.confirmEmailOfContact(trx, contactHash, now);
      await appendAudit(trx, ctx, confirmed.map((id) => ({ action: 'update', subjectType: 'person', subjectId: id, personId: id, note: 'e-mail confirmed by code' })), now);
    }
    const contact = tenant.cipher.decrypt(v.channel === 'email' ? 'email' : 'phone', v.contact);
    return { kind: 'ok' as const, token, contact: { channel: v.channel, masked: maskContact(v.channel, contact) } };
  });
  switch (outcome.kind) {
    case 'unknown':
      throw notFound('No such verification.', 'unknown-verification');
    case 'gone':
      throw gone('This code can no longer be used (expired, used, or too many wrong tries). Please request a new one.');
    case 'wrong':
      if (outcome.left <= 0) throw gone('Too many wrong codes. Please request a new one.');
      throw unprocessable([{ field: 'code', message: `This code is not right. ${outcome.left} ${outcome.left === 1 ? 'try' : 'tries'} left.`, code: 'wrong-code' }], 'The code is not right.');
    case 'ok':
      return { token: outcome.token, expiresInSeconds: SESSION_IDLE_MS / 1000, contact: outcome.contact };
  }
}
