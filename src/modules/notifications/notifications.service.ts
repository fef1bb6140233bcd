import { sql, type RawBuilder } from 'kysely';
import type { Deps, RequestCtx, TenantCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { conflict, notFound, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { formatCode, openBookingCode } from '../../kernel/codes.js';
import { localDate } from '../../lib/clock.js';
import { tenantById } from '../tenants/tenants.service.js';
import { renderLetters, type Letter } from './notifications.letters.js';
import * as repo from './notifications.repo.js';
import {
  formatDate,
  renderDoc,
  TEMPLATE_NAMES,
  type AppointmentData,
  type Doc,
  type Language,
  type RenderContext,
  type TemplateData,
  type TemplateName,
} from './notifications.templates.js';

export type { AppointmentData, Language, TemplateData, TemplateName } from './notifications.templates.js';
export type Channel = repo.Channel;

/** Where a message goes. E-mail needs `email`, SMS `phone`, a letter the postal fields. */
export type Recipient = { email?: string; phone?: string; name?: string; street?: string; postalCode?: string; city?: string };

/** One message for the outbox; `data` is checked against the template's data type. */
export type OutboxMessage = {
  [K in TemplateName]: {
    channel: Channel;
    template: K;
    language: Language;
    personId?: string;
    to: Recipient;
    data: TemplateData[K];
  };
}[TemplateName];

/** What the encrypted payload column holds. */
export type OutboxPayload = { to: Recipient; data: unknown };

const PAYLOAD_FIELD = 'outbox';
/**
 * A new message is due at once. The worker compares next_attempt_at with its own clock, which need not
 * be the database's (a fixed clock in tests, a skewed host), so "at once" is the epoch, not now().
 */
const DUE_AT_ONCE = new Date(0);

/**
 * Queues a message in the caller's transaction: it is delivered if and only if the caller commits.
 * Recipient and data are personal data and are stored encrypted (AES-256-GCM, bound to tenant and column).
 * Throws (aborting the caller's transaction) when the channel's address is missing: a programming error.
 */
export async function enqueue(trx: Tx, tenant: TenantCtx, msg: OutboxMessage, opts: { notBefore?: Date } = {}): Promise<string> {
  return repo.insertOutbox(trx, outboxRow(tenant, msg, opts));
}

/**
 * The same message as an INSERT to place in the caller's statement (a WITH query that also inserts the
 * person), so a hot path queues it without a round trip of its own; `personId` may name that row in SQL.
 * With `when`, it is queued only if that SQL condition holds when the statement runs.
 */
export function outboxInsert(tenant: TenantCtx, msg: OutboxMessage, personId: RawBuilder<unknown>, when?: RawBuilder<boolean>) {
  return repo.outboxInsert(outboxRow(tenant, msg, {}), personId, when);
}

function outboxRow(tenant: TenantCtx, msg: OutboxMessage, opts: { notBefore?: Date }) {
  if (!(TEMPLATE_NAMES as readonly string[]).includes(msg.template)) throw new Error(`unknown template ${msg.template}`);
  if (msg.channel === 'email' && !msg.to.email) throw new Error('an e-mail message needs to.email');
  if (msg.channel === 'sms' && !msg.to.phone) throw new Error('an SMS needs to.phone');
  const payload: OutboxPayload = { to: msg.to, data: msg.data };
  return {
    tenant_id: tenant.id,
    channel: msg.channel,
    template: msg.template,
    language: msg.language,
    person_id: msg.personId ?? null,
    payload: tenant.cipher.encrypt(PAYLOAD_FIELD, JSON.stringify(payload)),
    next_attempt_at: opts.notBefore ?? DUE_AT_ONCE,
  };
}

/** Letters about a booking that a cancellation makes pointless while they wait for printing. */
const BOOKING_LETTERS = ['booking-confirmation', 'reminder', 'appointment-moved'] as const;

/**
 * Withdraws a person's queued, unprinted letters about their booking (on cancellation), in the caller's
 * transaction. Returns whether the booking's confirmation letter was among them: then no letter about the
 * booking has gone out, and none about its cancellation is needed either.
 */
export async function withdrawBookingLetters(trx: Tx, personId: string): Promise<{ confirmationWithdrawn: boolean }> {
  const withdrawn = await repo.withdrawPendingLetters(trx, personId, BOOKING_LETTERS);
  return { confirmationWithdrawn: withdrawn.includes('booking-confirmation') };
}

/**
 * Withdraws a person's reminder letter still waiting for the printer (an appointment moved after its reminder
 * was queued: the letter would name the old time; the move's own message says the new one, and the new
 * time gets its reminder when it is due).
 */
export async function withdrawReminderLetters(trx: Tx, personId: string): Promise<number> {
  return (await repo.withdrawPendingLetters(trx, personId, ['reminder'], 'withdrawn: the appointment was moved before printing')).length;
}

/** Decrypts an outbox payload (for the worker and the print batch). */
export function decryptPayload(tenant: TenantCtx, box: Buffer | Uint8Array): OutboxPayload {
  return JSON.parse(tenant.cipher.decrypt(PAYLOAD_FIELD, box)) as OutboxPayload;
}

/** E-mail when there is an address, else SMS when there is a phone number, else a printed letter. */
export function preferredChannel(contact: { email?: string | null; phone?: string | null }): Channel {
  if (contact.email) return 'email';
  if (contact.phone) return 'sms';
  return 'letter';
}

/**
 * A person's decrypted contact details as a recipient, their language and preferred channel.
 * For callers that enqueue on behalf of a person (booking, invitations).
 */
export async function recipientOf(trx: Tx, tenant: TenantCtx, personId: string) {
  const row = await repo.personContact(trx, personId);
  if (!row) throw notFound('Unknown person.', 'unknown-person');
  return contactFromRow(tenant, row);
}

type Bytes = Buffer | Uint8Array;
export type ContactRow = {
  given_name: Bytes;
  family_name: Bytes;
  email: Bytes | null;
  phone: Bytes | null;
  street: Bytes | null;
  city: Bytes | null;
  postal_code: Bytes;
  language: Language;
};

/** A person's stored (encrypted) contact columns as a recipient, language and preferred channel. */
export function contactFromRow(tenant: TenantCtx, row: ContactRow) {
  const c = tenant.cipher;
  const opt = (field: string, v: Bytes | null) => (v ? c.decrypt(field, v) : undefined);
  const to: Recipient = {
    name: `${c.decrypt('given_name', row.given_name)} ${c.decrypt('family_name', row.family_name)}`,
    email: opt('email', row.email),
    phone: opt('phone', row.phone),
    street: opt('street', row.street),
    city: opt('city', row.city),
    postalCode: c.decrypt('postal_code', row.postal_code),
  };
  for (const k of Object.keys(to) as (keyof Recipient)[]) if (to[k] === undefined) delete to[k];
  return { to, language: row.language, channel: preferredChannel(to) };
}

/** The rendering context of a tenant's messages. */
export function renderContextOf(deps: Deps, tenant: TenantCtx, language: Language, now: Date, recipientName?: string): RenderContext {
  return { language, timeZone: tenant.timezone, now, senderName: tenant.name, portalUrl: deps.config.publicUrl, recipientName };
}

/** Renders a stored message's template (the data was type-checked when it was queued). */
export function renderStored(deps: Deps, tenant: TenantCtx, template: string, language: Language, payload: OutboxPayload, now: Date): Doc {
  if (!(TEMPLATE_NAMES as readonly string[]).includes(template)) throw new Error('unknown template');
  return renderDoc(template as TemplateName, payload.data as never, renderContextOf(deps, tenant, language, now, payload.to.name));
}

// ---------------------------------------------------------------------------------------------------
// Reminders

/** Reminders are queued from this local hour on, so nobody gets an SMS at midnight. */
export const REMINDER_FROM_HOUR = 8;
const REMINDER_BATCH = 500;

function localHour(at: Date, timeZone: string) {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at));
}

