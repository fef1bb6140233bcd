import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { RequestCtx } from '../../context.js';

export type AuditEntry = {
  action:
    | 'read' | 'create' | 'update' | 'cancel' | 'check-in' | 'sign-in' | 'sign-out' | 'publish' | 'merge' | 'import' | 'revoke'
    | 'sign-in-failed' | 'password-change' | 'password-change-failed';
  subjectType:
    | 'person' | 'booking' | 'appointment' | 'vaccination' | 'session' | 'rule_set' | 'dose_plan' | 'register' | 'invitation' | 'settings'
    | 'certificate' | 'dcc_key' | 'staff_user';
  subjectId: string | null;
  personId: string | null;
  /** Why, where a change needs one (rule publication, override); no personal data. */
  note?: string;
};

/*
 * The only writer of audit rows: one statement builder (auditInsert), run on its own (appendAudit) or placed
 * in a hot path's combined statement. Other modules never write audit_log themselves (test/architecture.test.ts).
 */
/** Who an entry names as actor: a request's context, or (a failed sign-in) a caller who is nobody yet. */
export type AuditCtx = Pick<RequestCtx, 'tenant' | 'route' | 'requestId'> & { actor: { type: RequestCtx['actor']['type']; id: string | null } };

/** Appends audit entries in the caller's transaction: who touched which person's data, when and through which route. */
export async function appendAudit(trx: Tx, ctx: AuditCtx, entries: AuditEntry[], at: Date) {
  if (entries.length === 0) return;
  await auditInsert(ctx, entries, at).execute(trx);
}

/** An id known only inside the statement that writes it (e.g. `sql\`(select id from booking)\`` in a WITH query). */
type IdOrSql = string | null | RawBuilder<unknown>;

/**
 * The same append as an INSERT to place in the caller's statement (a WITH query that also writes the
 * subjects), so a hot path appends its audit entries without a round trip of their own. Subject and person
 * ids may be SQL expressions naming rows that statement inserts.
 */
export function auditInsert(ctx: AuditCtx, entries: (Omit<AuditEntry, 'subjectId' | 'personId'> & { subjectId: IdOrSql; personId: IdOrSql })[], at: Date) {
  const id = (v: IdOrSql) => (v === null || typeof v === 'string' ? sql`${v}::uuid` : v);
  const rows = entries.map(
    (e) =>
      sql`(${ctx.tenant.id}::uuid, ${at}::timestamptz, ${ctx.actor.type}, ${ctx.actor.id}::uuid, ${e.action}, ${e.subjectType}, ${id(e.subjectId)}, ${id(e.personId)}, ${ctx.route}, ${ctx.requestId}, ${e.note ?? null}::text)`,
  );
  return sql`insert into audit_log (tenant_id, at, actor_type, actor_id, action, subject_type, subject_id, person_id, route, request_id, note)
    values ${sql.join(rows)}`;
}
