import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { TenantCtx } from '../../context.js';
import { forbidden } from '../../errors.js';
import { normalizeName, type TenantCipher } from '../../lib/crypto.js';
import { CLAIMS } from '../../kernel/claims.js';
import { matchRegister } from '../register/register.service.js';
import type { PersonInput } from '../../kernel/person.js';


/** E-mail addresses match case-insensitively. */
export const emailHash = (tenant: TenantCtx, email: string) => tenant.cipher.blindIndex('email', email.trim().toLowerCase());
/** Phone numbers match by their digits (a leading 0 and +49 are the same number). */
export const phoneHash = (tenant: TenantCtx, phone: string) =>
  tenant.cipher.blindIndex('phone', phone.replace(/[^\d+]/g, '').replace(/^\+49/, '0').replace(/^0049/, '0'));

export type Person = PersonInput & { id: string };

/** Keyed hash that identifies a person (normalised names + birth date) without storing them in clear. */
export function identityHash(tenant: TenantCtx, p: Pick<PersonInput, 'givenName' | 'familyName' | 'birthDate'>) {
  return tenant.cipher.blindIndex('identity', `${normalizeName(p.givenName)}|${normalizeName(p.familyName)}|${p.birthDate}`);
}

/** Keyed hash of a birth date, for booking-code look-ups. */
export const birthHash = (tenant: TenantCtx, birthDate: string) => tenant.cipher.blindIndex('birth', birthDate);

/**
 * Finds the person by identity (among the records staff and the open API make, owner_hash empty) or
 * registers them, in the caller's transaction. Concurrent registrations of the same person meet at the
 * unique identity index.
 */
