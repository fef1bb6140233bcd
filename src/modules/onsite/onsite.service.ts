import { createHash } from 'node:crypto';
import { commitWith } from '../../db/database.js';
import type { Deps, RequestCtx } from '../../context.js';
import { localDate } from '../../lib/clock.js';
import { normalizeName } from '../../lib/crypto.js';
import { uuidv7 } from '../../lib/ids.js';
import { conflict, notFound, unprocessable } from '../../errors.js';
import { appendAudit, auditInsert, type AuditEntry } from '../audit/audit.repo.js';
import { assertCan } from '../../kernel/access.js';
import { bookingCodeHash, formatCode, openBookingCode, securityCodeMatches } from '../../kernel/codes.js';
import { getProduct } from '../catalog/catalog.repo.js';
import { decryptPerson } from '../citizens/citizens.service.js';
import { centerExists } from '../tenants/tenants.repo.js';
import { certificateForDocumentation, reissueAfterCorrection } from '../dcc/dcc.service.js';
import { assertNotInFuture, deviationNeedsReason, deviationNote, deviationsOf, type AppointmentPlan } from './onsite.deviation.js';
import * as repo from './onsite.repo.js';

/**
 * The day board: a center's appointments on a date (or those of the day starting in [from, to), what a live
 * board refetches when an hour of its summary moved), names decrypted, each person's read audited.
 */
export async function dayBoard(deps: Deps, ctx: RequestCtx, centerId: string, date: string, part: { from?: string; to?: string } = {}) {
  assertCan(ctx.actor, 'board.read', { centerId });
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    if (!(await centerExists(trx, centerId))) throw notFound('Unknown center.', 'unknown-center');
    const rows = await repo.dayAppointments(trx, { centerId, date, timezone: ctx.tenant.timezone, from: part.from, to: part.to });
    const audit: AuditEntry[] = rows.map((r) => ({ action: 'read', subjectType: 'appointment', subjectId: r.id, personId: r.person_id }));
    await appendAudit(trx, ctx, audit, deps.clock.now());
    return rows.map((r) => presentAppointment(ctx, r));
  });
}

/**
 * What changed on a center's day, without personal data (nothing to audit): appointments per status, and per
 * hour a fingerprint that moves whenever the board would show something else there (plus one for the whole
 * day). Boards poll it and refetch only the hours that moved.
 */
export async function daySummary(deps: Deps, ctx: RequestCtx, centerId: string, date: string) {
  assertCan(ctx.actor, 'board.read', { centerId });
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    if (!(await centerExists(trx, centerId))) throw notFound('Unknown center.', 'unknown-center');
    const hours = await repo.daySummary(trx, { centerId, date, timezone: ctx.tenant.timezone });
    const parts = hours.map((h) => ({ from: h.hour.toISOString(), to: new Date(h.hour.getTime() + 3_600_000).toISOString(), version: h.version }));
    const sum = (k: 'booked' | 'checked_in' | 'vaccinated' | 'cancelled') => hours.reduce((n, h) => n + h[k], 0);
    return {
      version: createHash('sha256').update(parts.map((p) => `${p.from}:${p.version}`).join(',')).digest('base64url'),
      counts: { booked: sum('booked'), checked_in: sum('checked_in'), vaccinated: sum('vaccinated'), cancelled: sum('cancelled') },
      parts,
    };
  });
}

/** At most this many people answer a name search (a name that finds more needs more letters). */
export const NAME_SEARCH_LIMIT = 20;

/**
 * Finds people by name among a center's appointments on a day, for someone who came without their booking
 * code. Names are stored encrypted (no index can search them), so the day's rows at that one center are
 * decrypted and matched here: every word typed must be part of the given or family name (case, accents and
 * ß folded). Only the people found are audited, as read through a name search.
 */
