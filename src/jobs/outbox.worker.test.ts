import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Deps, TenantCtx } from '../context.js';
import { findOrRegister } from '../modules/citizens/citizens.service.js';
import { enqueue, type OutboxMessage } from '../modules/notifications/notifications.service.js';
import { tenantBySlug } from '../modules/tenants/tenants.service.js';
import { BACKENDS, createTestDeps, type TestEnv } from '../../test/support/db.js';
import { startSmtpSink, type SmtpSink } from '../../test/support/smtp.js';
import { backoffMs, deliverDue, MAX_ATTEMPTS, startOutboxWorker } from './outbox.worker.js';
import { newProcessState } from '../state.js';

async function startSmsGateway() {
  const received: { auth?: string; body: { to: string; text: string } }[] = [];
  const state = { status: 202 };
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body: JSON.parse(data) });
      res.writeHead(state.status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { received, state, url: `http://127.0.0.1:${port}/sms`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on. */
async function closedPort() {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** The same database and keys with another configuration: like a second process. */
const withConfig = (deps: Deps, config: Partial<Deps['config']>): Deps => ({ ...deps, config: { ...deps.config, ...config }, state: newProcessState() });

const NOW = new Date('2026-11-22T10:00:00+01:00');
const appointment = (start: string, doseNumber = 1) => ({
  start,
  doseNumber,
  centerName: 'Impfzentrum Mitte',
  centerAddress: 'Große Hamburger Straße 5, 10115 Berlin',
  product: 'Comirnaty',
});

describe.each(BACKENDS)('the outbox delivers e-mail and SMS with retries (%s)', (backend) => {
  let env: TestEnv;
  let deps: Deps;
  let tenant: TenantCtx;
  let smtp: SmtpSink;
  let sms: Awaited<ReturnType<typeof startSmsGateway>>;
  let n = 0;

  /** Registers a person and queues one message for them, committed. */
  async function queue(msg: Omit<OutboxMessage, 'personId'>, person: { givenName: string; familyName: string; email?: string; phone?: string } = { givenName: 'P', familyName: `Test${n}` }) {
    n++;
    return deps.db.withTenant(tenant.id, async (trx) => {
      const p = await findOrRegister(trx, tenant, { ...person, birthDate: `19${String(40 + (n % 50)).padStart(2, '0')}-01-${String(1 + (n % 28)).padStart(2, '0')}`, postalCode: '10115' });
      return enqueue(trx, tenant, { ...msg, personId: p.id } as OutboxMessage);
    });
  }
  const row = async (id: string) =>
    (await sql<{ status: string; attempts: number; next_attempt_at: Date; last_error: string | null; sent_at: Date | null }>`
      select status, attempts, next_attempt_at, last_error, sent_at from outbox where id = ${id}`.execute(deps.db.owner)).rows[0];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    sms = await startSmsGateway();
    env = await createTestDeps(backend, {
      env: {
        VAXOPS_SMTP_URL: smtp.url,
        VAXOPS_MAIL_FROM: 'Impfzentrum Demo <impfen@demo.vaxops>',
        VAXOPS_SMS_URL: sms.url,
        VAXOPS_SMS_TOKEN: 'test-token',
        VAXOPS_OUTBOX_INTERVAL_MS: '100',
      },
    });
    deps = env.deps;
    tenant = await tenantBySlug(deps, 'demo');
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
    await sms?.close();
  });

  it('Anna gets her booking confirmation in German, Ben his in English, each with one .ics per appointment', async () => {
    smtp.mails.length = 0;
    const anna = await queue(
      {
        channel: 'email',
        template: 'booking-confirmation',
        language: 'de',
        to: { email: 'anna@example.org', name: 'Anna Schäfer' },
        data: {
          bookingCode: 'ABCD-EFGH-JK',
          securityCode: '0421',
          appointments: [appointment('2026-11-23T08:00:00Z', 1), appointment('2026-12-14T08:00:00Z', 2)],
        },
      },
      { givenName: 'Anna', familyName: 'Schäfer', email: 'anna@example.org' },
    );
    const ben = await queue(
      {
        channel: 'email',
        template: 'booking-confirmation',
        language: 'en',
        to: { email: 'ben@example.org', name: 'Ben Miller' },
        data: { bookingCode: 'WXYZ-2345-MN', securityCode: '9876', appointments: [appointment('2026-11-23T13:30:00Z')] },
      },
      { givenName: 'Ben', familyName: 'Miller', email: 'ben@example.org' },
    );

    // At rest, the outbox holds no address in clear (positive control: position() does find plain bytes).
    const clear = await sql<{ leaked: number; control: number; text: string }>`
      select count(*) filter (where position(convert_to('anna@example.org', 'UTF8') in payload) > 0)::int as leaked,
             (select position(convert_to('x', 'UTF8') in convert_to('axb', 'UTF8')))::int as control,
             string_agg(payload::text || encode(payload, 'escape'), '') as text
      from outbox where id in (${anna}, ${ben})`.execute(deps.db.owner);
    expect(clear.rows[0]).toMatchObject({ leaked: 0, control: 2 });
    expect(clear.rows[0].text).not.toContain('anna@example.org');
    expect(clear.rows[0].text).not.toContain(Buffer.from('anna@example.org').toString('hex'));

    expect(await deliverDue(deps, NOW)).toEqual({ sent: 2, failed: 0 });
    expect(smtp.mails).toHaveLength(2);

    const de = smtp.mails.find((m) => m.to.includes('anna@example.org'))!;
    expect(de.subject).toBe('Ihre Impftermine – Buchung ABCD-EFGH-JK');
    expect(de.raw).toMatch(/^From: Impfzentrum Demo <impfen@demo\.vaxops>/m);
    expect(de.raw).toMatch(/^To: anna@example\.org/m);
    const deText = de.parts.find((p) => p.headers['content-type'].startsWith('text/plain'))!.body;
    expect(deText).toContain('Guten Tag Anna Schäfer,');
    expect(deText).toContain('Buchungscode: ABCD-EFGH-JK');
    expect(deText).toContain('Sicherheitscode: 0421');
    expect(deText).toContain('Montag, 23. November 2026, 09:00 Uhr'); // 08:00Z in Berlin
    expect(deText).toContain('Montag, 14. Dezember 2026, 09:00 Uhr');
    const deHtml = de.parts.find((p) => p.headers['content-type'].startsWith('text/html'))!.body;
    expect(deHtml).toContain('<html lang="de">');
    expect(deHtml).toContain('Guten Tag Anna Schäfer,');
    const deIcs = de.parts.filter((p) => p.headers['content-type'].startsWith('text/calendar'));
    expect(deIcs).toHaveLength(2);
    for (const p of deIcs) {
      expect(p.headers['content-type']).toContain('method=PUBLISH');
      expect(p.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(p.body).toContain('\r\nMETHOD:PUBLISH\r\n');
      expect(p.body).toMatch(/\r\nEND:VCALENDAR\r\n$/);
    }
    expect(deIcs.map((p) => /DTSTART:(\S+)/.exec(p.body)![1]).sort()).toEqual(['20261123T080000Z', '20261214T080000Z']);

    const en = smtp.mails.find((m) => m.to.includes('ben@example.org'))!;
    expect(en.subject).toBe('Your vaccination appointments – booking WXYZ-2345-MN');
    const enText = en.parts.find((p) => p.headers['content-type'].startsWith('text/plain'))!.body;
    expect(enText).toContain('Hello Ben Miller,');
    expect(enText).toMatch(/Monday,? 23 November 2026, 14:30/);
    expect(enText).toContain('Security code: 9876');
    const enIcs = en.parts.filter((p) => p.headers['content-type'].startsWith('text/calendar'));
    expect(enIcs).toHaveLength(1);
    expect(enIcs[0].body).toContain('DTSTART:20261123T133000Z');
    expect(enIcs[0].body).toContain('SUMMARY:Vaccination (dose 1) – Comirnaty');

    expect(await row(anna)).toMatchObject({ status: 'sent', attempts: 0, last_error: null, sent_at: NOW });
    // Nothing is sent twice.
    expect(await deliverDue(deps, new Date(NOW.getTime() + 3600_000))).toEqual({ sent: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(2);
  });

  it('an SMS goes to the gateway with the bearer token; a gateway error is retried later', async () => {
    sms.received.length = 0;
    sms.state.status = 503;
    const id = await queue({
      channel: 'sms',
      template: 'reminder',
      language: 'de',
      to: { phone: '+49 170 1234567' },
      data: { bookingCode: 'QRST-UVWX-YZ', appointment: appointment('2026-11-23T09:30:00Z') },
    });
    expect(await deliverDue(deps, NOW)).toEqual({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, last_error: 'sms http 503' });
    expect(failed.next_attempt_at.getTime() - NOW.getTime()).toBe(backoffMs(1));

    // Not due yet: nothing happens.
    expect(await deliverDue(deps, new Date(NOW.getTime() + backoffMs(1) - 1000))).toEqual({ sent: 0, failed: 0 });
    sms.state.status = 202;
    expect(await deliverDue(deps, failed.next_attempt_at)).toEqual({ sent: 1, failed: 0 });
    expect(sms.received).toHaveLength(2);
    const last = sms.received[1];
    expect(last.auth).toBe('Bearer test-token');
    expect(last.body.to).toBe('+49 170 1234567');
    expect(last.body.text).toBe('Erinnerung: Impftermin Mo., 23.11.2026, 10:30 Uhr, Impfzentrum Mitte. Buchung QRST-UVWX-YZ.');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('an unreachable SMTP server: exponential backoff, then dead after 8 attempts, with no address in the error', async () => {
    const broken = withConfig(deps, { smtpUrl: `smtp://127.0.0.1:${await closedPort()}` });
    const id = await queue({
      channel: 'email',
      template: 'booking-cancelled',
      language: 'de',
      to: { email: 'carla@example.org', name: 'Carla Berg' },
      data: { bookingCode: 'ABCD-EFGH-JK' },
    });
    let at = NOW;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverDue(broken, at)).toEqual({ sent: 0, failed: 1 });
      const r = await row(id);
      expect(r.attempts).toBe(attempt);
      expect(r.last_error).toMatch(/^smtp /);
      expect(r.last_error).not.toContain('carla');
      if (attempt < MAX_ATTEMPTS) {
        expect(r.status).toBe('pending');
        delays.push(r.next_attempt_at.getTime() - at.getTime());
        at = r.next_attempt_at;
      } else {
        expect(r.status).toBe('dead');
      }
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64].map((m) => m * 60_000));
    // Dead stays dead, even with a working server.
    expect(await deliverDue(deps, new Date(at.getTime() + 86400_000))).toEqual({ sent: 0, failed: 0 });
  });

  it('without SMTP configuration e-mails wait (one warning), letters are never sent by the worker', async () => {
    const warnings: string[] = [];
    const log = Object.assign(Object.create(deps.log), { warn: (m: unknown) => warnings.push(String(m)) });
    const unconfigured = { ...withConfig(deps, { smtpUrl: undefined, smsUrl: undefined }), log };
    const mail = await queue({ channel: 'email', template: 'email-confirmation', language: 'en', to: { email: 'dora@example.org' }, data: { confirmUrl: 'https://vaxops.example/confirm/abc' } });
    const letter = await queue({
      channel: 'letter',
      template: 'booking-cancelled',
      language: 'de',
      to: { name: 'Emil Roth', street: 'Weg 1', postalCode: '10115', city: 'Berlin' },
      data: { bookingCode: 'ABCD-EFGH-JK' },
    });
    expect(await deliverDue(unconfigured, NOW)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDue(unconfigured, NOW)).toEqual({ sent: 0, failed: 0 });
    expect(warnings.filter((w) => w.includes('VAXOPS_SMTP_URL'))).toHaveLength(1);
    expect(await row(mail)).toMatchObject({ status: 'pending', attempts: 0 });

    smtp.mails.length = 0;
    expect(await deliverDue(deps, NOW)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails[0].to).toEqual(['dora@example.org']);
    expect(smtp.mails[0].subject).toBe('Please confirm your e-mail address');
    expect(smtp.mails[0].parts.filter((p) => p.headers['content-type'].startsWith('text/calendar'))).toHaveLength(0);
    expect(await row(letter)).toMatchObject({ status: 'pending', attempts: 0 });
    await sql`update outbox set status = 'dead' where id = ${letter}`.execute(deps.db.owner); // out of the other tests' way
  });

  it('two workers at once never send a message twice', async () => {
    smtp.mails.length = 0;
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      ids.push(
        await queue({ channel: 'email', template: 'booking-cancelled', language: 'de', to: { email: `p${i}@example.org` }, data: { bookingCode: 'ABCD-EFGH-JK' } }),
      );
    }
    const other = withConfig(deps, {}); // its own transport and caches, as in another process
    const [a, b] = await Promise.all([deliverDue(deps, NOW), deliverDue(other, NOW)]);
    expect(a.failed + b.failed).toBe(0);
    expect(a.sent + b.sent).toBe(45);
    const rcpts = smtp.mails.flatMap((m) => m.to);
    expect(rcpts).toHaveLength(45);
    expect(new Set(rcpts).size).toBe(45);
    const states = await sql<{ status: string; n: number }>`
      select status, count(*)::int as n from outbox where id in (${sql.join(ids)}) group by status`.execute(deps.db.owner);
    expect(states.rows).toEqual([{ status: 'sent', n: 45 }]);
  });

  it('the worker polls on its interval and stop() waits for the running batch', async () => {
    smtp.mails.length = 0;
    await queue({ channel: 'email', template: 'booking-cancelled', language: 'en', to: { email: 'fritz@example.org' }, data: { bookingCode: 'ABCD-EFGH-JK' } });
    const worker = startOutboxWorker(deps);
    const deadline = Date.now() + 10_000;
    while (smtp.mails.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(smtp.mails.map((m) => m.to[0])).toEqual(['fritz@example.org']);
    // After stop(), nothing runs any more.
    await queue({ channel: 'email', template: 'booking-cancelled', language: 'en', to: { email: 'gerd@example.org' }, data: { bookingCode: 'ABCD-EFGH-JK' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(smtp.mails).toHaveLength(1);
  });
});