/** Working days (Monday to Friday) a printed letter takes to arrive, unless the tenant sets its own. */
export const DEFAULT_LETTER_DELIVERY_DAYS = 2;

const DAY = 86400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const isWorkingDay = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * The local day a letter printed on `day` reaches the person: posted on the first working day from then
 * on, delivered `workingDays` working days later (public holidays are not known here: a tenant whose
 * post is slower says so with a larger letter_delivery_days).
 */
export function letterArrival(day: string, workingDays: number): string {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  for (let i = 0; i < workingDays; i++) {
    d = addDays(d, 1);
    while (!isWorkingDay(d)) d = addDays(d, 1);
  }
  return d;
}

/** Why an appointment gets no reminder (appointments.reminder_skipped). */
export type ReminderSkipped = 'letter-too-late' | 'no-postal-address';

function reminderMessage(tenant: TenantCtx, r: repo.ReminderRow, contact: ReturnType<typeof contactFromRow>, channel: Channel): OutboxMessage {
  const appointment: AppointmentData = {
    start: r.starts_at.toISOString(),
    end: r.ends_at.toISOString(),
    doseNumber: r.dose_number,
    centerName: r.center_name,
    centerAddress: `${r.center_address}, ${r.center_postal_code} ${r.center_city}`,
    product: r.product_name,
  };
  return { channel, template: 'reminder', language: contact.language, personId: r.person_id, to: contact.to, data: { bookingCode: formatCode(openBookingCode(tenant, r.code_box)), appointment } };
}

