-- The day board asks for each appointment's current vaccination record; the partial unique index
-- (current records only) cannot answer "any record of this appointment", so without this index the
-- question scans the whole ledger per row (measured: 0.75 s -> 2.2 s for a day board at 20k citizens).
create index vaccinations_appointment on vaccinations (appointment_id);
