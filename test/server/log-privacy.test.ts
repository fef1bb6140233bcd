/**
 * No personal data in the logs. Anna's whole journey runs against a server set up as in production (rate
 * limits, look-up lock-outs and the proof of work on), with every log line the server writes captured at the
 * most detailed level; none may name her, her birth date, her booking or security code, e-mail or phone.
 */
import { Writable } from 'node:stream';
import { solveChallenge } from 'altcha-lib/v1';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createLogger, scrubLogText } from '../../src/runtime.js';
import { BACKENDS, createTestDeps, type TestEnv } from '../support/db.js';
import { client, firstSlot } from '../support/http.js';

const anna = { givenName: 'Annegret', familyName: 'Quappendorf', birthDate: '1938-04-12', postalCode: '10115', email: 'annegret.q@example.org', phone: '+49 151 98765432' };
const bruno = { givenName: 'Brunhold', familyName: 'Zwiebelmann', birthDate: '1941-07-30', postalCode: '10115', email: 'brunhold.z@example.org', phone: '+49 160 55512345' };

type Api = ReturnType<typeof client>;

/** Solves the server's proof of work as the portal does; the header value for X-Altcha. */
async function proof(api: Api): Promise<Record<string, string>> {
  const c = (await api.get('/api/v1/public/challenge')).body;
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error('challenge not solvable');
  const payload = { algorithm: c.algorithm, challenge: c.challenge, number: solution.number, salt: c.salt, signature: c.signature };
  return { 'x-altcha': Buffer.from(JSON.stringify(payload)).toString('base64') };
}

/** The ways a person's data could show up in a log line. */
function secretsOf(p: typeof anna, booking: { code: string; securityCode: string }) {
  const [y, m, d] = p.birthDate.split('-');
  return [
    p.givenName,
    p.familyName,
    p.birthDate,
    `${d}.${m}.${y}`,
    p.email,
    encodeURIComponent(p.email),
    p.phone,
    p.phone.replace(/\s/g, ''),
    booking.code,
    booking.code.replace(/-/g, ''),
    booking.securityCode,
  ];
}

