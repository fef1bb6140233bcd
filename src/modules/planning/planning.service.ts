import type { Deps, RequestCtx } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { forbidden, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { getProduct } from '../catalog/catalog.repo.js';
import { centerExists } from '../tenants/tenants.repo.js';
import * as repo from './planning.repo.js';

function assertMayPlan(ctx: RequestCtx, centerId: string) {
  if (ctx.actor.type === 'staff' && ctx.actor.centerId && ctx.actor.centerId !== centerId) throw forbidden('You manage another center.', 'other-center');
}

const present = (r: { day: string; product_id: string; doses: number | null; booked: number }) => ({
  day: r.day,
  product: r.product_id,
  doses: r.doses,
  booked: r.booked,
});

type PlanInput = { centerId: string; day: string; product: string; doses: number; acceptBelowBooked?: boolean };

async function assertKnown(trx: Tx, input: { centerId: string; product: string }) {
  if (!(await centerExists(trx, input.centerId))) throw unprocessable([{ field: 'centerId', message: 'Unknown center.', code: 'unknown-center' }]);
  if (!(await getProduct(trx, input.product))) throw unprocessable([{ field: 'product', message: 'Unknown product.', code: 'unknown-product' }]);
}

/** Refuses a plan below the doses already booked unless the planner said they mean it (the bookings stay). */
function assertNotBelowBooked(days: { day: string; booked: number }[], doses: number, accepted: boolean | undefined) {
  if (accepted) return;
  const below = days.filter((d) => d.booked > doses);
  if (below.length) {
    throw unprocessable(
      [{ field: 'doses', message: `Fewer doses than already booked on ${below.map((d) => `${d.day} (${d.booked})`).join(', ')}; send acceptBelowBooked to plan them anyway.`, code: 'below-booked' }],
      'The plan is below the doses already booked.',
    );
  }
}

/**
 * Sets how many doses of a product a center expects on a day; audited. A plan below the doses already
 * booked is taken only when `acceptBelowBooked` says so: the bookings stay, no new ones are taken.
 */
export async function setPlan(deps: Deps, ctx: RequestCtx, input: PlanInput) {
  assertMayPlan(ctx, input.centerId);
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    await assertKnown(trx, input);
    const booked = await repo.bookedPerDay(trx, { ...input, from: input.day, to: input.day, timezone: ctx.tenant.timezone });
    assertNotBelowBooked([{ day: input.day, booked: booked.get(input.day) ?? 0 }], input.doses, input.acceptBelowBooked);
    const row = await repo.upsertPlan(trx, { tenantId: ctx.tenant.id, ...input, by: ctx.actor.id!, timezone: ctx.tenant.timezone });
    await appendAudit(
      trx,
      ctx,
      [{ action: 'update', subjectType: 'dose_plan', subjectId: input.centerId, personId: null, note: `${input.day} ${input.product}: ${input.doses} doses` }],
      now,
    );
    return present(row);
  });
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD day. */
const isoWeekday = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * Sets the same plan on every chosen weekday between two days (a week, a month) in one step; audited.
 * All or nothing: a day below its bookings refuses the whole range unless `acceptBelowBooked`.
 */
export async function setPlanRange(
  deps: Deps,
  ctx: RequestCtx,
  input: { centerId: string; product: string; from: string; to: string; weekdays: number[]; doses: number; acceptBelowBooked?: boolean },
) {
  assertMayPlan(ctx, input.centerId);
  const now = deps.clock.now();
  const days: string[] = [];
  for (let t = Date.parse(`${input.from}T12:00:00Z`); t <= Date.parse(`${input.to}T12:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (input.weekdays.includes(isoWeekday(day))) days.push(day);
  }
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    await assertKnown(trx, input);
    const booked = await repo.bookedPerDay(trx, { ...input, timezone: ctx.tenant.timezone });
    assertNotBelowBooked(days.map((day) => ({ day, booked: booked.get(day) ?? 0 })), input.doses, input.acceptBelowBooked);
    const rows = [];
    for (const day of days) rows.push(await repo.upsertPlan(trx, { tenantId: ctx.tenant.id, ...input, day, by: ctx.actor.id!, timezone: ctx.tenant.timezone }));
    await appendAudit(
      trx,
      ctx,
      [{ action: 'update', subjectType: 'dose_plan', subjectId: input.centerId, personId: null, note: `${input.from}..${input.to} (weekdays ${input.weekdays.join(',')}) ${input.product}: ${input.doses} doses on ${days.length} days` }],
      now,
    );
    return rows.map(present);
  });
}

/** Removes a day's plan: the day has no dose limit any more (bookings are untouched); audited. */
export async function removePlan(deps: Deps, ctx: RequestCtx, input: { centerId: string; day: string; product: string }) {
  assertMayPlan(ctx, input.centerId);
  const now = deps.clock.now();
  await deps.db.withTenant(ctx.tenant.id, async (trx) => {
    if (await repo.deletePlan(trx, input)) {
      await appendAudit(trx, ctx, [{ action: 'update', subjectType: 'dose_plan', subjectId: input.centerId, personId: null, note: `${input.day} ${input.product}: plan removed` }], now);
    }
  });
}

/** A center's days with a plan or bookings between two days, per product: planned doses (null: no plan) and doses booked. */
export async function listPlans(deps: Deps, ctx: RequestCtx, q: { centerId: string; from: string; to: string }) {
  assertMayPlan(ctx, q.centerId);
  return deps.db.withTenant(ctx.tenant.id, async (trx) => (await repo.listPlans(trx, { ...q, timezone: ctx.tenant.timezone })).map(present));
}
