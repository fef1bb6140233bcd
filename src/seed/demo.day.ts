import { sql } from 'kysely';
import type { Deps, RequestCtx } from '../context.js';
import { BookingCode } from '../kernel/codes.js';
import { localDate } from '../lib/clock.js';
import type { PersonInput } from '../kernel/person.js';
import { createBooking } from '../modules/booking/booking.service.js';
import { register } from '../modules/citizens/citizens.registration.js';
import { identityHash } from '../modules/citizens/citizens.service.js';
import { createWave } from '../modules/invitations/invitations.service.js';
import { queueRemindersForTenant } from '../modules/notifications/notifications.service.js';
import { checkIn } from '../modules/onsite/onsite.service.js';
import { tenantBySlug } from '../modules/tenants/tenants.service.js';
import { DEMO_SLUG } from './demo.js';

/*
 * A demo that is alive on the day it is started: people booked for today at the clerk's and vaccinator's
 * center (some checked in already), people booked for tomorrow (with their reminders queued), people waiting
 * for an invitation (some invited), and what all of that sent in the outbox (confirmations, confirmation
 * links, invitations, reminders), shown by the demo mailbox. Everything goes through the services the
 * portal, the call center and the desks use, so the rows are what real use would leave.
 *
 * The same clock gives the same day: names, birth dates, times and centers are fixed; codes and tokens are
 * random, as always.
 */

/** Who is booked today at Messe Mitte, at which local time (HH:MM), and whether they are at the desk already. */
const TODAY: { p: Omit<PersonInput, 'postalCode'>; at: string; product?: string; checkedIn?: boolean }[] = [
  { p: { givenName: 'Hildegard', familyName: 'Krüger', birthDate: '1934-03-12', email: 'hildegard.krueger@example.org' }, at: '08:00', checkedIn: true },
  { p: { givenName: 'Walter', familyName: 'Schmitt', birthDate: '1938-11-02', phone: '+49 151 2345001' }, at: '08:30', checkedIn: true },
  { p: { givenName: 'Irmgard', familyName: 'Becker', birthDate: '1929-06-21', email: 'irmgard.becker@example.org' }, at: '09:00', checkedIn: true },
  { p: { givenName: 'Gerhard', familyName: 'Hoffmann', birthDate: '1936-01-30', phone: '+49 151 2345002' }, at: '09:30' },
  { p: { givenName: 'Elfriede', familyName: 'Schulz', birthDate: '1932-09-08', email: 'elfriede.schulz@example.org' }, at: '10:00' },
  { p: { givenName: 'Heinz', familyName: 'Wagner', birthDate: '1937-04-17', email: 'heinz.wagner@example.org' }, at: '10:30', product: 'jcovden' },
  { p: { givenName: 'Gertrud', familyName: 'Richter', birthDate: '1935-12-24', phone: '+49 151 2345003' }, at: '11:00' },
  { p: { givenName: 'Karl-Heinz', familyName: 'Neumann', birthDate: '1939-07-05', email: 'karlheinz.neumann@example.org' }, at: '13:00' },
  { p: { givenName: 'Ursula', familyName: 'Braun', birthDate: '1931-02-14', email: 'ursula.braun@example.org' }, at: '14:30' },
  { p: { givenName: 'Helmut', familyName: 'Zimmermann', birthDate: '1933-10-10', phone: '+49 151 2345004' }, at: '16:00' },
  { p: { givenName: 'Ingeborg', familyName: 'Hartmann', birthDate: '1930-05-03', email: 'ingeborg.hartmann@example.org' }, at: '17:30' },
  { p: { givenName: 'Günter', familyName: 'Lange', birthDate: '1936-08-19', email: 'guenter.lange@example.org' }, at: '19:00' },
];

/** Booked for tomorrow: their reminders are queued. */
const TOMORROW: { p: Omit<PersonInput, 'postalCode'>; at: string }[] = [
  { p: { givenName: 'Margarete', familyName: 'Schwarz', birthDate: '1934-02-01', email: 'margarete.schwarz@example.org' }, at: '09:00' },
  { p: { givenName: 'Werner', familyName: 'Krause', birthDate: '1938-06-11', phone: '+49 151 2345005' }, at: '11:30' },
];

/** Registered and waiting: 80+ ones are invited by the demo wave; the others wait for their group to open. */
const WAITING: { p: Omit<PersonInput, 'postalCode'>; claims?: string[]; language?: 'de' | 'en' }[] = [
  { p: { givenName: 'Erika', familyName: 'Fischer', birthDate: '1935-03-03', phone: '+49 151 2345006' } },
  { p: { givenName: 'Horst', familyName: 'Weber', birthDate: '1939-09-09', phone: '+49 151 2345007', email: 'horst.weber@example.org' } },
  { p: { givenName: 'Renate', familyName: 'Meyer', birthDate: '1947-04-22', email: 'renate.meyer@example.org' } },
  { p: { givenName: 'Dieter', familyName: 'Wolf', birthDate: '1950-12-01', phone: '+49 151 2345008' } },
  { p: { givenName: 'Brigitte', familyName: 'Schröder', birthDate: '1955-07-15', email: 'brigitte.schroeder@example.org' }, claims: ['chronic_condition'] },
  { p: { givenName: 'Emily', familyName: 'Clark', birthDate: '1952-01-20', email: 'emily.clark@example.org' }, language: 'en' },
  { p: { givenName: 'Jürgen', familyName: 'Koch', birthDate: '1961-11-11', phone: '+49 151 2345009' }, claims: ['teacher'] },
];

