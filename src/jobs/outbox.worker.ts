import { sql } from 'kysely';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { Deps, TenantCtx } from '../context.js';
import * as repo from '../modules/notifications/notifications.repo.js';
import { expireAndRefill } from '../modules/invitations/invitations.service.js';
import { decryptPayload, queueReminders, renderStored } from '../modules/notifications/notifications.service.js';
import { renderEmail, renderSms } from '../modules/notifications/notifications.templates.js';
import { closeTransports, DeliveryError, sendEmail, sendSms } from '../modules/notifications/notifications.transport.js';
import { tenantById } from '../modules/tenants/tenants.service.js';
import { pruneTickets } from '../modules/waitingroom/waitingroom.service.js';

export { queueReminders } from '../modules/notifications/notifications.service.js';

/** After this many failed attempts a message is given up ("dead"). */
export const MAX_ATTEMPTS = 8;
/** Messages claimed per tenant and round. */
const BATCH = 20;
/** Rounds per tenant and run, so one busy tenant cannot starve the others for long. */
const MAX_ROUNDS = 10;
/** Messages sent at the same time. */
const CONCURRENCY = 4;
/** A claimed message is not due for other workers for this long. */
export const LEASE_MS = 10 * 60_000;
/** A claim older than this (lease minus a margin) is not sent any more: it goes back to be claimed again. */
const SEND_WITHIN_MS = LEASE_MS - 2 * 60_000;

/** Delay before the next attempt after `attempts` failures: 1, 2, 4, ... minutes, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

function warnOnce(deps: Deps, key: string, msg: string) {
  const w = (deps.state.warned ??= new Set());
  if (w.has(key)) return;
  w.add(key);
  deps.log.warn(msg);
}

/** The channels the worker can deliver with this configuration; letters are printed, never sent here. */
function deliverableChannels(deps: Deps): repo.Channel[] {
  const channels: repo.Channel[] = [];
  if (deps.config.smtpUrl) channels.push('email');
  else warnOnce(deps, 'smtp', 'VAXOPS_SMTP_URL is not set: e-mails stay in the outbox until it is');
  if (deps.config.smsUrl) channels.push('sms');
  else warnOnce(deps, 'sms', 'VAXOPS_SMS_URL is not set: SMS stay in the outbox until it is');
  return channels;
}

const clean = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40);

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(lanes);
}

/** Renders and sends one claimed message; throws DeliveryError with a reason free of personal data. */
async function send(deps: Deps, tenant: TenantCtx, row: repo.OutboxRow, now: Date) {
  let payload;
  let doc;
  try {
    payload = decryptPayload(tenant, row.payload);
    doc = renderStored(deps, tenant, row.template, row.language, payload, now);
  } catch {
    throw new DeliveryError(`render: cannot render ${row.template}`, true);
  }
  if (row.channel === 'email') {
    if (!payload.to.email) throw new DeliveryError('no e-mail address', true);
    await sendEmail(deps, payload.to.email, renderEmail(doc, row.language));
  } else if (row.channel === 'sms') {
    if (!payload.to.phone) throw new DeliveryError('no phone number', true);
    await sendSms(deps, payload.to.phone, renderSms(doc));
  } else {
    throw new DeliveryError('letters are printed, not sent', true);
  }
}

/**
 * Delivers the due e-mails and SMS of every tenant that has some. Per tenant, a short transaction
 * claims a batch (FOR UPDATE SKIP LOCKED, then leased by moving next_attempt_at), so several workers
 * or processes take disjoint messages and no transaction stays open while talking to SMTP or the SMS
 * gateway. Each result is recorded right after its send: sent, or a failure with exponential backoff,
 * dead after MAX_ATTEMPTS. Delivery is at least once: a crash between send and record sends again
 * after the lease.
 */
