-- EU Digital COVID Certificates: the tenant's issuing keys (CSCA and document signers), the certificates
-- issued for vaccination records, and their revocation.

-- Country signing CAs. Generated ones (demo/embedded mode) keep their private key, encrypted with the
-- tenant's key, so a new document signer can be issued under them; imported ones carry only the certificate.
create table dcc_cscas (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  subject text not null,
  certificate bytea not null,           -- DER (public)
  private_key bytea,                    -- PKCS#8, AES-256-GCM under the tenant key; null when imported
  not_before timestamptz not null,
  not_after timestamptz not null,
  created_at timestamptz not null default now()
);
create index dcc_cscas_tenant on dcc_cscas (tenant_id);

-- Document signer certificates (DSC) and their private keys. Several can be active (rotation); the newest
-- valid one signs. The private key never leaves this table in clear: it is encrypted with the tenant's key
-- (bound to tenant, column and kid) and no API returns it.
create table dcc_signing_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  kid text not null,                    -- base64 of the first 8 bytes of SHA-256 over the DER
  country text not null check (country ~ '^[A-Z]{2}$'),
  alg text not null check (alg in ('ES256', 'PS256')),
  subject text not null,
  certificate bytea not null,           -- DER (public)
  private_key bytea not null,           -- PKCS#8, AES-256-GCM under the tenant key
  csca_id uuid references dcc_cscas(id),
  not_before timestamptz not null,
  not_after timestamptz not null,
  source text not null check (source in ('generated', 'imported')),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  deactivated_at timestamptz,
  unique (tenant_id, kid)
);

-- Certificates issued for vaccination records. The HC1 string holds name and birth date, so it is stored
-- encrypted. status: current (the one shown), superseded (re-issued on demand; still valid), revoked (its
-- record was corrected; listed in the revocation list by the hash of its UCI).
create table dcc_certificates (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  vaccination_id uuid not null references vaccinations(id),
  person_id uuid not null references persons(id),
  signing_key_id uuid not null references dcc_signing_keys(id),
  uvci text not null,
  uci_hash bytea not null,              -- first 16 bytes of SHA-256 over the UCI (EU revocation hash type UCI)
  product_id text not null,
  dose_number smallint not null,
  series_doses smallint not null,
  vaccinated_on date not null,
  issued_at timestamptz not null,
  expires_at timestamptz not null,
  hc1 bytea not null,                   -- AES-256-GCM under the tenant key
  status text not null default 'current' check (status in ('current', 'superseded', 'revoked')),
  superseded_at timestamptz,
  revoked_at timestamptz,
  check ((status = 'revoked') = (revoked_at is not null)),
  unique (tenant_id, uvci)
);
create unique index dcc_certificates_one_current on dcc_certificates (vaccination_id) where status = 'current';
create index dcc_certificates_person on dcc_certificates (tenant_id, person_id);
create index dcc_certificates_revoked on dcc_certificates (tenant_id, revoked_at) where status = 'revoked';
create index dcc_certificates_uci_hash on dcc_certificates (tenant_id, uci_hash);

do $$
declare t text;
begin
  foreach t in array array['dcc_cscas','dcc_signing_keys','dcc_certificates'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy owner_all on %I to current_user using (true) with check (true)', t);
  end loop;
end $$;
