import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRules } from '../../src/modules/eligibility/eligibility.demo.js';
import { createApiKey } from '../../src/plugins/api-key.js';
import { tenantBySlug } from '../../src/modules/tenants/tenants.service.js';
import { BACKENDS } from '../support/db.js';
import { anna, client, firstSlot, rowCounts, type Res } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string; // OpenAPI form
  as?: string; // demo account to sign in as
  url: () => string; // a valid URL
  body?: () => Record<string, unknown>; // a valid body
  idVariants?: () => string[]; // URLs with unknown ids
  readOnly?: true; // the valid body succeeds and stores nothing (a check, not a write)
  writes?: true; // the valid body succeeds and writes (checked separately, after the row counts)
  custom?: (api: ReturnType<typeof client>, label: (what: string) => string) => Promise<void>; // a body that is not JSON: its own bad input
};

const OPS_TOKEN = 'bad-input-ops-token-0123456789';

/** The string leaves of a JSON value with their dotted paths (as problem documents name fields). */
function stringFields(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return [at];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => stringFields(v, at ? `${at}.${k}` : k));
}

/** A copy of `value` with the string at `path` changed by `change`. */
function withString(value: Record<string, unknown>, path: string, change: (s: string) => string): Record<string, unknown> {
  const copy = structuredClone(value);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = change(node[keys.at(-1)!] as string);
  return copy;
}

/** Every row of every table (but the audit trail, which reads append to) as one digest per table. */
async function tableDigests(srv: TestServer) {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('audit_log', 'schema_migrations')
    order by table_name`.execute(srv.deps.db.owner);
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{ d: string | null }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${sql.table(name)} t`.execute(srv.deps.db.owner);
    out[name] = r.rows[0]!.d ?? '';
  }
  return out;
}

function expectProblem(res: Res, label: string) {
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  expect(res.headers.get('content-type'), label).toContain('application/problem+json');
  expect(res.body.status, label).toBe(res.status);
  expect(typeof res.body.title, label).toBe('string');
}

