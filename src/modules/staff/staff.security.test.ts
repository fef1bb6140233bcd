import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/support/db.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { breachedPasswords, checkNewPassword } from './staff.password.js';

type Res = { status: number; body: any; headers: Headers };
type Session = { cookie: string; csrf: string };

const STRONG = 'Lindenblüte am Deich 2026';
const STRONGER = 'Sieben Schwäne über der Elbe';

describe('the staff password policy', () => {
  it('needs 12 to 256 characters and refuses passwords of the shipped breached list, whatever their case', () => {
    expect(breachedPasswords().size).toBeGreaterThan(40_000);
    const code = (pw: string) => {
      try {
        checkNewPassword(pw, 'password');
        return 'ok';
      } catch (err) {
        return `${(err as { code: string }).code} ${JSON.stringify((err as { errors: unknown }).errors)}`;
      }
    };
    expect(code('demo')).toMatch(/^password-too-short .*"field":"password"/);
    expect(code('elf chars!!')).toMatch(/^password-too-short/); // 11
    expect(code('x'.repeat(257))).toMatch(/^password-too-long/);
    expect(code('qwerty123456')).toMatch(/^password-breached .*"field":"password"/);
    expect(code('QWERTY123456')).toMatch(/^password-breached/);
    expect(code('iloveyou1234')).toMatch(/^password-breached/);
    expect(code(STRONG)).toBe('ok');
    expect(code('🐘'.repeat(12))).toBe('ok'); // characters, not UTF-16 units
  });
});

