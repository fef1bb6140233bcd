import type { Deps, RequestCtx, TenantCtx } from '../../context.js';
import { Problem, notFound, unprocessable } from '../../errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { sql, type RawBuilder } from 'kysely';
import { appendAudit } from '../audit/audit.repo.js';
import { decisionFor } from '../eligibility/eligibility.service.js';
import { enqueue, outboxInsert } from '../notifications/notifications.service.js';
import { tenantById } from '../tenants/tenants.service.js';
import type { PersonInput } from '../../kernel/person.js';
import { countPeopleOfContact, lockContactsStatement, personOfContact } from './citizens.repo.js';
import { actingSession, MAX_PEOPLE_PER_CONTACT, personUnderSession, tooManyPeople } from './citizens.session.js';
import { assertRegisterMatch, claimColumns, claimsOf, duplicateElsewhere, emailHash, encryptedContact, identityHash, newPerson, NO_OWNER } from './citizens.service.js';

const CONFIRMATION_DAYS = 7;

export type Registration = { person: PersonInput; claims: string[]; language: 'de' | 'en'; reason?: string };

/**
 * Registers a person (portal or call center). The same person registering again is recognised by identity
 * (names + birth date) and merged into the one record: new details replace the old, claims add up. Returns
 * the eligibility decision, so the caller can say "book now" or "we will invite you", and why.
 *
 * With citizen verification on, a citizen registers under the contact they verified (their session): the
 * person is looked for only among the people of that contact, and made new (owned by that contact) when not
 * there, even if the identity is known under another contact. That record is never read or changed here, so
 * the answer, the work done and the stored record of the real person are the same whether they exist or not.
 * Staff (the call center) act on the records without an owner, as before.
 */
