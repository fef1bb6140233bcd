import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import type { Keyring } from '../lib/crypto.js';
import { progressBar } from '../lib/progress.js';
import { hashPassword } from '../modules/staff/staff.service.js';
import { localDate } from '../lib/clock.js';
import { STAFF_ROLES } from '../context.js';
import { demoRules } from '../modules/eligibility/eligibility.demo.js';

export const DEMO_SLUG = 'demo';
export const DEMO_TIMEZONE = 'Europe/Berlin';
export const SLOT_CAPACITY = 6;

// The four products of the 2021 product information (DOMAIN.md).
export const DEMO_PRODUCTS = [
  { id: 'comirnaty', name: 'Comirnaty', manufacturer: 'BioNTech', doses: 2, min: 21, max: 42, perVial: 6, mp: 'EU/1/20/1528', ma: 'ORG-100030215', vp: '1119349007' },
  { id: 'spikevax', name: 'Spikevax', manufacturer: 'Moderna', doses: 2, min: 28, max: 42, perVial: 10, mp: 'EU/1/20/1507', ma: 'ORG-100031184', vp: '1119349007' },
  { id: 'vaxzevria', name: 'Vaxzevria', manufacturer: 'AstraZeneca', doses: 2, min: 28, max: 84, perVial: 10, mp: 'EU/1/21/1529', ma: 'ORG-100001699', vp: 'J07BX03' },
  { id: 'jcovden', name: 'COVID-19 Vaccine Janssen', manufacturer: 'Janssen', doses: 1, min: null, max: null, perVial: 5, mp: 'EU/1/20/1525', ma: 'ORG-100001417', vp: 'J07BX03' },
];

const REGIONS = ['Mitte', 'Nord', 'Süd'];
const CENTERS: { name: string; region: string; address: string; postalCode: string; city: string; products: string[] }[] = [
  { name: 'Impfzentrum Messe Mitte', region: 'Mitte', address: 'Messeplatz 1', postalCode: '10115', city: 'Demostadt', products: ['comirnaty', 'spikevax', 'jcovden'] },
  { name: 'Impfzentrum Stadthalle', region: 'Mitte', address: 'Am Stadtpark 4', postalCode: '10117', city: 'Demostadt', products: ['comirnaty', 'vaxzevria'] },
  { name: 'Impfzentrum Postamt', region: 'Mitte', address: 'Postweg 12', postalCode: '14467', city: 'Kleinheim', products: ['comirnaty', 'jcovden'] },
  { name: 'Impfzentrum Hafen', region: 'Nord', address: 'Kaistraße 8', postalCode: '20457', city: 'Hafenstadt', products: ['comirnaty', 'spikevax'] },
  { name: 'Impfzentrum Deichhalle', region: 'Nord', address: 'Deichweg 2', postalCode: '25813', city: 'Husby', products: ['comirnaty', 'vaxzevria'] },
  { name: 'Impfzentrum Heide', region: 'Nord', address: 'Heideallee 30', postalCode: '29614', city: 'Heidedorf', products: ['spikevax', 'jcovden'] },
  { name: 'Impfzentrum Domplatz', region: 'Süd', address: 'Domplatz 5', postalCode: '80331', city: 'Südburg', products: ['comirnaty', 'spikevax', 'vaxzevria'] },
  { name: 'Impfzentrum Seeufer', region: 'Süd', address: 'Uferpromenade 17', postalCode: '78462', city: 'Seestadt', products: ['comirnaty', 'jcovden'] },
  { name: 'Impfzentrum Bergland', region: 'Süd', address: 'Talstraße 44', postalCode: '83471', city: 'Bergdorf', products: ['comirnaty', 'vaxzevria'] },
  { name: 'Impfzentrum Weinberg', region: 'Süd', address: 'Rebenweg 9', postalCode: '97070', city: 'Weinheim', products: ['comirnaty', 'spikevax'] },
];
const OPENING_HOURS = { mon: ['07:00', '20:00'], tue: ['07:00', '20:00'], wed: ['07:00', '20:00'], thu: ['07:00', '20:00'], fri: ['07:00', '20:00'], sat: ['07:00', '20:00'], sun: ['07:00', '20:00'] };

export type SeedOptions = { password: string; now: Date; weeks?: number; progress?: boolean };

/** True when the database holds no tenant yet. */
export async function isEmpty(owner: Kysely<DB>) {
  const r = await sql<{ n: number }>`select count(*)::int as n from tenants`.execute(owner);
  return r.rows[0].n === 0;
}

/**
 * Loads the demo tenant "Freistaat Demo": 3 regions, 10 centers with lanes, the four products,
 * slots every 30 minutes from 07:00 to 20:00 for eight weeks from today, and one account per role.
 * Runs as the owner. Returns false when the demo tenant already exists.
 */
