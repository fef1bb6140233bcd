import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buildApp } from './app.js';
import { createTestDeps, type TestEnv } from '../test/support/db.js';
import { anna, client, firstSlot } from '../test/support/http.js';
import type { FastifyInstance } from 'fastify';
import { newProcessState } from './state.js';

describe('the server around the modules', () => {
  let env: TestEnv;
  let app: FastifyInstance;
  let url: string;
  const lines: string[] = [];

  beforeAll(async () => {
    env = await createTestDeps('pglite');
    // Capture every log line the app writes.
    const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(chunk.toString()), cb()) });
    app = await buildApp({ ...env.deps, log: pino({ level: 'trace' }, sink), state: newProcessState() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it('answers /health and /ready', async () => {
    const api = client(url);
    expect((await api.get('/health')).body).toEqual({ status: 'ok' });
    expect((await api.get('/ready')).body).toEqual({ status: 'ready' });
  });

  it('publishes OpenAPI 3 at /api/docs/json and the docs UI at /api/docs', async () => {
    const api = client(url);
    const doc = (await api.get('/api/docs/json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/v1/public/bookings'].post.requestBody).toBeDefined();
    const ui = await fetch(`${url}/api/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('exports Prometheus metrics with request latency by route template', async () => {
    const api = client(url);
    await api.get('/api/v1/public/centers');
    const metrics = (await api.get('/metrics')).body as string;
    expect(metrics).toContain('vaxops_http_request_duration_seconds_count{method="GET",route="/api/v1/public/centers",status="200"}');
    expect(metrics).toContain('vaxops_process_cpu_seconds_total');
  });

  it('serves the web app for page routes and 404 problems for unknown API routes', async () => {
    const page = await fetch(`${url}/staff/anything`);
    expect([200, 503]).toContain(page.status); // 503 only if the web app was not built
    expect(page.headers.get('content-type')).toContain('text/html');
    const api404 = await fetch(`${url}/api/v1/unknown`);
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toContain('application/problem+json');
  });

  it('logs requests without personal data: no names, birth dates, booking codes or cookies', async () => {
    const api = client(url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-23');
    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: anna });
    const code = booked.body.bookingCode as string;
    await api.get(`/api/v1/public/bookings/${code}?birthDate=${anna.birthDate}`);
    await api.signIn('clerk@demo.vaxops');
    const log = lines.join('');
    expect(log).toContain('"route":"/api/v1/public/bookings/:bookingCode"');
    for (const secret of [anna.givenName, anna.familyName, anna.birthDate, anna.email, code, code.replace(/-/g, ''), 'vaxops_session=', 'demo"']) {
      expect(log).not.toContain(secret);
    }
  });
});
