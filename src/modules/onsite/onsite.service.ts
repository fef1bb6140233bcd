import { commitWith } from '../../db/database.js';
import type { Deps, RequestCtx } from '../../context.js';
import { localDate } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { conflict, forbidden, notFound, unprocessable } from '../../errors.js';
import { appendAudit, auditInsert, type AuditEntry } from '../audit/audit.repo.js';
import { bookingCodeHash, openBookingCode, securityCodeMatches } from '../booking/booking.codes.js';
import { formatCode } from '../booking/booking.series.js';
import { getProduct } from '../catalog/catalog.repo.js';
import { decryptPerson } from '../citizens/citizens.service.js';
import { centerExists } from '../tenants/tenants.repo.js';
import { certificateForDocumentation, reissueAfterCorrection } from '../dcc/dcc.service.js';
import * as repo from './onsite.repo.js';

/** Staff bound to a center may act only there; tenant-wide roles anywhere in the tenant. */
function assertCenter(ctx: RequestCtx, centerId: string) {
  if (ctx.actor.type === 'staff' && ctx.actor.centerId && ctx.actor.centerId !== centerId) {
    throw forbidden('You work at another center.');
  }
}

/** The day board: a center's appointments on a date, names decrypted, each person's read audited. */
export async function dayBoard(deps: Deps, ctx: RequestCtx, centerId: string, date: string) {
  assertCenter(ctx, centerId);
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    if (!(await centerExists(trx, centerId))) throw notFound('Unknown center.');
    const rows = await repo.dayAppointments(trx, { centerId, date, timezone: ctx.tenant.timezone });
    const audit: AuditEntry[] = rows.map((r) => ({ action: 'read', subjectType: 'appointment', subjectId: r.id, personId: r.person_id }));
    await appendAudit(trx, ctx, audit, deps.clock.now());
    return rows.map((r) => presentAppointment(ctx, r));
  });
}

function presentAppointment(ctx: RequestCtx, r: Awaited<ReturnType<typeof repo.dayAppointments>>[number]) {
  return {
    id: r.id,
    bookingCode: formatCode(openBookingCode(ctx.tenant, r.code_box)),
    start: r.starts_at.toISOString(),
    end: r.ends_at.toISOString(),
    doseNumber: r.dose_number,
    product: r.product_id,
    status: r.status,
    checkedInAt: r.checked_in_at ? r.checked_in_at.toISOString() : null,
    vaccinationId: r.vaccination_id,
    person: decryptPerson(ctx.tenant, r),
  };
}

/** Checks a person in by booking code for today's appointment at the center. */
export async function checkIn(deps: Deps, ctx: RequestCtx, code: string, centerId: string) {
  assertCenter(ctx, centerId);
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const appt = await repo.appointmentForCheckIn(trx, { codeHash: bookingCodeHash(ctx.tenant, code), centerId, now, timezone: ctx.tenant.timezone });
    if (!appt) throw notFound('No appointment today at this center for this booking code.');
    if (appt.status === 'cancelled') throw conflict('This appointment was cancelled.', 'cancelled');
    if (appt.status !== 'booked') throw conflict('This person is already checked in.', 'already-checked-in');
    if (!(await repo.markCheckedIn(trx, appt.id, ctx.actor.id!, now))) throw conflict('This person is already checked in.', 'already-checked-in');
    await appendAudit(trx, ctx, [{ action: 'check-in', subjectType: 'appointment', subjectId: appt.id, personId: appt.person_id }], now);
    const [row] = await repo.dayAppointments(trx, {
      centerId,
      date: localDate(now, ctx.tenant.timezone),
      timezone: ctx.tenant.timezone,
      appointmentId: appt.id,
    });
    return presentAppointment(ctx, row);
  });
}


export type DocumentInput = {
  appointmentId: string;
  product: string;
  lotNumber: string;
  doseNumber: number;
  site: string;
  administeredAt?: string;
  securityCode?: string;
  securityOverrideReason?: string;
};

