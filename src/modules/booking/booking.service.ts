import { randomInt } from 'node:crypto';
import type { Deps, RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { conflict, notFound, Problem, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { getProduct } from '../catalog/catalog.repo.js';
import { assertRegisterMatch, birthHash, findOrRegister, findPersonClaims, personForDecision, type PersonInput } from '../citizens/citizens.service.js';
import { assertMayBook, decisionFor } from '../eligibility/eligibility.service.js';
import { enqueue, recipientOf, type OutboxMessage } from '../notifications/notifications.service.js';
import type { AppointmentData, TemplateData } from '../notifications/notifications.templates.js';
import { releaseDoses, reserveDose } from '../planning/planning.repo.js';
import { centerAddresses } from '../tenants/tenants.repo.js';
import { invalidateReads, readCaches, slotsKey } from './booking.cache.js';
import * as repo from './booking.repo.js';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read out on the phone
const DAY = 86400_000;

/** A new booking code: 10 characters, 50 bits, shown as XXXX-XXXX-XX. */
export function newBookingCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** The 4-digit code the citizen tells the vaccinator; it proves the person at the desk booked this. */
export const newSecurityCode = () => String(randomInt(10000)).padStart(4, '0');

/** The readable form of a stored booking code. */
export const formatCode = (c: string) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;

export type CreateBooking = { slotId: string; product: string; person: PersonInput };

/**
 * Books a slot for a person and, for multi-dose products, the follow-up at the same center from the
 * product's minimum interval on: all appointments or none, in one transaction. The person is
 * registered on the fly (or found, if known).
 */
export async function createBooking(deps: Deps, ctx: RequestCtx, input: CreateBooking) {
  const now = deps.clock.now();
  const booked = await staleOnConflict(deps, ctx, input.product, deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const product = await requireProduct(trx, input.product);
    // The rules decide before anything is written: a refusal leaves no trace but the answer.
    const known = await findPersonClaims(trx, ctx.tenant, input.person);
    assertMayBook(await decisionFor(trx, ctx.tenant.timezone, { birthDate: input.person.birthDate, claims: known }, now), product.id);
    await assertRegisterMatch(trx, ctx.tenant, input.person);
    const person = await findOrRegister(trx, ctx.tenant, input.person);
    return bookSeries(trx, ctx, now, { personId: person.id, created: person.created, product, slotId: input.slotId });
  }));
  afterWrite(deps, ctx, booked.appointments);
  return booked;
}

const STALE_VIEW = new Set(['slot-full', 'slot-past', 'follow-up-full', 'no-doses']);

/** A booking refused for lack of room means the free slots this process shows for the product are stale. */
async function staleOnConflict<T>(deps: Deps, ctx: RequestCtx, product: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof Problem && STALE_VIEW.has(err.code)) invalidateReads(deps, ctx.tenant.id, [{ centerId: null, product }]);
    throw err;
  }
}

/** After a commit: what this process cached about the touched centers and products is stale. */
export function afterWrite(deps: Deps, ctx: RequestCtx, touched: { centerId: string; product: string }[]) {
  invalidateReads(deps, ctx.tenant.id, touched);
}

/** Books for a registered person (invitation link, call center); the rules decide on the person's record. */
export async function bookForPerson(deps: Deps, ctx: RequestCtx, personId: string, input: { slotId: string; product: string }, trxIn?: Tx) {
  const now = deps.clock.now();
  const run = async (trx: Tx) => {
    const product = await requireProduct(trx, input.product);
    const person = await personForDecision(trx, ctx.tenant, personId);
    if (!person) throw notFound('Unknown person.');
    assertMayBook(await decisionFor(trx, ctx.tenant.timezone, person, now), product.id);
    return bookSeries(trx, ctx, now, { personId, created: false, product, slotId: input.slotId });
  };
  if (trxIn) return run(trxIn); // the caller commits, then invalidates
  const booked = await staleOnConflict(deps, ctx, input.product, deps.db.withTenant(ctx.tenant.id, run));
  afterWrite(deps, ctx, booked.appointments);
  return booked;
}