export async function seedDemo(owner: Kysely<DB>, keys: Keyring, opts: SeedOptions): Promise<boolean> {
  const exists = await sql<{ n: number }>`select count(*)::int as n from tenants where slug = ${DEMO_SLUG}`.execute(owner);
  if (exists.rows[0].n > 0) return false;
  const bar = opts.progress ? progressBar('Seeding demo data', 6) : null;
  const passwordHash = await hashPassword(opts.password);
  await owner.transaction().execute(async (trx) => {
    const tenantId = randomUUID();
    await trx
      .insertInto('tenants')
      .values({ id: tenantId, slug: DEMO_SLUG, name: 'Freistaat Demo', timezone: DEMO_TIMEZONE, wrapped_key: keys.wrapNewDataKey(tenantId) })
      .execute();
    await trx.insertInto('tenant_settings').values({ tenant_id: tenantId }).execute();
    const regions = await trx
      .insertInto('regions')
      .values(REGIONS.map((name) => ({ tenant_id: tenantId, name })))
      .returning(['id', 'name'])
      .execute();
    await trx
      .insertInto('products')
      .values(
        DEMO_PRODUCTS.map((p) => ({
          tenant_id: tenantId,
          id: p.id,
          name: p.name,
          manufacturer: p.manufacturer,
          doses: p.doses,
          min_interval_days: p.min,
          max_interval_days: p.max,
          doses_per_vial: p.perVial,
          dcc_mp: p.mp,
          dcc_ma: p.ma,
          dcc_vp: p.vp,
        })),
      )
      .execute();
    bar?.tick();
    const centers = await trx
      .insertInto('centers')
      .values(
        CENTERS.map((c) => ({
          tenant_id: tenantId,
          region_id: regions.find((r) => r.name === c.region)!.id,
          name: c.name,
          address: c.address,
          postal_code: c.postalCode,
          city: c.city,
          opening_hours: JSON.stringify(OPENING_HOURS),
        })),
      )
      .returning(['id', 'name'])
      .execute();
    await trx
      .insertInto('lanes')
      .values(
        CENTERS.flatMap((c) => {
          const centerId = centers.find((x) => x.name === c.name)!.id;
          return c.products.map((p, i) => ({ tenant_id: tenantId, center_id: centerId, name: `Straße ${i + 1}`, product_id: p }));
        }),
      )
      .execute();
    bar?.tick();
    const firstDay = localDate(opts.now, DEMO_TIMEZONE);
    const days = (opts.weeks ?? 8) * 7;
    // 26 half-hour slots a day per lane, generated in the database (tens of thousands of rows).
    // d::date + interval is a local wall-clock time; AT TIME ZONE turns it into the instant in Berlin.
    await sql`
      insert into slots (tenant_id, center_id, lane_id, product_id, starts_at, ends_at, capacity)
      select l.tenant_id, l.center_id, l.id, l.product_id,
             (d::date + interval '7 hours' + n * interval '30 minutes') at time zone ${DEMO_TIMEZONE},
             (d::date + interval '7 hours' + (n + 1) * interval '30 minutes') at time zone ${DEMO_TIMEZONE},
             ${SLOT_CAPACITY}
      from lanes l
      cross join generate_series(${firstDay}::date, ${firstDay}::date + ${days - 1}::int, interval '1 day') as d
      cross join generate_series(0, 25) as n
      where l.tenant_id = ${tenantId}`.execute(trx);
    bar?.tick();
    // Center-bound roles work at the first center of the list (the one the portal shows first).
    const first = centers.find((c) => c.name === CENTERS[0].name)!.id;
    const centerBound = new Set(['manager', 'clerk', 'vaccinator']);
    await trx
      .insertInto('staff_users')
      .values(
        STAFF_ROLES.map((role) => ({
          tenant_id: tenantId,
          email: `${role}@demo.vaxops`,
          display_name: `Demo ${role[0].toUpperCase()}${role.slice(1)}`,
          role,
          center_id: centerBound.has(role) ? first : null,
          password_hash: passwordHash,
        })),
      )
      .execute();
    // Group 1 (80+) has been open since the campaign began; the other groups wait for a decision.
    const campaignStart = '2020-12-27T00:00:00+01:00';
    const admin = await trx.selectFrom('staff_users').select('id').where('email', '=', 'admin@demo.vaxops').executeTakeFirstOrThrow();
    await trx
      .insertInto('rule_sets')
      .values({
        tenant_id: tenantId,
        version: 1,
        status: 'published',
        effective_from: campaignStart,
        definition: JSON.stringify(demoRules(campaignStart)),
        note: 'Demo rules: priority groups of the 2021 ordinance',
        created_by: admin.id,
        published_by: admin.id,
        published_at: opts.now,
        publish_reason: 'Demo data',
      })
      .execute();
    bar?.tick();
  });
  bar?.finish();
  return true;
}
