import { sql, type Selectable } from 'kysely';
import type { Deps, RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import type { WaitingRoomStateTable } from '../../db/types.js';
import { Problem } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { advance, join, pollAfterSeconds, waitMs, type Counter } from './waitingroom.admission.js';
import { signAdmission, signTicket, verifyTicket } from './waitingroom.tokens.js';

export type Mode = 'on' | 'off' | 'auto';
type Row = Selectable<WaitingRoomStateTable>;

/** Auto mode switches off only after it has been on this long, the load is below half and nobody waits. */
export const AUTO_CALM_MS = 60_000;

export type TicketStatus = {
  ticket: string;
  position: number;
  estimatedWaitSeconds: number;
  pollAfterSeconds: number;
  admitted: boolean;
  admissionToken?: string;
  admissionExpiresAt?: string;
  /** Seconds the token is valid from this answer on: what a browser counts with, whatever its own clock says. */
  admissionValidSeconds?: number;
};

export type RoomStatus = {
  mode: Mode;
  source: 'config' | 'admin';
  active: boolean;
  activeSince: string | null;
  waiting: number;
  issued: number;
  admitted: number;
  admissionsPerMinute: number;
  autoRps: number;
  admissionMinutes: number;
};

const counterOf = (r: Row): Counter => ({ issued: r.issued, admitted: r.admitted, epochMs: r.rate_epoch.getTime(), count: r.rate_count });
const modeOf = (deps: Deps, r: Row | undefined): Mode => r?.mode ?? deps.config.waitingRoom.mode;
/** Whether the room should be active: on, or auto and switched on by load. */
const effective = (deps: Deps, r: Row | undefined) => {
  const mode = modeOf(deps, r);
  return mode === 'on' || (mode === 'auto' && (r?.auto_active ?? false));
};
const rate = (deps: Deps) => deps.config.waitingRoom.admissionsPerMinute;

async function readRow(trx: Tx, lock: boolean): Promise<Row | undefined> {
  let q = trx.selectFrom('waiting_room_state').selectAll();
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The state row, locked (created with the defaults on first use). */
async function lockRow(trx: Tx, tenantId: string, now: Date): Promise<Row> {
  await trx
    .insertInto('waiting_room_state')
    .values({ tenant_id: tenantId, auto_changed_at: now, active_since: now, rate_epoch: now })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
  return (await readRow(trx, true))!;
}

/**
 * Brings the stored effective state in line with mode and auto switch (the row is locked).
 * A change either way lets everyone who waits in (their tokens run from now) and restarts the admission clock.
 */
async function settle(trx: Tx, deps: Deps, row: Row, now: Date): Promise<Row> {
  const active = effective(deps, row);
  if (active === row.active) return row;
  await trx.updateTable('waiting_room_tickets').set({ admitted_at: now }).where('admitted_at', 'is', null).execute();
  return trx
    .updateTable('waiting_room_state')
    .set({ active, active_since: now, admitted: row.issued, rate_epoch: now, rate_count: 0 })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The current state row, settled; writes only when the effective state changed (rare). */
export async function currentState(deps: Deps, tenantId: string): Promise<{ row: Row | undefined; active: boolean }> {
  const row = await deps.db.withTenant(tenantId, (trx) => readRow(trx, false));
  if (effective(deps, row) === (row?.active ?? false)) return remember(deps, tenantId, { row, active: row?.active ?? false });
  const now = deps.clock.now();
  const settled = await deps.db.withTenant(tenantId, async (trx) => settle(trx, deps, await lockRow(trx, tenantId, now), now));
  return remember(deps, tenantId, { row: settled, active: settled.active });
}

/**
 * How long the guard may act on a state it read (per process). Every public write passes the guard, and
 * reading the row costs a transaction; at peak that is thousands of reads per second of a row that changes
 * when an admin switches the room or auto mode trips. A switch made in this process applies at once
 * (setMode and autoSwitch refresh the copy); one made in another process applies here within this time.
 */
export const GUARD_STATE_TTL_MS = 500;

/** The waiting room's row and whether it is on, as the guard sees it. */
export type GuardState = { row: Row | undefined; active: boolean };
type State = GuardState;

function remember(deps: Deps, tenantId: string, state: State): State {
  (deps.state.waitingRoomStates ??= new Map()).set(tenantId, { readAt: performance.now(), state });
  return state;
}

/**
 * The state as the guard sees it: read at most every GUARD_STATE_TTL_MS (wall time, whatever the app's clock),
 * and once at a time: the requests of a rush that find the copy stale wait for the one read under way instead
 * of each taking a pooled connection for the same row.
 */
export async function guardState(deps: Deps, tenantId: string): Promise<State> {
  const hit = deps.state.waitingRoomStates?.get(tenantId);
  if (hit && performance.now() - hit.readAt < GUARD_STATE_TTL_MS) return hit.state;
  return oneAtATime(deps, `state ${tenantId}`, () => currentState(deps, tenantId));
}

/** Runs `work` once per key at a time in this process; callers that come while it runs share its outcome. */
function oneAtATime<T>(deps: Deps, key: string, work: () => Promise<T>): Promise<T> {
  const byKey = (deps.state.waitingRoomUnderWay ??= new Map());
  const running = byKey.get(key);
  if (running) return running as Promise<T>;
  const started = work().finally(() => byKey.delete(key));
  byKey.set(key, started);
  return started;
}

async function saveCounter(trx: Tx, c: Counter) {
  await trx
    .updateTable('waiting_room_state')
    .set({ issued: c.issued, admitted: c.admitted, rate_epoch: new Date(c.epochMs), rate_count: c.count })
    .execute();
}

function admission(deps: Deps, tenantId: string, seq: number, ticket: string, admittedAt: Date, now: Date): TicketStatus {
  const expires = new Date(admittedAt.getTime() + deps.config.waitingRoom.admissionMinutes * 60_000);
  return {
    ticket,
    position: 0,
    estimatedWaitSeconds: 0,
    pollAfterSeconds: 0,
    admitted: true,
    admissionToken: signAdmission(deps, tenantId, seq, expires),
    admissionExpiresAt: expires.toISOString(),
    admissionValidSeconds: Math.max(0, Math.floor((expires.getTime() - now.getTime()) / 1000)),
  };
}

function waiting(deps: Deps, c: Counter, seq: number, ticket: string, now: Date): TicketStatus {
  const wait = Math.ceil(waitMs(c, seq, now.getTime(), rate(deps)) / 1000);
  return { ticket, position: seq - c.admitted, estimatedWaitSeconds: wait, pollAfterSeconds: pollAfterSeconds(wait), admitted: false };
}

const expired = () =>
  new Problem(410, 'Gone', 'This ticket has been used up or has expired: take a new one.', undefined, 'waiting-room-ticket-expired', {
    de: 'Diese Wartenummer ist abgelaufen. Sie erhalten eine neue.',
    en: 'This ticket has expired. You will get a new one.',
  });
const unknownTicket = () => new Problem(404, 'Not found', 'Unknown waiting-room ticket.', undefined, 'waiting-room-ticket');

/** Takes a place in the queue. While the room is off, everyone is admitted at once. */
export async function takeTicket(deps: Deps, tenantId: string): Promise<TicketStatus> {
  const now = deps.clock.now();
  const { active } = await currentState(deps, tenantId);
  if (!active) return admission(deps, tenantId, 0, signTicket(deps, tenantId, 0), now, now);
  return deps.db.withTenant(tenantId, async (trx) => {
    const row = await settle(trx, deps, await lockRow(trx, tenantId, now), now);
    if (!row.active) return admission(deps, tenantId, 0, signTicket(deps, tenantId, 0), now, now);
    const { counter, seq } = join(counterOf(row), now.getTime(), rate(deps));
    await saveCounter(trx, counter);
    const isIn = seq <= counter.admitted;
    await trx.insertInto('waiting_room_tickets').values({ tenant_id: tenantId, seq, joined_at: now, admitted_at: isIn ? now : null }).execute();
    const ticket = signTicket(deps, tenantId, seq);
    return isIn ? admission(deps, tenantId, seq, ticket, now, now) : waiting(deps, counter, seq, ticket, now);
  });
}

/** Where a ticket stands; admits the next in line when their time has come, and hands out the admission token. */
export async function ticketStatus(deps: Deps, tenantId: string, ticket: string): Promise<TicketStatus> {
  const seq = verifyTicket(deps, tenantId, ticket);
  if (seq === null) throw unknownTicket();
  const now = deps.clock.now();
  const { row, active } = await currentState(deps, tenantId);
  if (!active || !row) return admission(deps, tenantId, seq, ticket, now, now);
  if (seq === 0 || seq > row.issued) throw expired();
  let c = counterOf(row);
  if (seq > c.admitted && advance(c, now.getTime(), rate(deps)) !== c) {
    // Someone's turn has come: advance the shared counter under the row lock (recomputed from the locked row).
    c = await deps.db.withTenant(tenantId, async (trx) => {
      const locked = await settle(trx, deps, await lockRow(trx, tenantId, now), now);
      const next = advance(counterOf(locked), now.getTime(), rate(deps));
      if (next.admitted !== locked.admitted) await saveCounter(trx, next);
      return next;
    });
  }
  if (seq > c.admitted) return waiting(deps, c, seq, ticket, now);
  const admittedAt = await deps.db.withTenant(tenantId, async (trx) => {
    const r = await trx
      .updateTable('waiting_room_tickets')
      .set({ admitted_at: sql<Date>`coalesce(admitted_at, ${now})` })
      .where('seq', '=', seq)
      .returning('admitted_at')
      .executeTakeFirst();
    return r?.admitted_at ?? null;
  });
  if (!admittedAt) throw expired();
  if (admittedAt.getTime() + deps.config.waitingRoom.admissionMinutes * 60_000 <= now.getTime()) throw expired();
  return admission(deps, tenantId, seq, ticket, admittedAt, now);
}

/** How long a ticket that was never admitted is kept: nobody waits a day (switching the room off admits everyone). */
export const TICKET_KEEP_MS = 24 * 3_600_000;

/**
 * Deletes the tickets nobody can use any more, for every tenant: admitted, with their admission minutes
 * over, or taken a day ago. A rush leaves millions; at most `batch` go per tenant and run, so a run
 * holds no long lock and the rest go in the next. A pruned ticket asked about again is expired (410),
 * as it was already.
 */
export async function pruneTickets(deps: Deps, now = deps.clock.now(), batch = 10_000): Promise<number> {
  const usedUp = new Date(now.getTime() - deps.config.waitingRoom.admissionMinutes * 60_000);
  const stale = new Date(now.getTime() - TICKET_KEEP_MS);
  const tenants = await sql<{ tenant_id: string }>`select * from app_tenant_ids()`.execute(deps.db.app);
  let pruned = 0;
  for (const { tenant_id } of tenants.rows) {
    const r = await deps.db.withTenant(tenant_id, (trx) =>
      trx
        .deleteFrom('waiting_room_tickets')
        .where('seq', 'in', (eb) =>
          eb
            .selectFrom('waiting_room_tickets')
            .select('seq')
            .where((w) => w.or([w('admitted_at', '<=', usedUp), w('joined_at', '<=', stale)]))
            .orderBy('seq')
            .limit(batch),
        )
        .executeTakeFirst(),
    );
    pruned += Number(r.numDeletedRows);
  }
  return pruned;
}

/** Auto mode: switches the room on above `autoRps` public writes per second, off when calm and nobody waits. */
export async function autoSwitch(deps: Deps, tenantId: string, rps: number, row: Row | undefined): Promise<void> {
  if (modeOf(deps, row) !== 'auto') return;
  const { autoRps } = deps.config.waitingRoom;
  const now = deps.clock.now();
  const on = row?.auto_active ?? false;
  // The requests that see the load pass the level together all want the same switch: one of them makes it
  // (locking the state row), the others wait for it rather than queue on the lock, each holding a connection.
  if (!on && rps > autoRps) {
    await oneAtATime(deps, `switch on ${tenantId}`, async () => {
      const switched = await deps.db.withTenant(tenantId, async (trx) => {
        const locked = await lockRow(trx, tenantId, now);
        if (locked.auto_active) return false;
        await trx.updateTable('waiting_room_state').set({ auto_active: true, auto_changed_at: now }).execute();
        await settle(trx, deps, { ...locked, auto_active: true }, now);
        return true;
      });
      await currentState(deps, tenantId); // this process's guard acts on the switch at once
      if (switched) deps.log.warn({ tenantId, rps }, 'waiting room switched on automatically');
    });
  } else if (on && row && rps < autoRps / 2 && now.getTime() - row.auto_changed_at.getTime() >= AUTO_CALM_MS) {
    await oneAtATime(deps, `switch off ${tenantId}`, async () => {
      const done = await deps.db.withTenant(tenantId, async (trx) => {
        const locked = await lockRow(trx, tenantId, now);
        const c = advance(counterOf(locked), now.getTime(), rate(deps));
        if (!locked.auto_active || c.admitted < c.issued) return false;
        await trx.updateTable('waiting_room_state').set({ auto_active: false, auto_changed_at: now }).execute();
        await settle(trx, deps, { ...locked, auto_active: false }, now);
        return true;
      });
      if (done) {
        await currentState(deps, tenantId);
        deps.log.info({ tenantId, rps }, 'waiting room switched off automatically');
      }
    });
  }
}

/** The room as the campaign admin sees it. */
export async function roomStatus(deps: Deps, tenantId: string): Promise<RoomStatus> {
  const { row, active } = await currentState(deps, tenantId);
  const c = row ? advance(counterOf(row), deps.clock.now().getTime(), rate(deps)) : { issued: 0, admitted: 0 };
  const { admissionsPerMinute, autoRps, admissionMinutes } = deps.config.waitingRoom;
  return {
    mode: modeOf(deps, row),
    source: row?.mode ? 'admin' : 'config',
    active,
    activeSince: active && row ? row.active_since.toISOString() : null,
    waiting: active ? c.issued - c.admitted : 0,
    issued: c.issued,
    admitted: c.admitted,
    admissionsPerMinute,
    autoRps,
    admissionMinutes,
  };
}

/** A campaign admin switches the room on, off or to automatic; stored for every process, audited. */
export async function setMode(deps: Deps, ctx: RequestCtx, mode: Mode): Promise<RoomStatus> {
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const row = await lockRow(trx, ctx.tenant.id, now);
    const updated = await trx
      .updateTable('waiting_room_state')
      .set({ mode, mode_changed_at: now, ...(mode === 'auto' && row.mode !== 'auto' ? { auto_active: false, auto_changed_at: now } : {}) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await settle(trx, deps, updated, now);
    await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'settings', subjectId: null, personId: null, note: `waiting room: ${mode}` }], now);
  });
  return roomStatus(deps, ctx.tenant.id);
}
