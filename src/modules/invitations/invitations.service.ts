import { sql } from 'kysely';
import type { Deps, RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { conflict, notFound } from '../../errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { appendAudit, type AuditEntry } from '../audit/audit.repo.js';
import { afterWrite, bookForPerson } from '../booking/booking.service.js';
import { claimsFromHashes, decryptPerson, personForDecision } from '../citizens/citizens.service.js';
import { ruleSetInForce } from '../eligibility/eligibility.repo.js';
import type { RuleDefinition } from '../eligibility/eligibility.schema.js';
import { ageOn, decide, decisionFor } from '../eligibility/eligibility.service.js';
import { enqueue, preferredChannel, recipientOf } from '../notifications/notifications.service.js';
import { localDate } from '../../lib/clock.js';
import { tenantById } from '../tenants/tenants.service.js';
import * as repo from './invitations.repo.js';

const HORIZON_DAYS = 14;
const MAX_CANDIDATES = 100_000;
/** The largest wave one request may send (the route's limit). */
export const MAX_WAVE_SIZE = 100_000;

/**
 * Why an eligible person on the waiting list cannot be invited: no contact at all (only a postal code),
 * an e-mail address never confirmed and nothing else, or a street without a city (or a city without a
 * street: a letter needs both).
 */
export const UNREACHABLE_REASONS = ['no-contact', 'email-unconfirmed', 'incomplete-address'] as const;
/** One of UNREACHABLE_REASONS. */
export type UnreachableReason = (typeof UNREACHABLE_REASONS)[number];

/**
 * How an invitation reaches a person, from what is on file (nothing decrypted): a confirmed e-mail, a
 * phone, or a complete postal address (street and city; the postal code is always there); or why none.
 * Invitations never go to an e-mail address that was not confirmed.
 */
export function invitationChannel(p: { has_email: boolean; email_confirmed_at: Date | null; has_phone: boolean; has_street: boolean; has_city: boolean }):
  | { channel: 'email' | 'sms' | 'letter' }
  | { unreachable: UnreachableReason } {
  if (p.has_email && p.email_confirmed_at) return { channel: 'email' };
  if (p.has_phone) return { channel: 'sms' };
  if (p.has_street && p.has_city) return { channel: 'letter' };
  if (p.has_street || p.has_city) return { unreachable: 'incomplete-address' };
  if (p.has_email) return { unreachable: 'email-unconfirmed' };
  return { unreachable: 'no-contact' };
}

/** Whether a waiting person can be reached, and why not. */
function reachability(p: repo.WaitingPerson): { reachable: true } | { reachable: false; reason: UnreachableReason } {
  const c = invitationChannel(p);
  return 'channel' in c ? { reachable: true } : { reachable: false, reason: c.unreachable };
}

/**
 * The people waiting who are eligible under the rules in force, in priority order (group, then
 * registration time), each with their group and whether they can be reached.
 */
async function eligibleInLine(trx: Tx, ctx: RequestCtx, now: Date) {
  const rules = await ruleSetInForce(trx, now);
  const def = rules ? (rules.definition as RuleDefinition) : null;
  const day = localDate(now, ctx.tenant.timezone);
  return (await repo.waitingPeople(trx, MAX_CANDIDATES))
    .map((p) => {
      if (!def) return { p, rank: 0, group: null };
      const d = decide(def, { age: ageOn(ctx.tenant.cipher.decrypt('birth_date', p.birth_date), day), claims: claimsFromHashes(ctx.tenant, p.claim_hashes) }, now);
      if (!d.eligible) return null;
      const rank = def.groups.findIndex((g) => g.id === d.group!.id);
      return { p, rank, group: def.groups[rank] ?? null };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => a.rank - b.rank || a.p.registered_at.getTime() - b.p.registered_at.getTime())
    .map((x) => ({ ...x, ...reachability(x.p) }));
}

/** Counts of people who cannot be reached, by reason (open for more reasons). */
function unreachableOf(people: { reachable: boolean; reason?: UnreachableReason }[]) {
  const byReason = Object.fromEntries(UNREACHABLE_REASONS.map((r) => [r, 0])) as Record<UnreachableReason, number>;
  let count = 0;
  for (const x of people) {
    if (x.reachable || !x.reason) continue;
    byReason[x.reason]++;
    count++;
  }
  return { count, byReason };
}

/**
 * What a wave would do, without sending anything: the eligible people waiting (reachable or not, why
 * not), the free places in the coming two weeks by center and region, per priority group, and how many
 * a wave of `size` (default: as many as there are free places) would invite.
 */
export async function previewWave(deps: Deps, ctx: RequestCtx, input: { size?: number }) {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const centers = await repo.freePlacesByCenter(trx, now, HORIZON_DAYS);
    const free = centers.reduce((s, c) => s + c.free, 0);
    const people = await eligibleInLine(trx, ctx, now);
    const reachable = people.filter((x) => x.reachable);
    const suggested = Math.min(free, reachable.length, MAX_WAVE_SIZE);
    const size = Math.min(input.size ?? suggested, MAX_WAVE_SIZE);
    const invited = reachable.slice(0, size);
    const groups = new Map<string, { groupId: string; label: { de: string; en: string } | null; eligible: number; reachable: number; wouldInvite: number }>();
    const groupOf = (x: (typeof people)[number]) => {
      const id = x.group?.id ?? '';
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { groupId: id, label: x.group?.label ?? null, eligible: 0, reachable: 0, wouldInvite: 0 }));
      return g;
    };
    for (const x of people) {
      const g = groupOf(x);
      g.eligible++;
      if (x.reachable) g.reachable++;
    }
    for (const x of invited) groupOf(x).wouldInvite++;
    const regions = new Map<string, number>();
    for (const c of centers) regions.set(c.region, (regions.get(c.region) ?? 0) + c.free);
    return {
      at: now.toISOString(),
      horizonDays: HORIZON_DAYS,
      eligible: people.length,
      reachable: reachable.length,
      unreachable: unreachableOf(people),
      freePlaces: {
        total: free,
        byRegion: [...regions].map(([region, n]) => ({ region, free: n })).sort((a, b) => b.free - a.free || a.region.localeCompare(b.region)),
        byCenter: centers.map((c) => ({ centerId: c.center_id, center: c.center, region: c.region, free: c.free })),
      },
      byGroup: [...groups.values()],
      suggestedSize: suggested,
      maxSize: MAX_WAVE_SIZE,
      size,
      wouldInvite: invited.length,
    };
  });
}

