import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3 document at /api/docs/json and its UI at /api/docs, generated from the routes' zod schemas; `guard` decides who may read them. */
export async function openapiPlugin(app: FastifyInstance, opts: { guard: onRequestHookHandler }) {
  await app.register(swagger, {
    openapi: {
      info: { title: 'vaxops API', version: '1.0.0', description: 'Public booking API and staff API of vaxops.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vaxops_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiHooks: { onRequest: opts.guard } });
}
