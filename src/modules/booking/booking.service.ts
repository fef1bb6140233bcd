import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Deps, RequestCtx } from '../../context.js';
import { pipeline, type Tx } from '../../db/database.js';
import { formatCode } from '../../kernel/codes.js';
import type { PersonInput } from '../../kernel/person.js';
import { conflict, notFound, Problem, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { getProduct } from '../catalog/catalog.repo.js';
import { lockContactsStatement } from '../citizens/citizens.repo.js';
import { assertRegisterMatch, birthHash, claimsOf, identityHash, PERSON_IDENTITY_CONSTRAINT, personInsert } from '../citizens/citizens.service.js';
import { actingSession, MAX_PEOPLE_PER_CONTACT, personUnderSession, tooManyPeople } from '../citizens/citizens.session.js';
import { assertMayBook, decisionUnder } from '../eligibility/eligibility.service.js';
import { contactFromRow, enqueue, recipientOf, withdrawBookingLetters, withdrawReminderLetters, type AppointmentData, type OutboxMessage, type TemplateData } from '../notifications/notifications.service.js';
import { releaseDoses, reserveDose } from '../planning/planning.repo.js';
import { centerAddresses } from '../tenants/tenants.repo.js';
import { invalidateReads, readCaches, slotsKey, type Cached } from './booking.cache.js';
import { bookingLines, bookTogether, lineKey, type PendingBooking } from './booking.batch.js';
import { bookingGuards, FullSlots } from './booking.gate.js';
import { bookingCodeHash } from '../../kernel/codes.js';
import * as repo from './booking.repo.js';
import {
  alreadyBooked,
  explainUntakenSlot,
  followUpFull,
  followUpWindow,
  newRecipient,
  noDoses,
  ownerOf,
  seriesWrites,
  slotFull,
  STALE_VIEW,
  type Booked,
  type CreateBooking,
  type Product,
  type SeriesPerson,
} from './booking.series.js';

const DAY = 86400_000;

export type { CreateBooking };

/**
 * Books a slot for a person and, for multi-dose products, the follow-up at the same center from the
 * product's minimum interval on: all appointments or none, in one transaction. The person is
 * registered on the fly (or found, if known).
 *
 * Requests for the same slot queue in one line per process (booking.gate.ts Lines) and are served once the
 * event loop has read what came with them: one alone (bookAlone), several together (booking.batch.ts).
 */
export async function createBooking(deps: Deps, ctx: RequestCtx, input: CreateBooking): Promise<Booked> {
  // With verification on: the citizen's verified contact is the person's contact (another is refused here,
  // before the request queues).
  const session = actingSession(deps, ctx);
  if (session) input = { ...input, person: personUnderSession(ctx.tenant, session, input.person) };
  const key = lineKey(ctx, input);
  // Refused from memory before anything else: the answer is true (the slot is full), if not the only one.
  if (bookingGuards(deps).full.has(key)) throw slotFull();
  return bookingLines(deps).submit(key, { ctx, input }, (batch) => serveLine(deps, key, batch));
}

/** Serves the requests a slot's line hands over: alone, or together and then those the batch gave back, one by one. */
async function serveLine(deps: Deps, key: string, batch: PendingBooking[]) {
  if (bookingGuards(deps).full.has(key)) {
    for (const w of batch) w.reject(slotFull());
    return;
  }
  const alone = batch.length === 1 ? batch : await bookingGuards(deps).gate.run(() => bookTogether(deps, key, batch));
  for (const w of alone) await bookAlone(deps, w.item.ctx, w.item.input).then(w.resolve, w.reject);
}

/**
 * One person's booking in its own transaction, in three round trips (see bookSeries): the round trips, not
 * the statements, are what a booking costs at peak, so what the rules decide on is one statement (sent
 * with BEGIN), the follow-up place and the dose plans another, and dose 1's place with all the writes a
 * third (sent with COMMIT). bench/booking.pgbench.sql runs the same SQL for the benchmark's baseline.
 */
async function bookAlone(deps: Deps, ctx: RequestCtx, input: CreateBooking): Promise<Booked> {
  const now = deps.clock.now();
  const session = actingSession(deps, ctx);
  const personIn = input.person; // with a session: its contact already (createBooking)
  let idHash: Buffer | undefined; // computed once admitted: a request refused from memory does not need it
  const attempt = () =>
    deps.db.withTenant(ctx.tenant.id, async (trx) => {
      idHash ??= identityHash(ctx.tenant, personIn);
      const c = session
        ? // The contact's lock first (its own statement, in the same round trip): the count of its people the
          // context reads is then final until this transaction ends.
          repo.bookingContextOf((await pipeline(trx, [lockContactsStatement([session.contactHash]), repo.bookingContextStatement({ product: input.product, now, person: { identityHash: idHash, contactHash: session.contactHash } })]))[1].rows[0])
        : await repo.bookingContext(trx, { product: input.product, now, person: { identityHash: idHash } });
      const product = requireProduct(c);
      // The rules decide before anything is written: a refusal leaves no trace but the answer.
      assertMayBook(decisionUnder(c.rules, ctx.tenant.timezone, { birthDate: personIn.birthDate, claims: c.person ? claimsOf(ctx.tenant, c.person) : [] }, now), product.id);
      await assertRegisterMatch(trx, ctx.tenant, personIn, c.require_register_match);
      if (session && !c.person && (c.contactPeople ?? 0) >= MAX_PEOPLE_PER_CONTACT) throw tooManyPeople();
      const person: SeriesPerson = c.person
        ? { id: c.person.id, hasActiveBooking: c.person.has_active_booking, recipient: contactFromRow(ctx.tenant, c.person) }
        : { insert: personInsert(ctx.tenant, personIn, idHash, session && ownerOf(session, now)), recipient: newRecipient(personIn), emailConfirmed: session?.channel === 'email' };
      return bookSeries(deps, trx, ctx, now, { person, product, slotId: input.slotId, commit: true, language: input.language });
    });
  const booked = await guarded(deps, ctx, input, () =>
    // The same new person booking twice at once: the later one meets the first at the unique identity
    // index and runs again, now finding them (and their booking).
    attempt().catch((err: { constraint?: string }) => {
      if (err.constraint === PERSON_IDENTITY_CONSTRAINT) return attempt();
      throw err;
    }),
  );
  afterWrite(deps, ctx, booked.appointments);
  return booked;
}

/**
 * Runs a booking transaction behind this process's peak-day guards (booking.gate.ts): a slot it found full
 * a moment ago is refused without a transaction, and at most pool-size bookings run at once, the rest
 * waiting their turn here. A refusal for lack of room proves this process's cached free slots stale.
 */
async function guarded<T>(deps: Deps, ctx: RequestCtx, q: { slotId: string; product: string }, work: () => Promise<T>): Promise<T> {
  const { full, gate } = bookingGuards(deps);
  const key = FullSlots.key(ctx.tenant.id, q.slotId, q.product);
  // Refused from memory before the rules are asked: the answer is true (the slot is full), if not the only one.
  if (full.has(key)) throw slotFull();
  return gate.run(async () => {
    if (full.has(key)) throw slotFull(); // found full while this request waited for its turn
    try {
      return await work();
    } catch (err) {
      if (err instanceof Problem && STALE_VIEW.has(err.code)) invalidateReads(deps, ctx.tenant.id, [{ centerId: null, product: q.product }]);
      throw err;
    }
  });
}

/** After a commit: what this process cached about the touched centers and products is stale. */
export function afterWrite(deps: Deps, ctx: RequestCtx, touched: { centerId: string; product: string }[]) {
  invalidateReads(deps, ctx.tenant.id, touched);
}

/** Books for a registered person (invitation link, call center); the rules decide on the person's record. */
export async function bookForPerson(deps: Deps, ctx: RequestCtx, personId: string, input: { slotId: string; product: string }, trxIn?: Tx) {
  const now = deps.clock.now();
  const run = async (trx: Tx) => {
    const c = await repo.bookingContext(trx, { product: input.product, now, person: { id: personId } });
    const product = requireProduct(c);
    if (!c.person) throw notFound('Unknown person.', 'unknown-person');
    const birthDate = ctx.tenant.cipher.decrypt('birth_date', c.person.birth_date);
    assertMayBook(decisionUnder(c.rules, ctx.tenant.timezone, { birthDate, claims: claimsOf(ctx.tenant, c.person) }, now), product.id);
    const person: SeriesPerson = { id: c.person.id, hasActiveBooking: c.person.has_active_booking, recipient: contactFromRow(ctx.tenant, c.person) };
    return bookSeries(deps, trx, ctx, now, { person, product, slotId: input.slotId, commit: !trxIn });
  };
  if (trxIn) return run(trxIn); // the caller commits, then invalidates
  const booked = await guarded(deps, ctx, input, () => deps.db.withTenant(ctx.tenant.id, run));
  afterWrite(deps, ctx, booked.appointments);
  return booked;
}

function requireProduct(c: repo.BookingContext) {
  if (!c.product) throw unprocessable([{ field: 'product', message: 'Unknown product.', code: 'unknown-product' }]);
  return c.product;
}

/**
 * The booking transaction after the decision: find dose 1's slot bookable, take dose 2 and count both
 * against their days' dose plans (one statement), further doses (a statement each, for products of three or four),
 * then take dose 1's place and write the person if new, the booking, its appointments, the audit entries
 * and the confirmation in the outbox (one statement, sent with the COMMIT when the transaction is the
 * booking's own). Any refusal throws and the transaction rolls back: all doses or none.
 */
async function bookSeries(
  deps: Deps,
  trx: Tx,
  ctx: RequestCtx,
  now: Date,
  /** commit: the transaction is this booking's own, so its last statement commits it (see recordBooking). */
  q: { person: SeriesPerson; product: Product; slotId: string; commit: boolean; language?: 'de' | 'en' },
): Promise<Booked> {
  const { product, person } = q;
  if ('id' in person && person.hasActiveBooking) throw alreadyBooked();

  const followUp = product.doses >= 2 ? { minDays: product.min_interval_days!, maxDays: product.max_interval_days! } : null;
  const { taken, daysWithoutDoses } = await repo.prepareSeries(trx, { slotId: q.slotId, product: product.id, now, followUp, timezone: ctx.tenant.timezone });
  if (taken.length === 0) await explainUntakenSlot(deps, trx, ctx, q.slotId, product.id, now);
  if (followUp && taken.length < 2) throw followUpFull(product, 2);
  // The center must expect a dose on each appointment's day (where a dose plan is set).
  if (daysWithoutDoses.length) throw noDoses();
  for (let dose = 3; dose <= product.doses; dose++) {
    const window = followUpWindow(product, taken[taken.length - 1].starts_at);
    const next = (
      await repo.takeFollowUpStatement({ centerId: taken[0].center_id, product: product.id, ...window, exclude: taken[0].id, timezone: ctx.tenant.timezone }).execute(trx)
    ).rows[0];
    if (!next) throw followUpFull(product, dose);
    if (!next.doses_ok) throw noDoses();
    taken.push({ ...next, dose_number: dose, center_name: taken[0].center_name, center_address: taken[0].center_address });
  }

  const w = seriesWrites(deps, ctx, now, person, product, taken, q.language);
  const appointmentIds = await repo.recordBooking(trx, { ...w.record, commit: q.commit }).catch((err: { constraint?: string }) => {
    // The same person booking twice at the same moment: the partial unique index decides.
    if (err.constraint === 'bookings_one_active') throw conflict('This person already has an active booking.', 'already-booked');
    // The last place went to others since prepareSeries saw room, in this transaction (the usual end of a
    // rush on one slot): a slot's product and start never change, so nothing else can have stopped it.
    if (repo.isPlaceGone(err)) {
      bookingGuards(deps).full.note(FullSlots.key(ctx.tenant.id, q.slotId, product.id));
      throw slotFull();
    }
    throw err;
  });
  return w.result(appointmentIds);
}

/** What the mail, SMS or letter says about appointments: time, dose, center and product by name. */
async function appointmentData(trx: Tx, slots: { center_id: string; starts_at: Date; ends_at: Date }[], productName: string): Promise<AppointmentData[]> {
  const centers = await centerAddresses(trx, [...new Set(slots.map((s) => s.center_id))]);
  return slots.map((s, i) => ({
    start: s.starts_at.toISOString(),
    end: s.ends_at.toISOString(),
    doseNumber: i + 1,
    centerName: centers.get(s.center_id)?.name ?? '',
    centerAddress: centers.get(s.center_id)?.address ?? '',
    product: productName,
  }));
}

/**
 * Queues a message to the person through their preferred channel, in the caller's transaction
 * (the outbox): e-mail, else SMS, else a printed letter when a postal address is known.
 */
async function notifyPerson<K extends 'booking-confirmation' | 'booking-cancelled' | 'appointment-moved'>(
  trx: Tx,
  ctx: RequestCtx,
  personId: string,
  template: K,
  data: TemplateData[K],
  /** The booking's language (null for bookings made before it was stored: the person's). */
  language: 'de' | 'en' | null = null,
) {
  const r = await recipientOf(trx, ctx.tenant, personId);
  if (r.channel === 'letter' && !r.to.street) return; // nowhere to send it: the code was shown on screen
  await enqueue(trx, ctx.tenant, { channel: r.channel, template, language: language ?? r.language, personId, to: r.to, data } as OutboxMessage);
}

const NOT_FOUND = 'No booking with this code and birth date.';

/**
 * The booking behind a code. A citizen must also give the birth date (a wrong one looks like an
 * unknown code); signed-in staff (call center) act without it, and are audited by name.
 */
async function findBooking(trx: Tx, ctx: RequestCtx, code: string, birthDate: string | null) {
  const b = await repo.findBookingByCode(trx, bookingCodeHash(ctx.tenant, code));
  const verified = birthDate === null ? ctx.actor.type === 'staff' : !!b && birthHash(ctx.tenant, birthDate).equals(Buffer.from(b.birth_hash));
  if (!b || !verified) throw notFound(NOT_FOUND, 'booking-not-found');
  return { ...b, code }; // the code as given (normalised): the stored one is a hash
}

type Window = { from: number; to: number };

/**
 * Where each dose may move, given its neighbours and the product's interval: `window` is how far it may go,
 * `keepsNext` the part of it where the next dose can stay where it is. A dose whose next dose is still ahead
 * (booked) may move past that part, later as well as earlier: the next dose then moves with it (moveAppointment).
 */
function moveWindows(appts: { dose_number: number; starts_at: Date; status: string }[], p: { min_interval_days: number | null; max_interval_days: number | null }) {
  const live = new Map(appts.filter((a) => a.status !== 'cancelled').map((a) => [a.dose_number, a]));
  return (dose: number): { window: Window; keepsNext: Window | null } => {
    if (p.min_interval_days === null || p.max_interval_days === null) return { window: { from: -Infinity, to: Infinity }, keepsNext: null };
    const prev = live.get(dose - 1)?.starts_at.getTime();
    const nextAppt = live.get(dose + 1);
    const next = nextAppt?.starts_at.getTime();
    const byPrev = { from: prev === undefined ? -Infinity : prev + p.min_interval_days * DAY, to: prev === undefined ? Infinity : prev + p.max_interval_days * DAY };
    const keeps = {
      from: Math.max(byPrev.from, next === undefined ? -Infinity : next - p.max_interval_days * DAY),
      to: Math.min(byPrev.to, next === undefined ? Infinity : next - p.min_interval_days * DAY),
    };
    // The next dose can follow only while it has not taken place; one that follows it must stay put.
    const draggable = nextAppt?.status === 'booked' && !live.has(dose + 2);
    return draggable ? { window: byPrev, keepsNext: keeps } : { window: keeps, keepsNext: null };
  };
}

/**
 * Moves one appointment of a booking to another slot at the same center, inside the window its
 * neighbouring doses allow; the old place and dose go back, all in one transaction. Dose 1 may be postponed
 * (or brought forward) beyond where dose 2 can stay: dose 2 then moves to the first free slot at the center
 * inside the product's interval from the new date, or the move is refused (follow-up-full) and nothing changes.
 */
export async function moveAppointment(deps: Deps, ctx: RequestCtx, code: string, birthDate: string | null, doseNumber: number, slotId: string) {
  const now = deps.clock.now();
  const freedSlots: string[] = [];
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const b = await findBooking(trx, ctx, code, birthDate);
    if (b.status !== 'active') throw conflict('This booking is cancelled.', 'cancelled');
    const appts = await repo.appointmentsOfBooking(trx, b.id);
    const appt = appts.find((a) => a.dose_number === doseNumber);
    if (!appt) throw notFound(`This booking has no dose ${doseNumber}.`, 'unknown-dose');
    if (appt.status !== 'booked') throw conflict('Only an appointment that has not taken place can be moved.', 'not-movable');
    const product = (await getProduct(trx, b.product_id))!;
    const target = await repo.slotState(trx, slotId);
    if (!target) throw unprocessable([{ field: 'slotId', message: 'Unknown slot.', code: 'unknown-slot' }]);
    if (target.center_id !== appt.center_id) throw unprocessable([{ field: 'slotId', message: 'Choose a slot at the same center; all doses of a series are given there.', code: 'slot-other-center' }]);
    const { window, keepsNext } = moveWindows(appts, product)(doseNumber);
    const start = target.starts_at.getTime();
    if (start < window.from || start > window.to) {
      throw conflict(
        `Dose ${doseNumber} must lie between ${new Date(window.from).toISOString().slice(0, 10)} and ${new Date(window.to).toISOString().slice(0, 10)}.`,
        'outside-window',
      );
    }
    const taken = (await repo.takeSlot(trx, slotId, b.product_id, now)) ?? (await explainUntakenSlot(deps, trx, ctx, slotId, b.product_id, now));
    if (!(await reserveDose(trx, { centerId: taken.center_id, product: b.product_id, startsAt: taken.starts_at, timezone: ctx.tenant.timezone }))) {
      throw conflict('The center has no more doses of this vaccine planned for that day. Please choose another day.', 'no-doses');
    }
    const moves: { appt: (typeof appts)[number]; to: repo.TakenSlot }[] = [{ appt, to: taken }];
    const next = appts.find((a) => a.dose_number === doseNumber + 1 && a.status === 'booked');
    if (next && keepsNext && (start < keepsNext.from || start > keepsNext.to)) {
      // The next dose cannot stay: it follows to the first free place inside the interval from the new date.
      const follow = (
        await repo
          .takeFollowUpStatement({ centerId: taken.center_id, product: b.product_id, ...followUpWindow(product, taken.starts_at), exclude: taken.id, timezone: ctx.tenant.timezone })
          .execute(trx)
      ).rows[0];
      if (!follow) throw followUpFull(product, doseNumber + 1);
      if (!follow.doses_ok) throw noDoses();
      moves.push({ appt: next, to: follow });
    }
    for (const m of moves) {
      await repo.releaseSlot(trx, m.appt.slot_id);
      freedSlots.push(m.appt.slot_id);
      await releaseDoses(trx, [{ centerId: m.appt.center_id, product: b.product_id, startsAt: m.appt.starts_at }], ctx.tenant.timezone);
      await repo.moveAppointment(trx, m.appt.id, m.to);
      // Reminders come a few days ahead at most and doses are weeks apart: a reminder queued for this person is this appointment's.
      if (m.appt.reminder_sent_at) await withdrawReminderLetters(trx, b.person_id);
      await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'appointment', subjectId: m.appt.id, personId: b.person_id }], now);
      const [moved] = await appointmentData(trx, [m.to], product.name);
      await notifyPerson(trx, ctx, b.person_id, 'appointment-moved', { bookingCode: formatCode(b.code), appointment: { ...moved, doseNumber: m.appt.dose_number } }, b.language);
    }
    return presentBooking(trx, b);
  }).then((view) => {
    for (const slot of freedSlots) bookingGuards(deps).full.forget(ctx.tenant.id, slot);
    afterWrite(deps, ctx, view.appointments.map((a) => ({ centerId: a.centerId, product: a.product })));
    return view;
  });
}

