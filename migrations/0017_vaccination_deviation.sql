-- A vaccination that deviates from its appointment (another product, another dose number, another local
-- day) keeps the staff member's reason on the record: free text about a person, so encrypted like the
-- security-code override reason and the correction reason (a *_box column, bound to tenant and column).
alter table vaccinations add column deviation_reason_box bytea;
