/*
 * Who may do what, where: the one access policy of the server and the staff console.
 * Pure TypeScript without imports, so web/ imports this file too (the console shows what the server allows).
 *
 * A capability names one thing staff do; its entry lists the roles that may do it and the scope it is
 * checked in. `tenant`: anywhere in the tenant. `center`: staff bound to a center (a centerId on their
 * account) act only on that center; staff without one act on every center. A new role is a name in
 * STAFF_ROLES plus the capabilities it gets; a new scope (e.g. a region) is a value of Scope and a case in
 * outOfScope.
 */

export type StaffRole = 'admin' | 'manager' | 'clerk' | 'vaccinator' | 'agent' | 'logistics';
export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'manager', 'clerk', 'vaccinator', 'agent', 'logistics'];

export type Scope = 'tenant' | 'center';

const ALL: readonly StaffRole[] = STAFF_ROLES;
const ON_SITE: readonly StaffRole[] = ['admin', 'manager', 'clerk', 'vaccinator'];

/** Capability -> the roles that have it and the scope it is checked in. */
export const POLICY = {
  'session.own': { roles: ALL, scope: 'tenant', what: 'see and end one\'s own session' },
  'centers.read': { roles: ALL, scope: 'tenant', what: 'list the tenant\'s centers' },
  'board.read': { roles: ON_SITE, scope: 'center', what: 'day board of a center' },
  'onsite.checkin': { roles: ['admin', 'manager', 'clerk'], scope: 'center', what: 'check people in' },
  'onsite.document': { roles: ['vaccinator'], scope: 'center', what: 'document and correct vaccinations' },
  // Need to know: the desk hands out the certificate at check-out (certificates.manage), not the medical record.
  'onsite.record.read': { roles: ['admin', 'manager', 'vaccinator'], scope: 'center', what: 'read a vaccination record' },
  'certificates.manage': { roles: ON_SITE, scope: 'center', what: 'show, issue, print and mail certificates' },
  'callcenter.act': { roles: ['admin', 'agent'], scope: 'tenant', what: 'find, register, book, move, cancel for a caller' },
  'letters.print': { roles: ['admin', 'agent'], scope: 'tenant', what: 'letter print batches' },
  'dosePlans.read': { roles: ['admin', 'manager', 'logistics'], scope: 'tenant', what: 'read dose plans' },
  'dosePlans.write': { roles: ['admin', 'manager'], scope: 'tenant', what: 'set dose plans' },
  'rules.manage': { roles: ['admin'], scope: 'tenant', what: 'eligibility rule sets: edit, preview, publish' },
  'invitations.send': { roles: ['admin'], scope: 'tenant', what: 'send invitation waves' },
  'waitingRoom.manage': { roles: ['admin'], scope: 'tenant', what: 'waiting room settings' },
  'settings.manage': { roles: ['admin'], scope: 'tenant', what: 'tenant settings' },
  'dccKeys.manage': { roles: ['admin'], scope: 'tenant', what: 'certificate signing keys' },
} as const satisfies Record<string, { roles: readonly StaffRole[]; scope: Scope; what: string }>;

export type Capability = keyof typeof POLICY;
export const CAPABILITIES = Object.keys(POLICY) as Capability[];

/** The staff member a decision is about: their role and, if bound to one, their center. */
export type Subject = { role: StaffRole; centerId: string | null };
/** Where an action happens; only what the capability's scope needs. */
export type Target = { centerId?: string };

/** Whether the role has the capability (anywhere in its scope). */
export function roleCan(role: StaffRole, capability: Capability): boolean {
  return (POLICY[capability].roles as readonly StaffRole[]).includes(role);
}

/** Why a subject with the role may still not act on the target: 'scope', or null when in scope. */
export function outOfScope(subject: Subject, capability: Capability, target: Target = {}): 'scope' | null {
  if (POLICY[capability].scope === 'center' && subject.centerId && target.centerId !== undefined && target.centerId !== subject.centerId) {
    return 'scope';
  }
  return null;
}

/** Whether the subject may use the capability (on the target, when given). Null or undefined: nobody signed in. */
export function can(subject: Subject | null | undefined, capability: Capability, target?: Target): boolean {
  return !!subject && roleCan(subject.role, capability) && outOfScope(subject, capability, target) === null;
}