export async function searchDay(deps: Deps, ctx: RequestCtx, centerId: string, date: string, name: string) {
  assertCan(ctx.actor, 'board.read', { centerId });
  const words = name.split(/\s+/).map(normalizeName).filter((w) => w.length > 0);
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    if (!(await centerExists(trx, centerId))) throw notFound('Unknown center.', 'unknown-center');
    if (words.length === 0) return [];
    const rows = await repo.dayAppointments(trx, { centerId, date, timezone: ctx.tenant.timezone });
    // Only the names are decrypted to match (a big center has thousands of people a day); the rest for those found.
    const c = ctx.tenant.cipher;
    const found = rows
      .filter((r) => {
        const names = [normalizeName(c.decrypt('given_name', r.given_name)), normalizeName(c.decrypt('family_name', r.family_name))];
        return words.every((w) => names.some((n) => n.includes(w)));
      })
      .slice(0, NAME_SEARCH_LIMIT);
    const audit: AuditEntry[] = found.map((r) => ({ action: 'read', subjectType: 'appointment', subjectId: r.id, personId: r.person_id, note: 'name search' }));
    await appendAudit(trx, ctx, audit, deps.clock.now());
    return found.map((r) => presentAppointment(ctx, r));
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
  assertCan(ctx.actor, 'onsite.checkin', { centerId });
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const appt = await repo.appointmentForCheckIn(trx, { codeHash: bookingCodeHash(ctx.tenant, code), centerId, now, timezone: ctx.tenant.timezone });
    if (!appt) throw notFound('No appointment today at this center for this booking code.', 'no-appointment-today');
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
  deviationReason?: string;
};

/**
 * Documents a vaccination for a checked-in appointment; the record is immutable from then on. It must agree
 * with the appointment (the series' product, the dose number, the appointment's local day) or say why not.
 */
export async function documentVaccination(deps: Deps, ctx: RequestCtx, input: DocumentInput) {
  const now = deps.clock.now();
  const administeredAt = input.administeredAt ? new Date(input.administeredAt) : now;
  assertNotInFuture(administeredAt, now);
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    // Round trips are what documenting costs at a busy center: the reads are one statement (sent with the
    // BEGIN), the record, its certificate and their audit entries another (sent with the COMMIT).
    const appt = await repo.documentationContext(trx, { appointmentId: input.appointmentId, product: input.product, now });
    if (!appt) throw unprocessable([{ field: 'appointmentId', message: 'Unknown appointment.', code: 'unknown-appointment' }]);
    assertCan(ctx.actor, 'onsite.document', { centerId: appt.center_id });
    if (appt.status === 'vaccinated') throw conflict('This vaccination is already documented; correct the record instead.', 'already-documented');
    if (appt.status !== 'checked_in') throw conflict('Check the person in before documenting the vaccination.', 'not-checked-in');
    if (!appt.product_known) throw unprocessable([{ field: 'product', message: 'Unknown product.', code: 'unknown-product' }]);
    // The code guards against documenting on the wrong person; without it, a reason is recorded instead.
    if (input.securityCode && !securityCodeMatches(ctx.tenant, appt, input.securityCode)) {
      throw unprocessable([{ field: 'securityCode', message: 'This is not the security code of this booking. Ask again, or give a reason to document without it.', code: 'wrong-security-code' }]);
    }
    const override = input.securityCode ? null : input.securityOverrideReason!;
    const plan: AppointmentPlan = { product: appt.appointment_product_id, doseNumber: appt.dose_number, startsAt: appt.starts_at };
    const deviations = deviationsOf(plan, { product: input.product, doseNumber: input.doseNumber, administeredAt }, ctx.tenant.timezone);
    if (deviations.length > 0 && !input.deviationReason) throw deviationNeedsReason(deviations);
    const deviationReason = deviations.length > 0 ? input.deviationReason! : null;
    const notes = [override ? 'documented without security code' : null, deviationReason ? deviationNote(deviations) : null].filter((n) => n !== null);
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
      [{ action: 'create', subjectType: 'vaccination', subjectId: id, personId: appt.person_id, note: notes.length > 0 ? notes.join('; ') : undefined }],
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
        deviation_reason_box: deviationReason ? sealReason(ctx, 'deviation_reason', deviationReason) : null,
      },
      audit,
      certificate?.ctes ?? null,
    );
    const { rows } = await commitWith(trx, statement);
    return { ...presentVaccination(ctx, rows[0], plan), certificateId: certificate?.id ?? null };
  });
}

export type CorrectionInput = Partial<Omit<DocumentInput, 'appointmentId'>> & { reason: string };

/**
 * Corrects a vaccination record by appending a new one that supersedes it. The corrected record obeys the
 * documentation's rules against the original appointment: not in the future, and a reason for any deviation
 * (given now, or carried over from the corrected record when it deviated in the same respects).
 */