const POSTAL_CODE = '10115';
const FIRST_CENTER = 'Impfzentrum Messe Mitte';

/**
 * The people booked on a day are the same names every day, but not the same persons: yesterday's still hold
 * their booking (dose 2 ahead), and a person has one active booking. Their birth dates move with the day.
 */
function ofDay(p: Omit<PersonInput, 'postalCode'>, day: string): PersonInput {
  const shift = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86400_000) % 300;
  const birth = new Date(Date.parse(`${p.birthDate}T00:00:00Z`) + shift * 86400_000).toISOString().slice(0, 10);
  return { ...p, birthDate: birth, postalCode: POSTAL_CODE };
}

/** The instant of a local wall-clock time on a day in the tenant's time zone. */
async function localInstant(deps: Deps, day: string, hhmm: string, timezone: string): Promise<Date> {
  const r = await sql<{ t: Date }>`select (${day}::date + ${hhmm}::time) at time zone ${timezone} as t`.execute(deps.db.owner);
  return new Date(r.rows[0].t);
}

/**
 * Fills the demo tenant's current day (see above), unless it was filled already (a restart on the same day). Returns how many people it booked for today (0: nothing done).
 */
export async function seedDemoDay(deps: Deps): Promise<number> {
  const tenant = await tenantBySlug(deps, DEMO_SLUG).catch(() => null);
  if (!tenant) return 0;
  const now = deps.clock.now();
  const today = localDate(now, tenant.timezone);
  const tomorrow = localDate(new Date(now.getTime() + 86400_000), tenant.timezone);
  const centers = await deps.db.withTenant(tenant.id, (trx) => trx.selectFrom('centers').select(['id', 'name']).execute());
  const center = centers.find((c) => c.name === FIRST_CENTER);
  if (!center) return 0;
  // Done for this day already (a restart): today's first person is there.
  const done = await deps.db.withTenant(tenant.id, (trx) =>
    trx.selectFrom('persons').select('id').where('identity_hash', '=', identityHash(tenant, ofDay(TODAY[0].p, today))).executeTakeFirst(),
  );
  if (done) return 0;
  const slotAt = async (day: string, hhmm: string, product: string) => {
    const at = await localInstant(deps, day, hhmm, tenant.timezone);
    const r = await deps.db.withTenant(tenant.id, (trx) =>
      trx.selectFrom('slots').select('id').where('center_id', '=', center.id).where('product_id', '=', product).where('starts_at', '=', at).executeTakeFirst(),
    );
    return r?.id;
  };
  // Today's places may have begun already: the bookings are made as of this morning, before the first slot.
  const morning = await localInstant(deps, today, '06:00', tenant.timezone);
  const early: Deps = { ...deps, clock: { now: () => (morning < now ? morning : now) } };
  const system: RequestCtx = { tenant, actor: { type: 'system', id: null }, route: 'demo-seed', requestId: 'demo-seed' };

  const codes: { code: string; checkedIn: boolean }[] = [];
  for (const d of TODAY) {
    const product = d.product ?? 'comirnaty';
    const slotId = await slotAt(today, d.at, product);
    if (!slotId) continue; // no slots today (a demo started past its seeded weeks)
    const booked = await createBooking(early, system, { slotId, product, person: ofDay(d.p, today) });
    codes.push({ code: booked.bookingCode, checkedIn: !!d.checkedIn });
  }
  for (const d of TOMORROW) {
    const slotId = await slotAt(tomorrow, d.at, 'comirnaty');
    if (slotId) await createBooking(early, system, { slotId, product: 'comirnaty', person: ofDay(d.p, tomorrow) });
  }

  // At the desk: the clerk of the demo checked in the first ones.
  const clerk = await deps.db.withTenant(tenant.id, (trx) => trx.selectFrom('staff_users').select('id').where('role', '=', 'clerk').executeTakeFirst());
  if (clerk) {
    const desk: RequestCtx = { ...system, actor: { type: 'staff', id: clerk.id, role: 'clerk', centerId: center.id, sessionId: 'demo-seed', csrfToken: '' } };
    for (const c of codes.filter((x) => x.checkedIn)) await checkIn(deps, desk, BookingCode.parse(c.code), center.id);
  }

  for (const w of WAITING) {
    await register(early, system, { person: { ...w.p, postalCode: POSTAL_CODE }, claims: w.claims ?? [], language: w.language ?? 'de' }, 'call_center');
  }
  // The 80+ of them are invited (their group is open); the others keep waiting for theirs.
  await createWave(deps, system, { size: 2 });
  // Reminders for tomorrow's appointments go out from 08:00: queue them as the job would by then.
  const eight = await localInstant(deps, today, '08:00', tenant.timezone);
  await queueRemindersForTenant(deps, tenant, eight > now ? eight : now);
  return codes.length;
}
