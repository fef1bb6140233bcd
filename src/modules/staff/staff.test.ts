import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/support/db.js';
import { client } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';

describe.each(BACKENDS)('staff sign-in (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
  });
  afterAll(() => srv?.close());

  it('every demo role can sign in; the session cookie is HttpOnly, SameSite=Strict and lives for the session hours', async () => {
    for (const role of ['admin', 'manager', 'clerk', 'vaccinator', 'agent', 'logistics']) {
      const api = client(srv.url);
      const res = await api.signIn(`${role}@demo.vaxops`);
      expect(res.body.user.role).toBe(role);
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/vaxops_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      // A lifetime the browser counts on its own clock, not an end date on the server's (which runs on a
      // fixed morning here: an end date would have the browser drop the cookie once that day is over).
      expect(cookie).toMatch(new RegExp(`Max-Age=${srv.deps.config.sessionHours * 3600}(;|$)`, 'i'));
      expect(cookie).not.toMatch(/Expires=/i);
    }
  });

  it('a wrong password and an unknown e-mail get the same 401', async () => {
    const api = client(srv.url);
    const wrong = await api.post('/api/v1/auth/login', { email: 'clerk@demo.vaxops', password: 'nope' });
    const unknown = await api.post('/api/v1/auth/login', { email: 'nobody@demo.vaxops', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('staff routes need a session (401), the right role (403) and, for writes, the CSRF token (403)', async () => {
    const anon = client(srv.url);
    expect((await anon.get('/api/v1/staff/centers')).status).toBe(401);

    const agent = client(srv.url);
    await agent.signIn('agent@demo.vaxops');
    expect((await agent.get('/api/v1/staff/centers')).status).toBe(200);
    const centers = (await agent.get('/api/v1/staff/centers')).body;
    expect((await agent.get(`/api/v1/staff/appointments?centerId=${centers[0].id}&date=2026-11-23`)).status).toBe(403);

    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    const noCsrf = await clerk.post('/api/v1/staff/checkins', { bookingCode: 'AAAA-AAAA-AA', centerId: centers[0].id }, { 'x-csrf-token': '' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.type).toContain('csrf');
  });

  it('signing out revokes the session on the server', async () => {
    const api = client(srv.url);
    await api.signIn('admin@demo.vaxops');
    const stolen = api.cookie;
    expect((await api.post('/api/v1/auth/logout')).status).toBe(204);
    const again = await fetch(`${srv.url}/api/v1/auth/me`, { headers: { cookie: stolen } });
    expect(again.status).toBe(401);
  });
});
