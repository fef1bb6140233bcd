import type { TFunction } from 'i18next';
import { ApiError } from '../../api';
import { isTimeout } from './api';
import { formatDate, isoDay } from '../../format';
import { productName, type Product } from '../booking/api';

/** The fields of a record that can deviate from its appointment, named as the API names them. */
export type DeviationField = 'product' | 'doseNumber' | 'administeredAt';

/** What a record is checked against: the appointment's series product, dose number and start. */
export interface AppointmentPlan {
  product: string;
  doseNumber: number;
  start: string;
}

/**
 * Where a record's values differ from its appointment, as the server decides it: another product, another
 * dose number, or a time on another day in the campaign's time zone. An empty or unreadable time is left to
 * the form's own checks.
 */
export function deviationsOf(plan: AppointmentPlan, v: { product: string; doseNumber: number; administeredAt: Date | null }): DeviationField[] {
  const out: DeviationField[] = [];
  if (v.product !== plan.product) out.push('product');
  if (v.doseNumber !== plan.doseNumber) out.push('doseNumber');
  if (v.administeredAt && !Number.isNaN(v.administeredAt.getTime()) && isoDay(v.administeredAt) !== isoDay(new Date(plan.start))) {
    out.push('administeredAt');
  }
  return out;
}

/** The value of a datetime-local input as an instant, or null when empty. */
export function timeOf(value: string): Date | null {
  return value ? new Date(value) : null;
}

/** "Comirnaty, 1. Dosis, 23.11.2026": the appointment's plan in the user's language. */
export function planText(t: TFunction, plan: AppointmentPlan, products: Product[], lng: string): string {
  return t('console.record.planShort', { product: productName(products, plan.product), dose: plan.doseNumber, day: formatDate(plan.start, lng) });
}

/**
 * A failed documentation or correction in the user's language, by problem code and field (never the
 * server's English): messages next to the form's fields, or one alert text when the problem is not about
 * those fields.
 */
export function recordProblem(err: unknown, t: TFunction, formFields: string[]): { fields: Record<string, string>; alert: string | null } {
  if (!(err instanceof ApiError)) return { fields: {}, alert: t('console.record.problems.other') };
  if (err.status === 0) return { fields: {}, alert: t(isTimeout(err) ? 'console.connection.timeout' : 'console.connection.failed') };
  const code = err.code;
  const errors = err.problem.errors ?? [];
  if (err.status === 422 && errors.length > 0 && errors.every((e) => formFields.includes(e.field))) {
    const fields: Record<string, string> = {};
    for (const { field } of errors) {
      if (field in fields) continue;
      fields[field] = fieldMessage(t, code, field);
    }
    return { fields, alert: null };
  }
  const known = ['already-documented', 'not-checked-in', 'forbidden', 'not-found'];
  return { fields: {}, alert: t(`console.record.problems.${known.includes(code) ? code : 'other'}`) };
}

function fieldMessage(t: TFunction, code: string, field: string): string {
  if (code === 'administered-in-future' && field === 'administeredAt') return t('console.record.problems.future');
  if (code === 'deviation-needs-reason') {
    if (field === 'product' || field === 'doseNumber' || field === 'administeredAt') return t(`console.record.problems.deviates.${field}`);
    if (field === 'deviationReason') return t('console.record.problems.reasonNeeded');
  }
  switch (field) {
    case 'securityCode':
      return t('console.record.problems.securityCode');
    case 'lotNumber':
      return t('console.record.problems.lotNumber');
    case 'product':
      return t('console.record.problems.product');
    case 'deviationReason':
      return t('console.record.deviation.tooShort');
    case 'securityOverrideReason':
      return t('staff.overrideReasonTooShort');
    case 'reason':
      return t('staff.reasonTooShort');
    default:
      return t('console.record.problems.invalid');
  }
}
