-- Codes, health claims, free-text reasons and print batches at rest.
--
-- Booking and security codes act like passwords (code + birth date opens a booking; the security code
-- lets a vaccination be documented), so they are stored as keyed hashes (HMAC with the tenant's key, like
-- birth_hash): look-ups go through code_hash, the documentation compares security_hash. The booking code is
-- also kept encrypted (code_box), because staff read it later: the call center reads it back to a caller
-- and acts on it, the day board shows it, reminders and their calendar entries carry it. The security code
-- is kept nowhere else: only the confirmation written at booking time (the encrypted outbox payload) has it.
--
-- Health claims ("organ transplant") are special-category data: claims_box holds them encrypted, and
-- claim_hashes one keyed hash per claim (sorted by claim), so the impact preview can group people by their
-- claims in SQL and the waitlist can rank without decrypting.
--
-- Free-text reasons about a person's vaccination (documented without the security code, corrected) are
-- encrypted: *_box columns. Print batches (letters with names, addresses and codes) hold the PDF encrypted.
--
-- The keys are not in the database, so existing rows cannot be converted here: the server does it once per
-- tenant when it opens the database (tenants.at-rest.ts), and clears the old clear-text columns (code,
-- security_code, claims, correction_reason, security_override_reason) as it goes. They stay, empty, until a
-- later migration drops them. Nothing here rewrites a table (nullable columns, a constant default, a NOT
-- VALID check); only the index on code_hash is built, over nulls.

alter table bookings
  add column code_hash bytea,
  add column code_box bytea,
  add column security_hash bytea,
  alter column code drop not null,
  alter column security_code drop not null,
  alter column security_code drop default;
create unique index bookings_code_hash on bookings (tenant_id, code_hash);

alter table persons
  add column claims_box bytea,
  add column claim_hashes bytea[] not null default '{}';

alter table vaccinations
  add column security_override_reason_box bytea,
  add column correction_reason_box bytea;
-- A correction has its reason, in clear (older rows) or encrypted (from now on).
do $$
declare c text;
begin
  for c in select conname from pg_constraint
           where conrelid = 'vaccinations'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%correction_reason IS NULL%' loop
    execute format('alter table vaccinations drop constraint %I', c);
  end loop;
end $$;
alter table vaccinations add constraint vaccinations_correction_has_reason
  check ((supersedes_id is null) = (correction_reason is null and correction_reason_box is null)) not valid;

-- What is left in clear, for the conversion at start to find at once (and, once it is done, to know there is
-- nothing left without reading the tables): these indexes are empty from then on, as new rows never match.
create index bookings_clear_codes on bookings (tenant_id) where code is not null;
create index persons_clear_claims on persons (tenant_id) where claims <> '{}';
create index vaccinations_clear_reasons on vaccinations (tenant_id) where correction_reason is not null or security_override_reason is not null;