/**
 * Queues the reminders that are due, in the language the booking was made in, and marks each appointment:
 * both in one transaction, so a reminder is queued exactly once however often (and however concurrently)
 * this runs.
 *
 * E-mail and SMS remind the day before. A person reachable only by post gets a letter when the last print
 * batch that can still reach them in time is due: a letter printed today arrives after the tenant's
 * letter_delivery_days working days, and must arrive before the appointment's day. A postal reminder that
 * cannot arrive in time, or that has no street and city to go to, is not queued; the appointment records
 * why (reminder_skipped). Returns the number queued.
 */
export async function queueRemindersForTenant(deps: Deps, tenant: TenantCtx, now: Date): Promise<number> {
  if (localHour(now, tenant.timezone) < REMINDER_FROM_HOUR) return 0;
  const today = localDate(now, tenant.timezone);
  const tomorrow = addDays(today, 1);
  let total = 0;
  // E-mail and SMS: tomorrow's appointments.
  for (;;) {
    const n = await deps.db.withTenant(tenant.id, async (trx) => {
      const rows = await repo.dueReminders(trx, { from: tomorrow, to: tomorrow, postal: false, timezone: tenant.timezone, limit: REMINDER_BATCH });
      let queued = 0;
      for (const r of rows) {
        if (!(await repo.markReminded(trx, r.id, now))) continue;
        const contact = contactFromRow(tenant, r);
        await enqueue(trx, tenant, reminderMessage(tenant, r, contact, contact.channel));
        queued++;
      }
      return { queued, full: rows.length === REMINDER_BATCH };
    });
    total += n.queued;
    if (!n.full) break;
  }
  // Letters: every appointment a letter printed tomorrow would reach too late is decided today.
  const skipped: Record<ReminderSkipped, number> = { 'letter-too-late': 0, 'no-postal-address': 0 };
  for (;;) {
    const n = await deps.db.withTenant(tenant.id, async (trx) => {
      const settings = await trx.selectFrom('tenant_settings').select('letter_delivery_days').executeTakeFirst();
      const deliveryDays = settings?.letter_delivery_days ?? DEFAULT_LETTER_DELIVERY_DAYS;
      const arrivesToday = letterArrival(today, deliveryDays);
      const rows = await repo.dueReminders(trx, { from: tomorrow, to: letterArrival(tomorrow, deliveryDays), postal: true, timezone: tenant.timezone, limit: REMINDER_BATCH });
      let queued = 0;
      for (const r of rows) {
        const contact = contactFromRow(tenant, r);
        const why: ReminderSkipped | null = !contact.to.street || !contact.to.city ? 'no-postal-address' : arrivesToday >= localDate(r.starts_at, tenant.timezone) ? 'letter-too-late' : null;
        if (why) {
          if (await repo.markReminderSkipped(trx, r.id, why)) skipped[why]++;
          continue;
        }
        if (!(await repo.markReminded(trx, r.id, now))) continue;
        await enqueue(trx, tenant, reminderMessage(tenant, r, contact, 'letter'));
        queued++;
      }
      return { queued, full: rows.length === REMINDER_BATCH };
    });
    total += n.queued;
    if (!n.full) break;
  }
  if (skipped['letter-too-late'] + skipped['no-postal-address'] > 0) deps.log.info({ tenant: tenant.id, skipped }, 'postal reminders skipped');
  return total;
}

/** queueRemindersForTenant for every tenant (a job, running as the app role like requests do). */
export async function queueReminders(deps: Deps, now: Date = deps.clock.now()): Promise<number> {
  const tenants = await sql<{ tenant_id: string }>`select * from app_tenant_ids()`.execute(deps.db.app);
  let total = 0;
  for (const t of tenants.rows) total += await queueRemindersForTenant(deps, await tenantById(deps, t.tenant_id), now);
  return total;
}

// ---------------------------------------------------------------------------------------------------
// Print batches

