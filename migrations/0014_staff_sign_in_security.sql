-- Staff sign-in security: failed sign-ins lock out with back-off, sessions die when idle.

-- Failed staff sign-ins (and wrong current passwords), counted per e-mail address and per client address.
-- Sign-in happens before the tenant is known, staff e-mail addresses are unique across tenants and a client
-- address guesses across tenants, so, like rate_windows, this table has no tenant. It holds keyed hashes
-- (HMAC of 'email' or 'ip' and the value; an unknown e-mail counts like a known one, so a lock-out reveals
-- nothing) and counts only. The lock itself is computed from failures and the last failure's time by the
-- server (staff.lockout.ts), so the back-off has one definition. The app role reaches the table only
-- through the three functions below.
create table login_failures (
  key_hash bytea primary key,
  failures integer not null check (failures > 0),
  last_failure_at timestamptz not null
);
alter table login_failures enable row level security;
alter table login_failures force row level security;
create policy owner_all on login_failures to current_user using (true) with check (true);

-- The failure counts of the given keys (absent keys have none).
create function app_login_failures(p_keys bytea[])
  returns table (key_hash bytea, failures integer, last_failure_at timestamptz)
  language plpgsql stable security definer set search_path = pg_catalog, public
  as $$
begin
  return query select f.key_hash, f.failures, f.last_failure_at from login_failures f where f.key_hash = any(p_keys);
end
$$;

-- Counts one failure for each key (a count whose last failure lies before p_forget_before starts again)
-- and returns the new counts.
create function app_login_failed(p_keys bytea[], p_now timestamptz, p_forget_before timestamptz)
  returns table (key_hash bytea, failures integer, last_failure_at timestamptz)
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
#variable_conflict use_column
begin
  return query
    insert into login_failures as f (key_hash, failures, last_failure_at)
    select k, 1, p_now from unnest(p_keys) k
    on conflict on constraint login_failures_pkey do update set
      failures = case when f.last_failure_at < p_forget_before then 1 else f.failures + 1 end,
      last_failure_at = p_now
    returning f.key_hash, f.failures, f.last_failure_at;
end
$$;

-- Forgets the failures of a key (a successful sign-in of that account).
create function app_login_succeeded(p_key bytea)
  returns void
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
begin
  delete from login_failures where key_hash = p_key;
end
$$;

-- Idle timeout: a session not used since p_idle_before is dead. last_seen_at is moved on by the look-up
-- itself, at most once a minute per session (a write per request would turn every staff read into an
-- UPDATE), so a session dies `idle` after its last recorded use, which is at most a minute before its last use.
alter table sessions add column last_seen_at timestamptz not null default now();

drop function app_session_user(bytea, timestamptz);
create function app_session_user(p_token_hash bytea, p_now timestamptz, p_idle_before timestamptz)
  returns table (session_id uuid, tenant_id uuid, csrf_token text, user_id uuid, email text, display_name text, role text, center_id uuid)
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare
  seen timestamptz;
begin
  select s.id, s.tenant_id, s.csrf_token, u.id, u.email, u.display_name, u.role, u.center_id, s.last_seen_at
    into session_id, tenant_id, csrf_token, user_id, email, display_name, role, center_id, seen
    from sessions s
    join staff_users u on u.id = s.user_id and u.tenant_id = s.tenant_id
    where s.token_hash = p_token_hash and s.revoked_at is null and s.expires_at > p_now
      and s.last_seen_at > p_idle_before and u.active;
  if not found then
    return;
  end if;
  if seen < p_now - interval '1 minute' then
    update sessions s set last_seen_at = p_now where s.id = session_id;
  end if;
  return next;
end
$$;