describe.each(BACKENDS)('logs hold no personal data (%s)', (backend) => {
  let env: TestEnv;
  let app: FastifyInstance;
  let url: string;
  const lines: string[] = [];

  beforeAll(async () => {
    env = await createTestDeps(backend, {
      now: '2026-11-23T09:10:00+01:00',
      env: { VAXOPS_RATE_LIMIT: 'on', VAXOPS_CAPTCHA: 'on', VAXOPS_CAPTCHA_COMPLEXITY: '1000' },
    });
    const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(...chunk.toString().split('\n').filter(Boolean)), cb()) });
    // The server's own logger set-up (redaction included), at its most detailed level, into the sink.
    app = await buildApp({ ...env.deps, log: createLogger('trace', sink) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it('Annegret registers, books, looks up, moves, is vaccinated and gets her certificate; Brunhold books and cancels: the log names neither', async () => {
    const citizen = client(url);
    const reg = await citizen.post('/api/v1/public/registrations', { person: anna, claims: [], language: 'de' }, await proof(citizen));
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);

    const { center, slot } = await firstSlot(citizen, 'comirnaty', '2026-11-23');
    const booked = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna }, await proof(citizen));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const code: string = booked.body.bookingCode;
    const securityCode: string = booked.body.securityCode;
    const path = `/api/v1/public/bookings/${code}`;

    expect((await citizen.get(`${path}?birthDate=${anna.birthDate}`)).status).toBe(200);
    expect((await citizen.get(`${path}?birthDate=1938-04-13`)).status).toBe(404); // a wrong guess counts towards the lock-out

    // She moves her second appointment to another slot within the dose interval (3 to 6 weeks).
    const view = (await citizen.get(`${path}?birthDate=${anna.birthDate}`)).body;
    const second = view.appointments.find((a: { doseNumber: number }) => a.doseNumber === 2);
    const slots = (await citizen.get(`/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=2026-12-21&to=2026-12-22`)).body as { id: string; start: string }[];
    const other = slots.find((s) => s.start !== second.start)!;
    const moved = await citizen.request('PUT', `${path}/appointments/2?birthDate=${anna.birthDate}`, { slotId: other.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    // At the center: the call center finds her, the clerk checks her in, the vaccinator documents the dose.
    const agent = client(url);
    await agent.signIn('agent@demo.vaxops');
    expect((await agent.get(`/api/v1/agent/persons?email=${encodeURIComponent(anna.email)}`)).status).toBe(200);
    const clerk = client(url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: code, centerId: center.id })).status).toBe(200);
    const vaccinator = client(url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    const doc = await vaccinator.post('/api/v1/staff/vaccinations', {
      appointmentId: booked.body.appointments[0].id,
      product: 'comirnaty',
      lotNumber: 'EX1',
      doseNumber: 1,
      site: 'left_upper_arm',
      securityCode,
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    expect((await clerk.get(`/api/v1/staff/vaccinations/${doc.body.id}/certificate`)).status).toBe(200);
    expect((await clerk.request('GET', `/api/v1/staff/certificates/${doc.body.certificateId}/pdf?lang=de`)).status).toBe(200);

    // Her certificate on the portal, where the portal lets her have it.
    const certs = await citizen.get(`${path}/certificates?birthDate=${anna.birthDate}`);
    if (certs.status === 200) {
      const pdf = await fetch(`${url}${path}/certificates/${certs.body.certificates[0].id}/pdf?birthDate=${anna.birthDate}&lang=de`);
      expect(pdf.status).toBe(200);
    }

    // Brunhold books and cancels.
    const b = await citizen.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: bruno }, await proof(citizen));
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect((await citizen.del(`/api/v1/public/bookings/${b.body.bookingCode}?birthDate=1941-07-31`)).status).toBe(404);
    const cancelled = await citizen.del(`/api/v1/public/bookings/${b.body.bookingCode}?birthDate=${bruno.birthDate}`);
    expect(cancelled.status).toBe(204);

    // Give the last answers' log lines time to be written (the sink is in this process).
    await new Promise((r) => setImmediate(r));
    expect(lines.some((l) => l.includes('"msg":"request"'))).toBe(true); // the capture works
    const secrets = [...secretsOf(anna, { code, securityCode }), ...secretsOf(bruno, { code: b.body.bookingCode, securityCode: b.body.securityCode })];
    const leaks: string[] = [];
    for (const line of lines) {
      // Numbers the logger writes itself (time, pid, durations) may contain a 4-digit security code by chance.
      const { time: _t, pid: _p, ms: _m, ...rest } = JSON.parse(line) as Record<string, unknown>;
      const text = JSON.stringify(rest);
      for (const s of secrets) {
        const hit = /^\d+$/.test(s) ? new RegExp(`(?<![\\d.])${s}(?![\\d.])`).test(text) : text.toLowerCase().includes(s.toLowerCase());
        if (hit) leaks.push(`${s} in ${line}`);
      }
    }
    expect(leaks).toEqual([]);
    // And nothing went wrong on the way: no error, and no reply sent twice (Fastify warns of that, quoting the URL).
    expect(lines.filter((l) => /"level":(50|60)/.test(l) || /already sent/i.test(l))).toEqual([]);
  });
});

describe('the logger scrubs query strings and codes from whatever is logged', () => {
  it('Fastify’s own messages, errors and request objects lose the query string and the booking code', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(chunk.toString()), cb()) });
    const log = createLogger('info', sink);
    const url = '/api/v1/public/bookings/DYQU-3J7K-3K?birthDate=1941-07-30';
    log.warn(`Reply was already sent, did you forget to "return reply" in the "${url}" (DELETE) route?`);
    log.error({ err: new Error(`failed at ${url}`) }, 'unhandled error');
    log.info({ req: { id: 'r1', method: 'GET', url: '/api/v1/agent/persons?email=anna%40example.org&givenName=Anna' } }, 'incoming');
    log.info({ route: '/api/v1/public/invitations/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }, 'nested');
    const text = lines.join('');
    for (const secret of ['DYQU-3J7K-3K', '1941-07-30', 'anna%40example.org', 'givenName=Anna', 'abcdefghijklmnopqrstuvwxyz']) expect(text).not.toContain(secret);
    expect(text).toContain('/api/v1/public/bookings/[redacted]?[redacted]');
    expect(text).toContain('"stack":"Error: failed at /api/v1/public/bookings/[redacted]?[redacted]');
    // Route templates and staff paths stay readable.
    expect(scrubLogText('/api/v1/public/bookings/:bookingCode/appointments/:doseNumber')).toBe('/api/v1/public/bookings/:bookingCode/appointments/:doseNumber');
    expect(scrubLogText('/api/v1/staff/vaccinations/0190a1b2-0000-7000-8000-000000000000/certificate')).toBe(
      '/api/v1/staff/vaccinations/0190a1b2-0000-7000-8000-000000000000/certificate',
    );
  });
});