export async function register(deps: Deps, ctx: RequestCtx, input: Registration, source: 'portal' | 'call_center') {
  const now = deps.clock.now();
  const { tenant } = ctx;
  const session = actingSession(deps, ctx);
  const p = session ? personUnderSession(tenant, session, input.person) : input.person;
  assertReachable(p);
  const owner = session?.contactHash ?? NO_OWNER;
  return deps.db.withTenant(tenant.id, async (trx) => {
    const registerEntry = await assertRegisterMatch(trx, tenant, p);
    const idHash = identityHash(tenant, p);
    if (session) await lockContactsStatement([owner]).execute(trx);
    const existing = session
      ? await personOfContact(trx, idHash, owner)
      : await trx
          .selectFrom('persons')
          .select(['id', 'claims_box', 'email_hash', 'phone_hash', 'email_confirmed_at'])
          .where('identity_hash', '=', idHash)
          .where('owner_hash', '=', NO_OWNER)
          .executeTakeFirst();
    if (!existing && session && (await countPeopleOfContact(trx, owner)) >= MAX_PEOPLE_PER_CONTACT) throw tooManyPeople();
    // A code just proved the session's e-mail address: confirmed, no link needed.
    const verifiedEmail = session?.channel === 'email';
    const contact = encryptedContact(tenant, p);
    const more = { language: input.language, ...(registerEntry ? { register_entry_id: registerEntry } : {}) };
    let personId: string;
    let claims: string[];
    let emailIsNew: boolean;
    if (existing) {
      personId = existing.id;
      claims = [...new Set([...claimsOf(tenant, existing), ...input.claims])].sort();
      emailIsNew = !verifiedEmail && !!p.email && !(existing.email_hash && Buffer.from(existing.email_hash).equals(emailHash(tenant, p.email)) && existing.email_confirmed_at);
      // Without a verified contact (staff, or verification off), replacing a known person's e-mail or phone
      // is a change staff must explain; the reason goes into the audit trail.
      const changes = (column: Buffer | Uint8Array | null | undefined, next: Buffer | undefined) => !!column && !!next && !Buffer.from(column).equals(next);
      const contactChanged =
        !session && (changes(existing.email_hash, contact.email_hash) || changes(existing.phone_hash, contact.phone_hash));
      if (contactChanged && ctx.actor.type === 'staff' && !input.reason) {
        throw unprocessable([{ field: 'reason', message: 'This changes the e-mail address or phone number on file: say why.', code: 'required' }]);
      }
      await trx
        .updateTable('persons')
        .set({ ...contact, ...more, ...claimColumns(tenant, claims), ...(emailIsNew ? { email_confirmed_at: null } : verifiedEmail ? { email_confirmed_at: existing.email_confirmed_at ?? now } : {}) })
        .where('id', '=', personId)
        .execute();
      await appendAudit(trx, ctx, [{ action: 'merge', subjectType: 'person', subjectId: personId, personId, ...(contactChanged ? { note: `contact changed${input.reason ? `: ${input.reason}` : ''}` } : {}) }], now);
    } else {
      claims = [...new Set(input.claims)].sort();
      emailIsNew = !verifiedEmail && !!p.email;
      const row = await trx
        .insertInto('persons')
        .values({
          ...newPerson(tenant, p, idHash),
          ...claimColumns(tenant, claims),
          source,
          registered_at: now,
          ...more,
          ...(session ? { owner_hash: owner, possible_duplicate: duplicateElsewhere(idHash, owner), email_confirmed_at: verifiedEmail ? now : null } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      personId = row.id;
      await appendAudit(trx, ctx, [{ action: 'create', subjectType: 'person', subjectId: personId, personId }], now);
    }

    if (emailIsNew) {
      const c = emailConfirmation(deps, tenant, { email: p.email!, name: `${p.givenName} ${p.familyName}`, language: input.language }, now);
      await trx.insertInto('email_confirmations').values({ ...c.row, person_id: personId }).execute();
      await enqueue(trx, tenant, { ...c.message, personId });
    }
    const decision = await decisionFor(trx, tenant.timezone, { birthDate: p.birthDate, claims }, now);
    return {
      personId,
      status: existing ? ('updated' as const) : ('registered' as const),
      emailConfirmation: emailIsNew ? ('sent' as const) : ('not-needed' as const),
      decision,
    };
  });
}

/**
 * A person on the waiting list must be reachable: an invitation goes by e-mail, SMS or letter, and without
 * any of them the person would wait for ever. Refused with field errors asking for one of them (the
 * portal and the call center show them in the person's language); a street needs its city.
 */
export function assertReachable(p: Pick<PersonInput, 'email' | 'phone' | 'street' | 'city'>, prefix = 'person.') {
  if (p.email || p.phone) return;
  const message = 'Give an e-mail address, a phone number or the postal address (street and house number, postal code, city), so we can reach you.';
  if (p.street && p.city) return;
  if (p.street) throw unprocessable([{ field: `${prefix}city`, message: 'Give the city of the postal address.', code: 'required' }]);
  throw unprocessable(
    (['email', 'phone', 'street'] as const).map((f) => ({ field: `${prefix}${f}`, message, code: 'contact-required' as const })),
    'No way to reach this person: give an e-mail address, a phone number or a postal address.',
  );
}

/**
 * An e-mail confirmation link (the registration's and the booking's): the row to store (without its person)
 * and the message with the link, valid for CONFIRMATION_DAYS.
 */
export function emailConfirmation(deps: Deps, tenant: TenantCtx, to: { email: string; name: string; language: 'de' | 'en' }, now: Date) {
  const token = randomToken();
  return {
    row: { tenant_id: tenant.id, token_hash: sha256(token), expires_at: new Date(now.getTime() + CONFIRMATION_DAYS * 86400_000) },
    message: {
      channel: 'email' as const,
      template: 'email-confirmation' as const,
      language: to.language,
      to: { email: to.email, name: to.name },
      data: { confirmUrl: `${deps.config.publicUrl}/confirm-email?token=${token}` },
    },
  };
}

/**
 * The e-mail confirmation a booking sends along, as INSERTs for the booking's own statement (booking.series.ts):
 * the link's row and its message. `personRef` names the person in SQL. For a person already on record both are
 * written only while their e-mail address is unconfirmed (decided in the same statement), so confirming once
 * is enough; a person the statement creates has no confirmed address unless the caller says so (and then
 * does not call this).
 */
export function bookingEmailConfirmation(deps: Deps, tenant: TenantCtx, q: { personRef: RawBuilder<unknown>; known: boolean; email: string; name: string; language: 'de' | 'en'; now: Date }) {
  const c = emailConfirmation(deps, tenant, q, q.now);
  const when = q.known ? sql<boolean>`exists (select 1 from persons pc where pc.id = ${q.personRef} and pc.email_confirmed_at is null)` : sql<boolean>`true`;
  return [
    sql`insert into email_confirmations (tenant_id, person_id, token_hash, expires_at)
      select ${c.row.tenant_id}::uuid, ${q.personRef}, ${c.row.token_hash}, ${c.row.expires_at}::timestamptz where ${when}`,
    outboxInsert(tenant, c.message, q.personRef, when),
  ];
}

/** Confirms an e-mail address by the token from the link; confirming twice is fine. */
export async function confirmEmail(deps: Deps, token: string, meta: { route: string; requestId: string }) {
  const hash = sha256(token);
  const now = deps.clock.now();
  const found = await sql<{ t: string | null }>`select app_email_confirmation_tenant(${hash}) as t`.execute(deps.db.app);
  const tenantId = found.rows[0]?.t;
  if (!tenantId) throw notFound('This confirmation link is not known.', 'unknown-confirmation-link');
  return deps.db.withTenant(tenantId, async (trx) => {
    const row = await trx.selectFrom('email_confirmations').select(['id', 'person_id', 'expires_at', 'confirmed_at']).where('token_hash', '=', hash).executeTakeFirstOrThrow();
    if (!row.confirmed_at) {
      if (new Date(row.expires_at) <= now) throw new Problem(410, 'Gone', 'This confirmation link has expired. Register again to get a new one.', undefined, 'link-expired');
      await trx.updateTable('email_confirmations').set({ confirmed_at: now }).where('id', '=', row.id).execute();
      await trx.updateTable('persons').set({ email_confirmed_at: now }).where('id', '=', row.person_id).execute();
      const ctx: RequestCtx = { tenant: await tenantById(deps, tenantId), actor: { type: 'citizen', id: null }, ...meta };
      await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'person', subjectId: row.person_id, personId: row.person_id, note: 'e-mail confirmed' }], now);
    }
    return { confirmed: true as const };
  });
}