export async function findOrRegister(trx: Tx, tenant: TenantCtx, p: PersonInput): Promise<{ id: string; created: boolean }> {
  const values = newPerson(tenant, p);
  const inserted = await trx
    .insertInto('persons')
    .values(values)
    .onConflict((oc) => oc.columns(['tenant_id', 'identity_hash', 'owner_hash']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await trx
    .selectFrom('persons')
    .select('id')
    .where('identity_hash', '=', values.identity_hash)
    .where('owner_hash', '=', NO_OWNER)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/*
 * The only place that turns a person's fields into stored columns (encrypted, bound to tenant and column,
 * plus the keyed hashes): newPerson for a new row, encryptedContact for the contact details a merge replaces.
 * Not used by the bulk seeder's worker threads (seed/citizens.worker.ts), which write the same format as COPY
 * tuples for speed (seed/citizens.test.ts checks the app reads them).
 */

/** The contact details that are given, as columns: encrypted, with their keyed hashes (a merge sets only these). */
export function encryptedContact(tenant: TenantCtx, p: Omit<PersonInput, 'givenName' | 'familyName' | 'birthDate'>) {
  const c = tenant.cipher;
  return {
    postal_code: c.encrypt('postal_code', p.postalCode),
    ...(p.email ? { email: c.encrypt('email', p.email), email_hash: emailHash(tenant, p.email) } : {}),
    ...(p.phone ? { phone: c.encrypt('phone', p.phone), phone_hash: phoneHash(tenant, p.phone) } : {}),
    ...(p.street ? { street: c.encrypt('street', p.street) } : {}),
    ...(p.city ? { city: c.encrypt('city', p.city) } : {}),
  };
}

/** The owner of records made by staff, the call center, the open API (verification off) and before owners. */
export const NO_OWNER = Buffer.alloc(0);

/** A new person's row: personal data encrypted, look-ups as keyed hashes. */
export function newPerson(tenant: TenantCtx, p: PersonInput, idHash = identityHash(tenant, p)) {
  const c = tenant.cipher;
  return {
    tenant_id: tenant.id,
    given_name: c.encrypt('given_name', p.givenName),
    family_name: c.encrypt('family_name', p.familyName),
    birth_date: c.encrypt('birth_date', p.birthDate),
    email: null as Buffer | null,
    phone: null as Buffer | null,
    email_hash: null as Buffer | null,
    phone_hash: null as Buffer | null,
    street: null as Buffer | null,
    city: null as Buffer | null,
    ...encryptedContact(tenant, p),
    identity_hash: idHash,
    birth_hash: birthHash(tenant, p.birthDate),
    birth_year: Number(p.birthDate.slice(0, 4)),
  };
}

/** The name of the unique identity index (per owner): a new person meeting it was registered concurrently. */
export const PERSON_IDENTITY_CONSTRAINT = 'persons_identity_per_owner';

/**
 * Whether a record of this identity exists under another owner, as an SQL expression for the INSERT of a
 * new owned record (possible_duplicate): evaluated in the statement that writes, so the work is the same
 * whether there is one or not, and nothing of it reaches the caller.
 */
export const duplicateElsewhere = (identity: Buffer, owner: Buffer) =>
  sql<boolean>`exists (select 1 from persons d where d.identity_hash = ${identity} and d.owner_hash <> ${owner})`;

/**
 * A verified contact that makes a new person (owner_hash): the record is its own, flagged when the identity
 * is known under another owner; an e-mail address verified with a code counts as confirmed.
 */
export type PersonOwner = { contactHash: Buffer; emailConfirmedAt: Date | null };

/**
 * The INSERT of a new person (the same row as findOrRegister writes) for the caller's statement, without
 * ON CONFLICT: the booking inserts the person with the booking, and a concurrent registration of the same
 * identity (and owner) aborts it at the unique index (PERSON_IDENTITY_CONSTRAINT), after which it runs again
 * and finds them. With an owner, the record belongs to that verified contact (see PersonOwner).
 */
export function personInsert(tenant: TenantCtx, p: PersonInput, idHash?: Buffer, owner?: PersonOwner) {
  const v = newPerson(tenant, p, idHash);
  if (owner) {
    return sql`insert into persons (tenant_id, given_name, family_name, birth_date, postal_code, email, phone, email_hash, phone_hash, street, city,
                                  identity_hash, birth_hash, birth_year, owner_hash, possible_duplicate, email_confirmed_at)
    values (${v.tenant_id}::uuid, ${v.given_name}, ${v.family_name}, ${v.birth_date}, ${v.postal_code}, ${v.email}::bytea, ${v.phone}::bytea,
            ${v.email_hash}::bytea, ${v.phone_hash}::bytea, ${v.street}::bytea, ${v.city}::bytea, ${v.identity_hash}, ${v.birth_hash}, ${v.birth_year}::smallint,
            ${owner.contactHash}::bytea, ${duplicateElsewhere(v.identity_hash, owner.contactHash)}, ${owner.emailConfirmedAt}::timestamptz)`;
  }
  return sql`insert into persons (tenant_id, given_name, family_name, birth_date, postal_code, email, phone, email_hash, phone_hash, street, city,
                                  identity_hash, birth_hash, birth_year)
    values (${v.tenant_id}::uuid, ${v.given_name}, ${v.family_name}, ${v.birth_date}, ${v.postal_code}, ${v.email}::bytea, ${v.phone}::bytea,
            ${v.email_hash}::bytea, ${v.phone_hash}::bytea, ${v.street}::bytea, ${v.city}::bytea, ${v.identity_hash}, ${v.birth_hash}, ${v.birth_year}::smallint)`;
}

// Health claims ("organ transplant") are special-category data: stored encrypted (claims_box, null for none)
// and as one keyed hash per claim, sorted by claim (claim_hashes), so SQL can group people by their claims
// (impact preview) and the waitlist can rank them without decrypting anyone.

/** Keyed hash of one claim. */
export const claimHash = (tenant: TenantCtx, claim: string) => tenant.cipher.blindIndex('claim', claim);

/** A person's claims as stored: claims_box and claim_hashes (SQL: the hashes travel as hex text, which both drivers pass alike). */
export function claimColumns(tenant: TenantCtx, claims: readonly string[]) {
  const sorted = [...new Set(claims)].sort();
  const hex = sorted.map((c) => claimHash(tenant, c).toString('hex'));
  return {
    claims_box: sorted.length ? sealClaims(tenant, sorted) : null,
    claim_hashes: sql<Buffer[]>`array(select decode(h, 'hex') from unnest(${hex}::text[]) with ordinality as t(h, i) order by i)`,
  };
}

/** Sorted claims, encrypted as claims_box holds them. */
export const sealClaims = (tenant: TenantCtx, sorted: readonly string[]) => tenant.cipher.encrypt('claims', JSON.stringify(sorted));

/** The claims of a person row, decrypted (sorted). */
export function claimsOf(tenant: TenantCtx, row: { claims_box: Buffer | Uint8Array | null }): string[] {
  return row.claims_box ? (JSON.parse(tenant.cipher.decrypt('claims', row.claims_box)) as string[]) : [];
}

const claimNames = new WeakMap<TenantCipher, Map<string, string>>();

/** Claims from their keyed hashes in hex (a claim no longer in the list is left out: no rule can name it). */
export function claimsFromHashes(tenant: TenantCtx, hexHashes: readonly string[]): string[] {
  let names = claimNames.get(tenant.cipher);
  if (!names) claimNames.set(tenant.cipher, (names = new Map(CLAIMS.map((c) => [claimHash(tenant, c).toString('hex'), c]))));
  return hexHashes.map((h) => names.get(h)).filter((c): c is string => c !== undefined);
}

/**
 * Where the organisation requires it, a person must match an entry of the population register
 * (normalised names + birth date + postal code, compared through keyed hashes). The refusal does not
 * say which detail differs, so it cannot be used to probe the register.
 */
export async function assertRegisterMatch(trx: Tx, tenant: TenantCtx, p: PersonInput, required?: boolean): Promise<string | null> {
  // `required`: the setting as the caller already read it in this transaction (the booking reads it with the rest).
  const settings = required === undefined ? await trx.selectFrom('tenant_settings').select('require_register_match').executeTakeFirst() : { require_register_match: required };
  if (!settings?.require_register_match) return null;
  const entry = await matchRegister(trx, tenant, p);
  if (!entry) {
    throw forbidden(
      'We could not confirm your details with the population register. Please enter them exactly as on your ID card, or call the hotline.',
      'register-mismatch',
      {
        de: 'Wir konnten Ihre Angaben nicht mit dem Melderegister bestätigen. Bitte geben Sie sie genau wie im Personalausweis ein oder rufen Sie die Hotline an.',
        en: 'We could not confirm your details with the population register. Please enter them exactly as on your ID card, or call the hotline.',
      },
    );
  }
  return entry;
}

/** What the rules need of a registered person: birth date (decrypted) and claims. */
export async function personForDecision(trx: Tx, tenant: TenantCtx, personId: string) {
  const row = await trx.selectFrom('persons').select(['birth_date', 'claims_box']).where('id', '=', personId).executeTakeFirst();
  return row ? { birthDate: tenant.cipher.decrypt('birth_date', row.birth_date), claims: claimsOf(tenant, row) } : null;
}

type EncryptedNameRow = { given_name: Buffer | Uint8Array; family_name: Buffer | Uint8Array; birth_date: Buffer | Uint8Array };

/** Decrypts the names and birth date of a person row. */
export function decryptPerson(tenant: TenantCtx, row: EncryptedNameRow) {
  const c = tenant.cipher;
  return {
    givenName: c.decrypt('given_name', row.given_name),
    familyName: c.decrypt('family_name', row.family_name),
    birthDate: c.decrypt('birth_date', row.birth_date),
  };
}
