import { localDate } from '../../lib/clock.js';
import { Problem, type FieldError } from '../../errors.js';

/** How far ahead of the server's clock an administered time may be (the vaccinator's watch or tablet may run early). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** What a record is checked against: the appointment's series product, dose number and start. */
export type AppointmentPlan = { product: string; doseNumber: number; startsAt: Date };

/** The fields of a record that can deviate from its appointment, named as in the request body. */
export type DeviationField = 'product' | 'doseNumber' | 'administeredAt';

/**
 * The fields in which a record differs from its appointment: another product than the series', another
 * dose number, or a time on another local day (in the tenant's time zone) than the appointment's.
 */
export function deviationsOf(
  plan: AppointmentPlan,
  record: { product: string; doseNumber: number; administeredAt: Date },
  timezone: string,
): DeviationField[] {
  const out: DeviationField[] = [];
  if (record.product !== plan.product) out.push('product');
  if (record.doseNumber !== plan.doseNumber) out.push('doseNumber');
  if (localDate(record.administeredAt, timezone) !== localDate(plan.startsAt, timezone)) out.push('administeredAt');
  return out;
}

/** 422 when a vaccination is said to be given in the future: no reason makes that right. */
export function assertNotInFuture(administeredAt: Date, now: Date) {
  if (administeredAt.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) {
    throw new Problem(
      422,
      'Unprocessable content',
      'A vaccination cannot be documented in the future.',
      [{ field: 'administeredAt', message: 'A vaccination cannot be documented in the future.', code: 'administered-in-future' }],
      'administered-in-future',
    );
  }
}

const MESSAGES: Record<DeviationField, string> = {
  product: 'This is not the product of the appointment’s series; give a reason for the deviation.',
  doseNumber: 'This is not the dose number of the appointment; give a reason for the deviation.',
  administeredAt: 'This is not the day of the appointment; give a reason for the deviation.',
};

/** 422 naming each deviating field and `deviationReason`, when a record deviates without a reason. */
export function deviationNeedsReason(fields: DeviationField[]) {
  const errors: FieldError[] = [
    ...fields.map((field) => ({ field, message: MESSAGES[field], code: 'deviation-needs-reason' as const })),
    { field: 'deviationReason', message: 'Say why the vaccination deviates from the appointment.', code: 'required' },
  ];
  return new Problem(422, 'Unprocessable content', 'The record deviates from the appointment and needs a reason.', errors, 'deviation-needs-reason');
}

/** The audit note of a deviating record: which fields, and that the reason is on the record (free text stays out of the audit log). */
export function deviationNote(fields: DeviationField[]) {
  return `deviates from the appointment (${fields.join(', ')}); reason kept with the record`;
}
