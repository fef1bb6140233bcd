/**
 * Security headers on every answer, no caching of answers with personal data, and the operator endpoints
 * (/metrics, /api/docs, /api/docs/json) closed on PostgreSQL unless a token or networks are configured.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createTestDeps, type TestEnv } from '../support/db.js';
import { anna, client, firstSlot } from '../support/http.js';

const TOKEN = 'ops-token-for-the-test-0123456789';

describe('security headers and operator endpoints', () => {
  let env: TestEnv;
  const apps: FastifyInstance[] = [];

  /** The app over the shared test database with some settings changed; returns its base URL. */
  async function serve(change: Partial<Config> = {}): Promise<string> {
    const app = await buildApp({ ...env.deps, config: { ...env.deps.config, ...change } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    apps.push(app);
    return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  }

  beforeAll(async () => {
    env = await createTestDeps('pglite', { now: '2026-11-23T09:10:00+01:00' });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await env?.close();
  });

  it('every answer carries the security headers: pages, public and staff API, problems and 404s', async () => {
    const url = await serve();
    const api = client(url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    expect(booked.status).toBe(201);
    const clerk = client(url);
    await clerk.signIn('clerk@demo.vaxops');

    const answers: [string, Headers, number][] = [];
    const take = async (what: string, res: Promise<{ status: number; headers: Headers }>) => {
      const r = await res;
      answers.push([what, r.headers, r.status]);
      return r;
    };
    await take('portal page', fetch(`${url}/`));
    await take('staff page', fetch(`${url}/staff/day`));
    await take('web asset 404', fetch(`${url}/assets/nothing.js`));
    await take('public list (cached)', api.get('/api/v1/public/availability'));
    await take('booking look-up', api.get(`/api/v1/public/bookings/${booked.body.bookingCode}?birthDate=${anna.birthDate}`));
    await take('staff API', clerk.get('/api/v1/auth/me'));
    await take('422 problem', api.post('/api/v1/public/bookings', { slotId: 'nope' }));
    await take('401 problem', api.get('/api/v1/auth/me'));
    await take('404 problem', api.get('/api/v1/nothing-here'));
    await take('wrong birth date 404', api.get(`/api/v1/public/bookings/${booked.body.bookingCode}?birthDate=1999-01-01`));
    await take('health', api.get('/health'));
    expect(answers.map(([w, , s]) => `${w} ${s}`)).toEqual([
      'portal page 200',
      'staff page 200',
      'web asset 404 404',
      'public list (cached) 200',
      'booking look-up 200',
      'staff API 200',
      '422 problem 422',
      '401 problem 401',
      '404 problem 404',
      'wrong birth date 404 404',
      'health 200',
    ]);

    for (const [what, h] of answers) {
      const csp = h.get('content-security-policy') ?? '';
      expect(csp, what).toContain("default-src 'self'");
      expect(csp, what).toContain("script-src 'self'");
      expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, what).not.toMatch(/'unsafe-eval'/);
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(csp, what).toContain("worker-src 'self'");
      expect(csp, what).toContain("object-src 'none'");
      expect(h.get('x-content-type-options'), what).toBe('nosniff');
      expect(h.get('referrer-policy'), what).toBe('no-referrer');
      expect(h.get('x-frame-options'), what).toBe('DENY');
      // Plain HTTP here (VAXOPS_COOKIE_SECURE off): no HSTS, which would lock a test host out of http.
      expect(h.get('strict-transport-security'), what).toBeNull();
    }
    const cache = Object.fromEntries(answers.map(([w, h]) => [w, h.get('cache-control')]));
    expect(cache).toMatchObject({
      'booking look-up': 'no-store',
      'staff API': 'no-store',
      '422 problem': 'no-store',
      '401 problem': 'no-store',
      '404 problem': 'no-store',
      'wrong birth date 404': 'no-store',
      'public list (cached)': 'public, max-age=30', // its own
    });
  });

  it('the built web app has no inline script, so the policy does not break it', async () => {
    const url = await serve();
    const html = await (await fetch(`${url}/`)).text();
    expect(html).toContain('<div id="root">');
    // Every <script> has a src on our origin; no inline code, no event-handler attributes.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('behind HTTPS (VAXOPS_COOKIE_SECURE=1) answers carry HSTS', async () => {
    const url = await serve({ cookieSecure: true });
    const res = await fetch(`${url}/api/v1/public/centers`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('the operator endpoints are open in the embedded try-out and closed on PostgreSQL by default', async () => {
    expect(loadConfig({}).ops).toEqual({ open: true, token: undefined, networks: [] });
    const pg = loadConfig({ DATABASE_URL: 'postgres://vaxops@db.example/vaxops' }).ops;
    expect(pg).toEqual({ open: false, token: undefined, networks: [] });
    expect(loadConfig({ DATABASE_URL: 'postgres://vaxops@db.example/vaxops', VAXOPS_OPS_NETWORKS: '127.0.0.1/32, 10.0.0.0/8' }).ops).toEqual({
      open: false,
      token: undefined,
      networks: ['127.0.0.1/32', '10.0.0.0/8'],
    });
    // A token set in embedded mode closes them there too.
    expect(loadConfig({ VAXOPS_OPS_TOKEN: TOKEN }).ops.open).toBe(false);
    for (const bad of [{ VAXOPS_OPS_NETWORKS: '10.0.0.0/33' }, { VAXOPS_OPS_NETWORKS: 'intranet' }, { VAXOPS_OPS_TOKEN: 'short' }]) {
      expect(() => loadConfig(bad), JSON.stringify(bad)).toThrow(/VAXOPS_OPS_/);
    }

    const embedded = await serve();
    for (const path of ['/metrics', '/api/docs/json', '/api/docs/']) expect((await fetch(embedded + path)).status, path).toBe(200);

    const closed = await serve({ ops: pg });
    for (const path of ['/metrics', '/api/docs/json', '/api/docs/', '/api/docs']) {
      const res = await fetch(closed + path, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
    }
    // The rest of the server is not affected.
    expect((await fetch(`${closed}/api/v1/public/centers`)).status).toBe(200);
  });

  it('with VAXOPS_OPS_TOKEN the operator endpoints need the token; with VAXOPS_OPS_NETWORKS the client network', async () => {
    const withToken = await serve({ ops: { open: false, token: TOKEN, networks: [] } });
    for (const path of ['/metrics', '/api/docs/json']) {
      const none = await fetch(withToken + path);
      expect(none.status, path).toBe(401);
      expect(none.headers.get('content-type')).toContain('application/problem+json');
      expect(none.headers.get('www-authenticate')).toContain('Bearer');
      expect((await fetch(withToken + path, { headers: { authorization: `Bearer ${TOKEN}x` } })).status, path).toBe(401);
      expect((await fetch(withToken + path, { headers: { authorization: TOKEN } })).status, path).toBe(401);
      const ok = await fetch(withToken + path, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.status, path).toBe(200);
    }
    const metrics = await (await fetch(`${withToken}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(metrics).toContain('vaxops_http_request_duration_seconds');

    const ours = await serve({ ops: { open: false, networks: ['127.0.0.0/8'] } });
    expect((await fetch(`${ours}/metrics`)).status).toBe(200);
    expect((await fetch(`${ours}/api/docs/json`)).status).toBe(200);
    const other = await serve({ ops: { open: false, networks: ['10.0.0.0/8', '::1/128'] } });
    expect((await fetch(`${other}/metrics`)).status).toBe(404);
    const both = await serve({ ops: { open: false, token: TOKEN, networks: ['10.0.0.0/8'] } });
    expect((await fetch(`${both}/metrics`)).status).toBe(401);
    expect((await fetch(`${both}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });
});
