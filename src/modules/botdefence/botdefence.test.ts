import { solveChallenge } from 'altcha-lib/v1';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot, type Res } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { LOCKOUT, lockMinutes } from './botdefence.lockout.js';
import { LIMITS } from './botdefence.guard.js';
import { newChallenge } from './botdefence.pow.js';

type Challenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };

/** Solves a challenge as a browser would and encodes it for the X-Altcha header. */
async function solve(c: Challenge, wrongNumber = false): Promise<string> {
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error('challenge not solvable');
  const number = wrongNumber ? solution.number + 1 : solution.number;
  return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature })).toString('base64');
}

function expectPow(res: Res, failure: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(403);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.type).toBe('https://vaxops.org/problems/proof-of-work');
  expect(res.body.errors).toEqual([{ field: 'x-altcha', message: failure, code: 'proof-of-work' }]);
  expect(res.body.detail).toMatch(new RegExp(`^Proof of work ${failure}`));
}

function expect429(res: Res, code = 'rate-limited') {
  expect(res.status, JSON.stringify(res.body)).toBe(429);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.type).toBe(`https://vaxops.org/problems/${code}`);
  const retry = Number(res.headers.get('retry-after'));
  expect(retry).toBeGreaterThan(0);
  return retry;
}

// A phone number: registration needs a way to reach the person (issue 14).
const person = (n: number) => ({ givenName: `Bodo${n}`, familyName: 'Bot', birthDate: '1935-05-05', postalCode: '10115', phone: '+49 151 1000000' });
const registration = (p: object) => ({ person: p, claims: [], language: 'de' });
const ip = (addr: string) => ({ 'x-forwarded-for': addr });

describe.each(BACKENDS)('proof of work on registration and booking (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, env: { VAXOPS_CAPTCHA: 'on', VAXOPS_CAPTCHA_COMPLEXITY: '2000' } });
  });
  afterAll(() => srv?.close());

  it('hands out signed challenges that expire in 5 minutes and are not cached', async () => {
    const res = await client(srv.url).get('/api/v1/public/challenge');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ enabled: true, algorithm: 'SHA-256', maxnumber: 2000 });
    expect(res.body.challenge).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.signature).toMatch(/^[0-9a-f]{64}$/);
    const expires = Number(new URLSearchParams(res.body.salt.split('?')[1]).get('expires'));
    const inSeconds = expires - srv.deps.clock.now().getTime() / 1000;
    expect(inSeconds).toBeGreaterThan(290);
    expect(inSeconds).toBeLessThanOrEqual(300);
  });

  it('refuses writes without, with a wrong or with a forged solution, and writes nothing', async () => {
    const api = client(srv.url);
    const persons = async () => Number((await sql<{ n: number }>`select count(*)::int as n from persons`.execute(srv.deps.db.owner)).rows[0].n);
    const before = await persons();
    expectPow(await api.post('/api/v1/public/registrations', registration(person(1))), 'missing');
    expectPow(await api.post('/api/v1/public/registrations', registration(person(1)), { 'x-altcha': 'not base64 json' }), 'invalid');
    const c = (await api.get('/api/v1/public/challenge')).body;
    expectPow(await api.post('/api/v1/public/registrations', registration(person(1)), { 'x-altcha': await solve(c, true) }), 'invalid');
    // A challenge signed with another key (another server) is not ours.
    const forged = { ...c, signature: 'a'.repeat(64) };
    expectPow(await api.post('/api/v1/public/registrations', registration(person(1)), { 'x-altcha': await solve(forged) }), 'invalid');
    // The proof is checked before the body: a bad body without proof is still 403, not 422.
    expectPow(await api.post('/api/v1/public/bookings', { nonsense: true }), 'missing');
    expect(await persons()).toBe(before);
  });

  it('accepts a solved challenge once: registration and booking succeed, a replay is refused (also by another process)', async () => {
    const api = client(srv.url);
    const proof = await solve((await api.get('/api/v1/public/challenge')).body);
    const reg = await api.post('/api/v1/public/registrations', registration(person(2)), { 'x-altcha': proof });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    expectPow(await api.post('/api/v1/public/registrations', registration(person(2)), { 'x-altcha': proof }), 'reused');

    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const body = { slotId: slot.id, product: 'comirnaty', person: person(3) };
    const booked = await api.post('/api/v1/public/bookings', body, { 'x-altcha': await solve((await api.get('/api/v1/public/challenge')).body) });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expectPow(await api.post('/api/v1/public/bookings', body, { 'x-altcha': proof }), 'reused');

    // Spent solutions are remembered in the database, not in one process's memory: a second app sees them.
    const other = await buildApp(srv.deps);
    try {
      const replay = await other.inject({ method: 'POST', url: '/api/v1/public/registrations', payload: registration(person(2)), headers: { 'x-altcha': proof } });
      expect(replay.statusCode).toBe(403);
      expect(replay.json().errors[0].message).toBe('reused');
    } finally {
      await other.close();
    }
  });

  it('refuses an expired solution', async () => {
    const api = client(srv.url);
    const old = await newChallenge(srv.deps, -1000);
    expectPow(await api.post('/api/v1/public/registrations', registration(person(4)), { 'x-altcha': await solve(old as Challenge) }), 'expired');
  });
});

