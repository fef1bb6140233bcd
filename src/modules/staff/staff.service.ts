import { hash, verify } from '@node-rs/argon2';
import { demoSignInsAllowed } from '../../config.js';
import type { Deps, RequestCtx, StaffRole, TenantCtx } from '../../context.js';
import { Problem, unauthorized } from '../../errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { appendAudit } from '../audit/audit.repo.js';
import { tenantById, tenantBySlug } from '../tenants/tenants.service.js';
import { emailAuditName, lockedSeconds, normalizeEmail, recordFailure, resetFailures, SignInLocked, signInKeys, type SignInKeys } from './staff.lockout.js';
import { checkNewPassword } from './staff.password.js';
import * as repo from './staff.repo.js';

// argon2id with OWASP's baseline parameters (19 MiB, 2 passes).
const ARGON = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | undefined;

/** Hashes a staff password with argon2id. */
export const hashPassword = (password: string) => hash(password, ARGON);

export type StaffUser = { id: string; email: string; displayName: string; role: StaffRole; centerId: string | null };

/** Where a request came from: for the audit trail and the per-address lock-out. */
export type RequestMeta = { route: string; requestId: string; address: string };

/**
 * Checks e-mail and password and opens a server-side session; the same answer for unknown user and wrong
 * password. Failures lock the e-mail address and the client address out with back-off: while locked, the
 * answer is 429 whether the password is right or not and whether the account exists or not.
 */
export async function signIn(deps: Deps, email: string, password: string, meta: RequestMeta) {
  const keys = signInKeys(deps, email, meta.address);
  const [login, locked] = await Promise.all([repo.findLogin(deps.db.app, normalizeEmail(email)), lockedSeconds(deps, [keys.account, keys.address])]);
  if (locked) throw new SignInLocked(locked);
  let ok = false;
  if (!login) {
    // Spend the same time as a real check so response times do not reveal which e-mails exist.
    await verify(await (dummyHash ??= hashPassword('not-a-password')), password).catch(() => false);
  } else {
    ok = await verify(login.password_hash, password).catch(() => false);
  }
  // The demo accounts' password is published: outside demo mode on PostgreSQL it opens nothing.
  const knownPassword = ok && !demoSignInsAllowed(deps.config) && password === deps.config.demoPassword;
  if (!login || !ok || !login.active || knownPassword) {
    const reason = !login ? `unknown e-mail ${emailAuditName(deps, email)}` : !ok ? 'wrong password' : !login.active ? 'inactive account' : 'demo password outside demo mode';
    await failedSignIn(deps, keys, login ? { tenantId: login.tenant_id, userId: login.user_id } : null, reason, meta);
    throw unauthorized('E-mail or password is wrong.', 'wrong-credentials');
  }
  await resetFailures(deps, keys.account);

  const tenant = await tenantById(deps, login.tenant_id);
  const token = randomToken();
  const csrfToken = randomToken(24);
  const now = deps.clock.now();
  const expires = new Date(now.getTime() + deps.config.sessionHours * 3600_000);
  return deps.db.withTenant(tenant.id, async (trx) => {
    const user = await repo.getUser(trx, login.user_id);
    if (!user) throw unauthorized('E-mail or password is wrong.', 'wrong-credentials');
    const session = await repo.insertSession(trx, {
      tenant_id: tenant.id,
      user_id: user.id,
      token_hash: sha256(token),
      csrf_token: csrfToken,
      expires_at: expires,
      last_seen_at: now,
    });
    const ctx: RequestCtx = {
      tenant,
      actor: { type: 'staff', id: user.id, role: user.role as StaffRole, centerId: user.center_id, sessionId: session.id, csrfToken },
      route: meta.route,
      requestId: meta.requestId,
    };
    await appendAudit(trx, ctx, [{ action: 'sign-in', subjectType: 'session', subjectId: session.id, personId: null }], now);
    return { token, csrfToken, expires, user: present(user) };
  });
}

/**
 * Counts a failed sign-in towards the lock-outs and audits it: in the account's tenant naming the account,
 * or, for an e-mail without an account, in the default tenant naming a keyed hash of it (never the e-mail).
 */
