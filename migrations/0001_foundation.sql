-- Foundation: tenants, places, catalog, slots, people, bookings, staff, vaccinations, audit.
-- Every table carries tenant_id and is isolated by row-level security (enabled and forced).
-- The server's request connections run as a role bound by these policies; the migrating
-- owner gets its own policy ("owner_all") so seeding and maintenance keep working.

create function app_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create function forbid_change() returns trigger
  language plpgsql
  as $$ begin raise exception '% is append-only', tg_table_name using errcode = '42501'; end $$;

create table tenants (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid generated always as (id) stored,
  slug text not null unique,
  name text not null,
  timezone text not null default 'Europe/Berlin',
  wrapped_key bytea not null,
  created_at timestamptz not null default now()
);

create table regions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  name text not null,
  unique (tenant_id, name)
);

create table centers (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  region_id uuid not null references regions(id),
  name text not null,
  address text not null,
  postal_code text not null,
  city text not null,
  opening_hours jsonb not null,
  active boolean not null default true
);
create index centers_tenant on centers (tenant_id);

create table products (
  tenant_id uuid not null references tenants(id),
  id text not null,
  name text not null,
  manufacturer text not null,
  doses smallint not null check (doses between 1 and 4),
  min_interval_days smallint,
  max_interval_days smallint,
  doses_per_vial smallint not null,
  dcc_mp text not null,
  dcc_ma text not null,
  dcc_vp text not null,
  primary key (tenant_id, id),
  check (doses = 1 or (min_interval_days is not null and max_interval_days >= min_interval_days))
);

create table lanes (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  center_id uuid not null references centers(id),
  name text not null,
  product_id text not null,
  foreign key (tenant_id, product_id) references products (tenant_id, id)
);

-- Slot capacity is the one hot counter: taken by a single conditional UPDATE.
create table slots (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  center_id uuid not null references centers(id),
  lane_id uuid references lanes(id),
  product_id text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity integer not null check (capacity >= 0),
  booked integer not null default 0,
  check (booked >= 0 and booked <= capacity),
  check (ends_at > starts_at),
  foreign key (tenant_id, product_id) references products (tenant_id, id)
);
create index slots_search on slots (tenant_id, center_id, product_id, starts_at);

-- Personal data is stored only as AES-256-GCM ciphertext; lookups use keyed hashes.
create table persons (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  given_name bytea not null,
  family_name bytea not null,
  birth_date bytea not null,
  postal_code bytea not null,
  email bytea,
  phone bytea,
  identity_hash bytea not null,
  birth_hash bytea not null,
  created_at timestamptz not null default now(),
  unique (tenant_id, identity_hash)
);

create table bookings (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  code text not null,
  person_id uuid not null references persons(id),
  product_id text not null,
  status text not null default 'active' check (status in ('active', 'cancelled')),
  created_at timestamptz not null default now(),
  cancelled_at timestamptz,
  unique (tenant_id, code)
);
-- One active booking per person, enforced by the database under any concurrency.
create unique index bookings_one_active on bookings (tenant_id, person_id) where status = 'active';

create table appointments (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  booking_id uuid not null references bookings(id),
  slot_id uuid not null references slots(id),
  center_id uuid not null references centers(id),
  product_id text not null,
  dose_number smallint not null check (dose_number between 1 and 4),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status text not null default 'booked' check (status in ('booked', 'checked_in', 'vaccinated', 'cancelled')),
  checked_in_at timestamptz,
  checked_in_by uuid,
  unique (booking_id, dose_number)
);
create index appointments_day on appointments (tenant_id, center_id, starts_at);

create table staff_users (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  email text not null unique check (email = lower(email)),
  display_name text not null,
  role text not null check (role in ('admin', 'manager', 'clerk', 'vaccinator', 'agent', 'logistics')),
  center_id uuid references centers(id),
  password_hash text not null,
  active boolean not null default true
);

create table sessions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  user_id uuid not null references staff_users(id),
  token_hash bytea not null unique,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);

-- The vaccination record is an append-only ledger: a correction is a new row that supersedes one.
create table vaccinations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  person_id uuid not null references persons(id),
  appointment_id uuid references appointments(id),
  center_id uuid not null references centers(id),
  product_id text not null,
  lot_number text not null,
  dose_number smallint not null check (dose_number between 1 and 9),
  site text not null,
  vaccinator_id uuid not null references staff_users(id),
  administered_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  supersedes_id uuid unique references vaccinations(id),
  correction_reason text,
  check ((supersedes_id is null) = (correction_reason is null)),
  foreign key (tenant_id, product_id) references products (tenant_id, id)
);
create index vaccinations_person on vaccinations (tenant_id, person_id);
create unique index vaccinations_one_per_appointment on vaccinations (appointment_id) where supersedes_id is null;
create trigger vaccinations_append_only before update or delete on vaccinations
  for each row execute function forbid_change();
create trigger vaccinations_no_truncate before truncate on vaccinations
  for each statement execute function forbid_change();

create table audit_log (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references tenants(id),
  at timestamptz not null default now(),
  actor_type text not null check (actor_type in ('staff', 'citizen', 'system')),
  actor_id uuid,
  action text not null,
  subject_type text not null,
  subject_id uuid,
  person_id uuid,
  route text,
  request_id text
);
create index audit_person on audit_log (tenant_id, person_id, at);
create trigger audit_append_only before update or delete on audit_log
  for each row execute function forbid_change();
create trigger audit_no_truncate before truncate on audit_log
  for each statement execute function forbid_change();

-- Row-level security on every table.
do $$
declare t text;
begin
  foreach t in array array['tenants','regions','centers','products','lanes','slots','persons','bookings',
                           'appointments','staff_users','sessions','vaccinations','audit_log'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy owner_all on %I to current_user using (true) with check (true)', t);
  end loop;
end $$;

-- Lookups that happen before the tenant is known. They run as the owner and return only
-- what the caller needs to continue; everything after runs under the tenant's policies.
create function app_tenant_by_slug(p_slug text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select id from tenants where slug = p_slug $$;

create function app_staff_login(p_email text)
  returns table (user_id uuid, tenant_id uuid, password_hash text, active boolean)
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select id, tenant_id, password_hash, active from staff_users where email = lower(p_email) $$;

create function app_session_lookup(p_token_hash bytea, p_now timestamptz)
  returns table (session_id uuid, tenant_id uuid, user_id uuid, csrf_token text)
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select id, tenant_id, user_id, csrf_token from sessions
        where token_hash = p_token_hash and revoked_at is null and expires_at > p_now $$;
