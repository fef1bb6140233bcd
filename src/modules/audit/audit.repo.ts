import type { Tx } from '../../db/database.js';
import type { RequestCtx } from '../../context.js';

export type AuditEntry = {
  action: 'read' | 'create' | 'update' | 'cancel' | 'check-in' | 'sign-in' | 'sign-out' | 'publish' | 'merge' | 'import';
  subjectType: 'person' | 'booking' | 'appointment' | 'vaccination' | 'session' | 'rule_set' | 'dose_plan' | 'register' | 'invitation' | 'settings';
  subjectId: string | null;
  personId: string | null;
  /** Why, where a change needs one (rule publication, override); no personal data. */
  note?: string;
};

/** Appends audit entries in the caller's transaction: who touched which person's data, when and through which route. */
export async function appendAudit(trx: Tx, ctx: RequestCtx, entries: AuditEntry[], at: Date) {
  if (entries.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        tenant_id: ctx.tenant.id,
        at,
        actor_type: ctx.actor.type,
        actor_id: ctx.actor.id,
        action: e.action,
        subject_type: e.subjectType,
        subject_id: e.subjectId,
        person_id: e.personId,
        route: ctx.route,
        request_id: ctx.requestId,
        note: e.note ?? null,
      })),
    )
    .execute();
}