export async function correctVaccination(deps: Deps, ctx: RequestCtx, id: string, input: CorrectionInput) {
  const now = deps.clock.now();
  if (input.administeredAt) assertNotInFuture(new Date(input.administeredAt), now);
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const old = await repo.getVaccination(trx, id);
    if (!old) throw notFound('Unknown vaccination record.', 'unknown-vaccination');
    assertCan(ctx.actor, 'onsite.document', { centerId: old.center_id });
    if (old.superseded_by) throw conflict('This record has already been corrected; correct the newest record.', 'superseded');
    if (input.product && !(await getProduct(trx, input.product))) throw unprocessable([{ field: 'product', message: 'Unknown product.', code: 'unknown-product' }]);
    const corrected = {
      product: input.product ?? old.product_id,
      doseNumber: input.doseNumber ?? old.dose_number,
      administeredAt: input.administeredAt ? new Date(input.administeredAt) : new Date(old.administered_at),
    };
    const plan = planOf(old);
    const deviations = plan ? deviationsOf(plan, corrected, ctx.tenant.timezone) : [];
    let deviationReason: string | null = null;
    if (deviations.length > 0) {
      // A reason given for the same deviation still holds (a corrected lot number needs no new one); a new deviation needs its own.
      const before = deviationsOf(plan!, { product: old.product_id, doseNumber: old.dose_number, administeredAt: new Date(old.administered_at) }, ctx.tenant.timezone);
      const oldReason = openReason(ctx, 'deviation_reason', old.deviation_reason_box, null);
      const carried = oldReason && deviations.every((f) => before.includes(f)) ? oldReason : null;
      deviationReason = input.deviationReason ?? carried;
      if (!deviationReason) throw deviationNeedsReason(deviations);
    }
    const newId = await repo.insertVaccination(trx, {
      tenant_id: ctx.tenant.id,
      person_id: old.person_id,
      appointment_id: old.appointment_id,
      center_id: old.center_id,
      product_id: corrected.product,
      lot_number: input.lotNumber ?? old.lot_number,
      dose_number: corrected.doseNumber,
      site: input.site ?? old.site,
      vaccinator_id: ctx.actor.id!,
      administered_at: corrected.administeredAt,
      recorded_at: now,
      supersedes_id: old.id,
      correction_reason_box: sealReason(ctx, 'correction_reason', input.reason),
      deviation_reason_box: deviationReason ? sealReason(ctx, 'deviation_reason', deviationReason) : null,
    });
    const note = deviations.length > 0 ? deviationNote(deviations) : undefined;
    await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'vaccination', subjectId: newId, personId: old.person_id, note }], now);
    const certificateId = await reissueAfterCorrection(deps, ctx, trx, old.id, newId); // revokes the old record's certificates
    const created = (await repo.getVaccination(trx, newId))!;
    return { ...presentVaccination(ctx, created, planOf(created)), certificateId };
  });
}

/** Reads one vaccination record (audited). */
export async function readVaccination(deps: Deps, ctx: RequestCtx, id: string) {
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    const v = await repo.getVaccination(trx, id);
    if (!v) throw notFound('Unknown vaccination record.', 'unknown-vaccination');
    assertCan(ctx.actor, 'onsite.record.read', { centerId: v.center_id });
    await appendAudit(trx, ctx, [{ action: 'read', subjectType: 'vaccination', subjectId: v.id, personId: v.person_id }], deps.clock.now());
    return presentVaccination(ctx, v, planOf(v));
  });
}

/** The plan of a record's appointment, or null for a record without one. */
function planOf(v: repo.AppointmentOfRecord): AppointmentPlan | null {
  if (v.appointment_product_id === null || v.appointment_dose_number === null || v.appointment_starts_at === null) return null;
  return { product: v.appointment_product_id, doseNumber: v.appointment_dose_number, startsAt: new Date(v.appointment_starts_at) };
}

type ReasonField = 'security_override_reason' | 'correction_reason' | 'deviation_reason';

/** Free text about a person's vaccination (why without the code, why corrected, why it deviates) is stored encrypted, bound to its column. */
function sealReason(ctx: RequestCtx, field: ReasonField, text: string) {
  return ctx.tenant.cipher.encrypt(field, text);
}

/** A reason in clear: decrypted, or as records made before migration 0016 kept it. */
function openReason(ctx: RequestCtx, field: ReasonField, box: Buffer | Uint8Array | null, clear: string | null) {
  return box ? ctx.tenant.cipher.decrypt(field, box) : clear;
}

function presentVaccination(ctx: RequestCtx, v: repo.VaccinationRow, plan: AppointmentPlan | null) {
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
    deviationReason: openReason(ctx, 'deviation_reason', v.deviation_reason_box, null),
    appointment: plan ? { product: plan.product, doseNumber: plan.doseNumber, start: plan.startsAt.toISOString() } : null,
  };
}
