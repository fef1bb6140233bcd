import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleCan, STAFF_ROLES, type Capability } from '../../src/kernel/policy.js';
import { client } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Every staff route declares one capability of the access policy (kernel/policy.ts), and the server
 * enforces exactly the table: each demo role gets 403 on the routes its role lacks, and passes the access
 * check (any answer but 401/403) on the others. Requests carry unknown ids and invalid bodies, so nothing
 * is written.
 */
const STAFF_PATH = /^\/api\/v1\/(staff|admin|agent)\/|^\/api\/v1\/auth\/(me|logout)$/;

/** What each staff route asks for: the role lists they named before the policy table, as capabilities. */
const DECLARED: Record<string, Capability> = {
  'GET /api/v1/auth/me': 'session.own',
  'POST /api/v1/auth/logout': 'session.own',
  'POST /api/v1/staff/me/password': 'session.own',
  'DELETE /api/v1/staff/me/sessions': 'session.own',
  'GET /api/v1/staff/centers': 'centers.read',
  'GET /api/v1/staff/appointments': 'board.read',
  'GET /api/v1/staff/appointments/summary': 'board.read',
  'GET /api/v1/staff/appointments/search': 'board.read',
  'POST /api/v1/staff/checkins': 'onsite.checkin',
  'POST /api/v1/staff/vaccinations': 'onsite.document',
  'POST /api/v1/staff/vaccinations/:id/corrections': 'onsite.document',
  'GET /api/v1/staff/vaccinations/:id': 'onsite.record.read',
  'GET /api/v1/staff/vaccinations/:id/certificate': 'certificates.manage',
  'POST /api/v1/staff/vaccinations/:id/certificate': 'certificates.manage',
  'GET /api/v1/staff/certificates/:id/pdf': 'certificates.manage',
  'GET /api/v1/staff/certificates/:id/qr.png': 'certificates.manage',
  'GET /api/v1/staff/certificates/:id/qr.svg': 'certificates.manage',
  'POST /api/v1/staff/certificates/:id/mail': 'certificates.manage',
  'GET /api/v1/agent/persons': 'callcenter.act',
  'GET /api/v1/agent/persons/:id': 'callcenter.act',
  'POST /api/v1/agent/registrations': 'callcenter.act',
  'POST /api/v1/agent/persons/:id/bookings': 'callcenter.act',
  'PUT /api/v1/agent/bookings/:bookingCode/appointments/:doseNumber': 'callcenter.act',
  'DELETE /api/v1/agent/bookings/:bookingCode': 'callcenter.act',
  'POST /api/v1/agent/bookings/:bookingCode/letters': 'callcenter.act',
  'POST /api/v1/staff/print-batches': 'letters.print',
  'GET /api/v1/staff/print-batches': 'letters.print',
  'GET /api/v1/staff/print-batches/:id.pdf': 'letters.print',
  'GET /api/v1/staff/dose-plans': 'dosePlans.read',
  'PUT /api/v1/staff/dose-plans': 'dosePlans.write',
  'PUT /api/v1/staff/dose-plans/range': 'dosePlans.write',
  'DELETE /api/v1/staff/dose-plans': 'dosePlans.write',
  'GET /api/v1/admin/rule-sets': 'rules.manage',
  'POST /api/v1/admin/rule-sets': 'rules.manage',
  'GET /api/v1/admin/rule-sets/:id': 'rules.manage',
  'GET /api/v1/admin/rule-sets/:id/impact': 'rules.manage',
  'POST /api/v1/admin/rule-sets/:id/publish': 'rules.manage',
  'POST /api/v1/admin/invitation-waves': 'invitations.send',
  'GET /api/v1/admin/invitation-waves': 'invitations.send',
  'GET /api/v1/admin/invitation-waves/preview': 'invitations.send',
  'GET /api/v1/admin/waiting-room': 'waitingRoom.manage',
  'PUT /api/v1/admin/waiting-room': 'waitingRoom.manage',
  'GET /api/v1/admin/settings': 'settings.manage',
  'PUT /api/v1/admin/settings': 'settings.manage',
  'GET /api/v1/admin/dcc/keys': 'dccKeys.manage',
  'POST /api/v1/admin/dcc/keys': 'dccKeys.manage',
  'POST /api/v1/admin/dcc/keys/:kid/deactivate': 'dccKeys.manage',
};

describe('staff routes and the access policy', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv?.close());

  const staffRoutes = () =>
    srv.app.routeAccess.filter((r) => r.method !== 'HEAD' && (STAFF_PATH.test(r.url) || r.capabilities.length > 0));

  it('every staff route declares exactly one capability, the one its roles had; no other route declares one', () => {
    const routes = staffRoutes();
    for (const r of routes) {
      expect(STAFF_PATH.test(r.url), `${r.method} ${r.url} declares a capability outside the staff paths`).toBe(true);
      expect(r.capabilities, `${r.method} ${r.url}`).toHaveLength(1);
    }
    // The same routes, each asking for what its roles allowed before (a new staff route is added here).
    expect(Object.fromEntries(routes.map((r) => [`${r.method} ${r.url}`, r.capabilities[0]]))).toEqual(DECLARED);
  });

  it('answers 401 without a session and 403 exactly for the roles the table leaves out', async () => {
    const routes = staffRoutes()
      .filter((r) => r.url !== '/api/v1/auth/logout' && r.url !== '/api/v1/staff/me/sessions') // would end the session the sweep uses; logout checked last
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
