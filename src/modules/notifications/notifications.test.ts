import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import type { TenantCtx } from '../../context.js';
import { bookingCodeHash } from '../../kernel/codes.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { A4 } from './notifications.letters.js';
import { decryptPayload, enqueue, letterArrival, preferredChannel, queueReminders, renderStored, type OutboxMessage } from './notifications.service.js';

const TOMORROW = '2026-11-24'; // the test clock stands on Monday 2026-11-23, 07:00 in Berlin
const THURSDAY = '2026-11-26'; // a letter printed on Monday arrives on Wednesday (2 working days, the default)
const appointment = { start: '2026-11-24T08:00:00Z', doseNumber: 1, centerName: 'Impfzentrum Mitte', centerAddress: 'Große Hamburger Straße 5, 10115 Berlin', product: 'Comirnaty' };

describe('letter delivery', () => {
  it('counts working days from the day the letter is posted', () => {
    expect(letterArrival('2026-11-23', 2)).toBe('2026-11-25'); // Monday -> Wednesday
    expect(letterArrival('2026-11-26', 2)).toBe('2026-11-30'); // Thursday -> Monday
    expect(letterArrival('2026-11-28', 2)).toBe('2026-12-02'); // printed on Saturday, posted on Monday
    expect(letterArrival('2026-11-28', 0)).toBe('2026-11-30');
  });
});

describe('preferred channel', () => {
  it('is e-mail, else SMS, else a letter', () => {
    expect(preferredChannel({ email: 'a@b.de', phone: '+49 1' })).toBe('email');
    expect(preferredChannel({ email: null, phone: '+49 1' })).toBe('sms');
    expect(preferredChannel({})).toBe('letter');
  });
});