export async function deliverDue(deps: Deps, now: Date = deps.clock.now()): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  const channels = deliverableChannels(deps);
  if (channels.length === 0) return result;
  const tenants = await sql<{ tenant_id: string }>`select * from app_tenants_with_due_outbox(${now})`.execute(deps.db.app);
  for (const { tenant_id } of tenants.rows) {
    const tenant = await tenantById(deps, tenant_id);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const claimedAt = performance.now();
      const rows = await deps.db.withTenant(tenant.id, (trx) =>
        repo.claimDue(trx, { channels, now, leaseUntil: new Date(now.getTime() + LEASE_MS), limit: BATCH }),
      );
      await mapLimit(rows, CONCURRENCY, async (row) => {
        // The lease is running out (a slow server): leave the rest for the next claim rather than risk a duplicate.
        if (performance.now() - claimedAt > SEND_WITHIN_MS) return;
        let failure: DeliveryError | null = null;
        try {
          await send(deps, tenant, row, now);
        } catch (err) {
          failure = err instanceof DeliveryError ? err : new DeliveryError(`internal ${clean((err as Error)?.name ?? 'error')}`);
        }
        if (!failure) {
          await deps.db.withTenant(tenant.id, (trx) => repo.markSent(trx, row.id, now));
          result.sent++;
        } else {
          const attempts = row.attempts + 1;
          const dead = failure.permanent || attempts >= MAX_ATTEMPTS;
          await deps.db.withTenant(tenant.id, (trx) =>
            repo.markFailed(trx, row.id, { attempts, error: failure.reason, next: new Date(now.getTime() + backoffMs(attempts)), dead }),
          );
          result.failed++;
          deps.log.warn({ outboxId: row.id, channel: row.channel, template: row.template, attempts, dead, reason: failure.reason }, 'outbox delivery failed');
        }
      });
      if (rows.length < BATCH) break;
    }
  }
  if (result.sent || result.failed) deps.log.info(result, 'outbox delivered');
  return result;
}

const PRUNE_EVERY_MS = 10 * 60_000;
/** After failed runs the next waits longer (the interval doubled per failure), but never longer than this. */
export const MAX_RETRY_MS = 15_000;

/**
 * Runs the outbox every config.outboxIntervalMs: queue tomorrow's reminders, expire invitations and
 * invite the next in line, then deliver what is due; on the first run and every ten minutes after, also
 * prune used waiting-room tickets. Runs never overlap (the next is scheduled when one ends); stop() waits
 * for a running one. A failed run never stops the worker: the next one comes later (backoff), and while
 * the database is away that is logged once, not every run.
 */
export function startOutboxWorker(deps: Deps): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let prunedAt = -Infinity;
  let failures = 0;
  let databaseAway = false;

  const tick = async () => {
    try {
      if (performance.now() - prunedAt >= PRUNE_EVERY_MS) {
        const n = await pruneTickets(deps);
        prunedAt = performance.now(); // only once done: a prune the database refused is tried on the next run
        if (n) deps.log.info({ tickets: n }, 'waiting-room tickets pruned');
      }
      await queueReminders(deps, deps.clock.now());
      // Expired invitations pass their places to the next people in line (queued in the outbox too).
      await expireAndRefill(deps, deps.clock.now());
      await deliverDue(deps);
      if (failures) deps.log.info({ failedRuns: failures }, 'outbox runs again');
      failures = 0;
      databaseAway = false;
    } catch (err) {
      failures++;
      const e = err as { name?: string; code?: string; message?: string };
      if (isDatabaseUnavailable(err)) {
        // Once per outage, and the code only (no message, no data).
        if (!databaseAway) deps.log.warn({ code: e?.code }, 'outbox paused: database unavailable; retrying');
        databaseAway = true;
      } else {
        deps.log.error({ err: { name: e?.name, code: e?.code, message: e?.message } }, 'outbox run failed');
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    const interval = deps.config.outboxIntervalMs;
    const delay = failures ? Math.min(interval * 2 ** Math.min(failures, 20), Math.max(interval, MAX_RETRY_MS)) : interval;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        schedule();
      });
    }, delay);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      closeTransports(deps);
    },
  };
}