describe.each(BACKENDS)('rate limits and lock-outs (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    // Behind a load balancer: X-Forwarded-For names the client, so each test can act from several addresses.
    srv = await startTestServer({ backend, env: { VAXOPS_RATE_LIMIT: 'on', VAXOPS_TRUST_PROXY: '1' } });
  });
  afterAll(() => srv?.close());

  it(`limits registrations and bookings per client address (${LIMITS.writesPerAddress.limit}/min)`, async () => {
    const api = client(srv.url);
    for (let i = 0; i < LIMITS.writesPerAddress.limit; i++) {
      // Invalid bodies (no postal code) count too: the limit stands before the body is read.
      const res = await api.post(i % 2 ? '/api/v1/public/registrations' : '/api/v1/public/bookings', { person: { givenName: `X${i}` } }, ip('10.1.0.1'));
      expect(res.status).toBe(422);
    }
    const retry = expect429(await api.post('/api/v1/public/registrations', registration(person(10)), ip('10.1.0.1')));
    expect(retry).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect((await api.post('/api/v1/public/registrations', registration(person(10)), ip('10.1.0.2'))).status).toBe(201);
  });

  it(`limits registrations and bookings per person (${LIMITS.writesPerPerson.limit} per 10 min), however the name is spelled`, async () => {
    const api = client(srv.url);
    const spellings = ['Greta', 'GRETA', 'gréta', ' Greta ', 'Gre-ta'];
    for (const [i, givenName] of spellings.entries()) {
      const p = { givenName, familyName: 'Grüber', birthDate: '1936-06-06', postalCode: '10115', phone: '+49 151 2000000' };
      const res = await api.post('/api/v1/public/registrations', registration(p), ip(`10.2.0.${i + 1}`));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-25');
    const booking = { slotId: slot.id, product: 'comirnaty', person: { givenName: 'Greta', familyName: 'GRUEBER'.replace('UE', 'Ü'), birthDate: '1936-06-06', postalCode: '10115' } };
    const retry = expect429(await api.post('/api/v1/public/bookings', booking, ip('10.2.0.99')));
    expect(retry).toBeLessThanOrEqual(600);
    // Someone else from the same address may go on.
    expect((await api.post('/api/v1/public/registrations', registration(person(11)), ip('10.2.0.99'))).status).toBe(201);
  });

  it('locks a booking code after repeated wrong birth dates, with a growing back-off, and forgets on success', async () => {
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-26');
    const b = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: person(20) }, ip('10.3.0.1'));
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const code = b.body.bookingCode as string;
    const look = (birthDate: string, addr: string) => api.get(`/api/v1/public/bookings/${code}?birthDate=${birthDate}`, ip(addr));
    // Locks end by the app's clock (fixed in tests), not the database's: a second before the app's "now".
    const expireLocks = () =>
      sql`update lookup_failures set locked_until = ${new Date(srv.deps.clock.now().getTime() - 1000)} where locked_until is not null`.execute(srv.deps.db.owner);

    // Wrong guesses from different addresses: the lock follows the code, not the address.
    for (let i = 1; i <= LOCKOUT.perCode; i++) expect((await look('1935-05-06', `10.3.1.${i}`)).status).toBe(404);
    let retry = expect429(await look('1935-05-05', '10.3.2.1'), 'lookup-locked'); // even the right birth date
    expect(retry).toBeGreaterThan(55);
    expect(retry).toBeLessThanOrEqual(60);
    expect429(await api.del(`/api/v1/public/bookings/${code}?birthDate=1935-05-05`, ip('10.3.2.1')), 'lookup-locked');
    // The code is stored only as a keyed hash.
    const rows = await sql<{ key_hash: Buffer }>`select key_hash from lookup_failures`.execute(srv.deps.db.owner);
    expect(rows.rows.every((r) => !Buffer.from(r.key_hash).toString('latin1').includes(code))).toBe(true);

    // After the lock, the next wrong guess locks again for twice as long.
    await expireLocks();
    expect((await look('1935-05-07', '10.3.1.9')).status).toBe(404);
    retry = expect429(await look('1935-05-05', '10.3.2.1'), 'lookup-locked');
    expect(retry).toBeGreaterThan(115);
    expect(retry).toBeLessThanOrEqual(120);
    await expireLocks();
    expect((await look('1935-05-08', '10.3.1.9')).status).toBe(404);
    expect(expect429(await look('1935-05-05', '10.3.2.1'), 'lookup-locked')).toBeGreaterThan(235);

    // A success resets the count: the next wrong guess is just a 404 again.
    await expireLocks();
    expect((await look('1935-05-05', '10.3.2.1')).status).toBe(200);
    for (let i = 1; i < LOCKOUT.perCode; i++) expect((await look('1935-05-09', '10.3.3.1')).status).toBe(404);
    expect((await look('1935-05-05', '10.3.2.1')).status).toBe(200);
  });

  it(`locks a client address after ${LOCKOUT.perAddress} failed look-ups of any codes`, async () => {
    const api = client(srv.url);
    const codes = Array.from({ length: LOCKOUT.perAddress }, (_, i) => `ZZZZZZZZ${'23456789'[Math.floor(i / 8)]}${'23456789'[i % 8]}`);
    for (const code of codes) expect((await api.get(`/api/v1/public/bookings/${code}?birthDate=1950-01-01`, ip('10.4.0.1'))).status).toBe(404);
    expect429(await api.get('/api/v1/public/bookings/ZZZZZZZZZZ?birthDate=1950-01-01', ip('10.4.0.1')), 'lookup-locked');
    expect((await api.get('/api/v1/public/bookings/ZZZZZZZZZZ?birthDate=1950-01-01', ip('10.4.0.2'))).status).toBe(404);
  });

  it('back-off doubles from the threshold and is capped', () => {
    expect([4, 5, 6, 7, 8].map((n) => lockMinutes(n, 5))).toEqual([0, 1, 2, 4, 8]);
    expect(lockMinutes(100, 5)).toBe(LOCKOUT.maxMinutes);
  });
});