describe.each(BACKENDS)('reminders and printed letters (%s)', (backend) => {
  let srv: TestServer;
  let tenant: TenantCtx;
  const booked: Record<string, { code: string; start: string }> = {};

  async function book(key: string, date: string, centerIndex: number, person: Record<string, string>, more: { language?: 'de' | 'en' } = {}) {
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', date, centerIndex);
    const res = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person, ...more });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    booked[key] = { code: res.body.bookingCode, start: res.body.appointments[0].start };
  }
  const personOf = async (key: string) =>
    (await sql<{ id: string }>`select person_id as id from bookings where code_hash = ${bookingCodeHash(tenant, booked[key].code.replace(/-/g, ''))}`.execute(srv.deps.db.owner)).rows[0].id;
  const queueLetter = (msg: Omit<OutboxMessage, 'channel'>) =>
    srv.deps.db.withTenant(tenant.id, (trx) => enqueue(trx, tenant, { ...msg, channel: 'letter' } as OutboxMessage));

  beforeAll(async () => {
    srv = await startTestServer({ backend });
    tenant = await tenantBySlug(srv.deps, 'demo');
    await book('anna', TOMORROW, 0, { givenName: 'Anna', familyName: 'Schäfer', birthDate: '1938-04-12', postalCode: '10115', email: 'anna@example.org' });
    await book('carla', TOMORROW, 1, { givenName: 'Carla', familyName: 'Berg', birthDate: '1941-02-02', postalCode: '10117', phone: '+49 170 5550000' });
    await book('bruno', TOMORROW, 2, { givenName: 'Bruno', familyName: 'Groß', birthDate: '1936-06-06', postalCode: '10119' });
    await book('dora', '2026-11-25', 0, { givenName: 'Dora', familyName: 'Lind', birthDate: '1939-09-09', postalCode: '10115', email: 'dora@example.org' });
    // Emil books on Thursday in English and wants letters: he gives his street and city when booking.
    await book('emil', THURSDAY, 0, { givenName: 'Emil', familyName: 'Roth', birthDate: '1937-03-03', postalCode: '10115', street: 'Lindenweg 3', city: 'Berlin' }, { language: 'en' });
    // Frida (through the open API) gives neither contact nor street: nothing can reach her.
    await book('frida', THURSDAY, 1, { givenName: 'Frida', familyName: 'Stumm', birthDate: '1936-01-01', postalCode: '10117' });
    // Anna reads English; Bruno's street and city are on file (encrypted, as the citizens module stores them).
    await sql`update persons set language = 'en' where id = ${await personOf('anna')}`.execute(srv.deps.db.owner);
    await sql`update persons set street = ${tenant.cipher.encrypt('street', 'Hauptstraße 5')}, city = ${tenant.cipher.encrypt('city', 'Berlin')}
              where id = ${await personOf('bruno')}`.execute(srv.deps.db.owner);
  });
  afterAll(() => srv?.close());

  it('each person gets one reminder through their preferred channel, however often the job runs; a letter only if it arrives in time', async () => {
    const reminders = async () =>
      (await sql<{ person_id: string; channel: string; language: string; payload: Buffer }>`
        select person_id, channel, language, payload from outbox where template = 'reminder'`.execute(srv.deps.db.owner)).rows;

    // Not in the night: reminders start at 08:00 local time.
    expect(await queueReminders(srv.deps, new Date('2026-11-23T07:30:00+01:00'))).toBe(0);

    const at = new Date('2026-11-23T10:00:00+01:00');
    const [a, b] = await Promise.all([queueReminders(srv.deps, at), queueReminders(srv.deps, at)]);
    expect(a + b).toBe(3); // Anna and Carla for tomorrow, Emil's letter for Thursday
    expect(await queueReminders(srv.deps, new Date('2026-11-23T18:00:00+01:00'))).toBe(0);

    const rows = await reminders();
    expect(rows).toHaveLength(3);
    const byPerson = new Map(rows.map((r) => [r.person_id, r]));
    const anna = byPerson.get(await personOf('anna'))!;
    expect(anna).toMatchObject({ channel: 'email', language: 'en' });
    expect(decryptPayload(tenant, anna.payload)).toEqual({
      to: { name: 'Anna Schäfer', email: 'anna@example.org', postalCode: '10115' },
      data: { bookingCode: booked.anna.code, appointment: expect.objectContaining({ start: booked.anna.start, doseNumber: 1, product: 'Comirnaty' }) },
    });
    const carla = byPerson.get(await personOf('carla'))!;
    expect(carla).toMatchObject({ channel: 'sms', language: 'de' });
    expect(decryptPayload(tenant, carla.payload).to).toMatchObject({ phone: '+49 170 5550000' });
    // Bruno's appointment is tomorrow: a letter printed today arrives on Wednesday, after it. None is printed.
    expect(byPerson.has(await personOf('bruno'))).toBe(false);
    // Emil's is on Thursday: today's letter arrives on Wednesday, tomorrow's would be too late, so it goes
    // today, to his full address, in the language he booked in.
    const emil = byPerson.get(await personOf('emil'))!;
    expect(emil).toMatchObject({ channel: 'letter', language: 'en' });
    const emilLetter = decryptPayload(tenant, emil.payload);
    expect(emilLetter.to).toEqual({ name: 'Emil Roth', street: 'Lindenweg 3', postalCode: '10115', city: 'Berlin' });
    const doc = renderStored(srv.deps, tenant, 'reminder', 'en', emilLetter, at);
    expect(doc.subject).toBe('Reminder: your vaccination appointment on 26/11/2026');
    // The security code is stored only as a keyed hash: the reminder says where to find it, and claims no more.
    expect(doc.paragraphs).toContain('Your security code is in your booking confirmation; please bring it with you.');
    expect(byPerson.has(await personOf('frida'))).toBe(false);
    expect(byPerson.has(await personOf('dora'))).toBe(false); // the day after tomorrow, by e-mail: tomorrow

    // Emil's confirmation letter is in English too.
    const confirmation = await sql<{ language: string }>`select language from outbox where template = 'booking-confirmation' and person_id = ${await personOf('emil')}`.execute(srv.deps.db.owner);
    expect(confirmation.rows).toEqual([{ language: 'en' }]);

    // The payload at rest holds no address in clear.
    const leaked = await sql<{ n: number }>`
      select count(*)::int as n from outbox where position(convert_to('anna@example.org', 'UTF8') in payload) > 0
         or position(convert_to('Hauptstraße', 'UTF8') in payload) > 0`.execute(srv.deps.db.owner);
    expect(leaked.rows[0].n).toBe(0);

    const marked = await sql<{ n: number }>`select count(*)::int as n from appointments where reminder_sent_at is not null`.execute(srv.deps.db.owner);
    expect(marked.rows[0].n).toBe(3);
    // Why Bruno and Frida get no reminder is recorded with their appointments.
    const skipped = await sql<{ person_id: string; reminder_skipped: string }>`
      select b.person_id, a.reminder_skipped from appointments a join bookings b on b.id = a.booking_id
      where a.reminder_skipped is not null and a.dose_number = 1`.execute(srv.deps.db.owner);
    expect(new Map(skipped.rows.map((r) => [r.person_id, r.reminder_skipped]))).toEqual(
      new Map([
        [await personOf('bruno'), 'letter-too-late'],
        [await personOf('frida'), 'no-postal-address'],
      ]),
    );
  });

  it('the agent prints the waiting letters as one A4 PDF, one page per letter; several batches a day, none dated in the past', async () => {
    await queueLetter({
      template: 'booking-confirmation',
      language: 'de',
      to: { name: 'Jürgen Weiß-Müller', street: 'Am Gänsemarkt 12 b', postalCode: '20354', city: 'Hamburg' },
      data: { bookingCode: 'ABCD-EFGH-JK', securityCode: '0815', appointments: [appointment, { ...appointment, start: '2026-12-15T08:00:00Z', doseNumber: 2 }] },
    });
    await queueLetter({
      template: 'invitation',
      language: 'en',
      to: { name: 'Łukasz Nowak 🙂', street: 'Ulica 1', postalCode: '10115', city: 'Berlin' }, // characters outside WinAnsi
      data: { bookUrl: `https://vaxops.example/invite/${'x'.repeat(120)}`, expiresAt: '2026-11-25T17:00:00Z' },
    });
    const waiting = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from outbox where channel = 'letter' and status = 'pending'`.execute(srv.deps.db.owner)).rows[0].n;
    const letters = await waiting();
    expect(letters).toBeGreaterThanOrEqual(4); // Emil's confirmation and reminder, the two above

    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/print-batches', { day: '2026-11-23' })).status).toBe(403);

    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    const created = await agent.post('/api/v1/staff/print-batches', { day: '2026-11-23' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ day: '2026-11-23', letterCount: letters });
    expect(await waiting()).toBe(0);

    const res = await fetch(`${srv.url}/api/v1/staff/print-batches/${created.body.id}.pdf`, { headers: { cookie: agent.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('letters-2026-11-23.pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(letters);

    // At rest the batch is ciphertext: no PDF, none of the names, addresses or codes it prints.
    const stored = Buffer.from(
      (await sql<{ pdf: Buffer }>`select pdf from print_batches where id = ${created.body.id}`.execute(srv.deps.db.owner)).rows[0].pdf,
    );
    expect(stored.includes('%PDF')).toBe(false);
    for (const clear of ['Weiß-Müller', 'Gänsemarkt', 'Hamburg', 'ABCD-EFGH-JK', '0815', 'Nowak']) {
      expect(stored.includes(clear, 0, 'latin1') || stored.includes(clear, 0, 'utf8')).toBe(false);
    }
    expect(stored.length).toBeGreaterThanOrEqual(bytes.length);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect(width).toBeCloseTo(A4[0], 1);
      expect(height).toBeCloseTo(A4[1], 1);
    }

    // The letters are sent with this batch; downloading the PDF reads their data, so it is audited.
    const printed = await sql<{ n: number }>`select count(*)::int as n from outbox where print_batch_id = ${created.body.id} and status = 'sent'`.execute(srv.deps.db.owner);
    expect(printed.rows[0].n).toBe(letters);
    const audit = await sql<{ route: string; n: number }>`
      select route, count(*)::int as n from audit_log where person_id = ${await personOf('emil')} and action = 'read' group by route order by route`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([
      { route: 'GET /api/v1/staff/print-batches/:id.pdf', n: 1 },
      { route: 'POST /api/v1/staff/print-batches', n: 1 },
    ]);

    // An empty batch is refused; letters dated in the past are refused with a field error.
    const empty = await agent.post('/api/v1/staff/print-batches', { day: '2026-11-23' });
    expect(empty.status).toBe(409);
    expect(empty.body.type).toContain('nothing-to-print');
    await queueLetter({ template: 'booking-cancelled', language: 'de', to: { name: 'Emil Roth', street: 'Lindenweg 3', postalCode: '10115', city: 'Berlin' }, data: { bookingCode: 'ABCD-EFGH-JK' } });
    const past = await agent.post('/api/v1/staff/print-batches', { day: '2020-01-01' });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'day', code: 'date-in-past' })]);
    const yesterday = await agent.post('/api/v1/staff/print-batches', { day: '2026-11-22' });
    expect(yesterday.status).toBe(422);
    // Several batches a day: the letter queued since the morning's batch goes out the same day.
    const afternoon = await agent.post('/api/v1/staff/print-batches', { day: '2026-11-23' });
    expect(afternoon.status, JSON.stringify(afternoon.body)).toBe(201);
    expect(afternoon.body.letterCount).toBe(1);
    await queueLetter({ template: 'booking-cancelled', language: 'de', to: { name: 'Emil Roth', street: 'Lindenweg 3', postalCode: '10115', city: 'Berlin' }, data: { bookingCode: 'ABCD-EFGH-JK' } });
    const next = await agent.post('/api/v1/staff/print-batches', { day: '2026-11-24' });
    expect(next.status).toBe(201);
    expect(next.body.letterCount).toBe(1);

    const all = await agent.get('/api/v1/staff/print-batches');
    expect(all.status).toBe(200);
    expect(all.body.map((b: { day: string; letterCount: number }) => [b.day, b.letterCount])).toEqual([
      ['2026-11-24', 1],
      ['2026-11-23', 1],
      ['2026-11-23', letters],
    ]);
    const one = await agent.get('/api/v1/staff/print-batches?day=2026-11-24');
    expect(one.body).toHaveLength(1);
    expect(one.body[0].id).toBe(next.body.id);

    expect((await agent.get(`/api/v1/staff/print-batches/${crypto.randomUUID()}.pdf`)).status).toBe(404);
    expect((await agent.get('/api/v1/staff/print-batches/nope.pdf')).status).toBe(422);
    expect((await agent.get('/api/v1/staff/print-batches?day=24.11.2026')).status).toBe(422);
  });
  it('cancelling withdraws the letters still waiting for the printer: no reminder letter for a cancelled booking', async () => {
    const api = client(srv.url);
    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    const pending = async (key: string) =>
      (await sql<{ template: string; status: string }>`
        select template, status from outbox where channel = 'letter' and person_id = ${await personOf(key)} order by created_at, template`.execute(srv.deps.db.owner)).rows;

    // Hans gets letters; his confirmation is printed, then his reminder waits for the next batch.
    const hans = { givenName: 'Hans', familyName: 'Brief', birthDate: '1935-05-05', postalCode: '10115', street: 'Postweg 1', city: 'Berlin' };
    await book('hans', THURSDAY, 2, hans);
    expect((await agent.post('/api/v1/staff/print-batches', { day: '2026-11-23' })).status).toBe(201);
    expect(await queueReminders(srv.deps, new Date('2026-11-23T19:00:00+01:00'))).toBe(1);
    expect(await pending('hans')).toEqual([
      { template: 'booking-confirmation', status: 'sent' },
      { template: 'reminder', status: 'pending' },
    ]);
    // He cancels: the reminder is withdrawn, the cancellation goes out by letter (he has the confirmation).
    expect((await api.del(`/api/v1/public/bookings/${booked.hans.code}?birthDate=${hans.birthDate}`)).status).toBe(204);
    expect(await pending('hans')).toEqual([
      { template: 'booking-confirmation', status: 'sent' },
      { template: 'reminder', status: 'withdrawn' },
      { template: 'booking-cancelled', status: 'pending' },
    ]);

    // Ida books and cancels before anything was printed: no letter about that booking goes out at all.
    const ida = { givenName: 'Ida', familyName: 'Brief', birthDate: '1936-06-06', postalCode: '10115', street: 'Postweg 2', city: 'Berlin' };
    await book('ida', THURSDAY, 2, ida);
    expect((await api.del(`/api/v1/public/bookings/${booked.ida.code}?birthDate=${ida.birthDate}`)).status).toBe(204);
    expect(await pending('ida')).toEqual([{ template: 'booking-confirmation', status: 'withdrawn' }]);

    const batch = await agent.post('/api/v1/staff/print-batches', { day: '2026-11-23' });
    expect(batch.body.letterCount).toBe(1); // Hans's cancellation only
  });

  it('moving an appointment withdraws its reminder letter still waiting for the printer; the change letter goes instead', async () => {
    const api = client(srv.url);
    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    const letters = async () =>
      (await sql<{ template: string; status: string }>`
        select template, status from outbox where channel = 'letter' and person_id = ${await personOf('karl')} order by created_at, template`.execute(srv.deps.db.owner)).rows;

    // Karl gets letters; his confirmation is printed, then his reminder for Thursday waits for the next batch.
    const karl = { givenName: 'Karl', familyName: 'Brief', birthDate: '1934-04-04', postalCode: '10115', street: 'Postweg 3', city: 'Berlin' };
    await book('karl', THURSDAY, 2, karl);
    expect((await agent.post('/api/v1/staff/print-batches', { day: '2026-11-23' })).status).toBe(201);
    expect(await queueReminders(srv.deps, new Date('2026-11-23T19:30:00+01:00'))).toBeGreaterThanOrEqual(1);
    expect(await letters()).toEqual([
      { template: 'booking-confirmation', status: 'sent' },
      { template: 'reminder', status: 'pending' },
    ]);
    // He moves to Friday: the reminder naming Thursday is withdrawn, the letter about the move waits instead.
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-27', 2);
    const moved = await api.request('PUT', `/api/v1/public/bookings/${booked.karl.code}/appointments/1?birthDate=${karl.birthDate}`, { slotId: slot.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const after = await letters();
    expect(after.filter((l) => l.template === 'reminder')).toEqual([{ template: 'reminder', status: 'withdrawn' }]);
    expect(after.filter((l) => l.template === 'appointment-moved' && l.status === 'pending').length).toBeGreaterThanOrEqual(1);
  });
});
