import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { Deps } from '../../context.js';
import { newKeyBase64 } from '../../lib/crypto.js';
import { createDeps } from '../../runtime.js';
import { BACKENDS, createScratchDatabase, createTestDeps, TEST_NOW, type Backend, type TestEnv } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { advance, join, waitMs, type Counter } from './waitingroom.admission.js';
import { autoSwitch, guardState, GUARD_STATE_TTL_MS, pruneTickets, takeTicket, ticketStatus, TICKET_KEEP_MS } from './waitingroom.service.js';
import { signAdmission, verifyAdmission, verifyTicket } from './waitingroom.tokens.js';
import { newProcessState } from '../../state.js';

/** A clock the test moves by hand. */
function manualClock(start = TEST_NOW) {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), set: (iso: string) => (t = new Date(iso).getTime()) };
}

describe('admission arithmetic', () => {
  it('admits in order at exactly the rate, without drift, and banks nothing while idle', () => {
    const rate = 7; // per minute: 8571.43 ms apart, not a whole number of milliseconds
    let c: Counter = { issued: 0, admitted: 0, epochMs: 0, count: 0 };
    const seqs: number[] = [];
    for (let i = 0; i < 100; i++) {
      const j = join(c, 0, rate);
      c = j.counter;
      seqs.push(j.seq);
    }
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(c.admitted).toBe(1); // the first one at once
    // After exactly n minutes, 7n more are in; a millisecond before the k-th admission it is not.
    expect(advance(c, 60_000 * 10, rate).admitted).toBe(71);
    const k = 50;
    const at = Math.ceil(((k - 1) * 60_000) / rate);
    expect(advance(c, at - 1, rate).admitted).toBe(k - 1);
    expect(advance(c, at, rate).admitted).toBe(k);
    expect(waitMs(c, k, 0, rate)).toBe(at);
    // Many small steps give the same result as one big one.
    let stepped = c;
    for (let t = 0; t < 600_000; t += 997) stepped = advance(stepped, t, rate);
    stepped = advance(stepped, 600_000, rate);
    expect(stepped.admitted).toBe(advance(c, 600_000, rate).admitted);
    // Drained, then idle for an hour: the next crowd is let in at the rate, not all at once.
    let d = advance(c, 3_600_000 * 24, rate);
    expect(d.admitted).toBe(100);
    const t0 = 3_600_000 * 25;
    for (let i = 0; i < 10; i++) d = join(d, t0, rate).counter;
    expect(d.admitted).toBe(101);
  });
});

