import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';

describe.each(BACKENDS)('a slot never takes more bookings than its capacity (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
  });
  afterAll(() => srv?.close());

  it('500 people rush one slot with 50 places: exactly 50 bookings, the rest 409, no 5xx', async () => {
    const owner = srv.deps.db.owner;
    const slot = (
      await sql<{ id: string }>`
        update slots set capacity = 50, booked = 0
        where id = (select id from slots where product_id = 'jcovden' and starts_at > '2026-11-24T10:00:00Z' order by starts_at limit 1)
        returning id`.execute(owner)
    ).rows[0];

    const statuses = await Promise.all(
      Array.from({ length: 500 }, async (_, i) => {
        const res = await fetch(`${srv.url}/api/v1/public/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            slotId: slot.id,
            product: 'jcovden',
            person: { givenName: `Person${i}`, familyName: 'Ansturm', birthDate: '1940-01-01', postalCode: '10115' },
          }),
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );

    const count = (s: number) => statuses.filter((x) => x === s).length;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(count(201)).toBe(50);
    expect(count(409)).toBe(450);
    const row = (await sql<{ booked: number; appts: number }>`
      select booked, (select count(*)::int from appointments where slot_id = ${slot.id}) as appts
      from slots where id = ${slot.id}`.execute(owner)).rows[0];
    expect(row).toEqual({ booked: 50, appts: 50 });
  });
});
