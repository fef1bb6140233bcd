-- A staff request resolves its session and the signed-in user in one round trip. Before, it took two:
-- the session by token hash (before the tenant is known) and then the user in a tenant transaction.
-- Like app_session_lookup, it returns only what the request needs, and only for a live session of an
-- active user of the session's own tenant.
create function app_session_user(p_token_hash bytea, p_now timestamptz)
  returns table (session_id uuid, tenant_id uuid, csrf_token text, user_id uuid, email text, display_name text, role text, center_id uuid)
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select s.id, s.tenant_id, s.csrf_token, u.id, u.email, u.display_name, u.role, u.center_id
        from sessions s
        join staff_users u on u.id = s.user_id and u.tenant_id = s.tenant_id
        where s.token_hash = p_token_hash and s.revoked_at is null and s.expires_at > p_now and u.active $$;