/** Past invitation waves, newest first: when, by whom, the size asked for and how many were invited. */
export async function listWaves(deps: Deps, ctx: RequestCtx) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) =>
    (await repo.listWaves(trx, 50)).map((w) => ({ id: w.id, createdAt: new Date(w.created_at).toISOString(), createdBy: w.created_by, size: w.size, invited: w.invited })),
  );
}

/**
 * Invites the next people in line: eligible under the rules in force, in priority order (group, then
 * registration time), as many as asked for. People who cannot be reached are passed over and counted.
 * Each gets a booking link valid for the tenant's invitation time.
 */
export async function createWave(deps: Deps, ctx: RequestCtx, input: { size: number }, trxIn?: Tx) {
  const now = deps.clock.now();
  const run = async (trx: Tx) => {
    const places = await repo.freePlaces(trx, now, HORIZON_DAYS);
    const size = Math.min(input.size, MAX_WAVE_SIZE);
    const settings = await trx.selectFrom('tenant_settings').select('invitation_valid_hours').executeTakeFirst();
    const validHours = settings?.invitation_valid_hours ?? 48;
    const ranked = await eligibleInLine(trx, ctx, now);

    const waveId = await repo.insertWave(trx, { tenant_id: ctx.tenant.id, created_by: ctx.actor.type === 'staff' ? ctx.actor.id : null, size, created_at: now });
    const audit: AuditEntry[] = [];
    const passedOver: typeof ranked = [];
    let invited = 0;
    for (const x of ranked) {
      if (invited >= size) break;
      const { p } = x;
      if (!x.reachable) {
        passedOver.push(x);
        continue;
      }
      const r = await recipientOf(trx, ctx.tenant, p.id);
      if (r.to.email && !p.email_confirmed_at) delete r.to.email;
      const channel = preferredChannel(r.to);
      const token = randomToken();
      const expiresAt = new Date(now.getTime() + validHours * 3600_000);
      const id = await repo.insertInvitation(trx, { tenant_id: ctx.tenant.id, person_id: p.id, wave_id: waveId, token_hash: sha256(token), expires_at: expiresAt });
      await enqueue(trx, ctx.tenant, {
        channel,
        template: 'invitation',
        language: r.language,
        personId: p.id,
        to: r.to,
        data: { bookUrl: `${deps.config.publicUrl}/invitation?token=${token}`, expiresAt: expiresAt.toISOString() },
      });
      audit.push({ action: 'create', subjectType: 'invitation', subjectId: id, personId: p.id });
      invited++;
    }
    await appendAudit(trx, ctx, audit, now);
    // Unreachable: the people in line before the last one invited (or all, when the line ran out) who were passed over.
    return { waveId, invited, freePlaces: places, unreachable: unreachableOf(passedOver) };
  };
  return trxIn ? run(trxIn) : deps.db.withTenant(ctx.tenant.id, run);
}