async function requireProduct(trx: Tx, id: string) {
  const product = await getProduct(trx, id);
  if (!product) throw unprocessable([{ field: 'product', message: 'Unknown product.' }]);
  return product;
}

async function bookSeries(
  trx: Tx,
  ctx: RequestCtx,
  now: Date,
  q: { personId: string; created: boolean; product: NonNullable<Awaited<ReturnType<typeof getProduct>>>; slotId: string },
) {
  const { product } = q;
  if (!q.created && (await repo.hasActiveBooking(trx, q.personId))) {
    throw conflict('This person already has an active booking. Look it up with the booking code or cancel it first.', 'already-booked');
  }

  const first = (await repo.takeSlot(trx, q.slotId, product.id, now)) ?? (await explainUntakenSlot(trx, q.slotId, product.id, now));
  const taken = [first];
  let at = first.starts_at;
  for (let dose = 2; dose <= product.doses; dose++) {
    const next = await repo.takeFollowUpSlot(trx, {
      centerId: first.center_id,
      product: product.id,
      earliest: new Date(at.getTime() + product.min_interval_days! * DAY),
      latest: new Date(at.getTime() + product.max_interval_days! * DAY),
      timezone: ctx.tenant.timezone,
    });
    if (!next) {
      throw conflict(
        `No free slot for dose ${dose} at this center ${product.min_interval_days}–${product.max_interval_days} days later. Please choose another date or center.`,
        'follow-up-full',
      );
    }
    taken.push(next);
    at = next.starts_at;
  }

  // The center must expect a dose on each appointment's day (where a dose plan is set).
  for (const s of taken) {
    if (!(await reserveDose(trx, { centerId: s.center_id, product: product.id, startsAt: s.starts_at, timezone: ctx.tenant.timezone }))) {
      throw conflict('The center has no more doses of this vaccine planned for that day. Please choose another day.', 'no-doses');
    }
  }

  const code = newBookingCode();
  const securityCode = newSecurityCode();
  const booking = await repo
    .insertBooking(trx, { tenant_id: ctx.tenant.id, code, person_id: q.personId, product_id: product.id, security_code: securityCode })
    .catch((err: { constraint?: string }) => {
      // The same person booking twice at the same moment: the partial unique index decides.
      if (err.constraint === 'bookings_one_active') throw conflict('This person already has an active booking.', 'already-booked');
      throw err;
    });
  const appts = await repo.insertAppointments(
    trx,
    taken.map((s, i) => ({
      tenant_id: ctx.tenant.id,
      booking_id: booking.id,
      slot_id: s.id,
      center_id: s.center_id,
      product_id: product.id,
      dose_number: i + 1,
      starts_at: s.starts_at,
      ends_at: s.ends_at,
    })),
  );
  await appendAudit(
    trx,
    ctx,
    [
      ...(q.created ? [{ action: 'create' as const, subjectType: 'person' as const, subjectId: q.personId, personId: q.personId }] : []),
      { action: 'create', subjectType: 'booking', subjectId: booking.id, personId: q.personId },
    ],
    now,
  );
  const formatted = formatCode(code);
  await notifyPerson(trx, ctx, q.personId, 'booking-confirmation', {
    bookingCode: formatted,
    securityCode,
    appointments: await appointmentData(trx, taken, product.name),
  });
  return {
    bookingCode: formatted,
    securityCode,
    appointments: appts
      .sort((a, b) => a.dose_number - b.dose_number)
      .map((a) => {
        const s = taken[a.dose_number - 1];
        return { id: a.id, start: s.starts_at.toISOString(), doseNumber: a.dose_number, centerId: s.center_id, product: product.id };
      }),
  };
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
) {
  const r = await recipientOf(trx, ctx.tenant, personId);
  if (r.channel === 'letter' && !r.to.street) return; // nowhere to send it: the code was shown on screen
  await enqueue(trx, ctx.tenant, { channel: r.channel, template, language: r.language, personId, to: r.to, data } as OutboxMessage);
}

