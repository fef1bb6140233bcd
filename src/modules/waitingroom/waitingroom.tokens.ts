import { createHmac } from 'node:crypto';
import type { Deps } from '../../context.js';
import { safeEqual } from '../../lib/crypto.js';

// Tickets and admission tokens are HMAC-signed strings (key derived from the master key), so any process
// can check them without a lookup:  t1.<tenant>.<seq>.<sig>  and  a1.<tenant>.<seq>.<expiresMs>.<sig>.
// The prefixes keep one kind from passing as the other.

function key(deps: Deps) {
  return (deps.state.waitingRoomKey ??= deps.keys.derive('waiting-room'));
}

const sign = (deps: Deps, body: string) => createHmac('sha256', key(deps)).update(body).digest('base64url');
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TICKET = new RegExp(`^t1\\.(${UUID})\\.(\\d{1,15})\\.([A-Za-z0-9_-]{43})$`);
const ADMISSION = new RegExp(`^a1\\.(${UUID})\\.(\\d{1,15})\\.(\\d{1,15})\\.([A-Za-z0-9_-]{43})$`);

/** The pattern of a ticket, for the route schema. */
export const TICKET_PATTERN = new RegExp(`^t1\\.${UUID}\\.\\d{1,15}\\.[A-Za-z0-9_-]{43}$`);

export function signTicket(deps: Deps, tenantId: string, seq: number): string {
  const body = `t1.${tenantId}.${seq}`;
  return `${body}.${sign(deps, body)}`;
}

/** The ticket's number if it is genuine and belongs to the tenant, else null. */
export function verifyTicket(deps: Deps, tenantId: string, ticket: string): number | null {
  const m = TICKET.exec(ticket);
  if (!m || m[1] !== tenantId) return null;
  return safeEqual(m[3], sign(deps, `t1.${m[1]}.${m[2]}`)) ? Number(m[2]) : null;
}

export function signAdmission(deps: Deps, tenantId: string, seq: number, expires: Date): string {
  const body = `a1.${tenantId}.${seq}.${expires.getTime()}`;
  return `${body}.${sign(deps, body)}`;
}

/** Whether an admission token is genuine, for this tenant and not expired at `now`. */
export function verifyAdmission(deps: Deps, tenantId: string, token: string, now: Date): boolean {
  const m = ADMISSION.exec(token);
  if (!m || m[1] !== tenantId) return false;
  if (!safeEqual(m[4], sign(deps, `a1.${m[1]}.${m[2]}.${m[3]}`))) return false;
  return Number(m[3]) > now.getTime();
}
