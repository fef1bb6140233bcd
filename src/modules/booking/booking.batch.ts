import type { CitizenSession, Deps, RequestCtx } from '../../context.js';
import { pipeline } from '../../db/database.js';
import { Problem } from '../../errors.js';
import { lockContactsStatement } from '../citizens/citizens.repo.js';
import { claimsOf, identityHash, personInsert } from '../citizens/citizens.service.js';
import { actingSession, MAX_PEOPLE_PER_CONTACT, tooManyPeople } from '../citizens/citizens.session.js';
import { assertMayBook, decisionUnder } from '../eligibility/eligibility.service.js';
import { contactFromRow } from '../notifications/notifications.service.js';
import { invalidateReads } from './booking.cache.js';
import { bookingGuards, FullSlots, Lines, type Waiting } from './booking.gate.js';
import * as repo from './booking.repo.js';
import {
  alreadyBooked,
  explainUntakenSlot,
  followUpWindow,
  newRecipient,
  noDoses,
  ownerOf,
  seriesWrites,
  slotFull,
  STALE_VIEW,
  type Booked,
  type CreateBooking,
  type SeriesPerson,
} from './booking.series.js';

/*
 * Bookings of one slot, made together when they pile up (a rush on a popular slot).
 *
 * One at a time, the bookings of a slot take turns on its row lock, and at a rush each of their round
 * trips also waits for the server's event loop, busy reading thousands of requests: 300 bookings of one
 * slot took 2–3 s on the 2-core machine, and every refusal behind them waited as long (the slot was not
 * full yet); in one batch they take about half a second. In a batch,
 * the slot is locked once for up to BATCH_MAX bookings, and the batch costs four round trips whatever its
 * size: what the rules decide on (product, rules, the people), dose 1's places (all at once), the
 * follow-up places (one statement each, sent together), and the writes (one statement each, sent
 * together with the COMMIT). The statements are the single booking's, so a batch writes exactly what
 * the same bookings made one by one would.
 *
 * A batch serves what it can decide for sure and hands the rest back to be booked one by one: when the
 * organisation requires a register match, for products of three or more doses, when a follow-up place
 * or dose is missing for someone, and on any database error (e.g. a person registered by another process
 * meanwhile). Everything it wrote is then rolled back, so nobody is booked twice or refused wrongly.
 */

/**
 * The most bookings of one slot made in one transaction: a large center's slot. The slot stays locked
 * while a batch runs (300 bookings: about half a second at a rush on the 2-core machine); the same
 * bookings one by one would hold it for longer.
 */
export const BATCH_MAX = 300;

export type Pending = { ctx: RequestCtx; input: CreateBooking };
export type PendingBooking = Waiting<Pending, Booked>;

/** The slot lines of one app (in deps.state, like the read caches). */
export function bookingLines(deps: Deps): Lines<Pending, Booked> {
  return (deps.state.bookingLines ??= new Lines<Pending, Booked>(BATCH_MAX));
}

/** Thrown inside the batch's transaction to roll it back and book everyone in it one by one. */
class OneByOne extends Error {}

type Outcome = { booked: { w: PendingBooking; result: Booked }[]; refused: { w: PendingBooking; err: unknown }[]; slotFilled: boolean };

/**
 * Books a batch of requests for the same slot and product in one transaction, answers each, and returns
 * those that must be booked one by one (see above): repeats of a person already in the batch, and everyone
 * when the batch could not decide.
 */