describe.each(BACKENDS)('switched off (VAXOPS_CAPTCHA=off, VAXOPS_RATE_LIMIT=off) (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, env: { VAXOPS_CAPTCHA: 'off', VAXOPS_RATE_LIMIT: 'off' } });
  });
  afterAll(() => srv?.close());

  it('says no proof is needed, takes writes without one, and neither limits nor locks', async () => {
    const api = client(srv.url);
    expect((await api.get('/api/v1/public/challenge')).body).toEqual({ enabled: false });
    for (let i = 0; i < LIMITS.writesPerAddress.limit + 5; i++) expect((await api.post('/api/v1/public/bookings', { person: {} })).status).toBe(422);
    for (let i = 0; i < LIMITS.writesPerPerson.limit + 2; i++) {
      expect((await api.post('/api/v1/public/registrations', registration(person(30)))).status).toBe(201);
    }
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const b = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: person(31) });
    expect(b.status).toBe(201);
    for (let i = 0; i < LOCKOUT.perCode + 3; i++) expect((await api.get(`/api/v1/public/bookings/${b.body.bookingCode}?birthDate=1940-01-01`)).status).toBe(404);
    expect((await api.get(`/api/v1/public/bookings/${b.body.bookingCode}?birthDate=1935-05-05`)).status).toBe(200);
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from lookup_failures`.execute(srv.deps.db.owner)).rows[0].n)).toBe(0);
  });
});
