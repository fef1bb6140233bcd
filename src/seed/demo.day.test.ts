import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/support/http.js';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { BACKENDS } from '../../test/support/db.js';
import { fixedClock } from '../lib/clock.js';
import { seedDemoDay } from './demo.day.js';

// A Tuesday afternoon in Berlin: some of today's places have begun already, so the demo day must still fill them.
const NOW = '2026-11-24T15:20:00+01:00';
const TODAY = '2026-11-24';

describe.each(BACKENDS)('the demo is alive on the day it starts (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend, now: NOW });
  });
  afterAll(() => srv?.close());

  it('the clerk finds people booked for today (some checked in), the agent a waiting list, the mailbox every kind of message; a second start adds nothing', async () => {
    expect(await seedDemoDay(srv.deps)).toBe(12);

    const clerk = client(srv.url);
    const me = (await clerk.signIn('clerk@demo.vaxops')).body;
    const centerId = me.user?.centerId ?? me.centerId;
    expect(centerId).toBeTruthy();
    const board = await clerk.get(`/api/v1/staff/appointments?centerId=${centerId}&date=${TODAY}`);
    expect(board.status).toBe(200);
    const statuses = board.body.map((a: { status: string }) => a.status);
    expect(statuses.filter((s: string) => s === 'checked_in')).toHaveLength(3); // waiting for the vaccinator
    expect(statuses.filter((s: string) => s === 'booked').length).toBeGreaterThanOrEqual(9); // still to come, morning to evening
    expect(board.body.map((a: { person: { familyName: string } }) => a.person.familyName)).toContain('Krüger');

    // Registered, waiting for an invitation: the two 80+ are invited, the others wait for their group.
    const people = await srv.deps.db.owner
      .selectFrom('persons')
      .leftJoin('invitations', 'invitations.person_id', 'persons.id')
      .select(['persons.id', 'invitations.id as invitation'])
      .where((eb) => eb.not(eb.exists(eb.selectFrom('bookings').select('bookings.id').whereRef('bookings.person_id', '=', 'persons.id'))))
      .execute();
    expect(people).toHaveLength(7);
    expect(people.filter((p) => p.invitation)).toHaveLength(2);

    const mailbox = await client(srv.url).get('/api/v1/demo/mailbox');
    expect(mailbox.status).toBe(200);
    const texts: string = mailbox.body.map((m: { text: string }) => m.text).join('\n');
    expect(texts).toContain('/confirm-email?token='); // confirmation links of registrations with an e-mail address
    expect(texts).toContain('/invitation?token='); // invitations of the wave
    const subjects = mailbox.body.map((m: { subject: string }) => m.subject);
    expect(subjects.some((s: string) => s.startsWith('Erinnerung'))).toBe(true); // reminders for tomorrow
    expect(subjects.some((s: string) => s.startsWith('Ihre Impftermine'))).toBe(true); // booking confirmations
    expect(subjects).toContain('Please confirm your e-mail address'); // in the person's language

    // The same day again (a restart): nothing doubles.
    expect(await seedDemoDay(srv.deps)).toBe(0);
    const again = await clerk.get(`/api/v1/staff/appointments?centerId=${centerId}&date=${TODAY}`);
    expect(again.body).toHaveLength(board.body.length);

    // The next day (the same data dir, started again): that day gets its own people, the same way.
    expect(await seedDemoDay({ ...srv.deps, clock: fixedClock('2026-11-25T08:10:00+01:00') })).toBe(12);
  });
});
