import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BACKENDS } from '../../../test/support/db.js';
import { client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { findOrRegister } from '../citizens/citizens.service.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { demoRules } from './eligibility.demo.js';

const gerda = { givenName: 'Gerda', familyName: 'Vogel', birthDate: '1961-06-01', postalCode: '10115' }; // 65: group 3

describe.each(BACKENDS)('eligibility rules as data (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
  });
  afterAll(() => srv?.close());

  it('the demo rules let anyone 80+ book and refuse Gerda (65) with the reason, writing nothing', async () => {
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const old = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: { givenName: 'Hans', familyName: 'Alt', birthDate: '1940-01-01', postalCode: '10115' } });
    expect(old.status).toBe(201);

    const refused = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: gerda });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toContain('not-eligible');
    expect(refused.body.detail).toBe('Not yet eligible: Priority group 3 (age 60 or over) has no opening date yet.');
    expect(refused.body.explanation.de).toContain('Prioritätsgruppe 3');
    const n = await sql<{ n: number }>`select count(*)::int as n from persons where birth_year = 1961`.execute(srv.deps.db.owner);
    expect(n.rows[0].n).toBe(0);
  });

  it('the public check explains product limits without storing anything', async () => {
    const api = client(srv.url);
    const res = await api.post('/api/v1/public/eligibility', { birthDate: '1990-01-01', claims: ['icu_staff'] });
    expect(res.status).toBe(200);
    expect(res.body.decision).toMatchObject({ eligible: true, group: { id: '1' } });
    expect(res.body.decision.products.find((p: { id: string }) => p.id === 'vaxzevria')).toMatchObject({ allowed: false, explanation: { en: 'only from age 60' } });
    expect((await api.post('/api/v1/public/eligibility', { birthDate: '1990-01-01', claims: ['astronaut'] })).status).toBe(422);
  });

  it('the admin drafts a rule set opening group 3, sees its impact, publishes it with a reason, and Gerda can book', async () => {
    // Two people aged 60+ and one aged 40 are registered and waiting.
    const tenant = await tenantBySlug(srv.deps, 'demo');
    await srv.deps.db.withTenant(tenant.id, async (trx) => {
      await findOrRegister(trx, tenant, { givenName: 'Ida', familyName: 'Stern', birthDate: '1962-03-03', postalCode: '10115' });
      await findOrRegister(trx, tenant, { givenName: 'Jan', familyName: 'Berg', birthDate: '1964-04-04', postalCode: '10115' });
      await findOrRegister(trx, tenant, { givenName: 'Kai', familyName: 'Jung', birthDate: '1986-05-05', postalCode: '10115' });
    });

    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const list = await admin.get('/api/v1/admin/rule-sets');
    expect(list.body.ruleSets).toHaveLength(1);
    expect(list.body.inForce).toBe(list.body.ruleSets[0].id);

    // An invalid draft names the field; an unknown product is caught against the catalog.
    const rules = demoRules('2020-12-27T00:00:00+01:00');
    const bad = await admin.post('/api/v1/admin/rule-sets', { definition: { ...rules, groups: [{ ...rules.groups[0], opensAt: 'tomorrow' }] }, effectiveFrom: '2026-11-23T00:00:00+01:00' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('definition.groups.0.opensAt');
    const unknown = await admin.post('/api/v1/admin/rule-sets', { definition: { ...rules, products: { sputnik: { minAge: 18 } } }, effectiveFrom: '2026-11-23T00:00:00+01:00' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('definition.products.sputnik');

    const opening = {
      ...rules,
      groups: rules.groups.map((g) => (g.id === '2' || g.id === '3' ? { ...g, opensAt: '2026-11-23T00:00:00+01:00' } : g)),
    };
    const draft = await admin.post('/api/v1/admin/rule-sets', { definition: opening, effectiveFrom: '2026-11-23T00:00:00+01:00', note: 'Gruppen 2 und 3 öffnen' });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft' });

    // Still refused: a draft decides nothing.
    const api = client(srv.url);
    const { slot } = await firstSlot(api, 'comirnaty', '2026-11-25');
    expect((await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: gerda })).status).toBe(403);

    const impact = await admin.get(`/api/v1/admin/rule-sets/${draft.body.id}/impact`);
    expect(impact.status).toBe(200);
    expect(impact.body).toMatchObject({ waiting: 3, eligibleBefore: 0, eligibleAfter: 2 });
    expect(impact.body.groups.find((g: { groupId: string }) => g.groupId === '3')).toMatchObject({ eligibleBefore: 0, eligibleAfter: 2, newlyEligible: 2 });

    expect((await admin.post(`/api/v1/admin/rule-sets/${draft.body.id}/publish`, { reason: '' })).status).toBe(422);
    const published = await admin.post(`/api/v1/admin/rule-sets/${draft.body.id}/publish`, { reason: 'Beschluss der Landesregierung vom 22.11.' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishReason: 'Beschluss der Landesregierung vom 22.11.' });
    expect((await admin.post(`/api/v1/admin/rule-sets/${draft.body.id}/publish`, { reason: 'again' })).status).toBe(409);

    // No restart: the next booking is decided by the new rules.
    const ok = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: gerda });
    expect(ok.status).toBe(201);

    const audit = await sql<{ action: string; note: string | null; actor_type: string }>`
      select action, note, actor_type from audit_log where subject_type = 'rule_set' order by id`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([
      { action: 'create', note: 'Gruppen 2 und 3 öffnen', actor_type: 'staff' },
      { action: 'publish', note: 'Beschluss der Landesregierung vom 22.11.', actor_type: 'staff' },
    ]);
  });

  it('a group that opens at 08:00 the day the rules start shows its effect at 08:00, not "0 newly eligible" at midnight', async () => {
    // Kai (40) waits; the rules in force (version 2 above) have no group for him yet.
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const rules = demoRules('2020-12-27T00:00:00+01:00');
    const allOpen = {
      ...rules,
      groups: rules.groups.map((g) => (g.id === 'all' ? { ...g, opensAt: '2026-11-25T08:00:00+01:00' } : g.id === '2' || g.id === '3' ? { ...g, opensAt: '2026-11-23T00:00:00+01:00' } : g)),
    };
    const draft = await admin.post('/api/v1/admin/rule-sets', { definition: allOpen, effectiveFrom: '2026-11-25T00:00:00+01:00', note: 'Alle ab 18 öffnen' });
    expect(draft.status).toBe(201);

    const impact = await admin.get(`/api/v1/admin/rule-sets/${draft.body.id}/impact`);
    expect(impact.status).toBe(200);
    // At the rule set's start (midnight) the group is not open yet ...
    expect(impact.body.at).toBe('2026-11-24T23:00:00.000Z');
    expect(impact.body.moments[0].groups.find((g: { groupId: string }) => g.groupId === 'all')).toMatchObject({ newlyEligible: 0 });
    // ... at 08:00 it opens, and Kai becomes eligible.
    expect(impact.body.moments).toHaveLength(2);
    const eight = impact.body.moments[1];
    expect(eight).toMatchObject({ at: '2026-11-25T07:00:00.000Z', opens: [{ groupId: 'all', label: { de: 'Alle ab 18' } }] });
    expect(eight.groups.find((g: { groupId: string }) => g.groupId === 'all')).toMatchObject({ eligibleBefore: 0, eligibleAfter: 1, newlyEligible: 1 });
    expect(eight.eligibleAfter).toBe(eight.eligibleBefore + 1);

    // A window that ends before 08:00 on the 25th does not show that moment; a bad window is refused.
    expect((await admin.get(`/api/v1/admin/rule-sets/${draft.body.id}/impact?days=1`)).body.moments).toHaveLength(2);
    const draftLater = await admin.post('/api/v1/admin/rule-sets', { definition: allOpen, effectiveFrom: '2026-11-23T09:00:00+01:00' });
    expect((await admin.get(`/api/v1/admin/rule-sets/${draftLater.body.id}/impact?days=1`)).body.moments).toHaveLength(1);
    expect((await admin.get(`/api/v1/admin/rule-sets/${draftLater.body.id}/impact?days=3`)).body.moments).toHaveLength(2);
    expect((await admin.get(`/api/v1/admin/rule-sets/${draft.body.id}/impact?days=0`)).status).toBe(422);
    expect((await admin.get(`/api/v1/admin/rule-sets/${draft.body.id}/impact?days=abc`)).status).toBe(422);
  });

  it('only the campaign admin manages rules', async () => {
    const manager = client(srv.url);
    await manager.signIn('manager@demo.vaxops');
    expect((await manager.get('/api/v1/admin/rule-sets')).status).toBe(403);
  });
});