/** Documents a vaccination for a checked-in appointment; the record is immutable from then on. */
export async function documentVaccination(deps: Deps, ctx: RequestCtx, input: DocumentInput) {
  const now = deps.clock.now();
  const administeredAt = input.administeredAt ? new Date(input.administeredAt) : now;
  if (administeredAt.getTime() > now.getTime() + 5 * 60_000) {
    throw unprocessable([{ field: 'administeredAt', message: 'A vaccination cannot be documented in the future.' }]);
  }
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    // Round trips are what documenting costs at a busy center: the reads are one statement (sent with the
    // BEGIN), the record, its certificate and their audit entries another (sent with the COMMIT).
    const appt = await repo.documentationContext(trx, { appointmentId: input.appointmentId, product: input.product, now });
    if (!appt) throw unprocessable([{ field: 'appointmentId', message: 'Unknown appointment.' }]);
    assertCenter(ctx, appt.center_id);
    if (appt.status === 'vaccinated') throw conflict('This vaccination is already documented; correct the record instead.', 'already-documented');
    if (appt.status !== 'checked_in') throw conflict('Check the person in before documenting the vaccination.', 'not-checked-in');
    if (!appt.product_known) throw unprocessable([{ field: 'product', message: 'Unknown product.' }]);
    // The code guards against documenting on the wrong person; without it, a reason is recorded instead.
    if (input.securityCode && !securityCodeMatches(ctx.tenant, appt, input.securityCode)) {
      throw unprocessable([{ field: 'securityCode', message: 'This is not the security code of this booking. Ask again, or give a reason to document without it.' }]);
    }
    const override = input.securityCode ? null : input.securityOverrideReason!;
    const id = uuidv7();
    // EU Digital COVID Certificate, signed before the write and stored by the same statement.
    const certificate = await certificateForDocumentation(deps, ctx, trx, {
      id,
      person_id: appt.person_id,
      center_id: appt.center_id,
      product_id: input.product,
      dose_number: input.doseNumber,
      administered_at: administeredAt,
      superseded_by: null,
      given_name: appt.given_name,
      family_name: appt.family_name,
      birth_date: appt.birth_date,
      product_name: appt.product_name!,
      doses: appt.doses!,
      dcc_vp: appt.dcc_vp!,
      dcc_mp: appt.dcc_mp!,
      dcc_ma: appt.dcc_ma!,
      signer: appt.signer,
    });
    const audit = auditInsert(
      ctx,
      [{ action: 'create', subjectType: 'vaccination', subjectId: id, personId: appt.person_id, note: override ? 'documented without security code' : undefined }],
      now,
    );
    const statement = repo.recordVaccination(
      {
        id,
        tenant_id: ctx.tenant.id,
        person_id: appt.person_id,
        appointment_id: appt.id,
        center_id: appt.center_id,
        product_id: input.product,
        lot_number: input.lotNumber,
        dose_number: input.doseNumber,
        site: input.site,
        vaccinator_id: ctx.actor.id!,
        administered_at: administeredAt,
        recorded_at: now,
        security_override_reason_box: override ? sealReason(ctx, 'security_override_reason', override) : null,
      },
      audit,
      certificate?.ctes ?? null,
    );
    const { rows } = await commitWith(trx, statement);
    return { ...presentVaccination(ctx, rows[0]), certificateId: certificate?.id ?? null };
  });
}

export type CorrectionInput = Partial<Omit<DocumentInput, 'appointmentId'>> & { reason: string };

/** Corrects a vaccination record by appending a new one that supersedes it. */
export async function correctVaccination(deps: Deps, ctx: RequestCtx, id: string, input: CorrectionInput) {
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const old = await repo.getVaccination(trx, id);
    if (!old) throw notFound('Unknown vaccination record.');
    assertCenter(ctx, old.center_id);
    if (old.superseded_by) throw conflict('This record has already been corrected; correct the newest record.', 'superseded');
    if (input.product && !(await getProduct(trx, input.product))) throw unprocessable([{ field: 'product', message: 'Unknown product.' }]);
    const newId = await repo.insertVaccination(trx, {
      tenant_id: ctx.tenant.id,
      person_id: old.person_id,
      appointment_id: old.appointment_id,
      center_id: old.center_id,
      product_id: input.product ?? old.product_id,
      lot_number: input.lotNumber ?? old.lot_number,
      dose_number: input.doseNumber ?? old.dose_number,
      site: input.site ?? old.site,
      vaccinator_id: ctx.actor.id!,
      administered_at: input.administeredAt ? new Date(input.administeredAt) : old.administered_at,
      recorded_at: now,
      supersedes_id: old.id,
      correction_reason_box: sealReason(ctx, 'correction_reason', input.reason),
    });
    await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'vaccination', subjectId: newId, personId: old.person_id }], now);
    const certificateId = await reissueAfterCorrection(deps, ctx, trx, old.id, newId); // revokes the old record's certificates
    return { ...presentVaccination(ctx, (await repo.getVaccination(trx, newId))!), certificateId };
  });
}

/** Reads one vaccination record (audited). */
export async function readVaccination(deps: Deps, ctx: RequestCtx, id: string) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const v = await repo.getVaccination(trx, id);
    if (!v) throw notFound('Unknown vaccination record.');
    assertCenter(ctx, v.center_id);
    await appendAudit(trx, ctx, [{ action: 'read', subjectType: 'vaccination', subjectId: v.id, personId: v.person_id }], deps.clock.now());
    return presentVaccination(ctx, v);
  });
}

/** Free text about a person's vaccination (why without the code, why corrected) is stored encrypted, bound to its column. */
function sealReason(ctx: RequestCtx, field: 'security_override_reason' | 'correction_reason', text: string) {
  return ctx.tenant.cipher.encrypt(field, text);
}

/** A reason in clear: decrypted, or as records made before migration 0016 kept it. */
function openReason(ctx: RequestCtx, field: 'security_override_reason' | 'correction_reason', box: Buffer | Uint8Array | null, clear: string | null) {
  return box ? ctx.tenant.cipher.decrypt(field, box) : clear;
}

function presentVaccination(ctx: RequestCtx, v: repo.VaccinationRow) {
  return {
    id: v.id,
    appointmentId: v.appointment_id,
    personId: v.person_id,
    centerId: v.center_id,
    product: v.product_id,
    lotNumber: v.lot_number,
    doseNumber: v.dose_number,
    site: v.site as 'left_upper_arm',
    vaccinatorId: v.vaccinator_id,
    administeredAt: new Date(v.administered_at).toISOString(),
    recordedAt: new Date(v.recorded_at).toISOString(),
    supersedes: v.supersedes_id,
    supersededBy: v.superseded_by,
    correctionReason: openReason(ctx, 'correction_reason', v.correction_reason_box, v.correction_reason),
    securityOverrideReason: openReason(ctx, 'security_override_reason', v.security_override_reason_box, v.security_override_reason),
  };
}
