-- The booking transaction of POST /api/v1/public/bookings (src/modules/booking/booking.service.ts
-- createBooking -> bookSeries), statement for statement and round trip for round trip, for pgbench: a new
-- person with an e-mail address books dose 1 of a two-dose product in a given slot and dose 2 in the
-- earliest free slot 21-42 days later at the same center, durably (synchronous_commit as configured,
-- default on). Keep it the same SQL as the app's when either changes (bench/run.ts compares the two).
--
-- The app sends BEGIN and set_config as one simple query in the same write as the transaction's first
-- statement, and its last statement together with the COMMIT (src/db/database.ts); pgbench pipelines the
-- same: three round trips in all, as in the app. Where the app passes a value computed in Node, pgbench
-- computes a stand-in in SQL: encryption and keyed hashes (sha256 of about the same size), the booking and
-- security codes (stored as keyed hashes, the booking code also encrypted: 39 bytes), the request id, now() for the app's clock, and the dose-1 slot by its number in
-- bench_slots. The statements themselves (the /* prepared: ... */ ones are prepared by the app as well)
-- are the app's. Variables: tenant, nslots (rows in bench_slots), tz.
\set k random(1, :nslots)
\set u random(1, 1000000000000)
\startpipeline
begin;
select set_config('app.tenant_id', :tenant, true);
-- repo.bookingContext: product, rule set in force, register-match setting, the person by identity hash
/* prepared: booking_context */
    select pr.id as product_id, pr.name as product_name, pr.doses, pr.min_interval_days, pr.max_interval_days,
           (select rs.definition from rule_sets rs where rs.status = 'published' and rs.effective_from <= now()
             order by rs.effective_from desc, rs.version desc limit 1) as rules,
           coalesce((select ts.require_register_match from tenant_settings ts), false) as require_register_match,
           pe.id as person_id, pe.claims_box, pe.birth_date, pe.given_name, pe.family_name, pe.email, pe.phone, pe.street, pe.city, pe.postal_code, pe.language,
           exists (select 1 from bookings b where b.person_id = pe.id and b.status = 'active') as has_active_booking
    from (select 1) as one
    left join products pr on pr.id = 'comirnaty'
    left join persons pe on pe.identity_hash = sha256(('i' || :u::text || '.' || :client_id::text)::bytea) and pe.owner_hash = ''::bytea;
\endpipeline
-- repo.prepareSeries: dose 1's slot still bookable (read), dose 2 taken (earliest free slot in the window,
-- SKIP LOCKED), both counted against their days' dose plans (the demo has none: nothing to update)
/* prepared: prepare_series */
    with first as (
      select id, center_id, starts_at, ends_at from slots
      where id = (select id from bench_slots where n = :k) and product_id = 'comirnaty' and booked < capacity and starts_at > now()
    ), second as (
      update slots set booked = booked + 1
      where id = (
        select s.id from slots s
        where true::boolean and s.product_id = 'comirnaty'
          and s.center_id = (select center_id from first) and s.id <> (select id from first)
          and s.starts_at >= (select starts_at + make_interval(hours => 24 * 21::int) from first)
          and s.starts_at <= (select starts_at + make_interval(hours => 24 * 42::int) from first)
          and s.booked < s.capacity
          and not exists (
  select 1 from dose_plans dp
  where dp.center_id = s.center_id and dp.product_id = s.product_id
    and dp.day = (s.starts_at at time zone :tz)::date and dp.booked >= dp.doses)
        order by s.starts_at
        limit 1
        for update of s skip locked
      ) and booked < capacity
      returning id, starts_at, ends_at
    ), days as (
      select (t.starts_at at time zone :tz)::date as day, count(*)::int as n
      from (select starts_at from first union all select starts_at from second) t
      group by 1
    ), doses as (
      update dose_plans dp set booked = dp.booked + d.n
      from days d
      where dp.center_id = (select center_id from first) and dp.product_id = 'comirnaty' and dp.day = d.day and dp.booked + d.n <= dp.doses
      returning dp.day
    )
    select f.id, f.center_id, f.starts_at, f.ends_at, s.id as second_id, s.starts_at as second_starts_at, s.ends_at as second_ends_at,
           c.name as center_name, c.address || ', ' || c.postal_code || ' ' || c.city as center_address,
           (select array_agg(d.day::text) from days d
             where d.day not in (select day from doses)
               and exists (select 1 from dose_plans dp where dp.center_id = f.center_id and dp.product_id = 'comirnaty' and dp.day = d.day)) as days_without_doses
    from first f
    join centers c on c.id = f.center_id
    left join second s on true
