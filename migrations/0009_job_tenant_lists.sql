-- Background jobs work tenant by tenant as the app role; RLS hides other tenants' rows from it, so
-- these functions list only which tenants have work (like app_tenants_with_due_outbox), nothing else.

create function app_tenant_ids()
  returns table (tenant_id uuid)
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select id from tenants order by id $$;

create function app_tenants_with_expired_invitations(p_now timestamptz)
  returns table (tenant_id uuid)
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select distinct tenant_id from invitations where status = 'open' and expires_at <= p_now $$;
