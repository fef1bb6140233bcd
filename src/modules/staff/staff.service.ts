import { hash, verify } from '@node-rs/argon2';
import type { Deps, RequestCtx, StaffRole } from '../../context.js';
import { unauthorized } from '../../errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { appendAudit } from '../audit/audit.repo.js';
import { tenantById } from '../tenants/tenants.service.js';
import * as repo from './staff.repo.js';

// argon2id with OWASP's baseline parameters (19 MiB, 2 passes).
const ARGON = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | undefined;

/** Hashes a staff password with argon2id. */
export const hashPassword = (password: string) => hash(password, ARGON);

export type StaffUser = { id: string; email: string; displayName: string; role: StaffRole; centerId: string | null };

/** Checks e-mail and password and opens a server-side session; the same answer for unknown user and wrong password. */
export async function signIn(deps: Deps, email: string, password: string, meta: { route: string; requestId: string }) {
  const login = await repo.findLogin(deps.db.app, email.trim().toLowerCase());
  if (!login) {
    // Spend the same time as a real check so response times do not reveal which e-mails exist.
    await verify(await (dummyHash ??= hashPassword('not-a-password')), password).catch(() => false);
    throw unauthorized('E-mail or password is wrong.', 'wrong-credentials');
  }
  const ok = await verify(login.password_hash, password).catch(() => false);
  if (!ok || !login.active) throw unauthorized('E-mail or password is wrong.', 'wrong-credentials');

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
    });
    const ctx: RequestCtx = {
      tenant,
      actor: { type: 'staff', id: user.id, role: user.role as StaffRole, centerId: user.center_id, sessionId: session.id, csrfToken },
      ...meta,
    };
    await appendAudit(trx, ctx, [{ action: 'sign-in', subjectType: 'session', subjectId: session.id, personId: null }], now);
    return { token, csrfToken, expires, user: present(user) };
  });
}

/** Resolves a session cookie to the signed-in staff member, or null. */
export async function resolveSession(deps: Deps, token: string) {
  const s = await repo.findSessionUser(deps.db.app, sha256(token), deps.clock.now());
  if (!s) return null; // unknown, expired or revoked session, or a deactivated user
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

function present(u: { id: string; email: string; display_name: string; role: string; center_id: string | null }): StaffUser {
  return { id: u.id, email: u.email, displayName: u.display_name, role: u.role as StaffRole, centerId: u.center_id };
}
