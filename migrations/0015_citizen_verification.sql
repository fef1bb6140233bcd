-- Citizens prove control of a contact (e-mail or mobile number) before they register or book.
--
-- A person's record now belongs to the contact that made it: owner_hash is the keyed hash of the verified
-- contact (the same blind index as persons.email_hash / phone_hash), or empty for records made by staff, the
-- call center, with verification off, or before this migration. The identity (names + birth date) is unique
-- per owner, not per tenant: someone who knows Anna's name and birth date and registers "Anna" under their own
-- verified contact gets a record of their own, which never reads or changes Anna's. Such a record is flagged
-- as a possible duplicate for staff to merge (merged_into).
alter table persons
  add column owner_hash bytea not null default ''::bytea,
  add column possible_duplicate boolean not null default false;
alter table persons drop constraint persons_tenant_id_identity_hash_key;
alter table persons add constraint persons_identity_per_owner unique (tenant_id, identity_hash, owner_hash);
create index persons_possible_duplicates on persons (tenant_id, created_at) where possible_duplicate;

-- A code sent to a contact. The code is stored as a keyed hash; the contact encrypted (and as its keyed hash,
-- to count the codes a contact was sent). `sent` is false when the per-contact cap held the code back: the
-- caller is answered alike either way.
create table citizen_verifications (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  channel text not null check (channel in ('email', 'sms')),
  contact_hash bytea not null,
  contact bytea not null,
  code_hash bytea not null,
  language text not null default 'de' check (language in ('de', 'en')),
  attempts integer not null default 0 check (attempts >= 0),
  sent boolean not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  verified_at timestamptz
);
create index citizen_verifications_contact on citizen_verifications (tenant_id, contact_hash, created_at);

-- A citizen's short session after a verified code: stored as the token's SHA-256, revocable, with an idle
-- and an absolute end. It carries the verified contact (encrypted, and its keyed hash to find the people of
-- the contact).
create table citizen_sessions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  token_hash bytea not null unique,
  verification_id uuid not null references citizen_verifications(id),
  channel text not null check (channel in ('email', 'sms')),
  contact_hash bytea not null,
  contact bytea not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz
);

do $$
declare t text;
begin
  foreach t in array array['citizen_verifications','citizen_sessions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy owner_all on %I to current_user using (true) with check (true)', t);
  end loop;
end $$;
