-- The booking transaction of POST /api/v1/public/bookings (src/modules/booking/booking.service.ts
-- createBooking -> bookSeries), statement for statement, for pgbench: a new person with an e-mail
-- address books dose 1 of a two-dose product in a given slot and dose 2 in the earliest free slot
-- 21-42 days later at the same center, durably (synchronous_commit as configured, default on).
-- Encryption and hashing happen in Node in the app; here the ciphertexts are stand-ins of the same size.
-- Variables: tenant, nslots (rows in bench_slots), tz.
\set k random(1, :nslots)
\set u random(1, 1000000000000)
BEGIN;
select set_config('app.tenant_id', :tenant, true);
-- requireProduct
select id, name, manufacturer, doses, min_interval_days, max_interval_days from products where id = 'comirnaty';
-- findPersonClaims (identity hash)
select claims from persons where identity_hash = sha256(('i' || :u::text || '.' || :client_id::text)::bytea);
-- decisionFor: the rule set in force
select id, version, status, effective_from, definition from rule_sets
  where status = 'published' and effective_from <= now() order by effective_from desc, version desc limit 1;
-- assertRegisterMatch
select require_register_match from tenant_settings;
-- findOrRegister
insert into persons (tenant_id, given_name, family_name, birth_date, postal_code, email, phone, email_hash, phone_hash, street, city,
                     identity_hash, birth_hash, birth_year)
  values (:tenant::uuid, sha256(('g' || :u::text)::bytea), sha256(('f' || :u::text)::bytea), sha256(('b' || :u::text)::bytea),
          sha256(('p' || :u::text)::bytea), sha256(('e' || :u::text)::bytea) || sha256(('e2' || :u::text)::bytea), null,
          sha256(('h' || :u::text)::bytea), null, null, null,
          sha256(('i' || :u::text || '.' || :client_id::text)::bytea), sha256(('bh' || :u::text)::bytea), 1940)
  on conflict (tenant_id, identity_hash) do nothing
  returning id as person_id \gset
-- takeSlot (dose 1): the conditional UPDATE
update slots set booked = booked + 1
  where id = (select id from bench_slots where n = :k) and product_id = 'comirnaty' and booked < capacity and starts_at > now()
  returning id as s1_id, center_id as s1_center, starts_at as s1_start, ends_at as s1_end \gset
-- takeFollowUpSlot (dose 2): earliest free slot in the window, SKIP LOCKED
update slots set booked = booked + 1
  where id = (
    select id from slots s
    where center_id = :s1_center::uuid and product_id = 'comirnaty'
      and starts_at >= :s1_start::timestamptz + interval '21 days' and starts_at <= :s1_start::timestamptz + interval '42 days'
      and booked < capacity
      and not exists (select 1 from dose_plans dp where dp.center_id = s.center_id and dp.product_id = s.product_id
                        and dp.day = (s.starts_at at time zone :tz) ::date and dp.booked >= dp.doses)
    order by starts_at limit 1 for update skip locked
  ) and booked < capacity
  returning id as s2_id, starts_at as s2_start, ends_at as s2_end \gset
-- reserveDose for each appointment (no plan: the UPDATE finds nothing, the SELECT confirms there is no plan)
update dose_plans set booked = booked + 1 where center_id = :s1_center::uuid and product_id = 'comirnaty'
  and day = (:s1_start::timestamptz at time zone :tz)::date and booked < doses returning 1;
select 1 from dose_plans where center_id = :s1_center::uuid and product_id = 'comirnaty' and day = (:s1_start::timestamptz at time zone :tz)::date;
update dose_plans set booked = booked + 1 where center_id = :s1_center::uuid and product_id = 'comirnaty'
  and day = (:s2_start::timestamptz at time zone :tz)::date and booked < doses returning 1;
select 1 from dose_plans where center_id = :s1_center::uuid and product_id = 'comirnaty' and day = (:s2_start::timestamptz at time zone :tz)::date;
-- insertBooking
insert into bookings (tenant_id, code, person_id, product_id, security_code)
  values (:tenant::uuid, translate(upper(substr(md5(:u::text || :client_id::text || clock_timestamp()::text), 1, 10)), '01', 'QR'),
          :person_id::uuid, 'comirnaty', lpad((:u::bigint % 10000)::text, 4, '0'))
  returning id as booking_id \gset
-- insertAppointments
insert into appointments (tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at)
  values (:tenant::uuid, :booking_id::uuid, :s1_id::uuid, :s1_center::uuid, 'comirnaty', 1, :s1_start::timestamptz, :s1_end::timestamptz),
         (:tenant::uuid, :booking_id::uuid, :s2_id::uuid, :s1_center::uuid, 'comirnaty', 2, :s2_start::timestamptz, :s2_end::timestamptz)
  returning id, dose_number;
-- appendAudit (person created, booking created)
insert into audit_log (tenant_id, at, actor_type, actor_id, action, subject_type, subject_id, person_id, route, request_id, note)
  values (:tenant::uuid, now(), 'citizen', null, 'create', 'person', :person_id::uuid, :person_id::uuid, 'POST /api/v1/public/bookings', 'req-1', null),
         (:tenant::uuid, now(), 'citizen', null, 'create', 'booking', :booking_id::uuid, :person_id::uuid, 'POST /api/v1/public/bookings', 'req-1', null);
-- notifyPerson: recipientOf, centerAddresses, enqueue (encrypted payload of about 700 bytes)
select id, given_name, family_name, email, phone, street, city, postal_code, language from persons where id = :person_id::uuid;
select id, name, address, postal_code, city from centers where id in (:s1_center::uuid);
insert into outbox (tenant_id, channel, template, language, person_id, payload, next_attempt_at)
  values (:tenant::uuid, 'email', 'booking-confirmation', 'de', :person_id::uuid, decode(repeat(md5(:u::text), 22), 'hex'), '1970-01-01T00:00:00Z')
  returning id;
COMMIT;
