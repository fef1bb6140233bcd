import type { Deps, RequestCtx } from '../../context.js';
import { notFound, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { presentBooking } from '../booking/booking.service.js';
import { bookingCodeHash, formatCode, newSecurityCode, openBookingCode, securityCodeHash } from '../../kernel/codes.js';
import * as bookingRepo from '../booking/booking.repo.js';
import { claimsOf, emailHash, identityHash, phoneHash } from '../citizens/citizens.service.js';
import { decisionFor } from '../eligibility/eligibility.service.js';
import { enqueue, recipientOf } from '../notifications/notifications.service.js';
import * as repo from './agent.repo.js';

export type PersonQuery =
  | { givenName: string; familyName: string; birthDate: string }
  | { email: string }
  | { phone: string }
  | { bookingCode: string };

/** Finds people for a caller: by full name and birth date, e-mail, phone or booking code (through keyed hashes). */
export async function searchPersons(deps: Deps, ctx: RequestCtx, q: PersonQuery) {
  const { tenant } = ctx;
  return deps.db.withTenant(tenant.id, async (trx) => {
    const rows =
      'bookingCode' in q
        ? await repo.personsByBookingCode(trx, bookingCodeHash(tenant, q.bookingCode))
        : await repo.personsByHash(
            trx,
            'email' in q
              ? { column: 'email_hash', hash: emailHash(tenant, q.email) }
              : 'phone' in q
                ? { column: 'phone_hash', hash: phoneHash(tenant, q.phone) }
                : { column: 'identity_hash', hash: identityHash(tenant, q) },
          );
    await appendAudit(trx, ctx, rows.map((r) => ({ action: 'read' as const, subjectType: 'person' as const, subjectId: r.id, personId: r.id })), deps.clock.now());
    const c = tenant.cipher;
    return rows.map((r) => ({
      id: r.id,
      givenName: c.decrypt('given_name', r.given_name),
      familyName: c.decrypt('family_name', r.family_name),
      birthDate: c.decrypt('birth_date', r.birth_date),
      postalCode: c.decrypt('postal_code', r.postal_code),
    }));
  });
}

/** Everything the agent needs on the phone: details, contact, claims, eligibility and bookings. */
export async function personView(deps: Deps, ctx: RequestCtx, personId: string) {
  const { tenant } = ctx;
  const now = deps.clock.now();
  return deps.db.withTenant(tenant.id, async (trx) => {
    const p = await repo.personById(trx, personId);
    if (!p) throw notFound('Unknown person.', 'unknown-person');
    const c = tenant.cipher;
    const opt = (field: string, v: Buffer | Uint8Array | null) => (v ? c.decrypt(field, v) : null);
    const birthDate = c.decrypt('birth_date', p.birth_date);
    const bookings = await Promise.all((await repo.bookingsOfPerson(trx, personId)).map((b) => presentBooking(trx, { ...b, code: openBookingCode(tenant, b.code_box!) })));
    const claims = claimsOf(tenant, p);
    await appendAudit(trx, ctx, [{ action: 'read', subjectType: 'person', subjectId: personId, personId }], now);
    return {
      id: p.id,
      givenName: c.decrypt('given_name', p.given_name),
      familyName: c.decrypt('family_name', p.family_name),
      birthDate,
      postalCode: c.decrypt('postal_code', p.postal_code),
      street: opt('street', p.street),
      city: opt('city', p.city),
      email: opt('email', p.email),
      phone: opt('phone', p.phone),
      language: p.language,
      claims,
      registeredAt: p.registered_at.toISOString(),
      decision: await decisionFor(trx, tenant.timezone, { birthDate, claims }, now),
      bookings,
    };
  });
}

/**
 * Queues a printed confirmation letter of a booking (for callers without e-mail). The security code is
 * stored only as a keyed hash, so the letter carries a new one, which replaces the old (as a password reset
 * does); the plain code exists only in the letter's encrypted outbox payload.
 */
export async function sendConfirmationLetter(deps: Deps, ctx: RequestCtx, code: string) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const b = await bookingRepo.findBookingByCode(trx, bookingCodeHash(ctx.tenant, code));
    if (!b) throw notFound('No booking with this code.', 'booking-not-found');
    if (b.status !== 'active') throw unprocessable([{ field: 'bookingCode', message: 'This booking is cancelled.', code: 'booking-cancelled' }]);
    const r = await recipientOf(trx, ctx.tenant, b.person_id);
    const securityCode = newSecurityCode();
    await bookingRepo.replaceSecurityHash(trx, b.id, securityCodeHash(ctx.tenant, b.code_hash!, securityCode));
    const appointments = await repo.appointmentsForLetter(trx, b.id);
    const outboxId = await enqueue(trx, ctx.tenant, {
      channel: 'letter',
      template: 'booking-confirmation',
      language: r.language,
      personId: b.person_id,
      to: r.to,
      data: { bookingCode: formatCode(code), securityCode, appointments },
    });
    await appendAudit(trx, ctx, [{ action: 'create', subjectType: 'booking', subjectId: b.id, personId: b.person_id, note: 'confirmation letter queued, new security code' }], deps.clock.now());
    return { outboxId };
  });
}