describe.each(BACKENDS)('staff sign-in security (%s)', (backend) => {
  let srv: TestServer;
  let now = new Date('2026-11-23T09:00:00+01:00').getTime();
  const logLines: string[] = [];
  const later = (ms: number) => (now += ms);

  beforeAll(async () => {
    const log = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, cb) => (logLines.push(String(chunk)), cb()) }));
    // Each story comes from its own client address (X-Forwarded-For), so the per-address lock of one does not touch another.
    srv = await startTestServer({ backend, log, env: { VAXOPS_TRUST_PROXY: '1' } });
    // A clock the stories move by hand (lock-outs and idle sessions are about minutes).
    srv.deps.clock = { now: () => new Date(now) };
  });
  afterAll(() => srv?.close());

  async function call(method: string, path: string, opts: { body?: unknown; session?: Session; ip?: string } = {}): Promise<Res> {
    const headers: Record<string, string> = { 'x-forwarded-for': opts.ip ?? '192.0.2.1' };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.session) {
      headers.cookie = opts.session.cookie;
      headers['x-csrf-token'] = opts.session.csrf;
    }
    const res = await fetch(srv.url + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }
  const login = (email: string, password: string, ip?: string) => call('POST', '/api/v1/auth/login', { body: { email, password }, ip });
  async function signIn(email: string, password = 'demo', ip?: string): Promise<Session> {
    const res = await login(email, password, ip);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: res.body.csrfToken };
  }
  const me = (session: Session, ip?: string) => call('GET', '/api/v1/auth/me', { session, ip });
  const userId = async (email: string) =>
    (await sql<{ id: string }>`select id from staff_users where email = ${email}`.execute(srv.deps.db.owner)).rows[0].id;
  const auditRows = async () =>
    (await sql<{ action: string; actor_type: string; actor_id: string | null; subject_type: string; subject_id: string | null; note: string | null; route: string }>`
      select action, actor_type, actor_id, subject_type, subject_id, note, route from audit_log order by id`.execute(srv.deps.db.owner)).rows;

  it('someone guesses the clerk\'s password: after 5 failures the account is locked for 1 minute, then 2, even for the right password', async () => {
    const ip = '198.51.100.10';
    for (let i = 1; i <= 5; i++) expect((await login('clerk@demo.vaxops', `guess-${i}`, ip)).status).toBe(401);
    // Locked: the right password does not help, from this address or any other.
    for (const from of [ip, '198.51.100.11']) {
      const locked = await login('clerk@demo.vaxops', 'demo', from);
      expect(locked.status).toBe(429);
      expect(locked.headers.get('content-type')).toContain('application/problem+json');
      expect(locked.headers.get('retry-after')).toBe('60');
      expect(locked.body.type).toBe('https://vaxops.org/problems/sign-in-locked');
      expect(locked.headers.get('set-cookie')).toBeNull();
    }
    later(30_000);
    expect((await login('clerk@demo.vaxops', 'demo', ip)).headers.get('retry-after')).toBe('30');
    // The minute is over: one more wrong guess locks it again, now for two minutes.
    later(31_000);
    expect((await login('clerk@demo.vaxops', 'guess-6', ip)).status).toBe(401);
    const again = await login('clerk@demo.vaxops', 'demo', ip);
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('120');
    later(121_000);
    // The clerk, back at her desk, signs in; that clears her account's count.
    await signIn('clerk@demo.vaxops', 'demo', ip);
    expect((await login('clerk@demo.vaxops', 'guess-7', ip)).status).toBe(401);
    await signIn('clerk@demo.vaxops', 'demo', ip);
  });

  it('an unknown e-mail locks the same way and gets the same answers, so lock-outs tell nothing about which accounts exist', async () => {
    const answers = async (email: string, ip: string) => {
      const out: string[] = [];
      for (let i = 1; i <= 6; i++) {
        const r = await login(email, `guess-${i}`, ip);
        out.push(`${r.status} ${r.headers.get('retry-after')} ${JSON.stringify(r.body)}`);
      }
      return out;
    };
    const known = await answers('agent@demo.vaxops', '198.51.100.20');
    const unknown = await answers('nobody@demo.vaxops', '198.51.100.21');
    expect(unknown).toEqual(known);
    expect(known[5]).toMatch(/^429 60 /);
    later(61_000);
    await signIn('agent@demo.vaxops', 'demo', '198.51.100.20');
  });

  it('one address guessing many accounts is locked after 20 failures, without locking the accounts it tried', async () => {
    const ip = '203.0.113.66';
    for (let i = 0; i < 20; i++) expect((await login(`staff${i}@demo.vaxops`, 'password1234', ip)).status).toBe(401);
    const locked = await login('admin@demo.vaxops', 'demo', ip);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    // The admin at her own desk is not affected.
    await signIn('admin@demo.vaxops', 'demo', '203.0.113.67');
  });

  it('failed sign-ins are audited: the account by its id, an unknown e-mail by a keyed hash, never a password or an e-mail', async () => {
    const before = (await auditRows()).length;
    expect((await login('manager@demo.vaxops', 'Geheim-Passwort-1', '198.51.100.30')).status).toBe(401);
    expect((await login('someone.else@example.org', 'Geheim-Passwort-2', '198.51.100.30')).status).toBe(401);
    const rows = (await auditRows()).slice(before);
    expect(rows).toEqual([
      { action: 'sign-in-failed', actor_type: 'staff', actor_id: null, subject_type: 'staff_user', subject_id: await userId('manager@demo.vaxops'), note: 'wrong password', route: 'POST /api/v1/auth/login' },
      { action: 'sign-in-failed', actor_type: 'staff', actor_id: null, subject_type: 'staff_user', subject_id: null, note: expect.stringMatching(/^unknown e-mail email-hmac:[\w-]{16}$/), route: 'POST /api/v1/auth/login' },
    ]);
    // The same unknown address gets the same name (an admin can see repeated attempts), another one another.
    await login('someone.else@example.org', 'x', '198.51.100.31');
    await login('third@example.org', 'x', '198.51.100.31');
    const names = (await auditRows()).slice(before + 1).map((r) => r.note);
    expect(names[1]).toBe(names[0]);
    expect(names[2]).not.toBe(names[0]);
    const all = JSON.stringify(await auditRows());
    for (const secret of ['Geheim-Passwort', 'someone.else', 'manager@demo', 'example.org']) expect(all).not.toContain(secret);
    await signIn('manager@demo.vaxops', 'demo', '198.51.100.30');
  });

  it('the vaccinator changes her password: the policy applies, her other sessions end, this one stays, the old password is gone', async () => {
    const ip = '198.51.100.40';
    const desk = await signIn('vaccinator@demo.vaxops', 'demo', ip);
    const phone = await signIn('vaccinator@demo.vaxops', 'demo', '198.51.100.41');
    const change = (body: unknown) => call('POST', '/api/v1/staff/me/password', { body, session: desk, ip });

    const short = await change({ currentPassword: 'demo', newPassword: 'kurz' });
    expect(short.status).toBe(422);
    expect(short.body.type).toBe('https://vaxops.org/problems/password-too-short');
    expect(short.body.errors).toEqual([{ field: 'newPassword', code: 'password-too-short', message: expect.stringContaining('12') }]);
    const breached = await change({ currentPassword: 'demo', newPassword: 'Qwerty123456' });
    expect(breached.body.type).toBe('https://vaxops.org/problems/password-breached');
    expect(breached.body.errors[0].field).toBe('newPassword');
    expect((await change({ currentPassword: 'demo', newPassword: 'x'.repeat(257) })).body.type).toBe('https://vaxops.org/problems/password-too-long');
    const wrong = await change({ currentPassword: 'not-demo', newPassword: STRONG });
    expect(wrong.status).toBe(422);
    expect(wrong.body.type).toBe('https://vaxops.org/problems/current-password-wrong');
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    // None of these changed anything: the phone's session is still alive.
    expect((await me(phone)).status).toBe(200);

    expect((await change({ currentPassword: 'demo', newPassword: STRONG })).status).toBe(204);
    expect((await me(desk, ip)).status).toBe(200);
    expect((await me(phone)).status).toBe(401);
    expect((await login('vaccinator@demo.vaxops', 'demo', ip)).status).toBe(401);
    await signIn('vaccinator@demo.vaxops', STRONG, ip);
    const audited = (await auditRows()).filter((r) => r.action === 'password-change');
    expect(audited).toEqual([expect.objectContaining({ actor_type: 'staff', actor_id: await userId('vaccinator@demo.vaxops'), note: 'other sessions revoked: 1' })]);
  });

  it('a wrong current password counts towards the lock-out: someone at an unlocked desk cannot guess it', async () => {
    const ip = '198.51.100.50';
    const desk = await signIn('logistics@demo.vaxops', 'demo', ip);
    const change = (currentPassword: string) => call('POST', '/api/v1/staff/me/password', { body: { currentPassword, newPassword: STRONGER }, session: desk, ip });
    for (let i = 1; i <= 5; i++) expect((await change(`guess-${i}`)).status).toBe(422);
    const locked = await change('demo');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    // The account is locked for sign-ins too.
    expect((await login('logistics@demo.vaxops', 'demo', '198.51.100.51')).status).toBe(429);
    later(61_000);
    expect((await change('demo')).status).toBe(204);
  });

  it('the admin signs out everywhere: every session of hers ends, this one too; others\' sessions stay', async () => {
    const ip = '198.51.100.60';
    const laptop = await signIn('admin@demo.vaxops', 'demo', ip);
    const tablet = await signIn('admin@demo.vaxops', 'demo', ip);
    const clerk = await signIn('clerk@demo.vaxops', 'demo', ip);
    const noCsrf = await call('DELETE', '/api/v1/staff/me/sessions', { session: { ...laptop, csrf: '' }, ip });
    expect(noCsrf.status).toBe(403);
    const res = await call('DELETE', '/api/v1/staff/me/sessions', { session: laptop, ip });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/vaxops_session=;/);
    expect((await me(laptop, ip)).status).toBe(401);
    expect((await me(tablet, ip)).status).toBe(401);
    expect((await me(clerk, ip)).status).toBe(200);
  });

  it('a session unused for 30 minutes is dead; using it keeps it alive, and the look-up writes at most once a minute', async () => {
    const ip = '198.51.100.70';
    const s = await signIn('clerk@demo.vaxops', 'demo', ip);
    const seen = async () =>
      new Date((await sql<{ t: Date }>`select max(last_seen_at) as t from sessions where revoked_at is null and user_id = ${await userId('clerk@demo.vaxops')}`.execute(srv.deps.db.owner)).rows[0].t).getTime();
    const signedInAt = now;
    expect(await seen()).toBe(signedInAt);
    later(30_000);
    expect((await me(s, ip)).status).toBe(200);
    expect(await seen()).toBe(signedInAt); // within the minute: no write
    later(29 * 60_000);
    expect((await me(s, ip)).status).toBe(200);
    expect(await seen()).toBe(now);
    later(29 * 60_000);
    expect((await me(s, ip)).status).toBe(200); // 29.5 minutes of real use in between: alive
    later(30 * 60_000 + 1_000);
    expect((await me(s, ip)).status).toBe(401);
    // Idle, not revoked: a new sign-in works at once.
    await signIn('clerk@demo.vaxops', 'demo', ip);
  });

  it('demo accounts: their published password opens nothing on PostgreSQL outside demo mode; in demo mode the console is told to warn', async () => {
    const config = srv.deps.config;
    const ip = '198.51.100.80';
    try {
      // This database, served by PostgreSQL without demo mode (as after a restart with VAXOPS_DEMO=0).
      srv.deps.config = { ...config, databaseUrl: config.databaseUrl ?? 'postgres://db.example/vaxops', demo: false };
      expect((await login('admin@demo.vaxops', 'demo', ip)).status).toBe(401);
      srv.deps.config = { ...config, databaseUrl: config.databaseUrl ?? 'postgres://db.example/vaxops', demo: true };
      const live = await login('admin@demo.vaxops', 'demo', ip);
      expect(live.status).toBe(200);
      expect(live.body.demoAccounts).toBe(true);
    } finally {
      srv.deps.config = config;
    }
    const embeddedOrNot = await login('admin@demo.vaxops', 'demo', ip);
    expect(embeddedOrNot.body.demoAccounts).toBe(backend === 'postgres'); // the test server runs in demo mode
    // PostgreSQL in demo mode says so in the log at start; the embedded try-out does not.
    const warned = logLines.some((l) => l.includes('"level":40') && l.includes('demo sign-ins with a published password are active'));
    expect(warned).toBe(backend === 'postgres');
  });

  it('nothing personal reaches the log: no e-mail address, no password', () => {
    const log = logLines.join('');
    expect(log).toContain('/api/v1/auth/login'); // the request lines are there
    for (const secret of ['@demo.vaxops', '@example.org', 'demo"', 'guess-', 'Geheim', STRONG, STRONGER, 'password1234']) expect(log).not.toContain(secret);
  });
});