describe.each(BACKENDS)('waiting room (%s)', (backend: Backend) => {
  let env: TestEnv;
  let deps: Deps;
  let tenantId: string;
  const clock = manualClock();

  beforeAll(async () => {
    env = await createTestDeps(backend, { env: { VAXOPS_WAITING_ROOM: 'on', VAXOPS_WAITING_ROOM_RATE: '6', VAXOPS_ADMISSION_MINUTES: '15' } });
    deps = { ...env.deps, clock, state: newProcessState() };
    tenantId = (await tenantBySlug(deps, 'demo')).id;
  });
  afterAll(() => env?.close());

  it('numbers tickets in arrival order and admits them at the configured rate', async () => {
    clock.set(TEST_NOW);
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(await takeTicket(deps, tenantId));
    expect(tickets.map((t) => t.admitted)).toEqual([true, false, false, false, false]);
    expect(tickets.map((t) => t.position)).toEqual([0, 1, 2, 3, 4]);
    expect(tickets.map((t) => t.estimatedWaitSeconds)).toEqual([0, 10, 20, 30, 40]); // 6 per minute
    expect(tickets[0].admissionToken).toBeTruthy();

    clock.advance(9_999);
    expect((await ticketStatus(deps, tenantId, tickets[1].ticket)).admitted).toBe(false);
    clock.advance(1);
    const second = await ticketStatus(deps, tenantId, tickets[1].ticket);
    expect(second.admitted).toBe(true);
    expect(verifyAdmission(deps, tenantId, second.admissionToken!, clock.now())).toBe(true);
    // Asking late does not let a later ticket overtake: at 25 s the third is in, the fifth is second in line.
    clock.advance(15_000);
    const fifth = await ticketStatus(deps, tenantId, tickets[4].ticket);
    expect(fifth).toMatchObject({ admitted: false, position: 2, estimatedWaitSeconds: 15 });
    expect((await ticketStatus(deps, tenantId, tickets[2].ticket)).admitted).toBe(true);
    expect((await ticketStatus(deps, tenantId, tickets[3].ticket)).admitted).toBe(false);
    // A latecomer queues behind everyone.
    const late = await takeTicket(deps, tenantId);
    expect(late.position).toBe(3);
    clock.advance(30_000);
    expect((await ticketStatus(deps, tenantId, late.ticket)).admitted).toBe(true);
  });

  it('two app instances on the same database agree on numbers and admissions', async () => {
    // A second process: its own caches and meters (a copy of deps), and on PostgreSQL its own connections.
    let other: Deps = { ...deps, state: newProcessState() };
    let closeOther = async () => {};
    if (backend === 'postgres') {
      const second = await createDeps(deps.config, { clock, log: pino({ level: 'silent' }) });
      // Same master key and clock, another pool.
      other = { ...second, keys: deps.keys };
      closeOther = () => second.db.close();
    }
    try {
      clock.advance(3_600_000);
      const a = await takeTicket(deps, tenantId);
      const b = await takeTicket(other, tenantId);
      const c = await takeTicket(deps, tenantId);
      const seq = (t: string) => verifyTicket(deps, tenantId, t)!;
      expect([seq(b.ticket) - seq(a.ticket), seq(c.ticket) - seq(b.ticket)]).toEqual([1, 1]);
      expect([a.admitted, b.admitted, c.admitted]).toEqual([true, false, false]);
      const both = await Promise.all([ticketStatus(deps, tenantId, c.ticket), ticketStatus(other, tenantId, c.ticket)]);
      expect(both.map((s) => s.position)).toEqual([2, 2]);
      clock.advance(10_000);
      // Both ask at the same moment: one advances the counter, the other sees the same result.
      const [x, y] = await Promise.all([ticketStatus(deps, tenantId, b.ticket), ticketStatus(other, tenantId, c.ticket)]);
      expect(x.admitted).toBe(true);
      expect(y).toMatchObject({ admitted: false, position: 1 });
      // Concurrent arrivals on both get distinct, consecutive numbers.
      const many = await Promise.all(Array.from({ length: 10 }, (_, i) => takeTicket(i % 2 ? other : deps, tenantId)));
      const nums = many.map((t) => seq(t.ticket)).sort((p, q) => p - q);
      expect(nums).toEqual(Array.from({ length: 10 }, (_, i) => nums[0] + i));
      expect(nums[0]).toBe(seq(c.ticket) + 1);
    } finally {
      await closeOther();
    }
  });

  it('rejects tampered, foreign and expired tokens and tickets', async () => {
    const now = clock.now();
    const good = signAdmission(deps, tenantId, 3, new Date(now.getTime() + 60_000));
    expect(verifyAdmission(deps, tenantId, good, now)).toBe(true);
    const parts = good.split('.');
    const later = [parts[0], parts[1], parts[2], String(Number(parts[3]) + 3_600_000), parts[4]].join('.');
    expect(verifyAdmission(deps, tenantId, later, now)).toBe(false); // extended expiry, old signature
    expect(verifyAdmission(deps, tenantId, good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA'), now)).toBe(false);
    expect(verifyAdmission(deps, '00000000-0000-4000-8000-000000000000', good, now)).toBe(false);
    expect(verifyAdmission(deps, tenantId, good, new Date(now.getTime() + 60_000))).toBe(false); // expired
    const t = (await takeTicket(deps, tenantId)).ticket;
    expect(verifyAdmission(deps, tenantId, t, now)).toBe(false); // a ticket is no admission token
    const forged = t.replace(/\.(\d+)\./, (_m, n) => `.${Number(n) - 1}.`);
    await expect(ticketStatus(deps, tenantId, forged)).rejects.toMatchObject({ status: 404 });
  });

  it('an admission token lasts the configured minutes from admission; then the ticket is used up', async () => {
    clock.advance(3_600_000);
    const t = await takeTicket(deps, tenantId);
    expect(t.admitted).toBe(true);
    expect(new Date(t.admissionExpiresAt!).getTime() - clock.now().getTime()).toBe(15 * 60_000);
    expect(t.admissionValidSeconds).toBe(15 * 60); // what the browser counts with, on its own clock
    clock.advance(5 * 60_000);
    const again = await ticketStatus(deps, tenantId, t.ticket);
    expect(again.admissionExpiresAt).toBe(t.admissionExpiresAt); // asking again does not extend it
    expect(again.admissionValidSeconds).toBe(10 * 60);
    clock.advance(10 * 60_000);
    await expect(ticketStatus(deps, tenantId, t.ticket)).rejects.toMatchObject({ status: 410 });
  });

  it('prunes tickets whose admission is over or that are a day old, and keeps those still in use', async () => {
    const stored = async () =>
      deps.db.withTenant(tenantId, async (trx) => (await trx.selectFrom('waiting_room_tickets').select('seq').execute()).map((r) => Number(r.seq)));
    const seqOf = (t: { ticket: string }) => verifyTicket(deps, tenantId, t.ticket)!;
    clock.advance(3_600_000);
    const first = await takeTicket(deps, tenantId); // the room was idle: in at once
    const [second, third] = [await takeTicket(deps, tenantId), await takeTicket(deps, tenantId)];
    expect([first.admitted, second.admitted, third.admitted]).toEqual([true, false, false]);
    await pruneTickets(deps); // the earlier tests' used tickets go; these three stay
    expect(await stored()).toEqual(expect.arrayContaining([seqOf(first), seqOf(second), seqOf(third)]));

    // The first one's admission minutes are over; the second asks now and is let in; the third never asks.
    clock.advance(15 * 60_000);
    expect((await ticketStatus(deps, tenantId, second.ticket)).admitted).toBe(true);
    expect(await pruneTickets(deps)).toBeGreaterThan(0);
    const left = await stored();
    expect(left).not.toContain(seqOf(first));
    expect(left).toEqual(expect.arrayContaining([seqOf(second), seqOf(third)]));
    await expect(ticketStatus(deps, tenantId, first.ticket)).rejects.toMatchObject({ status: 410 });
    expect((await ticketStatus(deps, tenantId, second.ticket)).admitted).toBe(true); // still valid

    // A day later nothing of this is of use: all go, a batch at a time.
    clock.advance(TICKET_KEEP_MS);
    expect(await pruneTickets(deps, clock.now(), 1)).toBe(1);
    await pruneTickets(deps);
    expect(await stored()).toEqual([]);
  });
});

describe.each(BACKENDS)('a rush on the guard (%s)', (backend: Backend) => {
  it('reads a stale state once for all its requests, and one of them makes the automatic switch', async () => {
    const env = await createTestDeps(backend, { env: { VAXOPS_WAITING_ROOM: 'auto', VAXOPS_WAITING_ROOM_AUTO_RPS: '3' } });
    try {
      // Every transaction the guard starts is counted: each would hold one of the pool's connections.
      let transactions = 0;
      const deps: Deps = { ...env.deps, state: newProcessState(), db: { ...env.deps.db, withTenant: (id, fn) => (transactions++, env.deps.db.withTenant(id, fn)) } };
      const tenantId = (await tenantBySlug(deps, 'demo')).id;
      const first = await guardState(deps, tenantId);
      expect(first.active).toBe(false);
      await new Promise((r) => setTimeout(r, GUARD_STATE_TTL_MS + 50)); // this process's copy is now stale
      transactions = 0;
      const rush = await Promise.all(Array.from({ length: 200 }, () => guardState(deps, tenantId)));
      expect(transactions).toBe(1);
      expect(new Set(rush).size).toBe(1); // all 200 act on the same read

      // The load passes the level for all of them at once: one switch (a read, the locked switch, a read
      // to act on it), not one locked transaction each.
      transactions = 0;
      await Promise.all(Array.from({ length: 200 }, () => autoSwitch(deps, tenantId, 100, first.row)));
      expect(transactions).toBe(2);
      expect((await guardState(deps, tenantId)).active).toBe(true);
      const row = (await sql<{ auto_active: boolean; active: boolean }>`select auto_active, active from waiting_room_state`.execute(deps.db.owner)).rows;
      expect(row).toEqual([{ auto_active: true, active: true }]);
    } finally {
      await env.close();
    }
  });
});

describe.each(BACKENDS)('waiting room state survives a restart (%s)', (backend: Backend) => {
  it('keeps ticket numbers, admissions and the admission clock', async () => {
    const scratch = backend === 'postgres' ? await createScratchDatabase() : null;
    const config = loadConfig({
      VAXOPS_DATA_DIR: path.join(os.tmpdir(), `vaxops-wr-${process.pid}-${randomBytes(4).toString('hex')}`),
      VAXOPS_MASTER_KEY: newKeyBase64(),
      VAXOPS_DEMO: '1',
      LOG_LEVEL: 'silent',
      VAXOPS_WAITING_ROOM: 'on',
      VAXOPS_WAITING_ROOM_RATE: '6',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    });
    const clock = manualClock();
    const open = () => createDeps(config, { clock, log: pino({ level: 'silent' }) });
    try {
      let deps: Deps = await open();
      let tenantId = (await tenantBySlug(deps, 'demo')).id;
      const first = await takeTicket(deps, tenantId);
      const second = await takeTicket(deps, tenantId);
      const third = await takeTicket(deps, tenantId);
      expect([first.admitted, second.position, third.position]).toEqual([true, 1, 2]);
      await deps.db.close();

      clock.advance(10_000);
      deps = await open();
      tenantId = (await tenantBySlug(deps, 'demo')).id;
      expect((await ticketStatus(deps, tenantId, second.ticket)).admitted).toBe(true);
      expect(await ticketStatus(deps, tenantId, third.ticket)).toMatchObject({ admitted: false, position: 1, estimatedWaitSeconds: 10 });
      const fourth = await takeTicket(deps, tenantId);
      expect(fourth.position).toBe(2);
      await deps.db.close();
    } finally {
      await scratch?.drop();
    }
  });
});

describe.each(BACKENDS)('the guard on registration and booking (%s)', (backend: Backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, now: '2026-11-23T09:10:00+01:00', env: { VAXOPS_WAITING_ROOM: 'off', VAXOPS_WAITING_ROOM_RATE: '600' } });
  });
  afterAll(() => srv?.close());

  it('needs an admission token while the room is on, not while it is off', async () => {
    const api = client(srv.url);
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    expect((await api.get('/api/v1/public/waiting-room')).body).toEqual({ active: false });
    expect((await admin.get('/api/v1/admin/waiting-room')).body).toMatchObject({ mode: 'off', source: 'config', active: false });

    const on = await admin.request('PUT', '/api/v1/admin/waiting-room', { mode: 'on' });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ mode: 'on', source: 'admin', active: true, waiting: 0 });
    expect((await api.get('/api/v1/public/waiting-room')).body).toEqual({ active: true });

    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const booking = { slotId: slot.id, product: 'comirnaty', person: anna };
    const refused = await api.post('/api/v1/public/bookings', booking);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toBe('https://vaxops.org/problems/waiting-room');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const reg = await api.post('/api/v1/public/registrations', { person: { ...anna, givenName: 'Berta' } });
    expect(reg.status).toBe(503);
    expect((await api.post('/api/v1/public/bookings', booking, { 'x-vaxops-admission': 'a1.nonsense' })).status).toBe(503);

    const ticket = await api.post('/api/v1/public/waiting-room/tickets', {});
    expect(ticket.status).toBe(201);
    expect(ticket.body).toMatchObject({ admitted: true, position: 0 });
    const status = await api.get(`/api/v1/public/waiting-room/tickets/${ticket.body.ticket}`);
    expect(status.body.admissionToken).toBe(ticket.body.admissionToken);
    const booked = await api.post('/api/v1/public/bookings', booking, { 'x-vaxops-admission': ticket.body.admissionToken });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    // A token signed under another master key does not open the door.
    const other = await createTestDeps('pglite', { demo: false });
    const foreign = signAdmission(other.deps, (await tenantBySlug(srv.deps, 'demo')).id, 1, new Date('2030-01-01'));
    await other.close();
    expect((await api.post('/api/v1/public/registrations', { person: { ...anna, givenName: 'Berta' } }, { 'x-vaxops-admission': foreign })).status).toBe(503);

    const off = await admin.request('PUT', '/api/v1/admin/waiting-room', { mode: 'off' });
    expect(off.body).toMatchObject({ mode: 'off', active: false });
    const reg2 = await api.post('/api/v1/public/registrations', { person: { ...anna, givenName: 'Berta' } });
    expect(reg2.status, JSON.stringify(reg2.body)).toBe(201);

    const audit = await sql<{ note: string }>`select note from audit_log where note like 'waiting room:%' order by id`.execute(srv.deps.db.owner);
    expect(audit.rows.map((r) => r.note)).toEqual(['waiting room: on', 'waiting room: off']);
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.request('PUT', '/api/v1/admin/waiting-room', { mode: 'on' })).status).toBe(403);
  });

  it('auto mode switches on above the configured load and off again when calm', async () => {
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    await admin.request('PUT', '/api/v1/admin/waiting-room', { mode: 'auto' });
    const api = client(srv.url);
    const body = { person: { givenName: 7 } }; // invalid: the guard runs before validation, so these count as load
    // autoRps defaults to 200: hammer within one second on a second server configured lower instead.
    const low = await startTestServer({ backend: 'pglite', env: { VAXOPS_WAITING_ROOM: 'auto', VAXOPS_WAITING_ROOM_AUTO_RPS: '3' } });
    try {
      const lapi = client(low.url);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await lapi.post('/api/v1/public/registrations', body)).status);
      expect(statuses).toContain(503);
      expect(statuses.slice(0, 3)).toEqual([422, 422, 422]);
      expect((await lapi.get('/api/v1/public/waiting-room')).body).toEqual({ active: true });
      // Calm: a minute later, nobody waiting, load below half: the next write switches it off and passes.
      await sql`update waiting_room_state set auto_changed_at = auto_changed_at - interval '2 minutes'`.execute(low.deps.db.owner);
      await new Promise((r) => setTimeout(r, 2100)); // let this process's meter see a quiet second
      expect((await lapi.post('/api/v1/public/registrations', body)).status).toBe(422);
      expect((await lapi.get('/api/v1/public/waiting-room')).body).toEqual({ active: false });
    } finally {
      await low.close();
    }
    expect((await api.get('/api/v1/public/waiting-room')).body).toEqual({ active: false });
  });
});
