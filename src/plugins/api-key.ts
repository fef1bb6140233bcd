import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Deps } from '../context.js';
import { prepared } from '../db/database.js';
import { forbidden, unauthorized, unprocessable } from '../errors.js';
import { randomToken, sha256 } from '../lib/crypto.js';
import { tenantById } from '../modules/tenants/tenants.service.js';

/** What an API key may be allowed to do. */
export const API_SCOPES = ['register:import'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Keys look like `vx_` + 32 random bytes in base64url (43 characters). */
export const API_KEY_PREFIX = 'vx_';
const KEY_FORMAT = /^vx_[A-Za-z0-9_-]{43}$/;

const routeOf = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url ?? ''}`;

/**
 * onRequest hook for machine clients: `Authorization: Bearer vx_...`. The key's SHA-256 is looked up
 * (app_api_key_lookup, before the tenant is known); 401 without a valid, unrevoked key, 403 when the
 * key lacks the scope. Sets request.ctx to the key's tenant with a system actor whose id is the key's id.
 */
export function apiKeyAccess(deps: Deps, scope: ApiScope) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
    const key = match?.[1];
    if (!key || !KEY_FORMAT.test(key)) {
      reply.header('www-authenticate', 'Bearer');
      throw unauthorized('An API key is required: Authorization: Bearer vx_...', 'api-key-required');
    }
    const found = await sql<{ key_id: string; tenant_id: string; scopes: string[] }>`
      ${prepared('api_key_lookup')} select key_id, tenant_id, scopes from app_api_key_lookup(${sha256(key)})`.execute(deps.db.app);
    const row = found.rows[0];
    if (!row) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw unauthorized('Unknown or revoked API key.', 'unknown-api-key');
    }
    if (!row.scopes.includes(scope)) throw forbidden(`This API key lacks the scope "${scope}".`, 'api-key-scope');
    const tenant = await tenantById(deps, row.tenant_id);
    request.ctx = { tenant, actor: { type: 'system', id: row.key_id }, route: routeOf(request), requestId: request.id };
  };
}

/** Creates an API key for a tenant. The key is returned once; only its SHA-256 is stored. */
export async function createApiKey(deps: Deps, tenantId: string, name: string, scopes: string[]): Promise<{ id: string; key: string }> {
  const unknown = scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (!name.trim()) throw unprocessable([{ field: 'name', message: 'Required.', code: 'required' }]);
  if (scopes.length === 0 || unknown.length) {
    throw unprocessable([{ field: 'scopes', message: `Known scopes: ${API_SCOPES.join(', ')}.`, code: 'unknown-scope' }]);
  }
  const key = API_KEY_PREFIX + randomToken(32);
  const row = await deps.db.withTenant(tenantId, (trx) =>
    trx
      .insertInto('api_keys')
      .values({ tenant_id: tenantId, name: name.trim(), key_hash: sha256(key), scopes: [...new Set(scopes)] })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return { id: row.id, key };
}

/** Revokes an API key of the tenant; returns false if there is no such active key. */
export async function revokeApiKey(deps: Deps, tenantId: string, keyId: string, at: Date): Promise<boolean> {
  const res = await deps.db.withTenant(tenantId, (trx) =>
    trx.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', keyId).where('revoked_at', 'is', null).executeTakeFirst(),
  );
  return Number(res.numUpdatedRows) > 0;
}
