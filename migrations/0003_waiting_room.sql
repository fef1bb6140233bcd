-- Digital waiting room: one state row per tenant (mode, the admission counter) and the queue of tickets.
-- Admission is a counter, not a job: every process advances it with the same arithmetic under the row lock,
-- so several processes and a restart agree on who is in.
create table waiting_room_state (
  tenant_id uuid primary key references tenants(id),
  -- null: the configured default (VAXOPS_WAITING_ROOM); otherwise set by a campaign admin
  mode text check (mode in ('on', 'off', 'auto')),
  mode_changed_at timestamptz,
  -- auto mode: switched on above the configured load, off again when calm and the queue is empty
  auto_active boolean not null default false,
  auto_changed_at timestamptz not null default now(),
  -- the effective state last seen; a change flushes the queue and restarts the admission clock
  active boolean not null default false,
  active_since timestamptz not null default now(),
  -- tickets issued (= highest sequence number) and admitted (every ticket with seq <= admitted is in)
  issued bigint not null default 0,
  admitted bigint not null default 0,
  -- admissions allowed by time t: floor((t - rate_epoch) * rate / 1 min) + burst; rate_count used since the epoch
  rate_epoch timestamptz not null default now(),
  rate_count bigint not null default 0,
  check (admitted between 0 and issued),
  check (rate_count >= 0)
);

create table waiting_room_tickets (
  tenant_id uuid not null references tenants(id),
  seq bigint not null,
  joined_at timestamptz not null,
  admitted_at timestamptz,
  primary key (tenant_id, seq)
);

do $$
declare t text;
begin
  foreach t in array array['waiting_room_state','waiting_room_tickets'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy owner_all on %I to current_user using (true) with check (true)', t);
  end loop;
end $$;
