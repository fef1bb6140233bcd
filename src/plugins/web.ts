import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendNotFound } from './errors.js';

const API_PREFIXES = ['/api/', '/metrics', '/health', '/ready'];

/** Serves the built web app and answers unknown GETs of pages with index.html (client-side routes). */
export async function webPlugin(app: FastifyInstance, opts: { webDir: string }) {
  const index = path.join(opts.webDir, 'index.html');
  const built = fs.existsSync(index);
  if (built) {
    // index.html for "/" too; without it the plugin answers a directory request with 403.
    await app.register(fastifyStatic, { root: opts.webDir, index: 'index.html', wildcard: true, decorateReply: true });
  } else {
    app.log.warn({ webDir: opts.webDir }, 'web app not built; run `npm run build:web`');
  }
  app.setNotFoundHandler((request, reply) => {
    const pathOnly = request.url.split('?')[0];
    const isPage = request.method === 'GET' && !API_PREFIXES.some((p) => pathOnly.startsWith(p)) && !path.extname(pathOnly);
    if (!isPage) return sendNotFound(request, reply);
    if (!built) {
      return reply.status(503).type('text/html').send('<!doctype html><title>vaxops</title><p>The web app is not built yet. Run <code>npm run build:web</code>.</p>');
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
