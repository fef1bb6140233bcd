-- Ids of the tables that grow with every booking and vaccination are UUIDs of version 7 (RFC 9562): 48
-- bits of the time in milliseconds, then random bits. Random (version 4) ids put each new row's index
-- entry on a random page of the primary key index, so at 10M people every insert and every look-up of
-- rows made around the same time (a day's appointments, their bookings and people) touched a different
-- page, mostly not in PostgreSQL's cache: the day board of a center took twice as long as on an empty
-- database. Time-ordered ids keep the entries of rows made together on the same pages. They reveal when a
-- row was made, which is no secret here (tokens and codes, not ids, are what must not be guessed).
create function uuid_v7() returns uuid
language sql volatile parallel safe as $$
  -- gen_random_uuid() with its first 48 bits replaced by the time (whole milliseconds, rounded down, as
  -- the server makes them) and its version nibble set from 4 to 7.
  select encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
              placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
              from 1 for 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;

alter table persons alter column id set default uuid_v7();
alter table bookings alter column id set default uuid_v7();
alter table appointments alter column id set default uuid_v7();
alter table slots alter column id set default uuid_v7();
alter table outbox alter column id set default uuid_v7();
alter table invitations alter column id set default uuid_v7();
alter table dcc_certificates alter column id set default uuid_v7();
-- vaccinations: the id is made in the server (lib/ids.ts), in the same form.
