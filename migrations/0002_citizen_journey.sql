-- The citizen's journey: registration, register matching, rules as data, waitlist and invitations,
-- dose plans, security codes, notifications outbox, API keys for machine clients.

create table tenant_settings (
  tenant_id uuid primary key references tenants(id),
  require_register_match boolean not null default false,
  invitation_valid_hours integer not null default 48 check (invitation_valid_hours between 1 and 720)
);
insert into tenant_settings (tenant_id) select id from tenants;

-- Registration. birth_year is kept in clear (the birth date stays encrypted) so that eligibility by age,
-- waitlist order and rule impact can be computed in SQL without decrypting every person.
alter table persons
  add column registered_at timestamptz not null default now(),
  add column street bytea,
  add column city bytea,
  add column birth_year smallint,
  add column language text not null default 'de' check (language in ('de', 'en')),
  add column claims text[] not null default '{}',
  add column email_hash bytea,
  add column phone_hash bytea,
  add column email_confirmed_at timestamptz,
  add column merged_into uuid references persons(id),
  add column register_entry_id uuid,
  add column source text not null default 'booking_api' check (source in ('portal', 'call_center', 'booking_api'));
create index persons_email on persons (tenant_id, email_hash);
create index persons_phone on persons (tenant_id, phone_hash);
create index persons_waiting on persons (tenant_id, registered_at) where merged_into is null;

create table email_confirmations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  person_id uuid not null references persons(id),
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  confirmed_at timestamptz
);

-- Population register: identities only as ciphertext and a keyed match hash.
create table register_entries (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  external_id text not null,
  match_hash bytea not null,
  given_name bytea not null,
  family_name bytea not null,
  birth_date bytea not null,
  postal_code bytea not null,
  address bytea,
  imported_at timestamptz not null default now(),
  unique (tenant_id, external_id)
);
create index register_match on register_entries (tenant_id, match_hash);

-- Eligibility rules as data: versioned, published with an effective-from time.
create table rule_sets (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  version integer not null,
  status text not null default 'draft' check (status in ('draft', 'published')),
  effective_from timestamptz not null,
  definition jsonb not null,
  note text,
  created_by uuid references staff_users(id),
  created_at timestamptz not null default now(),
  published_by uuid references staff_users(id),
  published_at timestamptz,
  publish_reason text,
  unique (tenant_id, version)
);

-- Doses a center expects per day and product; bookings may not exceed them.
create table dose_plans (
  tenant_id uuid not null references tenants(id),
  center_id uuid not null references centers(id),
  day date not null,
  product_id text not null,
  doses integer not null check (doses >= 0),
  booked integer not null default 0 check (booked >= 0),
  updated_by uuid references staff_users(id),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, center_id, day, product_id),
  foreign key (tenant_id, product_id) references products (tenant_id, id)
);

-- The 4-digit code the citizen tells the vaccinator.
alter table bookings add column security_code text not null default '0000' check (security_code ~ '^[0-9]{4}$');
alter table vaccinations add column security_override_reason text;
alter table appointments add column reminder_sent_at timestamptz;

-- Waitlist invitations: a booking link valid for a set time, then the place passes on.
create table invitation_waves (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  created_at timestamptz not null default now(),
  created_by uuid references staff_users(id),
  size integer not null
);
create table invitations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  person_id uuid not null references persons(id),
  wave_id uuid references invitation_waves(id),
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  status text not null default 'open' check (status in ('open', 'accepted', 'declined', 'expired')),
  responded_at timestamptz
);
create unique index invitations_one_open on invitations (tenant_id, person_id) where status = 'open';

-- Transactional outbox: written with the change, delivered by a job with retries.
-- The payload (recipient and template data) is personal data, so it is stored encrypted.
create table outbox (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  channel text not null check (channel in ('email', 'sms', 'letter')),
  template text not null,
  language text not null default 'de' check (language in ('de', 'en')),
  person_id uuid references persons(id),
  payload bytea not null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  print_batch_id uuid
);
create index outbox_due on outbox (next_attempt_at) where status = 'pending';

create table print_batches (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  day date not null,
  created_at timestamptz not null default now(),
  letter_count integer not null,
  pdf bytea not null,
  unique (tenant_id, day)
);

-- API keys for machine clients (imports, exports); only the key's hash is stored.
create table api_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  name text not null,
  key_hash bytea not null unique,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

do $$
declare t text;
begin
  foreach t in array array['tenant_settings','email_confirmations','register_entries','rule_sets','dose_plans',
                           'invitation_waves','invitations','outbox','print_batches','api_keys'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy owner_all on %I to current_user using (true) with check (true)', t);
  end loop;
end $$;

create function app_api_key_lookup(p_key_hash bytea)
  returns table (key_id uuid, tenant_id uuid, scopes text[])
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select id, tenant_id, scopes from api_keys where key_hash = p_key_hash and revoked_at is null $$;

-- Background jobs work tenant by tenant; this lists the tenants with due outbox messages.
create function app_tenants_with_due_outbox(p_now timestamptz)
  returns table (tenant_id uuid)
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select distinct tenant_id from outbox where status = 'pending' and next_attempt_at <= p_now $$;

-- Email confirmation and invitation links carry only a token; these find its tenant.
create function app_email_confirmation_tenant(p_token_hash bytea) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from email_confirmations where token_hash = p_token_hash $$;
create function app_invitation_tenant(p_token_hash bytea) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from invitations where token_hash = p_token_hash $$;

-- Changes that need a reason (rule publication, overrides) keep it in the audit trail.
alter table audit_log add column note text;
