-- Letters that arrive (issue 14): several print batches a day, a tenant's letter delivery time, the
-- language a booking was made in, why an appointment got no reminder, and letters withdrawn before printing.

-- Several print batches a day: the letters queued after the morning's batch need not wait for tomorrow.
alter table print_batches drop constraint print_batches_tenant_id_day_key;
create index print_batches_of_day on print_batches (tenant_id, day, created_at);

-- Working days (Monday to Friday) a printed letter takes to reach the person; a postal reminder that
-- would arrive on the appointment's day or later is not printed.
alter table tenant_settings add column letter_delivery_days integer not null default 2 check (letter_delivery_days between 0 and 10);

-- The language the booking was made in: its confirmation, reminders and letters speak it (null for
-- bookings made before: the person's language then).
alter table bookings add column language text check (language in ('de', 'en'));

-- Why an appointment gets no reminder (e.g. a letter could not arrive in time, no postal address):
-- recorded once, so the reminder job does not consider it again.
alter table appointments add column reminder_skipped text;

-- A queued letter the person no longer needs (the booking was cancelled before the letter was printed).
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check check (status in ('pending', 'sent', 'dead', 'withdrawn'));