async function failedSignIn(deps: Deps, keys: SignInKeys, account: { tenantId: string; userId: string } | null, reason: string, meta: RequestMeta) {
  const lockedFor = await recordFailure(deps, [keys.account, keys.address]);
  let tenant: TenantCtx;
  try {
    tenant = account ? await tenantById(deps, account.tenantId) : await tenantBySlug(deps, deps.config.defaultTenant);
  } catch {
    return; // no default tenant to write the entry to (an empty installation)
  }
  const now = deps.clock.now();
  const note = `${reason}${lockedFor ? `; locked for ${lockedFor} s` : ''}`;
  await deps.db.withTenant(tenant.id, (trx) =>
    appendAudit(
      trx,
      { tenant, actor: { type: 'staff', id: null }, route: meta.route, requestId: meta.requestId },
      [{ action: 'sign-in-failed', subjectType: 'staff_user', subjectId: account?.userId ?? null, personId: null, note }],
      now,
    ),
  );
}

/** Resolves a session cookie to the signed-in staff member, or null. */
export async function resolveSession(deps: Deps, token: string) {
  const now = deps.clock.now();
  const idleBefore = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000);
  const s = await repo.findSessionUser(deps.db.app, sha256(token), now, idleBefore);
  if (!s) return null; // unknown, expired, idle or revoked session, or a deactivated user
  const tenant = await tenantById(deps, s.tenant_id);
  return { tenant, sessionId: s.session_id, csrfToken: s.csrf_token, user: present({ ...s, id: s.user_id }) };
}

/** Revokes the current session. */
export async function signOut(deps: Deps, ctx: RequestCtx) {
  if (ctx.actor.type !== 'staff') return;
  const { sessionId } = ctx.actor;
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    await repo.revokeSession(trx, sessionId, now);
    await appendAudit(trx, ctx, [{ action: 'sign-out', subjectType: 'session', subjectId: sessionId, personId: null }], now);
  });
}

/**
 * Changes the signed-in user's password: the policy for the new one, the current one checked like a
 * sign-in (a wrong one counts towards the lock-out; while locked, 429). Every other session of the user is
 * revoked; the current one stays.
 */
export async function changePassword(deps: Deps, ctx: RequestCtx, input: { currentPassword: string; newPassword: string }, address: string) {
  if (ctx.actor.type !== 'staff') throw unauthorized();
  const actor = ctx.actor;
  const user = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.getUser(trx, actor.id));
  if (!user) throw unauthorized();
  const keys = signInKeys(deps, user.email, address);
  const locked = await lockedSeconds(deps, [keys.account, keys.address]);
  if (locked) throw new SignInLocked(locked);
  checkNewPassword(input.newPassword, 'newPassword');

  const stored = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.passwordHash(trx, actor.id));
  const ok = stored ? await verify(stored, input.currentPassword).catch(() => false) : false;
  if (!ok) {
    const lockedFor = await recordFailure(deps, [keys.account, keys.address]);
    const now = deps.clock.now();
    const note = `wrong current password${lockedFor ? `; locked for ${lockedFor} s` : ''}`;
    await deps.db.withTenant(ctx.tenant.id, (trx) =>
      appendAudit(trx, ctx, [{ action: 'password-change-failed', subjectType: 'staff_user', subjectId: actor.id, personId: null, note }], now),
    );
    const message = 'The current password is wrong.';
    throw new Problem(422, 'Unprocessable content', message, [{ field: 'currentPassword', message, code: 'current-password-wrong' }], 'current-password-wrong');
  }
  const newHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    await repo.setPasswordHash(trx, actor.id, newHash);
    const revoked = await repo.revokeUserSessions(trx, actor.id, now, actor.sessionId);
    await appendAudit(
      trx,
      ctx,
      [{ action: 'password-change', subjectType: 'staff_user', subjectId: actor.id, personId: null, note: `other sessions revoked: ${revoked}` }],
      now,
    );
  });
  await resetFailures(deps, keys.account);
}

/** Revokes every session of the signed-in user, the current one included ("sign out everywhere"). */
export async function signOutEverywhere(deps: Deps, ctx: RequestCtx) {
  if (ctx.actor.type !== 'staff') throw unauthorized();
  const actor = ctx.actor;
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const revoked = await repo.revokeUserSessions(trx, actor.id, now);
    await appendAudit(trx, ctx, [{ action: 'sign-out', subjectType: 'staff_user', subjectId: actor.id, personId: null, note: `everywhere: ${revoked} sessions` }], now);
  });
}

function present(u: { id: string; email: string; display_name: string; role: string; center_id: string | null }): StaffUser {
  return { id: u.id, email: u.email, displayName: u.display_name, role: u.role as StaffRole, centerId: u.center_id };
}