/** Throws the reason a slot could not be taken: unknown, another product, already begun, or full. */
async function explainUntakenSlot(trx: Tx, slotId: string, productId: string, now: Date): Promise<never> {
  const state = await repo.slotState(trx, slotId);
  if (!state) throw unprocessable([{ field: 'slotId', message: 'Unknown slot.' }]);
  if (state.product_id !== productId) throw unprocessable([{ field: 'product', message: 'This slot is for another product.' }]);
  if (state.starts_at <= now) throw conflict('This slot has already begun. Please choose a later one.', 'slot-past');
  throw conflict('This slot is fully booked. Please choose another one.', 'slot-full');
}

const NOT_FOUND = 'No booking with this code and birth date.';

/**
 * The booking behind a code. A citizen must also give the birth date (a wrong one looks like an
 * unknown code); signed-in staff (call center) act without it, and are audited by name.
 */
async function findBooking(trx: Tx, ctx: RequestCtx, code: string, birthDate: string | null) {
  const b = await repo.findBookingByCode(trx, code);
  const verified = birthDate === null ? ctx.actor.type === 'staff' : !!b && birthHash(ctx.tenant, birthDate).equals(Buffer.from(b.birth_hash));
  if (!b || !verified) throw notFound(NOT_FOUND);
  return b;
}

/** The earliest and latest start of each dose given its neighbours (the product's interval window). */
function moveWindows(appts: { dose_number: number; starts_at: Date; status: string }[], p: { min_interval_days: number | null; max_interval_days: number | null }) {
  const byDose = new Map(appts.filter((a) => a.status !== 'cancelled').map((a) => [a.dose_number, a.starts_at.getTime()]));
  return (dose: number) => {
    if (p.min_interval_days === null || p.max_interval_days === null) return { from: -Infinity, to: Infinity };
    const prev = byDose.get(dose - 1);
    const next = byDose.get(dose + 1);
    const from = Math.max(prev === undefined ? -Infinity : prev + p.min_interval_days * DAY, next === undefined ? -Infinity : next - p.max_interval_days * DAY);
    const to = Math.min(prev === undefined ? Infinity : prev + p.max_interval_days * DAY, next === undefined ? Infinity : next - p.min_interval_days * DAY);
    return { from, to };
  };
}

/**
 * Moves one appointment of a booking to another slot at the same center, inside the window its
 * neighbouring doses allow; the old place and dose go back, all in one transaction.
 */
