import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';

describe.each(BACKENDS)('at the center: check-in and documentation (%s)', (backend) => {
  let srv: TestServer;
  let centerId: string;
  let bookingCode: string;
  let securityCode: string;

  beforeAll(async () => {
    // 09:10 in Berlin on the day of Anna's 09:00 appointment.
    srv = await startTestServer({ backend, now: '2026-11-23T09:10:00+01:00' });
    const citizen = client(srv.url);
    const { center, slot } = await firstSlot(citizen, 'comirnaty', '2026-11-23');
    centerId = center.id;
    const res = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    expect(res.status).toBe(201);
    bookingCode = res.body.bookingCode;
    securityCode = res.body.securityCode;
    expect(securityCode).toMatch(/^\d{4}$/);
  });
  afterAll(() => srv?.close());

  it('the clerk checks Anna in; the vaccinator documents; a correction supersedes the record', async () => {
    const clerk = client(srv.url);
    const me = await clerk.signIn('clerk@demo.vaxops');
    expect(me.body.user).toMatchObject({ role: 'clerk', centerId });

    // The clerk's board lists Anna with her decrypted name.
    const board = await clerk.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23`);
    expect(board.status).toBe(200);
    const row = board.body.find((a: { bookingCode: string }) => a.bookingCode === bookingCode);
    expect(row).toMatchObject({ status: 'booked', doseNumber: 1, person: { givenName: 'Anna', familyName: 'Schäfer', birthDate: '1938-04-12' } });
    expect(Object.keys(row).sort()).toEqual(['bookingCode', 'checkedInAt', 'doseNumber', 'end', 'id', 'person', 'product', 'start', 'status', 'vaccinationId']); // no security code at the desk

    const checkin = await clerk.post('/api/v1/staff/checkins', { bookingCode: bookingCode.toLowerCase().replace(/-/g, ''), centerId });
    expect(checkin.status).toBe(200);
    expect(checkin.body.appointment).toMatchObject({ id: row.id, status: 'checked_in' });
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode, centerId })).status).toBe(409);

    // The clerk may not document a vaccination.
    const denied = await clerk.post('/api/v1/staff/vaccinations', { appointmentId: row.id, product: 'comirnaty', lotNumber: 'EX1234', doseNumber: 1, site: 'left_upper_arm', securityCode: '1234' });
    expect(denied.status).toBe(403);

    const vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    const entry = { appointmentId: row.id, product: 'comirnaty', lotNumber: 'EX1234', doseNumber: 1, site: 'left_upper_arm', administeredAt: '2026-11-23T09:05:00+01:00' };

    // Without the security code, or with a wrong one, nothing is documented.
    const noCode = await vaccinator.post('/api/v1/staff/vaccinations', entry);
    expect(noCode.status).toBe(422);
    expect(noCode.body.errors[0].field).toBe('securityCode');
    const wrongCode = await vaccinator.post('/api/v1/staff/vaccinations', { ...entry, securityCode: String((Number(securityCode) + 1) % 10000).padStart(4, '0') });
    expect(wrongCode.status).toBe(422);
    expect(wrongCode.body.errors[0].field).toBe('securityCode');

    // Her codes act like passwords: the bookings table has neither in clear, only keyed hashes (and the
    // booking code as ciphertext); the check above and below compares the hash of what she says.
    const stored = (await sql<Record<string, unknown>>`
      select b.* from bookings b join appointments ap on ap.booking_id = b.id where ap.id = ${row.id}`.execute(srv.deps.db.owner)).rows[0];
    expect(stored).toMatchObject({ code: null, security_code: null });
    const raw = Object.values(stored).filter((v) => v instanceof Uint8Array).map((v) => Buffer.from(v as Uint8Array).toString('latin1')).join('|');
    expect(Object.values(stored).filter((v) => typeof v === 'string').join('|')).not.toContain(bookingCode.replace(/-/g, '')); // ids, product, status
    expect(raw).not.toContain(bookingCode.replace(/-/g, ''));
    expect(raw).not.toContain(securityCode);

    // Anna tells the vaccinator her code.
    const doc = await vaccinator.post('/api/v1/staff/vaccinations', { ...entry, securityCode });
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ appointmentId: row.id, lotNumber: 'EX1234', doseNumber: 1, site: 'left_upper_arm', supersedes: null, administeredAt: '2026-11-23T08:05:00.000Z', securityOverrideReason: null });
    expect(doc.body.vaccinatorId).toBe((await vaccinator.get('/api/v1/auth/me')).body.user.id);

    // Documenting twice is refused; the record cannot be changed in place.
    const twice = await vaccinator.post('/api/v1/staff/vaccinations', { ...entry, securityCode });
    expect(twice.status).toBe(409);
    await expect(sql`update vaccinations set lot_number = 'X' where id = ${doc.body.id}`.execute(srv.deps.db.owner)).rejects.toThrow(/append-only/);

    // The lot number was mistyped: the correction is a new record that supersedes the first.
    const fix = await vaccinator.post(`/api/v1/staff/vaccinations/${doc.body.id}/corrections`, { lotNumber: 'EX1235', reason: 'Lot number mistyped' });
    expect(fix.status).toBe(201);
    expect(fix.body).toMatchObject({ supersedes: doc.body.id, lotNumber: 'EX1235', site: 'left_upper_arm', correctionReason: 'Lot number mistyped' });
    const fixRow = (await sql<{ clear: string | null; box: Buffer }>`
      select correction_reason as clear, correction_reason_box as box from vaccinations where id = ${fix.body.id}`.execute(srv.deps.db.owner)).rows[0];
    expect(fixRow.clear).toBeNull(); // encrypted at rest, like the person's other data
    expect(Buffer.from(fixRow.box).toString('utf8')).not.toContain('mistyped');
    const old = await vaccinator.get(`/api/v1/staff/vaccinations/${doc.body.id}`);
    expect(old.body).toMatchObject({ lotNumber: 'EX1234', supersededBy: fix.body.id });
    expect((await vaccinator.post(`/api/v1/staff/vaccinations/${doc.body.id}/corrections`, { site: 'right_upper_arm', reason: 'again' })).status).toBe(409);

    const after = await clerk.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23`);
    expect(after.body.find((a: { id: string }) => a.id === row.id)).toMatchObject({ status: 'vaccinated', vaccinationId: fix.body.id });

    // Every touch of Anna's data is in the audit log, with who and through which route.
    const audit = await sql<{ actor_type: string; action: string; subject_type: string; route: string }>`
      select a.actor_type, a.action, a.subject_type, a.route from audit_log a
      where a.person_id = (select b.person_id from appointments ap join bookings b on b.id = ap.booking_id where ap.id = ${row.id}) order by a.id`.execute(srv.deps.db.owner);
    const trail = audit.rows.map((r) => `${r.actor_type} ${r.action} ${r.subject_type} ${r.route}`);
    expect(trail).toEqual(
      expect.arrayContaining([
        'citizen create booking POST /api/v1/public/bookings',
        'staff read appointment GET /api/v1/staff/appointments',
        'staff check-in appointment POST /api/v1/staff/checkins',
        'staff create vaccination POST /api/v1/staff/vaccinations',
        'staff update vaccination POST /api/v1/staff/vaccinations/:id/corrections',
        'staff read vaccination GET /api/v1/staff/vaccinations/:id',
      ]),
    );
  });

  it('check-in only finds today’s appointments at the clerk’s own center', async () => {
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    const centers = (await clerk.get('/api/v1/staff/centers')).body as { id: string }[];
    const elsewhere = centers.find((c) => c.id !== centerId)!.id;
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode, centerId: elsewhere })).status).toBe(403);
    expect((await clerk.get(`/api/v1/staff/appointments?centerId=${elsewhere}&date=2026-11-23`)).status).toBe(403);
    const unknown = await clerk.post('/api/v1/staff/checkins', { bookingCode: 'ZZZZ-ZZZZ-ZZ', centerId });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/No appointment today/);
  });

  it('a vaccination cannot be documented before check-in', async () => {
    const citizen = client(srv.url);
    const { slot } = await firstSlot(citizen, 'jcovden', '2026-11-23');
    const b = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: { givenName: 'Emil', familyName: 'Roth', birthDate: '1930-05-05', postalCode: '10115' } });
    const vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    const res = await vaccinator.post('/api/v1/staff/vaccinations', { appointmentId: b.body.appointments[0].id, product: 'jcovden', lotNumber: 'J1', doseNumber: 1, site: 'right_upper_arm', securityCode: b.body.securityCode });
    expect(res.status).toBe(409);
    expect(res.body.type).toContain('not-checked-in');
  });

  it('without the code, the vaccinator records why; the reason is kept with the record and in the audit trail', async () => {
    const citizen = client(srv.url);
    const { slot } = await firstSlot(citizen, 'jcovden', '2026-11-23');
    const b = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: { givenName: 'Frieda', familyName: 'Hahn', birthDate: '1929-09-09', postalCode: '10115' } });
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId })).status).toBe(200);
    const vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    const entry = { appointmentId: b.body.appointments[0].id, product: 'jcovden', lotNumber: 'J7', doseNumber: 1, site: 'right_upper_arm' };
    expect((await vaccinator.post('/api/v1/staff/vaccinations', { ...entry, securityOverrideReason: 'lost' })).status).toBe(422);
    const reason = 'Bestätigung verloren, Identität per Personalausweis geprüft';
    const res = await vaccinator.post('/api/v1/staff/vaccinations', { ...entry, securityOverrideReason: reason });
    expect(res.status).toBe(201);
    expect(res.body.securityOverrideReason).toBe(reason);
    const audit = await sql<{ note: string }>`select note from audit_log where subject_id = ${res.body.id}`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([{ note: 'documented without security code' }]);
    // The reason is free text about Frieda: at rest it is ciphertext only.
    const stored = (await sql<{ clear: string | null; box: Buffer }>`
      select security_override_reason as clear, security_override_reason_box as box from vaccinations where id = ${res.body.id}`.execute(srv.deps.db.owner)).rows[0];
    expect(stored.clear).toBeNull();
    expect(Buffer.from(stored.box).toString('utf8')).not.toContain('Personalausweis');
    expect((await vaccinator.get(`/api/v1/staff/vaccinations/${res.body.id}`)).body.securityOverrideReason).toBe(reason);
  });
});
