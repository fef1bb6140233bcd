import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics at /metrics: process metrics and request latency per route (no ids, no personal data); `guard` decides who may read them. */
export async function metricsPlugin(app: FastifyInstance, opts: { guard: onRequestHookHandler }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vaxops_' });
  const latency = new Histogram({
    name: 'vaxops_http_request_duration_seconds',
    help: 'HTTP request latency by route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Every request passes here, so keep it cheap: one child series per method, route and status, looked up
  // by a string key (labels() would hash the label object each time), and a callback hook (no promise).
  const series = new Map<string, { observe(v: number): void }>();
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `${request.method} ${reply.statusCode} ${route}`;
    let child = series.get(key);
    if (!child) series.set(key, (child = latency.labels(request.method, route, String(reply.statusCode))));
    child.observe(reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', { schema: { hide: true }, onRequest: opts.guard }, async (_req, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
