import type { Deps, RequestCtx } from '../../context.js';
import { forbidden, unprocessable } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { getProduct } from '../catalog/catalog.repo.js';
import { centerExists } from '../tenants/tenants.repo.js';
import * as repo from './planning.repo.js';

function assertMayPlan(ctx: RequestCtx, centerId: string) {
  if (ctx.actor.type === 'staff' && ctx.actor.centerId && ctx.actor.centerId !== centerId) throw forbidden('You manage another center.', 'other-center');
}

const present = (r: { day: string; product_id: string; doses: number; booked: number }) => ({
  day: r.day,
  product: r.product_id,
  doses: r.doses,
  booked: r.booked,
});

/** Sets how many doses of a product a center expects on a day; audited. */
export async function setPlan(deps: Deps, ctx: RequestCtx, input: { centerId: string; day: string; product: string; doses: number }) {
  assertMayPlan(ctx, input.centerId);
  const now = deps.clock.now();
  return deps.db.withTenant(ctx.tenant.id, async (trx) => {
    if (!(await centerExists(trx, input.centerId))) throw unprocessable([{ field: 'centerId', message: 'Unknown center.', code: 'unknown-center' }]);
    if (!(await getProduct(trx, input.product))) throw unprocessable([{ field: 'product', message: 'Unknown product.', code: 'unknown-product' }]);
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

/** A center's dose plans between two days, with the doses already booked. */
export async function listPlans(deps: Deps, ctx: RequestCtx, q: { centerId: string; from: string; to: string }) {
  assertMayPlan(ctx, q.centerId);
  return deps.db.withTenant(ctx.tenant.id, async (trx) => (await repo.listPlans(trx, q)).map(present));
}