/** Looks a booking up by code + birth date; a wrong birth date looks exactly like an unknown code. */
export async function getBooking(deps: Deps, ctx: RequestCtx, code: string, birthDate: string | null) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const b = await findBooking(trx, ctx, code, birthDate);
    await appendAudit(trx, ctx, [{ action: 'read', subjectType: 'booking', subjectId: b.id, personId: b.person_id }], deps.clock.now());
    return presentBooking(trx, b);
  });
}

/**
 * A booking as the citizen (and the call center) sees it: booking code, status and appointments with their
 * move windows. The security code is shown only when booking (it is stored as a keyed hash): securityCode null.
 */
export async function presentBooking(trx: Tx, b: { id: string; code: string; status: 'active' | 'cancelled'; product_id: string }) {
  const appts = await repo.appointmentsOfBooking(trx, b.id);
  const windowOf = moveWindows(appts, (await getProduct(trx, b.product_id))!);
  return {
    bookingCode: formatCode(b.code),
    securityCode: null,
    status: b.status,
    product: b.product_id,
    appointments: appts.map((a) => ({
      id: a.id,
      start: a.starts_at.toISOString(),
      end: a.ends_at.toISOString(),
      doseNumber: a.dose_number,
      centerId: a.center_id,
      centerName: a.center_name,
      product: a.product_id,
      status: a.status,
      moveWindow: a.status === 'booked' && b.status === 'active' ? presentMoveWindow(windowOf(a.dose_number)) : null,
    })),
  };
}

