-- The availability feed asks for a tenant's slots of the next 28 days across all centers and products;
-- slots_search leads with the center, so the feed read every slot the tenant ever had, and past slots pile
-- up over a campaign (a seeded tenant has 100,000: measured 19 -> 27 ms at 1M citizens, and rising).
--
-- A block-range index on the start time lets it skip the pages of other weeks (slots are created roughly
-- in time order). Not a btree on (tenant_id, starts_at): the planner walks that one in order for the
-- follow-up dose's "earliest free slot in the window ... limit 1", through every past (full) slot first,
-- which made booking 4x slower at 1M citizens; a BRIN index cannot return rows in order, so it cannot do
-- that. starts_at never changes, so bookings (booked + 1) stay HOT updates.
create index slots_time on slots using brin (starts_at) with (pages_per_range = 8, autosummarize = on);
