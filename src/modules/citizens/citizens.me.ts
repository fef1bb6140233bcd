import { openBookingCode } from '../../kernel/codes.js';
import type { CitizenSession, Deps, RequestCtx } from '../../context.js';
import { sha256 } from '../../lib/crypto.js';
import { appendAudit, type AuditEntry } from '../audit/audit.repo.js';
import { bookingsOfPerson } from '../agent/agent.repo.js';
import { presentBooking } from '../booking/booking.service.js';
import { currentCertificatesOfPerson } from '../dcc/dcc.repo.js';
import * as repo from './citizens.repo.js';
import { decryptPerson } from './citizens.service.js';
import { maskContact } from './citizens.session.js';

/**
 * What a verified citizen sees: their contact (masked) and the people of that contact with their bookings
 * (with the codes: the contact on file has proven itself) and current certificates. Every person shown is
 * audited as read.
 */
export async function me(deps: Deps, ctx: RequestCtx, session: CitizenSession) {
  const now = deps.clock.now();
  const { tenant } = ctx;
  return deps.db.withTenant(tenant.id, async (trx) => {
    const rows = await repo.peopleOfContact(trx, session.contactHash);
    const audit: AuditEntry[] = [];
    const people = [];
    for (const row of rows) {
      const names = decryptPerson(tenant, row);
      const bookings = await Promise.all((await bookingsOfPerson(trx, row.id)).map((b) => presentBooking(trx, { ...b, code: openBookingCode(tenant, b.code_box!) })));
      const certificates = (await currentCertificatesOfPerson(trx, row.id)).map((c) => ({
        id: c.id,
        uvci: c.uvci,
        doseNumber: c.dose_number,
        seriesDoses: c.series_doses,
        vaccinatedOn: c.vaccinated_on,
        product: c.product_id,
        productName: c.product_name,
      }));
      audit.push({ action: 'read', subjectType: 'person', subjectId: row.id, personId: row.id, note: 'citizen session' });
      for (const c of certificates) audit.push({ action: 'read', subjectType: 'certificate', subjectId: c.id, personId: row.id, note: 'listed' });
      people.push({ id: row.id, ...names, postalCode: tenant.cipher.decrypt('postal_code', row.postal_code), bookings, certificates });
    }
    await appendAudit(trx, ctx, audit, now);
    return { contact: { channel: session.channel, masked: maskContact(session.channel, session.contact) }, people };
  });
}

/** Ends a citizen session (signing out); a token that is not known or already ended is fine. */
export async function signOut(deps: Deps, ctx: RequestCtx, token: string) {
  await deps.db.withTenant(ctx.tenant.id, (trx) => repo.revokeSession(trx, sha256(token), deps.clock.now()));
}
