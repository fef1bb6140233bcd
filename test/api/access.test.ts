import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleCan, STAFF_ROLES } from '../../src/kernel/policy.js';
import { client } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Every staff route declares one capability of the access policy (kernel/policy.ts), and the server
 * enforces exactly the table: each demo role gets 403 on the routes its role lacks, and passes the access
 * check (any answer but 401/403) on the others. Requests carry unknown ids and invalid bodies, so nothing
 * is written.
 */
const STAFF_PATH = /^\/api\/v1\/(staff|admin|agent)\/|^\/api\/v1\/auth\/(me|logout)$/;

describe('staff routes and the access policy', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv?.close());

  const staffRoutes = () =>
    srv.app.routeAccess.filter((r) => r.method !== 'HEAD' && (STAFF_PATH.test(r.url) || r.capabilities.length > 0));

  it('every staff route declares exactly one capability; no other route declares one', () => {
    const routes = staffRoutes();
    expect(routes.length).toBeGreaterThan(30);
    for (const r of routes) {
      expect(STAFF_PATH.test(r.url), `${r.method} ${r.url} declares a capability outside the staff paths`).toBe(true);
      expect(r.capabilities, `${r.method} ${r.url}`).toHaveLength(1);
    }
  });

  it('answers 401 without a session and 403 exactly for the roles the table leaves out', async () => {
    const routes = staffRoutes()
      .filter((r) => r.url !== '/api/v1/auth/logout') // would end the session the sweep uses; checked last
      .map((r) => ({ ...r, path: r.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'doseNumber' ? '2' : name === 'bookingCode' ? 'ZZZZ-ZZZZ-ZZ' : randomUUID())) }));
    const send = (api: ReturnType<typeof client>, r: (typeof routes)[number]) =>
      api.request(r.method, r.path, r.method === 'GET' || r.method === 'DELETE' ? undefined : { notAField: true });

    const anonymous = client(srv.url);
    for (const r of routes) expect((await send(anonymous, r)).status, `anonymous ${r.method} ${r.url}`).toBe(401);

    for (const role of STAFF_ROLES) {
      const api = client(srv.url);
      await api.signIn(`${role}@demo.vaxops`);
      for (const r of routes) {
        const res = await send(api, r);
        const label = `${role} ${r.method} ${r.url} (${r.capabilities[0]}): ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
        if (roleCan(role, r.capabilities[0])) expect([401, 403], label).not.toContain(res.status);
        else expect(res.status, label).toBe(403);
      }
      const out = await api.post('/api/v1/auth/logout');
      expect(out.status, `${role} logout`).toBeLessThan(300);
    }
  });
});
