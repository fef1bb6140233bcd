import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp.js';
import { deliverDue } from '../../jobs/outbox.worker.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { findOrRegister } from './citizens.service.js';

// Issue 14, points 4 and 5: people who book with an e-mail address can confirm it (so the certificate can be
// mailed to them), nobody joins the waiting list without a way to reach them, and a wave says whom it cannot reach.

const NOW = '2026-11-23T09:10:00+01:00';
const paul = { givenName: 'Paul', familyName: 'Post', birthDate: '1937-07-07', postalCode: '10115' };

describe.each(BACKENDS)('reaching the people who register and book (%s)', (backend) => {
  let srv: TestServer;
  let smtp: SmtpSink;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    srv = await startTestServer({ backend, now: NOW, env: { VAXOPS_SMTP_URL: smtp.url } });
    api = client(srv.url);
  });
  afterAll(async () => {
    await srv?.close();
    await smtp?.close();
  });

  it('Paul registers without e-mail, phone or street: he is asked for one of them, field by field; with his address he is on the list', async () => {
    const none = await api.post('/api/v1/public/registrations', { person: paul, claims: [], language: 'de' });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual(
      ['person.email', 'person.phone', 'person.street'].map((field) => expect.objectContaining({ field, code: 'contact-required' })),
    );
    const streetOnly = await api.post('/api/v1/public/registrations', { person: { ...paul, street: 'Postweg 1' }, claims: [], language: 'de' });
    expect(streetOnly.status).toBe(422);
    expect(streetOnly.body.errors).toEqual([expect.objectContaining({ field: 'person.city', code: 'required' })]);
    const registered = await api.post('/api/v1/public/registrations', { person: { ...paul, street: 'Postweg 1', city: 'Berlin' }, claims: [], language: 'de' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);

    // The call center asks the caller the same.
    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    const byPhone = await agent.post('/api/v1/agent/registrations', { person: { ...paul, givenName: 'Paula' }, claims: [], language: 'de' });
    expect(byPhone.status).toBe(422);
    expect(byPhone.body.errors[0]).toMatchObject({ code: 'contact-required' });
  });

  it('Marie books with her e-mail address, confirms it from the mail, and gets her certificate by e-mail after the vaccination', async () => {
    const marie = { givenName: 'Marie', familyName: 'Mail', birthDate: '1939-03-03', postalCode: '10115', email: 'marie@example.org' };
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: marie });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    await deliverDue(srv.deps);
    // The booking confirmation and the link to confirm the address, as registering sends it.
    expect(smtp.to(marie.email).some((m) => m.text.includes(booked.body.bookingCode))).toBe(true);
    const token = smtp.token(marie.email, '/confirm-email');
    expect((await api.post('/api/v1/public/email-confirmations', { token })).body).toEqual({ confirmed: true });

    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    const vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: booked.body.bookingCode, centerId: center.id })).status).toBe(200);
    const doc = await vaccinator.post('/api/v1/staff/vaccinations', {
      appointmentId: booked.body.appointments[0].id,
      product: 'comirnaty',
      lotNumber: 'EX1234',
      doseNumber: 1,
      site: 'left_upper_arm',
      administeredAt: '2026-11-23T09:05:00+01:00',
      securityCode: booked.body.securityCode,
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const mailed = await clerk.post(`/api/v1/staff/certificates/${doc.body.certificateId}/mail`);
    expect(mailed.status, JSON.stringify(mailed.body)).toBe(202);
    await deliverDue(srv.deps);
    expect(smtp.to(marie.email).some((m) => m.subject.startsWith('Ihr Impfzertifikat'))).toBe(true);

    // One link, sent with the booking.
    const links = () => smtp.to(marie.email).filter((m) => m.text.includes('/confirm-email')).length;
    expect(links()).toBe(1);
  });

  it('Nina books in English with an unconfirmed address: the link comes in English, with the booking confirmation', async () => {
    const nina = { givenName: 'Nina', familyName: 'Neu', birthDate: '1938-08-08', postalCode: '10115', email: 'nina@example.org' };
    const { slot } = await firstSlot(api, 'jcovden', '2026-11-24');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: nina, language: 'en' });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    await deliverDue(srv.deps);
    const mails = smtp.to(nina.email);
    expect(mails.find((m) => m.text.includes('/confirm-email'))?.subject).toBe('Please confirm your e-mail address');
    expect(mails.find((m) => m.text.includes(booked.body.bookingCode))?.subject).toMatch(/^Your vaccination appointment/);
  });

  it('a wave reports how many eligible people on the list it cannot reach, and why', async () => {
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const before = await admin.get('/api/v1/admin/invitation-waves/preview?size=1');
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.unreachable).toEqual({ count: expect.any(Number), byReason: { 'no-contact': expect.any(Number), 'email-unconfirmed': expect.any(Number), 'incomplete-address': expect.any(Number) } });

    // People on the list from before (an import, an older version): one with nothing, one with an address
    // missing its city, one with an e-mail address never confirmed; all old enough to be eligible now.
    const tenant = await tenantBySlug(srv.deps, 'demo');
    await srv.deps.db.withTenant(tenant.id, async (trx) => {
      for (const p of [
        { givenName: 'Olga', familyName: 'Ohne', birthDate: '1930-01-01', postalCode: '10115' },
        { givenName: 'Otto', familyName: 'Halb', birthDate: '1930-02-02', postalCode: '10115', street: 'Nirgendweg 1' },
        { givenName: 'Ole', familyName: 'Offen', birthDate: '1930-03-03', postalCode: '10115', email: 'ole@example.org' },
      ]) {
        const { id } = await findOrRegister(trx, tenant, p);
        await sql`update persons set registered_at = ${new Date(NOW)} where id = ${id}`.execute(trx);
      }
    });
    const after = await admin.get('/api/v1/admin/invitation-waves/preview?size=1');
    const diff = (k: 'no-contact' | 'email-unconfirmed' | 'incomplete-address') => after.body.unreachable.byReason[k] - before.body.unreachable.byReason[k];
    expect([diff('no-contact'), diff('email-unconfirmed'), diff('incomplete-address')]).toEqual([1, 1, 1]);
    expect(after.body.unreachable.count - before.body.unreachable.count).toBe(3);
    expect(after.body.eligible - before.body.eligible).toBe(3);
    expect(after.body.reachable).toBe(before.body.reachable);
  });
});