function presentWindow(w: Window) {
  return { from: Number.isFinite(w.from) ? new Date(w.from).toISOString() : null, to: Number.isFinite(w.to) ? new Date(w.to).toISOString() : null };
}

function presentMoveWindow(w: { window: Window; keepsNext: Window | null }) {
  return { ...presentWindow(w.window), keepsNext: w.keepsNext && presentWindow(w.keepsNext) };
}

/** Cancels a booking by code + birth date and frees its places; refused once the person is checked in. */
export async function cancelBooking(deps: Deps, ctx: RequestCtx, code: string, birthDate: string | null) {
  const now = deps.clock.now();
  const freed = await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const b = await findBooking(trx, ctx, code, birthDate);
    if (b.status === 'cancelled') throw conflict('This booking is already cancelled.', 'already-cancelled');
    const appts = await repo.appointmentsOfBooking(trx, b.id);
    if (appts.some((a) => a.status === 'checked_in')) {
      throw conflict('You are checked in at the center; the staff there can help.', 'checked-in');
    }
    const freed = (await repo.cancelBooking(trx, b.id, now)) ?? [];
    await releaseDoses(trx, freed.map((a) => ({ centerId: a.center_id, product: a.product_id, startsAt: a.starts_at })), ctx.tenant.timezone);
    await appendAudit(trx, ctx, [{ action: 'cancel', subjectType: 'booking', subjectId: b.id, personId: b.person_id }], now);
    // Letters about the booking that wait for printing are withdrawn; when its confirmation was among them,
    // no letter about it went out, and none about the cancellation is needed.
    const { confirmationWithdrawn } = await withdrawBookingLetters(trx, b.person_id);
    if (!confirmationWithdrawn) await notifyPerson(trx, ctx, b.person_id, 'booking-cancelled', { bookingCode: formatCode(b.code) }, b.language);
    return freed;
  });
  for (const a of freed) bookingGuards(deps).full.forget(ctx.tenant.id, a.slot_id);
  afterWrite(deps, ctx, freed.map((a) => ({ centerId: a.center_id, product: a.product_id })));
}