export type PrintBatch = { id: string; day: string; letterCount: number; createdAt: string };

/**
 * Collects all pending letters of the tenant into one PDF (DIN 5008 window-envelope letters, A4),
 * stores it as a batch of `day` (the date the letters carry) and marks the letters sent.
 *
 * A day may have several batches (the letters queued after the morning's batch go out in the afternoon's,
 * not a day late). `day` is today or later in the tenant's time zone: letters dated in the past are refused
 * with 422 (date-in-past). A call with no letters waiting is refused with 409 (nothing-to-print) rather
 * than storing an empty PDF. Letters whose payload cannot be read or rendered are marked dead and left out.
 * With a request context, every person whose letter is printed gets a "read" audit entry.
 */
export async function createPrintBatch(deps: Deps, tenant: TenantCtx, day: string, ctx?: RequestCtx): Promise<{ id: string; day: string; letterCount: number }> {
  const now = deps.clock.now();
  if (day < localDate(now, tenant.timezone)) {
    throw unprocessable([{ field: 'day', message: 'Letters cannot be dated in the past: choose today or a later day.', code: 'date-in-past' }]);
  }
  return deps.db.withTenant(tenant.id, async (trx) => {
    const rows = await repo.pendingLettersForUpdate(trx);
    const letters: Letter[] = [];
    const printed: repo.OutboxRow[] = [];
    for (const row of rows) {
      try {
        const payload = decryptPayload(tenant, row.payload);
        letters.push({ language: row.language, to: payload.to, doc: renderStored(deps, tenant, row.template, row.language, payload, now) });
        printed.push(row);
      } catch {
        await repo.markFailed(trx, row.id, { attempts: row.attempts + 1, error: 'letter: payload cannot be rendered', next: now, dead: true });
      }
    }
    if (letters.length === 0) throw conflict('No letters are waiting to be printed.', 'nothing-to-print');
    const date = new Date(`${day}T12:00:00Z`);
    const pdf = await renderLetters(letters, {
      senderName: tenant.name,
      senderLine: deps.config.publicUrl.replace(/^https?:\/\//, ''),
      dateLine: (language: Language) => formatDate(date, language, 'UTC'),
      title: `${tenant.name}: letters ${day}`,
    });
    // Letters carry names, addresses and codes: the PDF is stored encrypted like other personal data.
    const batch = await repo.insertPrintBatch(trx, { tenant_id: tenant.id, day, letter_count: letters.length, pdf: sealPrintBatch(tenant, pdf), created_at: now });
    await repo.markLettersPrinted(trx, printed.map((r) => r.id), batch.id, now);
    if (ctx) {
      const persons = [...new Set(printed.map((r) => r.person_id).filter((p): p is string => !!p))];
      await appendAudit(trx, ctx, persons.map((p) => ({ action: 'read', subjectType: 'person', subjectId: p, personId: p })), now);
    }
    return { id: batch.id, day: batch.day, letterCount: batch.letter_count };
  });
}

/** A print batch's PDF as stored: AES-256-GCM under the tenant's key, bound to its purpose. */
export const sealPrintBatch = (tenant: TenantCtx, pdf: Uint8Array) => tenant.cipher.encryptBytes('print_batch', pdf);

/** A stored print batch's PDF, decrypted. */
export const openPrintBatch = (tenant: TenantCtx, box: Uint8Array) => tenant.cipher.decryptBytes('print_batch', box);

/** The tenant's print batches (newest first), optionally of one day. */
export async function listPrintBatches(deps: Deps, ctx: RequestCtx, day?: string): Promise<PrintBatch[]> {
  const rows = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.listPrintBatches(trx, day));
  return rows.map((r) => ({ id: r.id, day: r.day, letterCount: r.letter_count, createdAt: r.created_at.toISOString() }));
}

/** The PDF of a print batch; reading it is reading the addressees' data, so each of them is audited. */
export async function printBatchPdf(deps: Deps, ctx: RequestCtx, id: string): Promise<{ day: string; pdf: Buffer }> {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const row = await repo.printBatchPdf(trx, id);
    if (!row) throw notFound('No print batch with this id.', 'unknown-print-batch');
    const persons = await repo.personsOfBatch(trx, id);
    await appendAudit(trx, ctx, persons.map((p) => ({ action: 'read', subjectType: 'person', subjectId: p, personId: p })), now);
    return { day: row.day, pdf: openPrintBatch(ctx.tenant, row.pdf) };
  });
}
