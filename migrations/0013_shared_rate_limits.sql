-- Rate limits shared by every server process (and every replica): each process counts in memory and,
-- about once a second, adds what it counted here and reads back the totals (plugins/rate-limit.ts).
--
-- A client address is limited across tenants, so this table has no tenant: it holds only keyed hashes
-- (HMAC of scope and key; no address, name or code in clear) and the count of the key's current window,
-- which starts with the first hit any process counted. The app role cannot read or change it directly
-- (row-level security without a policy for it); it goes through the two functions below, which see
-- nothing else.
create table rate_windows (
  scope text not null,
  key_hash bytea not null,
  window_start timestamptz not null,
  window_ms integer not null check (window_ms > 0),
  hits integer not null check (hits >= 0),
  primary key (scope, key_hash)
);
alter table rate_windows enable row level security;
alter table rate_windows force row level security;
create policy owner_all on rate_windows to current_user using (true) with check (true);

-- Adds a process's new hits (one row per scope and key in a call; p_start: when that process's window
-- began) and returns the shared window and its count over all processes. A shared window that had ended
-- when the hits' window began gives way to theirs.
create function app_rate_exchange(p_scope text[], p_key bytea[], p_start timestamptz[], p_window_ms integer[], p_hits integer[])
  returns table (scope text, key_hash bytea, window_start timestamptz, hits integer)
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
#variable_conflict use_column
begin
  return query
    insert into rate_windows as r (scope, key_hash, window_start, window_ms, hits)
    select * from unnest(p_scope, p_key, p_start, p_window_ms, p_hits)
    on conflict on constraint rate_windows_pkey do update set
      window_start = case when r.window_start + r.window_ms * interval '1 millisecond' <= excluded.window_start
                          then excluded.window_start else r.window_start end,
      window_ms = excluded.window_ms,
      hits = case when r.window_start + r.window_ms * interval '1 millisecond' <= excluded.window_start
                  then excluded.hits else r.hits + excluded.hits end
    returning r.scope, r.key_hash, r.window_start, r.hits;
end
$$;

-- Forgets windows that began before p_before (all long over); returns how many.
create function app_rate_prune(p_before timestamptz)
  returns integer
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare n integer;
begin
  delete from rate_windows where window_start < p_before;
  get diagnostics n = row_count;
  return n;
end
$$;
