import { describe, expect, it } from 'vitest';
import { forbidden } from '../errors.js';
import { assertCan } from './access.js';
import { can, CAPABILITIES, POLICY, roleCan, STAFF_ROLES, type Capability, type StaffRole } from './policy.js';

/*
 * Who could do what before the policy table existed: the role lists the routes named
 * (staffAccess(deps, [...roles]); none = all staff), row by row. The table must give every role exactly this.
 */
const A = 'admin', M = 'manager', C = 'clerk', V = 'vaccinator', G = 'agent', L = 'logistics';
const BEFORE: Record<Capability, StaffRole[]> = {
  'session.own': [A, M, C, V, G, L], // GET /auth/me, POST /auth/logout: staffAccess(deps)
  'centers.read': [A, M, C, V, G, L], // GET /staff/centers: staffAccess(deps)
  'board.read': [A, M, C, V], // GET /staff/appointments
  'onsite.checkin': [A, M, C], // POST /staff/checkins
  'onsite.document': [V], // POST /staff/vaccinations, POST /staff/vaccinations/:id/corrections
  'onsite.record.read': [A, M, V], // GET /staff/vaccinations/:id (issue 14: clerks no longer; they get the certificate)
  'certificates.manage': [A, M, C, V], // /staff/vaccinations/:id/certificate, /staff/certificates/:id/*
  'callcenter.act': [G, A], // /agent/*
  'letters.print': [A, G], // /staff/print-batches*
  'dosePlans.read': [A, M, L], // GET /staff/dose-plans
  'dosePlans.write': [A, M], // PUT /staff/dose-plans
  'rules.manage': [A], // /admin/rule-sets*
  'invitations.send': [A], // POST /admin/invitation-waves
  'waitingRoom.manage': [A], // /admin/waiting-room
  'settings.manage': [A], // /admin/settings
  'dccKeys.manage': [A], // /admin/dcc/keys*
};

describe('the access policy', () => {
  it('lists every capability the old role lists had, and no other', () => {
    expect([...CAPABILITIES].sort()).toEqual(Object.keys(BEFORE).sort());
  });

  for (const capability of CAPABILITIES) {
    for (const role of STAFF_ROLES) {
      const expected = BEFORE[capability].includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} ${capability}`, () => {
        expect(roleCan(role, capability)).toBe(expected);
        expect(can({ role, centerId: null }, capability)).toBe(expected);
      });
    }
  }

  it('binds staff with a center to it for center-scoped capabilities, and only for those', () => {
    const clerk = { role: 'clerk' as const, centerId: 'c1' };
    expect(can(clerk, 'board.read', { centerId: 'c1' })).toBe(true);
    expect(can(clerk, 'board.read', { centerId: 'c2' })).toBe(false);
    expect(can({ role: 'manager', centerId: null }, 'board.read', { centerId: 'c2' })).toBe(true);
    expect(can(clerk, 'centers.read', { centerId: 'c2' })).toBe(true); // tenant-wide
    const scoped = CAPABILITIES.filter((c) => POLICY[c].scope === 'center').sort();
    expect(scoped).toEqual(['board.read', 'certificates.manage', 'onsite.checkin', 'onsite.document', 'onsite.record.read']);
  });

  it('assertCan: 403 for a role without the capability, "another center" out of scope, citizens and systems pass', () => {
    const staff = { type: 'staff' as const, id: 'u', role: 'vaccinator' as const, centerId: 'c1', sessionId: 's', csrfToken: 't' };
    expect(() => assertCan(staff, 'onsite.checkin', { centerId: 'c1' })).toThrow(forbidden().message);
    expect(() => assertCan(staff, 'onsite.document', { centerId: 'c2' })).toThrow('You work at another center.');
    expect(() => assertCan(staff, 'onsite.document', { centerId: 'c1' })).not.toThrow();
    expect(() => assertCan({ type: 'citizen', id: null }, 'onsite.document', { centerId: 'c2' })).not.toThrow();
    expect(() => assertCan({ type: 'system', id: null }, 'settings.manage')).not.toThrow();
  });
});