/** The tenant an invitation link belongs to (the link carries only its token). */
async function linkContext(deps: Deps, token: string, meta: { route: string; requestId: string }) {
  const hash = sha256(token);
  const found = await sql<{ t: string | null }>`select app_invitation_tenant(${hash}) as t`.execute(deps.db.app);
  const tenantId = found.rows[0]?.t;
  if (!tenantId) throw notFound('This invitation link is not known.', 'unknown-invitation');
  const ctx: RequestCtx = { tenant: await tenantById(deps, tenantId), actor: { type: 'citizen', id: null }, ...meta };
  return { ctx, hash };
}

async function openInvitation(trx: Tx, hash: Buffer, now: Date) {
  const inv = await repo.invitationByToken(trx, hash);
  if (!inv) throw notFound('This invitation link is not known.', 'unknown-invitation');
  if (inv.status === 'open' && new Date(inv.expires_at) <= now) {
    await repo.setStatus(trx, inv.id, 'expired', now);
    inv.status = 'expired';
  }
  return inv;
}

/** What the invitation page shows: status, expiry, the person's first name and what they may book. */
export async function viewInvitation(deps: Deps, token: string, meta: { route: string; requestId: string }) {
  const { ctx, hash } = await linkContext(deps, token, meta);
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const inv = await openInvitation(trx, hash, now);
    const row = await trx.selectFrom('persons').select(['given_name', 'family_name', 'birth_date']).where('id', '=', inv.person_id).executeTakeFirstOrThrow();
    const person = decryptPerson(ctx.tenant, row);
    const p = (await personForDecision(trx, ctx.tenant, inv.person_id))!;
    await appendAudit(trx, ctx, [{ action: 'read', subjectType: 'invitation', subjectId: inv.id, personId: inv.person_id }], now);
    return {
      status: inv.status,
      expiresAt: new Date(inv.expires_at).toISOString(),
      givenName: person.givenName,
      decision: await decisionFor(trx, ctx.tenant.timezone, p, now),
    };
  });
}

function assertOpen(inv: { status: string }) {
  if (inv.status === 'expired') throw conflict('This invitation has expired. You stay registered and will be invited again.', 'invitation-expired');
  if (inv.status !== 'open') throw conflict('This invitation has already been used or declined.', 'invitation-closed');
}

/** Books through an invitation link: the invited person, no other details needed. */
export async function bookInvitation(deps: Deps, token: string, input: { slotId: string; product: string }, meta: { route: string; requestId: string }) {
  const { ctx, hash } = await linkContext(deps, token, meta);
  const now = deps.clock.now();
  const booked = await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const inv = await openInvitation(trx, hash, now);
    assertOpen(inv);
    const result = await bookForPerson(deps, ctx, inv.person_id, input, trx);
    await repo.setStatus(trx, inv.id, 'accepted', now);
    return result;
  });
  afterWrite(deps, ctx, booked.appointments);
  return booked;
}

/** Declines an invitation; the person stays in line for the next wave. */
export async function declineInvitation(deps: Deps, token: string, meta: { route: string; requestId: string }) {
  const { ctx, hash } = await linkContext(deps, token, meta);
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const inv = await openInvitation(trx, hash, now);
    assertOpen(inv);
    await repo.setStatus(trx, inv.id, 'declined', now);
    await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'invitation', subjectId: inv.id, personId: inv.person_id, note: 'declined' }], now);
    return { status: 'declined' as const };
  });
}

/**
 * Expires invitations past their time and passes each place to the next person in line.
 * Runs from the background job; works tenant by tenant.
 */
export async function expireAndRefill(deps: Deps, now = deps.clock.now()) {
  const tenants = await sql<{ tenant_id: string }>`select * from app_tenants_with_expired_invitations(${now})`.execute(deps.db.app);
  let expired = 0;
  for (const { tenant_id } of tenants.rows) {
    const tenant = await tenantById(deps, tenant_id);
    const ctx: RequestCtx = { tenant, actor: { type: 'system', id: null }, route: 'job invitations', requestId: 'job' };
    await deps.db.withTenant(tenant_id, async (trx) => {
      const n = await repo.expireDue(trx, now);
      expired += n;
      if (n > 0) await createWave(deps, ctx, { size: n }, trx);
    });
  }
  return expired;
}