describe.each(BACKENDS)('bad input on every route gets a 4xx problem and writes nothing (%s)', (backend) => {
  let srv: TestServer;
  let waitingRoomTicket = '';
  let ids: { center: string; slot: string; appointment: string; vaccination: string; code: string; certificate: string };

  beforeAll(async () => {
    // The OpenAPI document is an operator endpoint (closed on PostgreSQL by default): the sweep reads it with the token.
    srv = await startTestServer({ backend, now: '2026-11-23T09:10:00+01:00', env: { VAXOPS_OPS_TOKEN: OPS_TOKEN } });
    const api = client(srv.url);
    const { center, slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    const b = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId: center.id });
    const vac = client(srv.url);
    await vac.signIn('vaccinator@demo.vaxops');
    const v = await vac.post('/api/v1/staff/vaccinations', { appointmentId: b.body.appointments[0].id, product: 'comirnaty', lotNumber: 'L1', doseNumber: 1, site: 'left_upper_arm', securityCode: b.body.securityCode });
    expect(v.status).toBe(201);
    const { slot: free } = await firstSlot(api, 'comirnaty', '2026-11-24');
    waitingRoomTicket = (await api.post('/api/v1/public/waiting-room/tickets', {})).body.ticket;
    ids = { center: center.id, slot: free.id, appointment: b.body.appointments[1].id, vaccination: v.body.id, code: b.body.bookingCode, certificate: v.body.certificateId };
  });
  afterAll(() => srv?.close());

  const routes: Route[] = [
    { method: 'GET', path: '/api/v1/public/centers', url: () => '/api/v1/public/centers', idVariants: () => ['/api/v1/public/centers?near=1011', '/api/v1/public/centers?near=abcde'] },
    { method: 'GET', path: '/api/v1/public/eligibility/groups', url: () => '/api/v1/public/eligibility/groups' },
    { method: 'GET', path: '/api/v1/public/products', url: () => '/api/v1/public/products' },
    { method: 'GET', path: '/api/v1/public/legal', url: () => '/api/v1/public/legal' },
    { method: 'GET', path: '/api/v1/public/availability', url: () => '/api/v1/public/availability' },
    { method: 'GET', path: '/api/v1/public/challenge', url: () => '/api/v1/public/challenge' },
    {
      method: 'GET',
      path: '/api/v1/public/slots',
      url: () => `/api/v1/public/slots?centerId=${ids.center}&product=comirnaty&from=2026-11-24&to=2026-11-25`,
      idVariants: () => [`/api/v1/public/slots?centerId=not-a-uuid&product=comirnaty&from=2026-11-24&to=2026-11-25`],
    },
    {
      method: 'POST',
      path: '/api/v1/public/bookings',
      url: () => '/api/v1/public/bookings',
      body: () => ({ slotId: randomUUID(), product: 'comirnaty', person: { givenName: 'Fritz', familyName: 'Bauer', birthDate: '1931-03-03', postalCode: '10115' } }),
    },
    {
      method: 'GET',
      path: '/api/v1/public/bookings/{bookingCode}',
      url: () => `/api/v1/public/bookings/${ids.code}?birthDate=${anna.birthDate}`,
      idVariants: () => [`/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ?birthDate=${anna.birthDate}`, `/api/v1/public/bookings/${'x'.repeat(150)}?birthDate=${anna.birthDate}`],
    },
    {
      method: 'PUT',
      path: '/api/v1/public/bookings/{bookingCode}/appointments/{doseNumber}',
      url: () => `/api/v1/public/bookings/${ids.code}/appointments/2?birthDate=${anna.birthDate}`,
      body: () => ({ slotId: randomUUID() }),
      idVariants: () => [
        `/api/v1/public/bookings/${ids.code}/appointments/7?birthDate=${anna.birthDate}`,
        `/api/v1/public/bookings/${ids.code}/appointments/x?birthDate=${anna.birthDate}`,
        `/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ/appointments/2?birthDate=${anna.birthDate}`,
      ],
    },
    {
      method: 'DELETE',
      path: '/api/v1/public/bookings/{bookingCode}',
      url: () => `/api/v1/public/bookings/${ids.code}?birthDate=1999-01-01`, // wrong birth date: must not cancel
      idVariants: () => [`/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ?birthDate=${anna.birthDate}`],
    },
    { method: 'POST', path: '/api/v1/auth/login', url: () => '/api/v1/auth/login', body: () => ({ email: 'clerk@demo.vaxops', password: 'wrong' }) },
    { method: 'GET', path: '/api/v1/auth/me', as: 'clerk', url: () => '/api/v1/auth/me' },
    { method: 'POST', path: '/api/v1/auth/logout', url: () => '/api/v1/auth/logout' },
    {
      method: 'POST',
      path: '/api/v1/staff/me/password',
      as: 'logistics',
      url: () => '/api/v1/staff/me/password',
      body: () => ({ currentPassword: 'not the current one', newPassword: 'Sieben Schwäne über der Elbe' }),
    },
    { method: 'DELETE', path: '/api/v1/staff/me/sessions', as: 'admin', url: () => '/api/v1/staff/me/sessions' },
    { method: 'GET', path: '/api/v1/staff/centers', as: 'clerk', url: () => '/api/v1/staff/centers' },
    // Notifications: print batches. No letter waits in this database, so the valid body is refused (409 nothing-to-print).
    { method: 'POST', path: '/api/v1/staff/print-batches', as: 'agent', url: () => '/api/v1/staff/print-batches', body: () => ({ day: '2026-11-23' }) },
    {
      method: 'GET',
      path: '/api/v1/staff/print-batches',
      as: 'agent',
      url: () => '/api/v1/staff/print-batches',
      idVariants: () => ['/api/v1/staff/print-batches?day=23.11.2026', '/api/v1/staff/print-batches?day=2026-02-30'],
    },
    {
      method: 'GET',
      path: '/api/v1/staff/print-batches/{id}.pdf',
      as: 'agent',
      url: () => `/api/v1/staff/print-batches/${randomUUID()}.pdf`,
      idVariants: () => [`/api/v1/staff/print-batches/${randomUUID()}.pdf`, '/api/v1/staff/print-batches/nope.pdf', '/api/v1/staff/print-batches/42.pdf'],
    },
    {
      method: 'GET',
      path: '/api/v1/staff/appointments',
      as: 'clerk',
      url: () => `/api/v1/staff/appointments?centerId=${ids.center}&date=2026-11-23`,
      idVariants: () => [`/api/v1/staff/appointments?centerId=${randomUUID()}&date=2026-11-23`],
    },
    {
      method: 'GET',
      path: '/api/v1/staff/appointments/summary',
      as: 'vaccinator',
      url: () => `/api/v1/staff/appointments/summary?centerId=${ids.center}&date=2026-11-23`,
      idVariants: () => [`/api/v1/staff/appointments/summary?centerId=${randomUUID()}&date=2026-11-23`],
    },
    {
      method: 'GET',
      path: '/api/v1/staff/appointments/search',
      as: 'clerk',
      url: () => `/api/v1/staff/appointments/search?centerId=${ids.center}&date=2026-11-23&name=Muster`,
      idVariants: () => [`/api/v1/staff/appointments/search?centerId=${randomUUID()}&date=2026-11-23&name=Muster`],
    },
    { method: 'POST', path: '/api/v1/staff/checkins', as: 'clerk', url: () => '/api/v1/staff/checkins', body: () => ({ bookingCode: 'ZZZZ-ZZZZ-ZZ', centerId: ids.center }) },
    {
      method: 'POST',
      path: '/api/v1/staff/vaccinations',
      as: 'vaccinator',
      url: () => '/api/v1/staff/vaccinations',
      body: () => ({ appointmentId: randomUUID(), product: 'comirnaty', lotNumber: 'L2', doseNumber: 2, site: 'left_upper_arm', securityCode: '1234' }),
    },
    {
      method: 'GET',
      path: '/api/v1/staff/vaccinations/{id}',
      as: 'vaccinator',
      url: () => `/api/v1/staff/vaccinations/${ids.vaccination}`,
      idVariants: () => [`/api/v1/staff/vaccinations/${randomUUID()}`, '/api/v1/staff/vaccinations/42'],
    },
    {
      method: 'POST',
      path: '/api/v1/staff/vaccinations/{id}/corrections',
      as: 'vaccinator',
      url: () => `/api/v1/staff/vaccinations/${randomUUID()}/corrections`,
      body: () => ({ lotNumber: 'L9', reason: 'typo in lot' }),
      idVariants: () => ['/api/v1/staff/vaccinations/nope/corrections'],
    },
    {
      method: 'GET',
      path: '/api/v1/staff/dose-plans',
      as: 'manager',
      url: () => `/api/v1/staff/dose-plans?centerId=${ids.center}&from=2026-11-23&to=2026-11-30`,
      idVariants: () => [`/api/v1/staff/dose-plans?centerId=${ids.center}&from=2026-11-23&to=2027-11-30`],
    },
    {
      method: 'PUT',
      path: '/api/v1/staff/dose-plans',
      as: 'admin',
      url: () => '/api/v1/staff/dose-plans',
      body: () => ({ centerId: randomUUID(), day: '2026-11-30', product: 'comirnaty', doses: 10 }),
    },
    {
      method: 'PUT',
      path: '/api/v1/staff/dose-plans/range',
      as: 'admin',
      url: () => '/api/v1/staff/dose-plans/range',
      body: () => ({ centerId: randomUUID(), product: 'comirnaty', from: '2026-11-30', to: '2026-12-04', weekdays: [1, 2, 3], doses: 10 }),
    },
    {
      method: 'DELETE',
      path: '/api/v1/staff/dose-plans',
      as: 'admin',
      url: () => `/api/v1/staff/dose-plans?centerId=${randomUUID()}&day=2026-11-30&product=comirnaty`,
      idVariants: () => ['/api/v1/staff/dose-plans?centerId=nope&day=2026-11-30&product=comirnaty', `/api/v1/staff/dose-plans?centerId=${randomUUID()}&day=2026-13-30&product=comirnaty`],
    },
    {
      method: 'POST',
      path: '/api/v1/public/registrations',
      url: () => '/api/v1/public/registrations',
      // A valid registration succeeds and writes; the bad variants around it must not.
      body: () => ({ person: { givenName: 'Zoe', familyName: 'Probe', birthDate: '1940-01-01', postalCode: '10115' }, claims: [], language: 'de' }),
      writes: true,
    },
    // Citizen verification: a code to a contact, the code, the session's page, signing out; the demo mailbox.
    {
      method: 'POST',
      path: '/api/v1/public/verifications',
      url: () => '/api/v1/public/verifications',
      body: () => ({ email: 'probe@example.org' }),
      writes: true, // always 202: a valid body sends a code
    },
    {
      method: 'POST',
      path: '/api/v1/public/verifications/{verificationId}/code',
      url: () => `/api/v1/public/verifications/${randomUUID()}/code`,
      body: () => ({ code: '123456' }),
      idVariants: () => ['/api/v1/public/verifications/not-a-uuid/code', `/api/v1/public/verifications/${'1'.repeat(150)}/code`],
    },
    { method: 'GET', path: '/api/v1/public/verifications/policy', url: () => '/api/v1/public/verifications/policy' },
    { method: 'GET', path: '/api/v1/public/me', url: () => '/api/v1/public/me' },
    { method: 'DELETE', path: '/api/v1/public/session', url: () => '/api/v1/public/session' },
    { method: 'GET', path: '/api/v1/demo/mailbox', url: () => '/api/v1/demo/mailbox' },
    {
      method: 'POST',
      path: '/api/v1/public/email-confirmations',
      url: () => '/api/v1/public/email-confirmations',
      body: () => ({ token: 'x'.repeat(43) }),
    },
    {
      method: 'POST',
      path: '/api/v1/admin/invitation-waves',
      as: 'admin',
      url: () => '/api/v1/admin/invitation-waves',
      body: () => ({ size: 1 }),
      writes: true,
    },
    { method: 'GET', path: '/api/v1/admin/invitation-waves', as: 'admin', url: () => '/api/v1/admin/invitation-waves' },
    {
      method: 'GET',
      path: '/api/v1/admin/invitation-waves/preview',
      as: 'admin',
      url: () => '/api/v1/admin/invitation-waves/preview',
      idVariants: () => ['/api/v1/admin/invitation-waves/preview?size=abc', '/api/v1/admin/invitation-waves/preview?size=0'],
    },
    {
      method: 'GET',
      path: '/api/v1/public/invitations/{token}',
      url: () => `/api/v1/public/invitations/${'y'.repeat(43)}`,
      idVariants: () => ['/api/v1/public/invitations/short', `/api/v1/public/invitations/${'%20'.repeat(30)}`],
    },
    {
      method: 'POST',
      path: '/api/v1/public/invitations/{token}/bookings',
      url: () => `/api/v1/public/invitations/${'y'.repeat(43)}/bookings`,
      body: () => ({ slotId: randomUUID(), product: 'comirnaty' }),
      idVariants: () => ['/api/v1/public/invitations/short/bookings'],
    },
    {
      method: 'POST',
      path: '/api/v1/public/invitations/{token}/decline',
      url: () => `/api/v1/public/invitations/${'y'.repeat(43)}/decline`,
      idVariants: () => ['/api/v1/public/invitations/short/decline'],
    },
    {
      method: 'GET',
      path: '/api/v1/agent/persons',
      as: 'agent',
      url: () => '/api/v1/agent/persons?email=nobody%40example.org',
      idVariants: () => ['/api/v1/agent/persons?givenName=Anna', '/api/v1/agent/persons?email=x&phone=1'],
    },
    {
      method: 'GET',
      path: '/api/v1/agent/persons/{id}',
      as: 'agent',
      url: () => `/api/v1/agent/persons/${randomUUID()}`,
      idVariants: () => ['/api/v1/agent/persons/1'],
    },
    {
      method: 'POST',
      path: '/api/v1/agent/registrations',
      as: 'agent',
      url: () => '/api/v1/agent/registrations',
      body: () => ({ person: { givenName: 'Zora', familyName: 'Anruf', birthDate: '1940-01-01', postalCode: '10115' }, claims: [], language: 'de' }),
      writes: true,
    },
    {
      method: 'POST',
      path: '/api/v1/agent/persons/{id}/bookings',
      as: 'agent',
      url: () => `/api/v1/agent/persons/${randomUUID()}/bookings`,
      body: () => ({ slotId: randomUUID(), product: 'comirnaty' }),
      idVariants: () => ['/api/v1/agent/persons/x/bookings'],
    },
    {
      method: 'PUT',
      path: '/api/v1/agent/bookings/{bookingCode}/appointments/{doseNumber}',
      as: 'agent',
      url: () => `/api/v1/agent/bookings/${ids.code}/appointments/2`,
      body: () => ({ slotId: randomUUID() }),
      idVariants: () => ['/api/v1/agent/bookings/ZZZZ-ZZZZ-ZZ/appointments/2', `/api/v1/agent/bookings/${ids.code}/appointments/0`],
    },
    {
      method: 'DELETE',
      path: '/api/v1/agent/bookings/{bookingCode}',
      as: 'agent',
      url: () => '/api/v1/agent/bookings/ZZZZ-ZZZZ-ZZ',
      idVariants: () => ['/api/v1/agent/bookings/not-a-code'],
    },
    {
      method: 'POST',
      path: '/api/v1/agent/bookings/{bookingCode}/letters',
      as: 'agent',
      url: () => '/api/v1/agent/bookings/ZZZZ-ZZZZ-ZZ/letters',
      idVariants: () => ['/api/v1/agent/bookings/not-a-code/letters'],
    },
    { method: 'GET', path: '/api/v1/admin/settings', as: 'admin', url: () => '/api/v1/admin/settings' },
    { method: 'GET', path: '/api/v1/public/waiting-room', url: () => '/api/v1/public/waiting-room' },
    { method: 'POST', path: '/api/v1/public/waiting-room/tickets', url: () => '/api/v1/public/waiting-room/tickets', body: () => ({}), writes: true },
    {
      method: 'GET',
      path: '/api/v1/public/waiting-room/tickets/{ticket}',
      url: () => `/api/v1/public/waiting-room/tickets/${waitingRoomTicket}`,
      // Not a ticket at all; a ticket with a forged number; a ticket with a broken signature.
      idVariants: () => [
        '/api/v1/public/waiting-room/tickets/not-a-ticket',
        `/api/v1/public/waiting-room/tickets/${waitingRoomTicket.replace(/\.0\./, '.7.')}`,
        `/api/v1/public/waiting-room/tickets/${waitingRoomTicket.slice(0, -1)}${waitingRoomTicket.endsWith('A') ? 'B' : 'A'}`,
      ],
    },
    { method: 'GET', path: '/api/v1/admin/waiting-room', as: 'admin', url: () => '/api/v1/admin/waiting-room' },
    { method: 'PUT', path: '/api/v1/admin/waiting-room', as: 'admin', url: () => '/api/v1/admin/waiting-room', body: () => ({ mode: 'off' }), writes: true },
    {
      method: 'PUT',
      path: '/api/v1/admin/settings',
      as: 'admin',
      url: () => '/api/v1/admin/settings',
      body: () => ({ requireRegisterMatch: false, invitationValidHours: 48 }),
      writes: true,
    },
    {
      method: 'POST',
      path: '/api/v1/public/eligibility',
      url: () => '/api/v1/public/eligibility',
      body: () => ({ birthDate: '1950-01-01', claims: ['teacher'] }),
      readOnly: true,
    },
    { method: 'GET', path: '/api/v1/admin/rule-sets', as: 'admin', url: () => '/api/v1/admin/rule-sets' },
    {
      method: 'POST',
      path: '/api/v1/admin/rule-sets',
      as: 'admin',
      url: () => '/api/v1/admin/rule-sets',
      // Well-formed, but names a product the catalog does not have.
      body: () => ({ definition: { ...demoRules('2026-01-01T00:00:00+01:00'), products: { sputnik: { minAge: 18 } } }, effectiveFrom: '2026-11-23T00:00:00+01:00' }),
    },
    {
      method: 'GET',
      path: '/api/v1/admin/rule-sets/{id}',
      as: 'admin',
      url: () => `/api/v1/admin/rule-sets/${randomUUID()}`,
      idVariants: () => ['/api/v1/admin/rule-sets/1'],
    },
    {
      method: 'GET',
      path: '/api/v1/admin/rule-sets/{id}/impact',
      as: 'admin',
      url: () => `/api/v1/admin/rule-sets/${randomUUID()}/impact`,
      idVariants: () => ['/api/v1/admin/rule-sets/x/impact'],
    },
    {
      method: 'POST',
      path: '/api/v1/admin/rule-sets/{id}/publish',
      as: 'admin',
      url: () => `/api/v1/admin/rule-sets/${randomUUID()}/publish`,
      body: () => ({ reason: 'because' }),
      idVariants: () => ['/api/v1/admin/rule-sets/x/publish'],
    },
    // EU Digital COVID Certificates: the citizen's (code + birth date), trust and revocation lists, verification.
    {
      method: 'GET',
      path: '/api/v1/public/bookings/{bookingCode}/certificates',
      url: () => `/api/v1/public/bookings/${ids.code}/certificates?birthDate=${anna.birthDate}`,
      idVariants: () => [`/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ/certificates?birthDate=${anna.birthDate}`, `/api/v1/public/bookings/${'x'.repeat(150)}/certificates?birthDate=${anna.birthDate}`],
    },
    ...(['pdf', 'qr.png', 'qr.svg'] as const).map(
      (what): Route => ({
        method: 'GET',
        path: `/api/v1/public/bookings/{bookingCode}/certificates/{id}/${what}`,
        url: () => `/api/v1/public/bookings/${ids.code}/certificates/${ids.certificate}/${what}?birthDate=${anna.birthDate}${what === 'pdf' ? '&lang=en' : ''}`,
        idVariants: () => [
          `/api/v1/public/bookings/${ids.code}/certificates/${randomUUID()}/${what}?birthDate=${anna.birthDate}`,
          `/api/v1/public/bookings/${ids.code}/certificates/42/${what}?birthDate=${anna.birthDate}`,
          `/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ/certificates/${ids.certificate}/${what}?birthDate=${anna.birthDate}`,
          `/api/v1/public/bookings/${ids.code}/certificates/${ids.certificate}/${what}?birthDate=1999-01-01`,
        ],
      }),
    ),
    {
      method: 'POST',
      path: '/api/v1/public/bookings/{bookingCode}/certificates/{id}/mail',
      url: () => `/api/v1/public/bookings/${ids.code}/certificates/${ids.certificate}/mail`,
      body: () => ({ birthDate: '1999-01-01' }), // wrong birth date: nothing is sent
      idVariants: () => [`/api/v1/public/bookings/${ids.code}/certificates/nope/mail`, `/api/v1/public/bookings/ZZZZ-ZZZZ-ZZ/certificates/${ids.certificate}/mail`],
    },
    { method: 'GET', path: '/api/v1/public/dcc/trust-list', url: () => '/api/v1/public/dcc/trust-list' },
    { method: 'GET', path: '/api/v1/public/dcc/revocations', url: () => '/api/v1/public/dcc/revocations' },
    { method: 'POST', path: '/api/v1/public/dcc/verifications', url: () => '/api/v1/public/dcc/verifications', body: () => ({ hc1: 'HC1:NOT A CERTIFICATE' }), readOnly: true },
    // Certificates at check-out (staff) and issuing keys (admin).
    {
      method: 'GET',
      path: '/api/v1/staff/vaccinations/{id}/certificate',
      as: 'clerk',
      url: () => `/api/v1/staff/vaccinations/${ids.vaccination}/certificate`,
      idVariants: () => [`/api/v1/staff/vaccinations/${randomUUID()}/certificate`, '/api/v1/staff/vaccinations/42/certificate'],
    },
    {
      method: 'POST',
      path: '/api/v1/staff/vaccinations/{id}/certificate',
      as: 'clerk',
      url: () => `/api/v1/staff/vaccinations/${randomUUID()}/certificate`, // unknown record: nothing is issued
      idVariants: () => ['/api/v1/staff/vaccinations/42/certificate'],
    },
    ...(['pdf', 'qr.png', 'qr.svg'] as const).map(
      (what): Route => ({
        method: 'GET',
        path: `/api/v1/staff/certificates/{id}/${what}`,
        as: 'clerk',
        url: () => `/api/v1/staff/certificates/${ids.certificate}/${what}`,
        idVariants: () => [`/api/v1/staff/certificates/${randomUUID()}/${what}`, `/api/v1/staff/certificates/nope/${what}`, ...(what === 'pdf' ? [`/api/v1/staff/certificates/${ids.certificate}/pdf?lang=fr`] : [])],
      }),
    ),
    {
      method: 'POST',
      path: '/api/v1/staff/certificates/{id}/mail',
      as: 'clerk',
      url: () => `/api/v1/staff/certificates/${randomUUID()}/mail`,
      idVariants: () => ['/api/v1/staff/certificates/nope/mail'],
    },
    { method: 'GET', path: '/api/v1/admin/dcc/keys', as: 'admin', url: () => '/api/v1/admin/dcc/keys' },
    {
      method: 'POST',
      path: '/api/v1/admin/dcc/keys',
      as: 'admin',
      url: () => '/api/v1/admin/dcc/keys',
      body: () => ({ certificatePem: 'not a certificate', privateKeyPem: 'not a key' }),
    },
    {
      method: 'POST',
      path: '/api/v1/admin/dcc/keys/{kid}/deactivate',
      as: 'admin',
      url: () => '/api/v1/admin/dcc/keys/AAAAAAAAAAA=/deactivate',
      idVariants: () => ['/api/v1/admin/dcc/keys/%24%24%24/deactivate', `/api/v1/admin/dcc/keys/${'A'.repeat(100)}/deactivate`],
    },
    {
      method: 'POST',
      path: '/api/v1/machine/register/imports',
      url: () => '/api/v1/machine/register/imports',
      // The body is a CSV stream and the caller a machine with an API key, not JSON from a session.
      async custom(api, label) {
        const url = '/api/v1/machine/register/imports';
        const tenant = await tenantBySlug(srv.deps, 'demo');
        const { key } = await createApiKey(srv.deps, tenant.id, 'bad-input test', ['register:import']);
        const { id: otherId, key: other } = await createApiKey(srv.deps, tenant.id, 'no scope', ['register:import']);
        await srv.deps.db.withTenant(tenant.id, (trx) => trx.updateTable('api_keys').set({ scopes: ['exports:read'] }).where('id', '=', otherId).execute());
        const csv = 'id,given_name,family_name,birth_date,postal_code,address\nBI-1,Fritz,Bauer,1931-03-03,10115,\n';
        const as = (k: string, type = 'text/csv') => ({ authorization: `Bearer ${k}`, 'content-type': type });
        const cases: [string, () => Promise<Res>, number][] = [
          ['no key', () => api.post(url, csv, { 'content-type': 'text/csv' }), 401],
          ['no key, JSON', () => api.post(url, { rows: [] }), 401],
          ['malformed key', () => api.post(url, csv, as('vx_short')), 401],
          ['unknown key', () => api.post(url, csv, as(`vx_${'A'.repeat(43)}`)), 401],
          ['key without the scope', () => api.post(url, csv, as(other)), 403],
          ['unknown query parameter', () => api.request('POST', `${url}?sneaky=1`, csv, as(key)), 422],
          ['JSON body', () => api.post(url, { rows: [] }, { authorization: `Bearer ${key}` }), 415],
          ['malformed JSON', () => api.request('POST', url, '{"a":', { authorization: `Bearer ${key}` }), 415],
          ['wrong media type', () => api.request('POST', url, 'a=1', as(key, 'text/plain')), 415],
          ['not UTF-8', () => api.request('POST', url, csv, as(key, 'text/csv; charset=latin1')), 415],
          ['no body', () => api.request('POST', url, undefined, { authorization: `Bearer ${key}` }), 415],
          ['not a register', () => api.request('POST', url, 'a,b\n1,2\n', as(key)), 422],
          ['empty file', () => api.request('POST', url, '', as(key)), 422],
          ['unclosed quote', () => api.request('POST', url, csv.replace('Fritz', '"Fritz'), as(key)), 422],
        ];
        for (const [what, send, status] of cases) {
          const res = await send();
          expectProblem(res, label(what));
          expect(res.status, label(what)).toBe(status);
        }
      },
    },
  ];

  it('the table covers every route of the OpenAPI document', async () => {
    const doc = (await client(srv.url).get('/api/docs/json', { authorization: `Bearer ${OPS_TOKEN}` })).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(documented.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('malformed JSON, wrong types, unknown fields, huge bodies, wrong media types and unknown ids', async () => {
    const before = await rowCounts(srv.deps);
    for (const r of routes) {
      const api = client(srv.url);
      if (r.as) await api.signIn(`${r.as}@demo.vaxops`);
      const label = (what: string) => `${r.method} ${r.path}: ${what}`;
      if (r.custom) {
        await r.custom(api, label);
        continue;
      }

      // Unknown query parameters.
      const sep = r.url().includes('?') ? '&' : '?';
      const unknownQ = await api.request(r.method, `${r.url()}${sep}sneaky=1`, r.body?.());
      expectProblem(unknownQ, label('unknown query parameter'));
      if (unknownQ.status === 422) expect(unknownQ.body.errors.map((e: { field: string }) => e.field)).toContain('querystring.sneaky');

      // Query parameters of the wrong type/format.
      if (r.url().includes('?')) {
        const mangled = r.url().replace(/=([^&]*)/g, '=%00%FF[]');
        const res = await api.request(r.method, mangled, r.body?.());
        expectProblem(res, label('mangled query'));
        const missing = await api.request(r.method, r.url().split('?')[0], r.body?.());
        expectProblem(missing, label('missing query'));
        expect(missing.status).toBe(422);
      }

      for (const url of r.idVariants?.() ?? []) expectProblem(await api.request(r.method, url, r.body?.()), label(`unknown id ${url}`));

      if (r.method !== 'POST' && r.method !== 'PUT') continue;
      expectProblem(await api.request(r.method, r.url(), '{"slotId": "', {}), label('malformed JSON'));
      // Sign-in is checked before the body is read: without a session, logout answers 401 first.
      const expected = r.path === '/api/v1/auth/logout' ? 401 : 400;
      expect((await api.request(r.method, r.url(), '{"a":', {})).status, label('malformed JSON status')).toBe(expected);
      expectProblem(await api.request(r.method, r.url(), 'a=1', { 'content-type': 'text/plain' }), label('wrong media type'));
      const huge = await api.request(r.method, r.url(), { ...r.body?.(), pad: 'x'.repeat(200_000) });
      expectProblem(huge, label('huge body'));
      expect(huge.status, label('huge body status')).toBe(expected === 401 ? 401 : 413);
      expectProblem(await api.request(r.method, r.url(), '[1,2,3]'), label('array body'));
      expectProblem(await api.request(r.method, r.url(), 'null'), label('null body'));
      if (!r.body) continue;
      const valid = r.body();
      const unknownF = await api.request(r.method, r.url(), { ...valid, isAdmin: true });
      expectProblem(unknownF, label('unknown field'));
      expect(unknownF.status).toBe(422);
      expect(unknownF.body.errors.map((e: { field: string }) => e.field)).toContain('isAdmin');
      for (const key of Object.keys(valid)) {
        for (const wrong of [12345, true, null, { nested: 1 }, ['x'], '']) {
          // A number (or boolean) is no wrong type for a numeric (or boolean) field.
          if ((typeof wrong === 'number' || typeof wrong === 'boolean') && typeof wrong === typeof valid[key]) continue;
          const res = await api.request(r.method, r.url(), { ...valid, [key]: wrong });
          expectProblem(res, label(`${key}=${JSON.stringify(wrong)}`));
          if (res.status === 422) expect(res.body.errors.length).toBeGreaterThan(0);
        }
      }
      // The valid body itself refers to unknown ids or wrong credentials: still a clean 4xx.
      if (r.writes) continue; // its valid body is meant to write: not sent here, so the counts stay comparable
      if (r.readOnly) expect((await api.request(r.method, r.url(), valid)).status, label('valid read-only body')).toBe(200);
      else expectProblem(await api.request(r.method, r.url(), valid), label('unknown ids in a valid body'));
    }
    expect(await rowCounts(srv.deps)).toEqual(before);
  });

  it('a NUL byte or a lone surrogate in any text field, path parameter or query parameter is a 422 naming it, never a 500', async () => {
    const before = await rowCounts(srv.deps);
    let checked = 0;
    for (const r of routes) {
      if (r.custom) continue;
      const api = client(srv.url);
      if (r.as) await api.signIn(`${r.as}@demo.vaxops`);
      const label = (what: string) => `${r.method} ${r.path}: ${what}`;
      const expectNamed = (res: Res, field: string, what: string) => {
        expectProblem(res, label(what));
        // Logout checks the session before anything else; without one it is a 401.
        if (r.path === '/api/v1/auth/logout') return expect(res.status, label(what)).toBe(401);
        expect(res.status, label(`${what}: ${JSON.stringify(res.body)}`)).toBe(422);
        expect(res.body.errors.map((e: { field: string }) => e.field), label(what)).toContain(field);
        checked++;
      };
      const url = r.url();
      const [pathPart, queryPart] = url.split('?');
      const valid = r.body?.();

      // Body fields.
      for (const field of valid ? stringFields(valid) : []) {
        expectNamed(await api.request(r.method, url, withString(valid!, field, (v) => `${v}\u0000`)), field, `NUL in ${field}`);
        expectNamed(await api.request(r.method, url, withString(valid!, field, (v) => `${v}\ud800`)), field, `lone surrogate in ${field}`);
      }
      // Query parameters.
      const query = new URLSearchParams(queryPart ?? '');
      for (const key of [...query.keys()]) {
        const q = new URLSearchParams(query);
        q.set(key, `${query.get(key)}\u0000`);
        expectNamed(await api.request(r.method, `${pathPart}?${q}`, valid), `querystring.${key}`, `NUL in query ${key}`);
      }
      // Path parameters: the template's {name} segments, in the valid URL.
      const template = r.path.split('/');
      const segments = pathPart!.split('/');
      for (let i = 0; i < template.length; i++) {
        const m = /^\{(\w+)\}(.*)$/.exec(template[i]!);
        if (!m) continue;
        const [, name, suffix] = m;
        const value = suffix ? segments[i]!.slice(0, -suffix.length) : segments[i]!;
        const bad = [...segments];
        bad[i] = `${value}%00${suffix}`;
        const nulUrl = bad.join('/') + (queryPart ? `?${queryPart}` : '');
        expectNamed(await api.request(r.method, nulUrl, valid), `params.${name}`, `NUL in path parameter ${name}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(await rowCounts(srv.deps)).toEqual(before);
  });

  it('invalid UTF-8 bytes in a body are a 422 naming the field', async () => {
    const { slot } = await firstSlot(client(srv.url), 'comirnaty', '2026-11-24');
    const json = JSON.stringify({ slotId: slot.id, product: 'comirnaty', person: { givenName: 'Fritz', familyName: 'XX', birthDate: '1931-03-03', postalCode: '10115' } });
    const [head, tail] = json.split('XX');
    const body = Buffer.concat([Buffer.from(head!), Buffer.from([0x42, 0xff, 0xfe, 0x61]), Buffer.from(tail!)]);
    const res = await fetch(`${srv.url}/api/v1/public/bookings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors).toEqual([{ field: 'person.familyName', code: 'invalid-text', message: expect.stringMatching(/UTF-8/) }]);
  });

  it('GET routes write nothing (but the audit trail of reads)', async () => {
    // Sign in first (a POST that writes a session), then read every route once.
    const as = new Map<string, ReturnType<typeof client>>([['', client(srv.url)]]);
    for (const r of routes) {
      if (r.as && !as.has(r.as)) {
        const api = client(srv.url);
        await api.signIn(`${r.as}@demo.vaxops`);
        as.set(r.as, api);
      }
    }
    const before = await tableDigests(srv);
    for (const r of routes) {
      if (r.method !== 'GET' || r.custom) continue;
      const res = await as.get(r.as ?? '')!.get(r.url());
      expect(res.status, `GET ${r.path}`).toBeLessThan(500);
    }
    const after = await tableDigests(srv);
    expect(Object.keys(after).filter((t) => after[t] !== before[t])).toEqual([]);
  });

  it('nested person fields are named in the errors', async () => {
    const api = client(srv.url);
    const res = await api.post('/api/v1/public/bookings', {
      slotId: ids.slot,
      product: 'comirnaty',
      person: { givenName: 7, familyName: 'Bauer', birthDate: '31.03.1931', postalCode: 'ABCDE', email: 'no-at-sign', extra: 1 },
    });
    expect(res.status).toBe(422);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['person.givenName', 'person.birthDate', 'person.postalCode', 'person.email', 'person.extra']));
  });

  it('a malformed, unknown or foreign citizen token is a 401 problem, never a 500', async () => {
    const api = client(srv.url);
    for (const authorization of ['Bearer', 'Bearer x', `Bearer ${'A'.repeat(43)}`, `Bearer ${'%'.repeat(43)}`, `Bearer ${'A'.repeat(5000)}`]) {
      for (const [method, url] of [['GET', '/api/v1/public/me'], ['GET', `/api/v1/public/bookings/${ids.code}?birthDate=${anna.birthDate}`], ['POST', '/api/v1/public/registrations']] as const) {
        const res = await api.request(method, url, method === 'POST' ? {} : undefined, { authorization });
        expectProblem(res, `${method} ${url} with ${authorization.slice(0, 20)}`);
        expect(res.status).toBe(401);
      }
    }
    // Another scheme (HTTP authentication of a proxy in front) is not a citizen token: as if none were sent.
    expect((await api.request('GET', '/api/v1/public/me', undefined, { authorization: 'Basic Zm9vOmJhcg==' })).status).toBe(401);
    expect((await api.request('POST', '/api/v1/public/registrations', {}, { authorization: 'Basic Zm9vOmJhcg==' })).status).toBe(422);
  });

  it('unknown routes are 404 problems', async () => {
    const res = await client(srv.url).get('/api/v1/nothing-here');
    expectProblem(res, 'unknown route');
    expect(res.status).toBe(404);
  });
});
