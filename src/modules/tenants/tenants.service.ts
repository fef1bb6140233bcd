import type { Deps, TenantCtx } from '../../context.js';
import { notFound } from '../../errors.js';
import { getTenant, tenantIdBySlug } from './tenants.repo.js';

/** Loads a tenant's context (with its unwrapped data key) by id; cached for the life of the app. */
export async function tenantById(deps: Deps, tenantId: string): Promise<TenantCtx> {
  const byId = (deps.state.tenants ??= new Map());
  const hit = byId.get(tenantId);
  if (hit) return hit;
  const row = await deps.db.withTenant(tenantId, (trx) => getTenant(trx));
  if (!row) throw notFound('Unknown organisation.', 'unknown-tenant');
  const ctx: TenantCtx = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timezone: row.timezone,
    cipher: deps.keys.cipher(row.id, row.wrapped_key),
  };
  byId.set(tenantId, ctx);
  return ctx;
}

/** The tenant of a slug if this process has loaded it already (no promise: public requests ask first). */
export function loadedTenant(deps: Deps, slug: string): TenantCtx | undefined {
  const id = deps.state.tenantSlugs?.get(slug);
  return id === undefined ? undefined : deps.state.tenants?.get(id);
}

/** The tenant for a public request: the one named by slug, or the configured default. */
export async function tenantBySlug(deps: Deps, slug: string): Promise<TenantCtx> {
  const bySlug = (deps.state.tenantSlugs ??= new Map());
  let id = bySlug.get(slug);
  if (!id) {
    const found = await tenantIdBySlug(deps.db.app, slug);
    if (!found) throw notFound(`Unknown organisation "${slug}".`, 'unknown-tenant');
    bySlug.set(slug, (id = found));
  }
  return tenantById(deps, id);
}
