-- Bot defence: spent proof-of-work solutions (replay protection) and failed booking-code look-ups
-- (lock-out with back-off). Both are shared by every server process, so they live here, not in memory.

-- A solved ALTCHA challenge is accepted once: its signature is inserted on use, and a second insert fails.
-- The key is the signature alone, so a solution cannot be replayed against another tenant either.
create table altcha_spent (
  signature text primary key,
  tenant_id uuid not null references tenants(id),
  expires_at timestamptz not null
);
create index altcha_spent_expiry on altcha_spent (tenant_id, expires_at);

-- Failed look-ups by booking code + birth date, counted per booking code and per client address.
-- key_hash is an HMAC of 'code:<code>' or 'ip:<address>', so neither codes nor addresses are stored.
create table lookup_failures (
  tenant_id uuid not null references tenants(id),
  key_hash bytea not null,
  failures integer not null default 0 check (failures >= 0),
  last_failure_at timestamptz not null,
  locked_until timestamptz,
  primary key (tenant_id, key_hash)
);

do $$
declare t text;
begin
  foreach t in array array['altcha_spent','lookup_failures'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy owner_all on %I to current_user using (true) with check (true)', t);
  end loop;
end $$;