const gzipAsync = promisify(gzip);
/** Under this, gzip saves a few hundred bytes at most, which does not pay for the header and the CPU. */
const GZIP_MIN_BYTES = 1024;

/**
 * A cached public read: the JSON body as bytes, serialised once per cache fill, sent as it is on every hit
 * (re-serialising an 87 KB feed per request cost more than everything else the request does), and its
 * gzip form, also built once per fill: every browser accepts gzip, and at peak the plain feed alone would
 * be a gigabyte a second to write. The ETags name the moment it was built (unique per fill) and the form.
 */
async function cachedJson(value: unknown, builtAt: Date): Promise<Cached> {
  const body = Buffer.from(JSON.stringify(value));
  const stamp = builtAt.toISOString();
  // On the zlib thread pool: an 87 KB feed takes a millisecond or two to compress, and requests keep flowing meanwhile.
  const compressed = body.length < GZIP_MIN_BYTES ? null : { body: await gzipAsync(body, { level: 6 }), etag: `"${stamp}-gz"`, encoding: 'gzip' as const };
  return { body, etag: `"${stamp}"`, encoding: null, gzip: compressed };
}

/** Free slots for the public booking page: [{id, centerId, start, end, free}], serialised. */
export async function listFreeSlots(deps: Deps, ctx: RequestCtx, q: { centerId: string; product: string; from: string; to: string }) {
  return readCaches(deps).slots.get(slotsKey(ctx.tenant.id, q), async () => {
    const now = deps.clock.now();
    // Serialised and compressed after the transaction, so the connection goes back to the pool first.
    const rows = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.freeSlots(trx, { ...q, timezone: ctx.tenant.timezone, now }));
    return cachedJson(
      rows.map((r) => ({ id: r.id, centerId: r.center_id, start: r.starts_at.toISOString(), end: r.ends_at.toISOString(), free: r.free })),
      now,
    );
  });
}

const FEED_DAYS = 28;

/**
 * The public availability feed: free places per center, product and day for four weeks, serialised. Built
 * at most every 30 seconds per organisation (sooner after a booking here), so that partner apps and
 * notifier bots cost one query, not one each.
 */
export async function availabilityFeed(deps: Deps, ctx: RequestCtx) {
  return readCaches(deps).feed.get(`${ctx.tenant.id}|`, async () => {
    const now = deps.clock.now();
    const rows = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.availability(trx, { now, days: FEED_DAYS, timezone: ctx.tenant.timezone }));
    return cachedJson(
      {
        generatedAt: now.toISOString(),
        days: FEED_DAYS,
        entries: rows.map((r) => ({ centerId: r.center_id, centerName: r.center_name, product: r.product_id, day: r.day, free: r.free })),
      },
      now,
    );
  });
}
