import { randomInt } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { CitizenSession, Deps, RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { conflict, unprocessable } from '../../errors.js';
import { formatCode } from '../../kernel/codes.js';
import type { PersonInput } from '../../kernel/person.js';
import { auditInsert } from '../audit/audit.repo.js';
import type { PersonOwner } from '../citizens/citizens.service.js';
import { bookingEmailConfirmation } from '../citizens/citizens.registration.js';
import { contactFromRow, outboxInsert, preferredChannel, type Language } from '../notifications/notifications.service.js';
import { bookingGuards, FullSlots } from './booking.gate.js';
import { codeColumns, newSecurityCode } from '../../kernel/codes.js';
import * as repo from './booking.repo.js';

/*
 * What a booking writes and the refusals it may meet, shared by the booking of one person
 * (booking.service.ts) and the batch of one slot's bookings (booking.batch.ts).
 */

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read out on the phone

/** A new booking code: 10 characters, 50 bits, shown as XXXX-XXXX-XX. */
export function newBookingCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** The 4-digit code the citizen tells the vaccinator; it proves the person at the desk booked this. */


export const slotFull = () => conflict('This slot is fully booked. Please choose another one.', 'slot-full');
export const noDoses = () => conflict('The center has no more doses of this vaccine planned for that day. Please choose another day.', 'no-doses');
export const alreadyBooked = () => conflict('This person already has an active booking. Look it up with the booking code or cancel it first.', 'already-booked');
export const followUpFull = (product: Product, dose: number) =>
  conflict(
    `No free slot for dose ${dose} at this center ${product.min_interval_days}–${product.max_interval_days} days later. Please choose another date or center.`,
    'follow-up-full',
  );

/** Refusals that prove a cached view of free places stale. */
export const STALE_VIEW = new Set(['slot-full', 'slot-past', 'follow-up-full', 'no-doses']);

export type Product = NonNullable<repo.BookingContext['product']>;

const DAY = 86400_000;

/** Where the dose after one at `after` may lie: the product's interval, from its minimum to its maximum. */
export function followUpWindow(product: Product, after: Date): { earliest: Date; latest: Date } {
  return {
    earliest: new Date(after.getTime() + product.min_interval_days! * DAY),
    latest: new Date(after.getTime() + product.max_interval_days! * DAY),
  };
}

export type Recipient = ReturnType<typeof contactFromRow>;

/** Who gets the confirmation: a known person as on record, a new one as they just gave their details. */
export type SeriesPerson =
  | { id: string; hasActiveBooking: boolean; recipient: Recipient }
  | { insert: RawBuilder<unknown>; recipient: Recipient; /** A code just proved the e-mail address (the verified contact's). */ emailConfirmed: boolean };

/** The owner of a person a verified citizen makes: their contact; an e-mail address verified by code is confirmed. */
export const ownerOf = (session: CitizenSession, now: Date): PersonOwner => ({ contactHash: session.contactHash, emailConfirmedAt: session.channel === 'email' ? now : null });

/** A new person as a recipient: what contactFromRow would make of the row being inserted (language: the default). */
export function newRecipient(p: PersonInput): Recipient {
  const to: Recipient['to'] = { name: `${p.givenName} ${p.familyName}` };
  if (p.email) to.email = p.email;
  if (p.phone) to.phone = p.phone;
  if (p.street) to.street = p.street;
  if (p.city) to.city = p.city;
  to.postalCode = p.postalCode;
  return { to, language: 'de', channel: preferredChannel(to) };
}

/**
 * What a booking writes once its places are taken, for recordBooking (one booking) or bookingRecord in a
 * batch: new booking and security codes, the person if new, the booking and its appointments, the audit
 * entries and the confirmation in the outbox; and the answer, given the appointment ids it returns.
 */
export function seriesWrites(
  deps: Deps,
  ctx: RequestCtx,
  now: Date,
  person: SeriesPerson,
  product: Product,
  taken: repo.SeriesSlot[],
  /** The language the booking is made in (default: the person's). */
  bookingLanguage?: Language,
) {
  const code = newBookingCode();
  const securityCode = newSecurityCode();
  const formatted = formatCode(code);
  // Rows the statement inserts, named for the audit entries and the outbox message in it.
  const personRef = sql`(select id from person)`;
  const bookingRef = sql`(select id from booking)`;
  const audit = auditInsert(
    ctx,
    [
      ...('insert' in person ? [{ action: 'create' as const, subjectType: 'person' as const, subjectId: personRef, personId: personRef }] : []),
      { action: 'create', subjectType: 'booking', subjectId: bookingRef, personId: personRef },
    ],
    now,
  );
  const { to, channel } = person.recipient;
  const language = bookingLanguage ?? person.recipient.language;
  // An e-mail address not yet confirmed gets the confirmation link with the booking (as registering does),
  // so the certificate can later be sent there.
  const confirmation =
    to.email && !('insert' in person && person.emailConfirmed)
      ? bookingEmailConfirmation(deps, ctx.tenant, { personRef, known: !('insert' in person), email: to.email, name: to.name ?? '', language, now })
      : [];
  const message =
    channel === 'letter' && !to.street
      ? null // nowhere to send it: the code was shown on screen
      : outboxInsert(
          ctx.tenant,
          {
            channel,
            template: 'booking-confirmation',
            language,
            to,
            data: {
              bookingCode: formatted,
              securityCode,
              appointments: taken.map((s) => ({
                start: s.starts_at.toISOString(),
                end: s.ends_at.toISOString(),
                doseNumber: s.dose_number,
                centerName: s.center_name,
                centerAddress: s.center_address,
                product: product.name,
              })),
            },
          },
          personRef,
        );
  const record: repo.BookingRecord = {
    tenantId: ctx.tenant.id,
    person: 'insert' in person ? { insert: person.insert } : { id: person.id },
    codes: codeColumns(ctx.tenant, code, securityCode), // stored as keyed hashes; the clear codes go only into the answer and the confirmation
    product: product.id,
    now,
    slots: taken,
    // Stored only when the booking names its language; otherwise its messages follow the person's.
    ...(bookingLanguage ? { language: bookingLanguage } : {}),
    also: [audit, ...(message ? [message] : []), ...confirmation],
  };
  return {
    record,
    result: (appointmentIds: string[]): Booked => ({
      bookingCode: formatted,
      securityCode,
      appointments: taken.map((s, i) => ({ id: appointmentIds[i], start: s.starts_at.toISOString(), doseNumber: s.dose_number, centerId: s.center_id, product: product.id })),
    }),
  };
}

/** A booking as its maker is told: the codes and the appointments. */
/** A booking request: a slot, a product and the person (booking.service.ts and booking.batch.ts take it). */
export type CreateBooking = { slotId: string; product: string; person: PersonInput; language?: Language };

export type Booked = {
  bookingCode: string;
  securityCode: string;
  appointments: { id: string; start: string; doseNumber: number; centerId: string; product: string }[];
};

/** Throws the reason a slot could not be taken: unknown, another product, already begun, or full (remembered a moment). */
export async function explainUntakenSlot(deps: Deps, trx: Tx, ctx: RequestCtx, slotId: string, productId: string, now: Date): Promise<never> {
  const state = await repo.slotState(trx, slotId);
  if (!state) throw unprocessable([{ field: 'slotId', message: 'Unknown slot.', code: 'unknown-slot' }]);
  if (state.product_id !== productId) throw unprocessable([{ field: 'product', message: 'This slot is for another product.', code: 'slot-other-product' }]);
  if (state.starts_at <= now) throw conflict('This slot has already begun. Please choose a later one.', 'slot-past');
  if (state.booked >= state.capacity) bookingGuards(deps).full.note(FullSlots.key(ctx.tenant.id, slotId, productId));
  throw slotFull();
}

