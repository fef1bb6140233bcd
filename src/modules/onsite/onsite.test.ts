import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { uciHash, type VaccinationDcc } from '../dcc/dcc.issue.js';
import { trustFromEntries } from '../dcc/dcc.trust.js';
import { verifyHc1 } from '../dcc/dcc.verify.js';

type Api = ReturnType<typeof client>;
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);

describe.each(BACKENDS)('at the center: check-in and documentation (%s)', (backend) => {
  let srv: TestServer;
  let centerId: string;
  let bookingCode: string;
  let securityCode: string;
  /** Anna's current record once the first story has documented and corrected it. */
  let annasRecord: string;

  /** Books `person` for today's first Comirnaty slot and has the clerk check them in; returns the appointment and security code. */
  async function bookedAndCheckedIn(person: { givenName: string; familyName: string; birthDate: string; postalCode: string }) {
    const citizen = client(srv.url);
    const { slot } = await firstSlot(citizen, 'comirnaty', '2026-11-23');
    const b = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect(b.body.appointments[0]).toMatchObject({ doseNumber: 1, product: 'comirnaty' });
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId })).status).toBe(200);
    return { appointmentId: b.body.appointments[0].id as string, securityCode: b.body.securityCode as string };
  }

  async function vaccinatorClient(): Promise<Api> {
    const v = client(srv.url);
    await v.signIn('vaccinator@demo.vaxops');
    return v;
  }

  const auditNotes = async (subjectId: string) =>
    (await sql<{ note: string | null }>`select note from audit_log where subject_id = ${subjectId} order by id`.execute(srv.deps.db.owner)).rows.map((r) => r.note);

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

    annasRecord = fix.body.id;

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

  it('a record agrees with its appointment: another product, dose or day needs the vaccinator’s reason; a time in the future never goes', async () => {
    // Carla's appointment is dose 1 of a Comirnaty series, today (23 November) in Berlin.
    const carla = await bookedAndCheckedIn({ givenName: 'Carla', familyName: 'Berg', birthDate: '1935-03-03', postalCode: '10115' });
    const vaccinator = await vaccinatorClient();
    const entry = { appointmentId: carla.appointmentId, product: 'comirnaty', lotNumber: 'EX2000', doseNumber: 1, site: 'left_upper_arm', securityCode: carla.securityCode };
    const post = (change: Record<string, unknown>) => vaccinator.post('/api/v1/staff/vaccinations', { ...entry, ...change });

    // Another product, another dose number, another local day (23:30 on the 22nd in Berlin): each needs a reason.
    for (const [change, named] of [
      [{ product: 'spikevax' }, ['product', 'deviationReason']],
      [{ doseNumber: 2 }, ['doseNumber', 'deviationReason']],
      [{ administeredAt: '2026-11-22T23:30:00+01:00' }, ['administeredAt', 'deviationReason']],
      [{ product: 'spikevax', doseNumber: 2, administeredAt: '2026-11-22T22:30:00Z' }, ['product', 'doseNumber', 'administeredAt', 'deviationReason']],
    ] as const) {
      const res = await post(change);
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.type).toBe('https://vaxops.org/problems/deviation-needs-reason');
      expect(fields(res)).toEqual(named);
    }
    // A reason of a word is not a reason.
    const short = await post({ product: 'spikevax', deviationReason: 'Nein' });
    expect(short.status).toBe(422);
    expect(fields(short)).toEqual(['deviationReason']);
    // A time in the future is refused whatever the reason (20 minutes ahead; the clock may be 5 minutes off).
    const future = await post({ administeredAt: '2026-11-23T09:35:00+01:00', deviationReason: 'Uhr der Station geht vor' });
    expect(future.status).toBe(422);
    expect(future.body.type).toBe('https://vaxops.org/problems/administered-in-future');
    expect(fields(future)).toEqual(['administeredAt']);
    // None of this wrote anything.
    const none = await sql<{ n: number }>`select count(*)::int as n from vaccinations where appointment_id = ${carla.appointmentId}`.execute(srv.deps.db.owner);
    expect(none.rows[0].n).toBe(0);

    // Spikevax was given on purpose: with the reason, the record is kept, says why, and the audit trail notes the deviation.
    const reason = 'Kontraindikation: Allergie gegen Bestandteil';
    const doc = await post({ product: 'spikevax', deviationReason: reason });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    expect(doc.body).toMatchObject({ product: 'spikevax', doseNumber: 1, deviationReason: reason, appointment: { product: 'comirnaty', doseNumber: 1 } });
    const shown = await vaccinator.get(`/api/v1/staff/vaccinations/${doc.body.id}`);
    expect(shown.body).toMatchObject({ deviationReason: reason, appointment: { product: 'comirnaty', doseNumber: 1, start: expect.stringMatching(/^2026-11-23T/) } });
    expect(await auditNotes(doc.body.id)).toEqual(['deviates from the appointment (product); reason kept with the record', null]); // create, then the read
    // The free-text reason stays out of the (unencrypted) audit log.
    const copies = await sql<{ n: number }>`select count(*)::int as n from audit_log where note like ${'%Allergie%'}`.execute(srv.deps.db.owner);
    expect(copies.rows[0].n).toBe(0);

    // Dora is vaccinated at 00:40 on the 23rd in Berlin, entered in UTC (23:40 on the 22nd): the same local day, no reason needed.
    const dora = await bookedAndCheckedIn({ givenName: 'Dora', familyName: 'Krause', birthDate: '1936-06-06', postalCode: '10115' });
    const early = await vaccinator.post('/api/v1/staff/vaccinations', {
      ...entry,
      appointmentId: dora.appointmentId,
      securityCode: dora.securityCode,
      administeredAt: '2026-11-22T23:40:00Z',
      deviationReason: 'nothing deviates',
    });
    expect(early.status, JSON.stringify(early.body)).toBe(201);
    expect(early.body.deviationReason).toBeNull(); // a reason for nothing is not kept
    expect(await auditNotes(early.body.id)).toEqual([null]);
  });

  it('corrections obey the same rules against the original appointment', async () => {
    const erna = await bookedAndCheckedIn({ givenName: 'Erna', familyName: 'Lang', birthDate: '1934-04-04', postalCode: '10115' });
    const vaccinator = await vaccinatorClient();
    const doc = await vaccinator.post('/api/v1/staff/vaccinations', {
      appointmentId: erna.appointmentId, product: 'comirnaty', lotNumber: 'EX3000', doseNumber: 1, site: 'left_upper_arm', securityCode: erna.securityCode,
    });
    expect(doc.status).toBe(201);
    const correct = (id: string, body: Record<string, unknown>) => vaccinator.post(`/api/v1/staff/vaccinations/${id}/corrections`, body);

    // Another product, dose or day than the appointment's needs a reason for the deviation, besides the correction's reason.
    const product = await correct(doc.body.id, { product: 'spikevax', reason: 'Falscher Impfstoff erfasst' });
    expect(product.status).toBe(422);
    expect(product.body.type).toContain('deviation-needs-reason');
    expect(fields(product)).toEqual(['product', 'deviationReason']);
    const day = await correct(doc.body.id, { administeredAt: '2026-11-22T16:00:00+01:00', reason: 'Datum falsch' });
    expect(fields(day)).toEqual(['administeredAt', 'deviationReason']);
    // A corrected time in the future is refused, reason or not.
    const future = await correct(doc.body.id, { administeredAt: '2026-11-23T11:00:00+01:00', reason: 'Uhrzeit', deviationReason: 'Uhrzeit nachgetragen' });
    expect(future.status).toBe(422);
    expect(future.body.type).toContain('administered-in-future');

    // With its reason, the deviating correction is kept, and the audit trail notes it.
    const reason = 'Zweitimpfung vorgezogen, Erstimpfung im Ausland';
    const dose = await correct(doc.body.id, { doseNumber: 2, reason: 'Dosis falsch erfasst', deviationReason: reason });
    expect(dose.status, JSON.stringify(dose.body)).toBe(201);
    expect(dose.body).toMatchObject({ doseNumber: 2, deviationReason: reason, correctionReason: 'Dosis falsch erfasst' });
    expect(await auditNotes(dose.body.id)).toContain('deviates from the appointment (doseNumber); reason kept with the record');

    // A corrected lot number keeps the reason for the same deviation; a further deviation needs a new one.
    const lot = await correct(dose.body.id, { lotNumber: 'EX3001', reason: 'Charge vertippt' });
    expect(lot.status).toBe(201);
    expect(lot.body).toMatchObject({ doseNumber: 2, lotNumber: 'EX3001', deviationReason: reason });
    const more = await correct(lot.body.id, { product: 'spikevax', reason: 'Impfstoff falsch' });
    expect(more.status).toBe(422);
    expect(fields(more)).toEqual(['product', 'doseNumber', 'deviationReason']);

    // Back in line with the appointment, the record needs (and keeps) no deviation reason.
    const back = await correct(lot.body.id, { doseNumber: 1, reason: 'Doch die erste Dosis' });
    expect(back.status).toBe(201);
    expect(back.body.deviationReason).toBeNull();
  });

  it('the vaccinator documented Comirnaty for Anna; corrected to Spikevax with a reason, her certificate names Spikevax and the old one is revoked', async () => {
    const vaccinator = await vaccinatorClient();
    const before = await vaccinator.get(`/api/v1/staff/vaccinations/${annasRecord}/certificate`);
    expect(before.status).toBe(200);
    expect(before.body.product).toBe('comirnaty');

    const reason = 'Kontraindikation: Allergie gegen Bestandteil';
    const fix = await vaccinator.post(`/api/v1/staff/vaccinations/${annasRecord}/corrections`, { product: 'spikevax', reason: 'Impfstoff falsch erfasst', deviationReason: reason });
    expect(fix.status, JSON.stringify(fix.body)).toBe(201);
    expect(fix.body).toMatchObject({ product: 'spikevax', deviationReason: reason, appointment: { product: 'comirnaty', doseNumber: 1 } });
    expect(fix.body.certificateId).not.toBe(before.body.id);

    // The new certificate, decoded and verified by our own codec, names Spikevax (EU/1/20/1507 by Moderna).
    const now = await vaccinator.get(`/api/v1/staff/vaccinations/${fix.body.id}/certificate`);
    expect(now.body).toMatchObject({ id: fix.body.certificateId, product: 'spikevax', revoked: false });
    const citizen = client(srv.url);
    const trust = trustFromEntries((await citizen.get('/api/v1/public/dcc/trust-list')).body);
    const decoded = verifyHc1(now.body.hc1, { trust, at: srv.deps.clock.now() });
    expect(decoded.valid).toBe(true);
    expect((decoded.payload as VaccinationDcc).v[0]).toMatchObject({ mp: 'EU/1/20/1507', ma: 'ORG-100031184', dn: 1, dt: '2026-11-23' });

    // The Comirnaty certificate is on the revocation list and no longer verifies.
    const list = await citizen.get('/api/v1/public/dcc/revocations');
    expect(list.body.entries.map((e: { hash: string }) => e.hash)).toContain(uciHash(before.body.uvci).toString('base64'));
    expect((await citizen.post('/api/v1/public/dcc/verifications', { hc1: before.body.hc1 })).body.valid).toBe(false);
  });
  it('need to know: at check-out the clerk hands out Anna’s certificate, but her vaccination record stays closed to the desk', async () => {
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    const board = await clerk.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23`);
    const annas = board.body.find((a: { bookingCode: string }) => a.bookingCode === bookingCode);
    expect(annas.vaccinationId).toBeTruthy();
    const record = await clerk.get(`/api/v1/staff/vaccinations/${annas.vaccinationId}`);
    expect(record.status).toBe(403);
    expect(record.body.type).toMatch(/\/forbidden$/);
    const certificate = await clerk.get(`/api/v1/staff/vaccinations/${annas.vaccinationId}/certificate`);
    expect(certificate.status).toBe(200);
    // The vaccinator and the center's manager still read the record.
    expect((await (await vaccinatorClient()).get(`/api/v1/staff/vaccinations/${annas.vaccinationId}`)).status).toBe(200);
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');
    expect((await manager.get(`/api/v1/staff/vaccinations/${annas.vaccinationId}`)).status).toBe(200);
  });

  it('the board’s summary counts the day per status and moves when the clerk checks someone in; it names nobody', async () => {
    const vaccinator = await vaccinatorClient();
    const summary = () => vaccinator.get(`/api/v1/staff/appointments/summary?centerId=${centerId}&date=2026-11-23`);
    const before = await summary();
    expect(before.status).toBe(200);
    expect(Object.keys(before.body).sort()).toEqual(['counts', 'parts', 'version']);
    const board = (await vaccinator.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23`)).body as { status: string }[];
    const counted = (status: string) => board.filter((a) => a.status === status).length;
    expect(before.body.counts).toEqual({ booked: counted('booked'), checked_in: counted('checked_in'), vaccinated: counted('vaccinated'), cancelled: counted('cancelled') });
    // Nothing happened: same fingerprint, and polling leaves no trace in the audit trail.
    const audited = async () => Number((await sql<{ n: string }>`select count(*) as n from audit_log`.execute(srv.deps.db.owner)).rows[0].n);
    const trail = await audited();
    expect((await summary()).body.version).toBe(before.body.version);
    expect(await audited()).toBe(trail);

    // Ida books and is checked in at the desk: the fingerprint moves, one more is checked in.
    const { appointmentId } = await bookedAndCheckedIn({ givenName: 'Ida', familyName: 'Wendt', birthDate: '1936-02-02', postalCode: '10115' });
    const after = await summary();
    expect(after.body.version).not.toBe(before.body.version);
    expect(after.body.counts.checked_in).toBe(before.body.counts.checked_in + 1);
    expect(JSON.stringify(after.body)).not.toContain('Ida');

    // Only the hour of Ida's appointment moved; the board fetches just that part, and it holds her.
    type Part = { from: string; to: string; version: string };
    const moved = (after.body.parts as Part[]).filter((p) => !(before.body.parts as Part[]).some((b) => b.from === p.from && b.version === p.version));
    expect(moved).toHaveLength(1);
    const part = await vaccinator.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23&from=${encodeURIComponent(moved[0].from)}&to=${encodeURIComponent(moved[0].to)}`);
    expect(part.status).toBe(200);
    expect(part.body.map((a: { id: string }) => a.id)).toContain(appointmentId);
    for (const a of part.body as { start: string }[]) expect(a.start >= moved[0].from && a.start < moved[0].to).toBe(true);
    const nextHour = new Date(new Date(moved[0].to).getTime() + 3_600_000).toISOString();
    const later = await vaccinator.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23&from=${encodeURIComponent(moved[0].to)}&to=${encodeURIComponent(nextHour)}`);
    expect(later.status).toBe(200);
    expect(later.body.map((a: { id: string }) => a.id)).not.toContain(appointmentId);
  });

  it('a name search finds who came without their code, only among today’s people at the own center, and audits only them', async () => {
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    await bookedAndCheckedIn({ givenName: 'Jürgen', familyName: 'Groß-Öztürk', birthDate: '1935-03-03', postalCode: '10115' });
    const search = (name: string, center = centerId, date = '2026-11-23') =>
      clerk.get(`/api/v1/staff/appointments/search?centerId=${center}&date=${date}&name=${encodeURIComponent(name)}`);

    // Case, accents, ß and hyphens do not matter; every word must match the given or family name.
    for (const typed of ['jürgen', 'JURGEN gross', 'oztürk', 'Groß Öztürk']) {
      const found = await search(typed);
      expect(found.status, typed).toBe(200);
      expect(found.body.map((a: { person: { familyName: string } }) => a.person.familyName), typed).toEqual(['Groß-Öztürk']);
      expect(found.body[0]).toMatchObject({ status: 'checked_in', person: { givenName: 'Jürgen', birthDate: '1935-03-03' } });
    }
    expect((await search('Jürgen Schäfer')).body).toEqual([]);
    expect((await search('Jürgen', centerId, '2026-11-24')).body).toEqual([]); // another day
    const centers = (await clerk.get('/api/v1/staff/centers')).body as { id: string }[];
    expect((await search('Jürgen', centers.find((c) => c.id !== centerId)!.id)).status).toBe(403); // another center
    expect((await search('J')).status).toBe(422); // one letter would list half the day

    // Anna's search is on record as a read of her appointment through the name search; nobody else's is.
    const annaRows = (await search('Schäfer')).body as { id: string }[];
    expect(annaRows.length).toBeGreaterThan(0);
    const notes = await sql<{ subject_id: string }>`
      select subject_id from audit_log where route = 'GET /api/v1/staff/appointments/search' and note = 'name search'`.execute(srv.deps.db.owner);
    const searched = new Set(notes.rows.map((r) => r.subject_id));
    for (const r of annaRows) expect(searched.has(r.id)).toBe(true);
    const everyone = (await clerk.get(`/api/v1/staff/appointments?centerId=${centerId}&date=2026-11-23`)).body as { id: string; person: { givenName: string; familyName: string } }[];
    const others = everyone.filter((a) => !['Schäfer', 'Groß-Öztürk'].includes(a.person.familyName));
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(searched.has(o.id)).toBe(false);
  });
});