export async function bookTogether(deps: Deps, key: string, batch: PendingBooking[]): Promise<PendingBooking[]> {
  const { ctx: ctx0, input: input0 } = batch[0].item;
  const tenant = ctx0.tenant;
  // One place per person: a repeat (same identity, under the same verified contact) goes after the batch,
  // and then finds the booking. With verification on, each person is looked for among the people of the
  // contact that books (createBooking made sure there is one), as for a booking alone.
  const seen = new Set<string>();
  const items: { w: PendingBooking; hash: Buffer; session: CitizenSession | undefined; key: string }[] = [];
  const repeats: PendingBooking[] = [];
  for (const w of batch) {
    const hash = identityHash(tenant, w.item.input.person);
    const session = actingSession(deps, w.item.ctx);
    const key = `${hash.toString('hex')}|${session?.contactHash.toString('hex') ?? ''}`;
    if (seen.has(key)) repeats.push(w);
    else (seen.add(key), items.push({ w, hash, session, key }));
  }
  const verified = items.some((i) => i.session);
  const now = deps.clock.now();
  const tz = tenant.timezone;
  let outcome: Outcome;
  try {
    outcome = await deps.db.withTenant(tenant.id, async (trx): Promise<Outcome> => {
      let c: repo.BookingContext;
      let known: Map<string, NonNullable<repo.BookingContext['person']>>;
      const peopleOf = new Map<string, number>();
      if (verified) {
        // The contacts' locks first (a statement of their own), then the context, the known people and how
        // many people each contact has: four statements, one round trip.
        const contacts = items.map((i) => i.session!.contactHash);
        const [, context, people, counts] = await pipeline(trx, [
          lockContactsStatement(contacts),
          repo.bookingContextStatement({ product: input0.product, now, person: { identityHash: items[0].hash, contactHash: contacts[0] } }),
          repo.personsOfContactsStatement(items.slice(1).map((i) => ({ identityHash: i.hash, contactHash: i.session!.contactHash }))),
          repo.contactPeopleStatement(contacts),
        ]);
        c = repo.bookingContextOf(context.rows[0]);
        known = repo.personsOfContacts(people.rows);
        for (const r of counts.rows) peopleOf.set(r.contact, r.n);
      } else {
        // The context as a booking alone reads it, with the first person; the others in one statement.
        const [context, people] = await pipeline(trx, [
          repo.bookingContextStatement({ product: input0.product, now, person: { identityHash: items[0].hash } }),
          repo.personsByIdentityStatement(items.slice(1).map((i) => i.hash)),
        ]);
        c = repo.bookingContextOf(context.rows[0]);
        known = new Map([...repo.personsOf(people.rows)].map(([hex, p]) => [`${hex}|`, p]));
      }
      const product = c.product;
      if (!product || product.doses > 2 || c.require_register_match) throw new OneByOne();
      if (c.person) known.set(items[0].key, c.person);

      // The rules decide for each person before anything is written, as for a booking alone.
      const refused: Outcome['refused'] = [];
      const go: { w: PendingBooking; person: SeriesPerson }[] = [];
      for (const it of items) {
        const p = known.get(it.key) ?? null;
        const person = it.w.item.input.person;
        const contact = it.session?.contactHash.toString('hex');
        try {
          assertMayBook(decisionUnder(c.rules, tz, { birthDate: person.birthDate, claims: p ? claimsOf(tenant, p) : [] }, now), product.id);
          if (p?.has_active_booking) throw alreadyBooked();
          // A new person of a contact counts against its people, those made earlier in this batch included.
          if (!p && contact !== undefined) {
            const n = peopleOf.get(contact) ?? 0;
            if (n >= MAX_PEOPLE_PER_CONTACT) throw tooManyPeople();
            peopleOf.set(contact, n + 1);
          }
        } catch (err) {
          if (!(err instanceof Problem)) throw err;
          refused.push({ w: it.w, err });
          continue;
        }
        go.push({
          w: it.w,
          person: p
            ? { id: p.id, hasActiveBooking: false, recipient: contactFromRow(tenant, p) }
            : { insert: personInsert(tenant, person, it.hash, it.session && ownerOf(it.session, now)), recipient: newRecipient(person), emailConfirmed: it.session?.channel === 'email' },
        });
      }
      if (go.length === 0) return { booked: [], refused, slotFilled: false };

      const slotId = input0.slotId;
      const place = await repo.takePlaces(trx, { slotId, product: product.id, now, count: go.length, timezone: tz });
      if (!place || place.taken === 0) {
        // Nobody gets a place: the slot is unknown, begun or full, or its day's doses are used up.
        const err = place ? noDoses() : await explainUntakenSlot(deps, trx, ctx0, slotId, product.id, now).catch((e: unknown) => e);
        return { booked: [], refused: [...refused, ...go.map((g) => ({ w: g.w, err }))], slotFilled: false };
      }
      const placed = go.slice(0, place.taken);
      // Those beyond the places: the slot is full now, or the day's dose plan is.
      const slotFilled = place.taken >= place.free;
      const beyond = slotFilled ? slotFull : noDoses;
      for (const g of go.slice(place.taken)) refused.push({ w: g.w, err: beyond() });

      const at = { center_id: place.center_id, center_name: place.center_name, center_address: place.center_address };
      const first: repo.SeriesSlot = { id: place.id, starts_at: place.starts_at, ends_at: place.ends_at, dose_number: 1, ...at };
      let seconds: repo.SeriesSlot[] = [];
      if (product.doses === 2) {
        const window = { centerId: place.center_id, product: product.id, ...followUpWindow(product, place.starts_at), exclude: place.id, timezone: tz };
        const rows = (await pipeline(trx, placed.map(() => repo.takeFollowUpStatement(window)))).map((r) => r.rows[0]);
        // Someone without a follow-up place or dose: the one-by-one path tells each exactly why.
        if (rows.some((r) => !r?.doses_ok)) throw new OneByOne();
        seconds = rows.map((r) => ({ id: r.id, starts_at: r.starts_at, ends_at: r.ends_at, dose_number: 2, ...at }));
      }

      const writes = placed.map((g, i) => seriesWrites(deps, g.w.item.ctx, now, g.person, product, seconds.length ? [first, seconds[i]] : [first], g.w.item.input.language));
      const results = await pipeline(
        trx,
        writes.map((w) => repo.bookingRecord({ ...w.record, placeTaken: true })),
        { commit: true },
      );
      return {
        booked: placed.map((g, i) => ({ w: g.w, result: writes[i].result(results[i].rows[0].appointment_ids) })),
        refused,
        slotFilled,
      };
    });
  } catch (err) {
    if (!(err instanceof OneByOne)) deps.log.warn({ err: { code: (err as { code?: string }).code, message: (err as Error).message } }, 'booking batch rolled back; booking one by one');
    return batch;
  }

  const { full } = bookingGuards(deps);
  if (outcome.slotFilled) full.note(key);
  for (const b of outcome.booked) b.w.resolve(b.result);
  for (const r of outcome.refused) r.w.reject(r.err);
  // Refusals for lack of room prove what this process cached stale, as with a booking alone; and the
  // bookings made change what the feed and free slots show.
  const touched = new Map<string, { centerId: string | null; product: string }>();
  for (const b of outcome.booked) for (const a of b.result.appointments) touched.set(`${a.centerId}|${a.product}`, a);
  if (outcome.refused.some((r) => r.err instanceof Problem && STALE_VIEW.has(r.err.code))) touched.set(`|${input0.product}`, { centerId: null, product: input0.product });
  invalidateReads(deps, tenant.id, [...touched.values()]);
  return repeats;
}

/** The key of a slot's line and of its full-slot memo. */
export const lineKey = (ctx: RequestCtx, input: CreateBooking) => FullSlots.key(ctx.tenant.id, input.slotId, input.product);
