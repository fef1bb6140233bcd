-- A vaccination that deviates from its appointment (another product, another dose number, another local
-- day) keeps the staff member's reason on the record. Free text like the security-code override reason,
-- and stored the same way (next to it), so whatever protects that one at rest applies to this one too.
alter table vaccinations add column deviation_reason text;