export async function moveAppointment(deps: Deps, ctx: RequestCtx, code: string, birthDate: string | null, doseNumber: number, slotId: string) {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const b = await findBooking(trx, ctx, code, birthDate);
    if (b.status !== 'active') throw conflict('This booking is cancelled.', 'cancelled');
    const appts = await repo.appointmentsOfBooking(trx, b.id);
    const appt = appts.find((a) => a.dose_number === doseNumber);
    if (!appt) throw notFound(`This booking has no dose ${doseNumber}.`);
    if (appt.status !== 'booked') throw conflict('Only an appointment that has not taken place can be moved.', 'not-movable');
    const product = (await getProduct(trx, b.product_id))!;
    const target = await repo.slotState(trx, slotId);
    if (!target) throw unprocessable([{ field: 'slotId', message: 'Unknown slot.' }]);
    if (target.center_id !== appt.center_id) throw unprocessable([{ field: 'slotId', message: 'Choose a slot at the same center; all doses of a series are given there.' }]);
    const window = moveWindows(appts, product)(doseNumber);
    const start = target.starts_at.getTime();
    if (start < window.from || start > window.to) {
      throw conflict(
        `Dose ${doseNumber} must lie between ${new Date(window.from).toISOString().slice(0, 10)} and ${new Date(window.to).toISOString().slice(0, 10)}.`,
        'outside-window',
      );
    }
    const taken = (await repo.takeSlot(trx, slotId, b.product_id, now)) ?? (await explainUntakenSlot(trx, slotId, b.product_id, now));
    if (!(await reserveDose(trx, { centerId: taken.center_id, product: b.product_id, startsAt: taken.starts_at, timezone: ctx.tenant.timezone }))) {
      throw conflict('The center has no more doses of this vaccine planned for that day. Please choose another day.', 'no-doses');
    }
    await repo.releaseSlot(trx, appt.slot_id);
    await releaseDoses(trx, [{ centerId: appt.center_id, product: b.product_id, startsAt: appt.starts_at }], ctx.tenant.timezone);
    await repo.moveAppointment(trx, appt.id, taken);
    await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'appointment', subjectId: appt.id, personId: b.person_id }], now);
    const [moved] = await appointmentData(trx, [taken], product.name);
    await notifyPerson(trx, ctx, b.person_id, 'appointment-moved', { bookingCode: formatCode(b.code), appointment: { ...moved, doseNumber } });
    return presentBooking(trx, b);
  }).then((view) => {
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

/** A booking as the citizen (and the call center) sees it: codes, status and appointments with their move windows. */
export async function presentBooking(trx: Tx, b: { id: string; code: string; security_code: string; status: 'active' | 'cancelled'; product_id: string }) {
  const appts = await repo.appointmentsOfBooking(trx, b.id);
  const windowOf = moveWindows(appts, (await getProduct(trx, b.product_id))!);
  return {
    bookingCode: formatCode(b.code),
    securityCode: b.security_code,
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
      moveWindow: a.status === 'booked' && b.status === 'active' ? presentWindow(windowOf(a.dose_number)) : null,
    })),
  };
}

function presentWindow(w: { from: number; to: number }) {
  return { from: Number.isFinite(w.from) ? new Date(w.from).toISOString() : null, to: Number.isFinite(w.to) ? new Date(w.to).toISOString() : null };
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
    await notifyPerson(trx, ctx, b.person_id, 'booking-cancelled', { bookingCode: formatCode(b.code) });
    return freed;
  });
  afterWrite(deps, ctx, freed.map((a) => ({ centerId: a.center_id, product: a.product_id })));
}

/** Free slots for the public booking page. */
export async function listFreeSlots(deps: Deps, ctx: RequestCtx, q: { centerId: string; product: string; from: string; to: string }) {
  return readCaches(deps).slots.get(slotsKey(ctx.tenant.id, q), () =>
    deps.db.withTenant(ctx.tenant.id, async (trx) => {
      const rows = await repo.freeSlots(trx, { ...q, timezone: ctx.tenant.timezone, now: deps.clock.now() });
      return rows.map((r) => ({ id: r.id, centerId: r.center_id, start: r.starts_at.toISOString(), end: r.ends_at.toISOString(), free: r.free }));
    }),
  ) as Promise<{ id: string; centerId: string; start: string; end: string; free: number }[]>;
}

const FEED_DAYS = 28;

/**
 * The public availability feed: free places per center, product and day for four weeks. Built at most
 * every 30 seconds per organisation (sooner after a booking here), so that partner apps and notifier
 * bots cost one query, not one each.
 */
export async function availabilityFeed(deps: Deps, ctx: RequestCtx) {
  return readCaches(deps).feed.get(`${ctx.tenant.id}|`, async () => {
    const now = deps.clock.now();
    const rows = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.availability(trx, { now, days: FEED_DAYS, timezone: ctx.tenant.timezone }));
    return {
      generatedAt: now.toISOString(),
      days: FEED_DAYS,
      entries: rows.map((r) => ({ centerId: r.center_id, centerName: r.center_name, product: r.product_id, day: r.day, free: r.free })),
    };
  }) as Promise<{ generatedAt: string; days: number; entries: { centerId: string; centerName: string; product: string; day: string; free: number }[] }>;
}
