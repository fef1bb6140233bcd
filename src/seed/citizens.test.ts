import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { bookingCodeHash, openBookingCode } from '../kernel/codes.js';
import { findBookingByCode } from '../modules/booking/booking.repo.js';
import { birthHash, identityHash } from '../modules/citizens/citizens.service.js';
import { tenantBySlug } from '../modules/tenants/tenants.service.js';
import { BACKENDS, createTestDeps, TEST_NOW } from '../../test/support/db.js';
import { AGE_PYRAMID, PGLITE_MAX_CITIZENS, seedCitizens } from './citizens.js';

const N = 2000;

describe.each(BACKENDS)('seed --citizens (%s)', (backend) => {
  it(`writes ${N} encrypted, unique persons by the age pyramid, with past bookings, appointments and vaccinations`, async () => {
    const env = await createTestDeps(backend);
    try {
      const { deps } = env;
      const owner = deps.db.owner;
      const tenant = await tenantBySlug(deps, 'demo');
      // On PostgreSQL through COPY (the test's URL), in batches from two generator threads.
      const copy = { kind: deps.db.kind, databaseUrl: deps.config.databaseUrl, workers: 2 };
      const r = await seedCitizens(owner, tenant, { count: N, now: new Date(TEST_NOW), ...copy, batchSize: 700, seed: 7 });
      expect(r.persons).toBe(N);
      expect(r.duplicates).toBe(0);

      const facts = await sql<{ persons: number; identities: number; bookings: number; codes: number; appts: number; vacc: number; vacc_appts: number; future: number; overbooked: number; bad_codes: number }>`
        select (select count(*)::int from persons) as persons,
               (select count(distinct identity_hash)::int from persons) as identities,
               (select count(*)::int from bookings) as bookings,
               (select count(distinct code_hash)::int from bookings) as codes,
               (select count(*)::int from appointments) as appts,
               (select count(*)::int from vaccinations) as vacc,
               (select count(*)::int from appointments where status = 'vaccinated') as vacc_appts,
               (select count(*)::int from appointments where starts_at >= ${TEST_NOW}::timestamptz) as future,
               (select count(*)::int from slots where booked > capacity) as overbooked,
               (select count(*)::int from bookings where code is not null or security_code is not null or security_hash is null) as bad_codes`.execute(owner);
      const f = facts.rows[0];
      expect(f.persons).toBe(N);
      expect(f.identities).toBe(N);
      expect(f.codes).toBe(f.bookings);
      expect(f.bad_codes).toBe(0);
      expect(f.bookings).toBe(r.bookings);
      // Roughly half the population has been vaccinated (more of the old), every series in the past.
      expect(f.bookings).toBeGreaterThan(N * 0.35);
      expect(f.bookings).toBeLessThan(N * 0.75);
      expect(f.appts).toBe(r.appointments);
      expect(f.vacc).toBe(r.vaccinations);
      expect(f.vacc).toBe(f.vacc_appts);
      expect(f.future).toBe(0);
      expect(f.overbooked).toBe(0);

      // The age pyramid: each decade's share within a few points of the target.
      const now = new Date(TEST_NOW).getUTCFullYear();
      const ages = await sql<{ decade: number; n: number }>`
        select least((${now} - birth_year) / 10, 9)::int as decade, count(*)::int as n from persons group by 1 order by 1`.execute(owner);
      const total = AGE_PYRAMID.reduce((a, b) => a + b, 0);
      for (const { decade, n } of ages.rows) expect(Math.abs(n / N - AGE_PYRAMID[decade] / total)).toBeLessThan(0.04);
      const share = (d: number) => (ages.rows.find((a) => a.decade === d)?.n ?? 0) / N;
      expect(share(5)).toBeGreaterThan(share(8)); // 50-59 outnumber 80-89
      expect(share(8)).toBeGreaterThan(share(9));

      // Names are ciphertext, and decrypt with the tenant's key to plausible names and dates.
      const sample = await sql<{ given_name: Buffer; family_name: Buffer; birth_date: Buffer; birth_year: number }>`
        select given_name, family_name, birth_date, birth_year from persons limit 50`.execute(owner);
      for (const p of sample.rows) {
        const given = Buffer.from(p.given_name);
        expect(given.toString('utf8')).not.toMatch(/^[\p{L} -]+$/u);
        expect(tenant.cipher.decrypt('given_name', given)).toMatch(/^[\p{L} -]+$/u);
        expect(tenant.cipher.decrypt('family_name', p.family_name)).toMatch(/^[\p{L} -]+$/u);
        expect(tenant.cipher.decrypt('birth_date', p.birth_date)).toMatch(new RegExp(`^${p.birth_year}-\\d\\d-\\d\\d$`));
      }

      // The app finds a seeded person by identity, and a seeded booking by code (stored as a keyed hash; its
      // ciphertext opens to a well-formed code) and birth date.
      const someone = await sql<{ given_name: Buffer; family_name: Buffer; birth_date: Buffer; code_box: Buffer }>`
        select p.given_name, p.family_name, p.birth_date, b.code_box from persons p join bookings b on b.person_id = p.id limit 1`.execute(owner);
      const one = { ...someone.rows[0], code: openBookingCode(tenant, someone.rows[0].code_box) };
      expect(one.code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
      const identity = {
        givenName: tenant.cipher.decrypt('given_name', one.given_name),
        familyName: tenant.cipher.decrypt('family_name', one.family_name),
        birthDate: tenant.cipher.decrypt('birth_date', one.birth_date),
      };
      const found = await deps.db.withTenant(tenant.id, (t) =>
        t.selectFrom('persons').select('id').where('identity_hash', '=', identityHash(tenant, identity)).execute(),
      );
      expect(found).toHaveLength(1);
      const booking = await deps.db.withTenant(tenant.id, (t) => findBookingByCode(t, bookingCodeHash(tenant, one.code)));
      expect(Buffer.from(booking!.birth_hash).equals(birthHash(tenant, identity.birthDate))).toBe(true);

      // The same seed again gives the same people: all of them are there already and skipped, with their bookings.
      const same = await seedCitizens(owner, tenant, { count: 500, now: new Date(TEST_NOW), ...copy, seed: 7 });
      expect(same).toMatchObject({ persons: 0, duplicates: 500, bookings: 0, appointments: 0, vaccinations: 0 });
      // Another run adds more people without clashing with the first.
      const again = await seedCitizens(owner, tenant, { count: 500, now: new Date(TEST_NOW), ...copy, bookedShare: 0 });
      expect(again.persons + again.duplicates).toBe(500);
      expect(again.bookings).toBe(0);
      const after = await sql<{ persons: number; overbooked: number; full: number }>`
        select (select count(*)::int from persons) as persons, (select count(*)::int from slots where booked > capacity) as overbooked,
               (select coalesce(sum(booked), 0)::int from slots where starts_at < ${TEST_NOW}::timestamptz) as full`.execute(owner);
      expect(after.rows[0]).toEqual({ persons: N + again.persons, overbooked: 0, full: f.vacc_appts });
    } finally {
      await env.close();
    }
  }, 240_000);
});

describe.runIf(BACKENDS.includes('postgres'))('seed --citizens through temporary tables (PostgreSQL)', () => {
  it('writes the same rows where COPY into the tables is not allowed, and skips people that are there', async () => {
    const env = await createTestDeps('postgres');
    try {
      const { deps } = env;
      const tenant = await tenantBySlug(deps, 'demo');
      const opts = { now: new Date(TEST_NOW), kind: deps.db.kind, databaseUrl: deps.config.databaseUrl, staged: true, workers: 1, seed: 11 };
      const r = await seedCitizens(deps.db.owner, tenant, { ...opts, count: 800, batchSize: 300 });
      expect(r).toMatchObject({ persons: 800, duplicates: 0 });
      expect(r.bookings).toBeGreaterThan(200);
      // Half of these people are there already (the same seed): the other half is written, with their bookings.
      const more = await seedCitizens(deps.db.owner, tenant, { ...opts, count: 1200, batchSize: 500 });
      expect(more).toMatchObject({ persons: 400, duplicates: 800 });
      const facts = await sql<{ persons: number; bookings: number; appts: number; vacc: number; orphans: number }>`
        select (select count(*)::int from persons) as persons, (select count(*)::int from bookings) as bookings,
               (select count(*)::int from appointments) as appts, (select count(*)::int from vaccinations) as vacc,
               (select count(*)::int from bookings b where not exists (select 1 from persons p where p.id = b.person_id)) as orphans`.execute(deps.db.owner);
      expect(facts.rows[0]).toEqual({
        persons: 1200,
        bookings: r.bookings + more.bookings,
        appts: r.appointments + more.appointments,
        vacc: r.vaccinations + more.vaccinations,
        orphans: 0,
      });
      const p = (await sql<{ given_name: Buffer }>`select given_name from persons limit 1`.execute(deps.db.owner)).rows[0];
      expect(tenant.cipher.decrypt('given_name', p.given_name)).toMatch(/^[\p{L} -]+$/u);
    } finally {
      await env.close();
    }
  }, 240_000);
});

describe('seed --citizens on PGlite', () => {
  it('refuses a large seed on the embedded database, clearly', async () => {
    const env = await createTestDeps('pglite');
    try {
      const tenant = await tenantBySlug(env.deps, 'demo');
      await expect(seedCitizens(env.deps.db.owner, tenant, { count: PGLITE_MAX_CITIZENS + 1, now: new Date(TEST_NOW), kind: 'pglite' })).rejects.toThrow(
        /needs PostgreSQL/,
      );
    } finally {
      await env.close();
    }
  });
});
