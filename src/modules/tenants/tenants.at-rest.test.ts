import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { uuidv7 } from '../../lib/ids.js';
import { personForDecision } from '../citizens/citizens.service.js';
import { protectLegacyData } from './tenants.at-rest.js';
import { tenantBySlug } from './tenants.service.js';

const carla = { givenName: 'Carla', familyName: 'Brandt', birthDate: '1935-03-03', postalCode: '10115' };
const PLAIN_PDF = Buffer.from('%PDF-1.7\n% letter to Carla Brandt, Lindenweg 3, booking code in clear\n%%EOF\n', 'latin1');

/**
 * Rows an older version wrote in clear (before migration 0016) are converted when the server opens the
 * database: Carla's booking (codes in clear), her claim, two reasons on vaccination records and a print
 * batch. Afterwards nothing of it is in clear, and everything still works with what she and staff know.
 */
describe.each(BACKENDS)('data stored in clear by an older version is converted at start (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, now: '2026-11-23T09:10:00+01:00' });
  });
  afterAll(() => srv?.close());

  it('converts Carla’s codes, claim, reasons and a print batch once; her booking code, birth date and security code still work', async () => {
    const owner = srv.deps.db.owner;
    const tenant = await tenantBySlug(srv.deps, 'demo');
    const citizen = client(srv.url);
    const { center, slot } = await firstSlot(citizen, 'jcovden', '2026-11-23');
    const booked = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: carla });
    expect(booked.status).toBe(201);
    const code = (booked.body.bookingCode as string).replace(/-/g, '');

    // Put her rows back into the form an older version left them in.
    const { person_id } = (await sql<{ person_id: string }>`
      update bookings set code = ${code}, security_code = '4711', code_hash = null, code_box = null, security_hash = null
      where id = (select booking_id from appointments where id = ${booked.body.appointments[0].id}) returning person_id`.execute(owner)).rows[0];
    await sql`update persons set claims = '{organ_transplant}', claims_box = null, claim_hashes = '{}' where id = ${person_id}`.execute(owner);
    const vaccinator = (await sql<{ id: string }>`select id from staff_users where email = 'vaccinator@demo.vaxops'`.execute(owner)).rows[0].id;
    const [first, second] = [uuidv7(), uuidv7()];
    const record = (id: string, extra: { supersedes_id?: string; correction_reason?: string; security_override_reason?: string }) =>
      owner.insertInto('vaccinations').values({
        id, tenant_id: tenant.id, person_id, center_id: center.id, product_id: 'jcovden', lot_number: 'OLD1', dose_number: 1, site: 'left_upper_arm',
        vaccinator_id: vaccinator, administered_at: new Date('2026-01-10T10:00:00Z'), ...extra,
      }).execute();
    await record(first, { security_override_reason: 'Carla lost her letter, passport checked' });
    await record(second, { supersedes_id: first, correction_reason: 'Carla: wrong lot typed' });
    const batch = (await sql<{ id: string }>`
      insert into print_batches (tenant_id, day, letter_count, pdf) values (${tenant.id}, '2026-01-11', 1, ${PLAIN_PDF}) returning id`.execute(owner)).rows[0].id;

    // The start's conversion (what createDeps runs after the migrations).
    expect(await protectLegacyData(owner, srv.deps.keys)).toEqual({ bookings: 1, persons: 1, vaccinations: 2, printBatches: 1 });

    // Nothing of it is in clear any more.
    const b = (await sql<{ code: string | null; security_code: string | null; code_hash: Buffer | null; code_box: Buffer }>`
      select code, security_code, code_hash, code_box from bookings where person_id = ${person_id}`.execute(owner)).rows[0];
    expect(b).toMatchObject({ code: null, security_code: null });
    expect(b.code_hash).not.toBeNull();
    expect(Buffer.from(b.code_box).toString('latin1')).not.toContain(code);
    const p = (await sql<{ claims: string; claims_box: Buffer }>`select claims::text as claims, claims_box from persons where id = ${person_id}`.execute(owner)).rows[0];
    expect(p.claims).toBe('{}');
    expect(Buffer.from(p.claims_box).toString('latin1')).not.toContain('organ');
    const v = (await sql<{ id: string; c: string | null; s: string | null; cb: Buffer | null; sb: Buffer | null }>`
      select id, correction_reason as c, security_override_reason as s, correction_reason_box as cb, security_override_reason_box as sb
      from vaccinations where person_id = ${person_id} order by supersedes_id nulls first`.execute(owner)).rows;
    expect(v.map((r) => [r.c, r.s])).toEqual([[null, null], [null, null]]);
    expect(v.map((r) => [r.cb !== null, r.sb !== null])).toEqual([[false, true], [true, false]]);
    const stored = Buffer.from((await sql<{ pdf: Buffer }>`select pdf from print_batches where id = ${batch}`.execute(owner)).rows[0].pdf);
    expect(stored.includes('%PDF')).toBe(false);
    expect(stored.includes('Carla')).toBe(false);

    // The ledger is append-only again, and a second start finds nothing to convert.
    await expect(sql`update vaccinations set lot_number = 'X' where id = ${first}`.execute(owner)).rejects.toThrow(/append-only/);
    expect(await protectLegacyData(owner, srv.deps.keys)).toEqual({ bookings: 0, persons: 0, vaccinations: 0, printBatches: 0 });

    // Carla looks her booking up with code and birth date; her claim still counts for the rules.
    const mine = await citizen.get(`/api/v1/public/bookings/${code}?birthDate=${carla.birthDate}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ bookingCode: booked.body.bookingCode, securityCode: null, status: 'active' });
    expect((await srv.deps.db.withTenant(tenant.id, (t) => personForDecision(t, tenant, person_id)))?.claims).toEqual(['organ_transplant']);

    // Staff read the reasons as they were written.
    const staff = client(srv.url);
    await staff.signIn('admin@demo.vaxops');
    expect((await staff.get(`/api/v1/staff/vaccinations/${first}`)).body.securityOverrideReason).toBe('Carla lost her letter, passport checked');
    expect((await staff.get(`/api/v1/staff/vaccinations/${second}`)).body.correctionReason).toBe('Carla: wrong lot typed');
    const pdf = await fetch(`${srv.url}/api/v1/staff/print-batches/${batch}.pdf`, { headers: { cookie: staff.cookie } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).equals(PLAIN_PDF)).toBe(true);

    // At the center she is checked in by her code and tells the vaccinator her old security code.
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: code, centerId: center.id })).status).toBe(200);
    const vacc = client(srv.url);
    await vacc.signIn('vaccinator@demo.vaxops');
    const entry = { appointmentId: booked.body.appointments[0].id, product: 'jcovden', lotNumber: 'J9', doseNumber: 1, site: 'left_upper_arm' };
    expect((await vacc.post('/api/v1/staff/vaccinations', { ...entry, securityCode: '4712' })).status).toBe(422);
    expect((await vacc.post('/api/v1/staff/vaccinations', { ...entry, securityCode: '4711' })).status).toBe(201);
  });
});
