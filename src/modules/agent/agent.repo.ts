import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { AppointmentData } from '../notifications/notifications.service.js';

const SUMMARY = ['p.id', 'p.given_name', 'p.family_name', 'p.birth_date', 'p.postal_code'] as const;

export async function personsByHash(trx: Tx, q: { column: 'identity_hash' | 'email_hash' | 'phone_hash'; hash: Buffer }) {
  return trx.selectFrom('persons as p').select(SUMMARY).where(`p.${q.column}`, '=', q.hash).where('p.merged_into', 'is', null).limit(20).execute();
}

/** The person of a booking, by the booking code's keyed hash. */
export async function personsByBookingCode(trx: Tx, codeHash: Buffer) {
  return trx.selectFrom('persons as p').innerJoin('bookings as b', 'b.person_id', 'p.id').select(SUMMARY).where('b.code_hash', '=', codeHash).limit(1).execute();
}

export async function personById(trx: Tx, id: string) {
  return trx
    .selectFrom('persons')
    .select(['id', 'given_name', 'family_name', 'birth_date', 'postal_code', 'street', 'city', 'email', 'phone', 'language', 'claims_box', 'registered_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function bookingsOfPerson(trx: Tx, personId: string) {
  return trx
    .selectFrom('bookings')
    .select(['id', 'code_box', 'status', 'product_id'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** The booked appointments of a booking as a letter shows them. */
export async function appointmentsForLetter(trx: Tx, bookingId: string): Promise<AppointmentData[]> {
  const r = await sql<{ starts_at: Date; ends_at: Date; dose_number: number; name: string; address: string; postal_code: string; city: string; product: string }>`
    select a.starts_at, a.ends_at, a.dose_number, c.name, c.address, c.postal_code, c.city, p.name as product
    from appointments a join centers c on c.id = a.center_id join products p on p.id = a.product_id
    where a.booking_id = ${bookingId} and a.status <> 'cancelled'
    order by a.dose_number`.execute(trx);
  return r.rows.map((a) => ({
    start: a.starts_at.toISOString(),
    end: a.ends_at.toISOString(),
    doseNumber: a.dose_number,
    centerName: a.name,
    centerAddress: `${a.address}, ${a.postal_code} ${a.city}`,
    product: a.product,
  }));
}