\gset s_
-- repo.recordBooking: dose 1's place (the conditional UPDATE), the new person, the booking, both appointments,
-- two audit entries, the confirmation e-mail in the outbox (an encrypted payload of about 560 bytes); sent
-- with the COMMIT (commitWith in src/db/database.ts)
\startpipeline
/* prepared: record_booking */
    with first as (
      update slots set booked = booked + 1
      where id = :s_id::uuid and product_id = 'comirnaty' and booked < capacity and starts_at > now()::timestamptz
      returning id
    ), person as (insert into persons (tenant_id, given_name, family_name, birth_date, postal_code, email, phone, email_hash, phone_hash, street, city,
                                  identity_hash, birth_hash, birth_year)
    values (:tenant::uuid, sha256(('g' || :u::text)::bytea), sha256(('f' || :u::text)::bytea), sha256(('b' || :u::text)::bytea), sha256(('p' || :u::text)::bytea), sha256(('e' || :u::text)::bytea)::bytea, null::bytea,
            sha256(('h' || :u::text)::bytea)::bytea, null::bytea, null::bytea, null::bytea, sha256(('i' || :u::text || '.' || :client_id::text)::bytea), sha256(('bh' || :u::text)::bytea), 1940::smallint) returning id),
    booking as (
      insert into bookings (tenant_id, code_hash, code_box, person_id, product_id, security_hash)
      select :tenant::uuid, sha256((:u::text || '.' || :client_id::text || clock_timestamp()::text)::bytea), sha256(('c' || :u::text)::bytea) || decode('01020304050607', 'hex'), person.id, 'comirnaty', sha256(('s' || :u::text)::bytea) from person
      returning id
    ), appointments as (
      insert into appointments (tenant_id, booking_id, slot_id, center_id, product_id, dose_number, starts_at, ends_at)
      select :tenant::uuid, booking.id, a.slot_id, a.center_id, 'comirnaty', a.dose_number, a.starts_at, a.ends_at
      from booking, (values ((select id from first), :s_center_id::uuid, 1::smallint, :s_starts_at::timestamptz, :s_ends_at::timestamptz), (:s_second_id::uuid, :s_center_id::uuid, 2::smallint, :s_second_starts_at::timestamptz, :s_second_ends_at::timestamptz)) as a(slot_id, center_id, dose_number, starts_at, ends_at)
      returning id, dose_number
    ), also_0 as (insert into audit_log (tenant_id, at, actor_type, actor_id, action, subject_type, subject_id, person_id, route, request_id, note)
    values (:tenant::uuid, now()::timestamptz, 'citizen', null::uuid, 'create', 'person', (select id from person), (select id from person), 'POST /api/v1/public/bookings', gen_random_uuid()::text, null::text), (:tenant::uuid, now()::timestamptz, 'citizen', null::uuid, 'create', 'booking', (select id from booking), (select id from person), 'POST /api/v1/public/bookings', gen_random_uuid()::text, null::text)), also_1 as (insert into outbox (tenant_id, channel, template, language, person_id, payload, next_attempt_at)
    values (:tenant::uuid, 'email', 'booking-confirmation', 'de', (select id from person), decode(repeat(md5(:u::text), 35), 'hex'), '1970-01-01T00:00:00Z'::timestamptz))
    select (select array_agg(a.id order by a.dose_number) from appointments a) as appointment_ids;
commit;
\endpipeline
