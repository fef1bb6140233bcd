/**
 * The admin's and the manager's risky actions, seen through the browser (issue 14, points 1, 7, 8, 11).
 *
 * The admin drafts rules whose group 3 opens at 08:00 tomorrow and sees the effect at 08:00, not
 * "0 newly eligible" at midnight; a wrong group id is named in German and English, never by the
 * server's path or zod's English. Then she sends an invitation wave: "abc", "0", "-5", "2.5" and
 * "100001" are errors at the field and send nothing; the preview says who can be reached, who not and
 * why, and where places are free; a wave of 1 asks first, then says "1 Person eingeladen" and shows
 * in the history. The manager's dose plan refuses "-3" and "1.5", shows bookings on days without a
 * plan, asks before a plan below them, removes a plan with an empty field, and fills a week at once.
 *
 * Server and browser clocks are fixed: Monday, 23 November 2026, 09:00 in Berlin.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'kysely';
import type { Page, Request } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { findOrRegister } from '../../src/modules/citizens/citizens.service.js';
import { tenantBySlug } from '../../src/modules/tenants/tenants.service.js';
import { client } from '../support/http.js';
import { demoRules } from '../../src/modules/eligibility/eligibility.demo.js';
import {
  WAIT,
  expectCount,
  expectExactText,
  expectNoSeriousA11yViolations,
  expectText,
  expectValue,
  field,
  launchBrowser,
  noBrowserAvailable,
  seen,
  signIn,
  textOf,
  type TestBrowser,
} from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

// Four people in their sixties wait (group 3). Rudi and Paula registered first but cannot be reached.
const WAITING = [
  { givenName: 'Rudi', familyName: 'Ohnekontakt', birthDate: '1962-01-01', postalCode: '10115' },
  { givenName: 'Paula', familyName: 'Unbestätigt', birthDate: '1963-02-02', postalCode: '10115', email: 'paula@example.org' },
  { givenName: 'Greta', familyName: 'Sechziger', birthDate: '1961-02-14', postalCode: '10115', phone: '+49 170 1111111' },
  { givenName: 'Hans', familyName: 'Rentner', birthDate: '1964-07-01', postalCode: '10117', phone: '+49 170 2222222' },
];

describe.skipIf(noBrowserAvailable)('admin sections in the browser: rules impact, invitation waves, dose plans', () => {
  let srv: TestServer;
  let browser: TestBrowser;
  let admin: ReturnType<typeof client>;
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });

  async function openSection(page: Page, link: string, heading: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Bereiche der Personalkonsole' }).getByRole('link', { name: link }).click();
    await seen(page.getByRole('heading', { level: 1, name: heading }));
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
    admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const api = client(srv.url);
    for (const person of WAITING) {
      if (!person.email && !person.phone) {
        // Registration refuses a person nobody can reach; Rudi came with an older import.
        const tenant = await tenantBySlug(srv.deps, 'demo');
        await srv.deps.db.withTenant(tenant.id, async (trx) => {
          const { id } = await findOrRegister(trx, tenant, person);
          await sql`update persons set registered_at = ${new Date(Date.parse(NOW) - 60_000)} where id = ${id}`.execute(trx); // first in line
        });
        continue;
      }
      const res = await api.post('/api/v1/public/registrations', { person, claims: [], language: 'de' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('the impact of rules that open group 3 at 08:00 tomorrow shows at 08:00; a wrong group id is named in German and English', async () => {
    const rules = demoRules('2020-12-27T00:00:00+01:00');
    const draft = await admin.post('/api/v1/admin/rule-sets', {
      definition: { ...rules, groups: rules.groups.map((g) => (g.id === '3' ? { ...g, opensAt: '2026-11-24T08:00:00+01:00' } : g)) },
      effectiveFrom: '2026-11-24T00:00:00+01:00',
      note: 'Gruppe 3 ab morgen 8 Uhr',
    });
    expect(draft.status).toBe(201);

    const page = await newPage();
    await signIn(page, 'admin@demo.vaxops', 'Tagesübersicht');
    await openSection(page, 'Regeln', 'Regeln');
    const row = page.locator(`[data-testid="rule-set-row"][data-version="${draft.body.version}"]`);
    await row.getByRole('button', { name: `Auswirkung anzeigen für Version ${draft.body.version}` }).click();
    const impact = page.getByTestId('impact');
    // Two moments: the rule set's start at midnight (nothing opens yet) and 08:00, when group 3 opens.
    const moments = impact.getByTestId('impact-moment');
    await expectCount(moments, 2);
    await expectText(moments.nth(0), '24. November 2026, 00:00');
    await expectExactText(moments.nth(0).getByTestId('impact-moment-newly'), '0');
    await expectText(moments.nth(1), '08:00');
    await expectText(moments.nth(1), 'Prioritätsgruppe 3');
    await expectExactText(moments.nth(1).getByTestId('impact-moment-newly'), '4');
    // The groups are shown at the last moment first: group 3 gains the four people waiting.
    await expectExactText(impact.locator('[data-testid="impact-row"][data-group="3"]').getByTestId('impact-newly'), '4');
    await seen(impact.getByRole('img', { name: /Prioritätsgruppe 3: bisher 0, danach 4/ }));
    // At midnight, nobody yet.
    await field(impact, 'Gruppen anzeigen für').selectOption({ index: 0 });
    await expectExactText(impact.locator('[data-testid="impact-row"][data-group="3"]').getByTestId('impact-newly'), '0');
    await expectNoSeriousA11yViolations(page, 'rule impact with moments');

    // A group id the server refuses is named by the form's words, in German ...
    await page.getByRole('button', { name: 'Neue Regeln' }).click();
    const group1 = page.getByRole('group', { name: /^Gruppe 1:/ });
    const id = field(group1, 'Kennung');
    await id.fill('Gruppe A');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect.poll(() => id.getAttribute('aria-invalid'), WAIT).toBe('true');
    const alert = page.getByTestId('error-alert');
    await expectText(alert, 'Gruppe 1 – Kennung: Das Format stimmt nicht.');
    expect(await textOf(alert)).not.toMatch(/definition\.|Lower-case|groups\.0/);
    await expectNoSeriousA11yViolations(page, 'rule editor with a wrong id');
    // ... and in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expectText(page.getByTestId('error-alert'), 'Group 1 – Id: The format is not right.');
    expect(await textOf(page.getByTestId('error-alert'))).not.toMatch(/definition\.|Lower-case|groups\.0/);
    await expectNoSeriousA11yViolations(page, 'rule editor with a wrong id (en)');
  }, 120_000);

  it('an invitation wave takes only a whole number, shows a preview, asks first, says "1 Person eingeladen" and keeps a history', async () => {
    // Group 3 opens now.
    const rules = demoRules('2020-12-27T00:00:00+01:00');
    const open = await admin.post('/api/v1/admin/rule-sets', {
      definition: { ...rules, groups: rules.groups.map((g) => (g.id === '3' ? { ...g, opensAt: '2026-11-23T00:00:00+01:00' } : g)) },
      effectiveFrom: '2026-11-23T08:00:00+01:00',
    });
    expect((await admin.post(`/api/v1/admin/rule-sets/${open.body.id}/publish`, { reason: 'Gruppe 3 ab heute' })).status).toBe(200);

    const page = await newPage();
    const posts: Request[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/admin/invitation-waves')) posts.push(r);
    });
    await signIn(page, 'admin@demo.vaxops', 'Tagesübersicht');
    await openSection(page, 'Einladungen', 'Einladungen');

    // The preview: two can be reached, two cannot (and why), group 3, free places by region and center.
    await expectText(page.getByTestId('preview-reachable'), '2 Personen berechtigt und erreichbar');
    await expectText(page.getByTestId('preview-unreachable'), '2 Personen nicht erreichbar');
    await expectText(page.getByTestId('unreachable-reasons'), '1 Person: E-Mail-Adresse noch nicht bestätigt');
    await expectText(page.getByTestId('unreachable-reasons'), '1 Person: weder E-Mail noch Telefon noch vollständige Postanschrift');
    await expectText(page.locator('[data-testid="preview-group"][data-group="3"]'), 'Prioritätsgruppe 3');
    await expectText(page.getByTestId('preview-centers'), 'Impfzentrum Messe Mitte');
    await expectText(page.getByTestId('preview-free'), 'freie Plätze in den nächsten 14 Tagen');
    await expectNoSeriousA11yViolations(page, 'invitation preview');

    // Wrong sizes are errors at the field, kept as typed, and nothing is sent.
    const size = field(page, 'Anzahl der Einladungen');
    await expectValue(size, '2');
    const send = page.getByRole('button', { name: 'Einladungswelle senden …' });
    const cases: [string, string][] = [
      ['abc', 'Bitte nur eine ganze Zahl eingeben (nur Ziffern, z. B. 250).'],
      ['0', 'Mindestens 1 Person.'],
      ['-5', 'Mindestens 1 Person.'],
      ['2.5', 'Bitte nur eine ganze Zahl eingeben (nur Ziffern, z. B. 250).'],
      ['100001', 'Höchstens 100.000 Personen pro Welle.'],
      ['', 'Bitte geben Sie an, wie viele Personen eingeladen werden sollen.'],
    ];
    for (const [typed, error] of cases) {
      await size.fill(typed);
      await send.click();
      await expectText(page.locator('form', { has: size }), error);
      await expectValue(size, typed);
      expect(await page.getByRole('dialog').count()).toBe(0);
    }
    await expect.poll(() => size.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectNoSeriousA11yViolations(page, 'wave size error');
    expect(posts).toHaveLength(0);

    // One person: a confirmation first; "Abbrechen" sends nothing.
    await size.fill('1');
    await send.click();
    const dialog = page.getByRole('dialog', { name: 'Einladungswelle senden?' });
    await expectText(dialog, 'Es wird 1 Person eingeladen.');
    await expectNoSeriousA11yViolations(page, 'wave confirmation');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(posts).toHaveLength(0);
    await send.click();
    await dialog.getByRole('button', { name: 'Ja, 1 Person einladen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const result = page.getByTestId('wave-result');
    await expectText(result, '1 Person eingeladen.');
    // Rudi and Paula registered first; the wave passed over them and says why.
    await expectText(result, '2 Personen konnten nicht erreicht werden');
    expect(posts).toHaveLength(1);
    expect(posts[0].postDataJSON()).toEqual({ size: 1 });

    // The history: when, who, asked for, invited; the preview now has one left to reach.
    const history = page.getByTestId('wave-row');
    await expectCount(history, 1);
    await expectText(history.first(), 'Demo Admin');
    await expectText(page.getByTestId('preview-reachable'), '1 Person berechtigt und erreichbar');
    expect(await textOf(page.locator('main'))).not.toMatch(UUID);
    await expectNoSeriousA11yViolations(page, 'wave result and history');

    // In English, and on a phone.
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Invitations' }));
    await expectText(page.getByTestId('wave-result'), '1 person invited.');
    await expectText(page.getByTestId('preview-reachable'), '1 person eligible and reachable');
    await field(page, 'Number of invitations').fill('2.5');
    await page.getByRole('button', { name: 'Send invitation wave …' }).click();
    await expectText(page.locator('form', { has: field(page, 'Number of invitations') }), 'Please enter a whole number (digits only, e.g. 250).');
    await page.setViewportSize({ width: 360, height: 780 });
    await expectNoSeriousA11yViolations(page, 'invitations (en, phone)');
    expect(posts).toHaveLength(1);
  }, 120_000);

  it('the dose plan refuses -3 and 1.5, shows bookings without a plan, asks before going below them, removes a plan and fills a week', async () => {
    const api = client(srv.url);
    const centers = (await api.get('/api/v1/public/centers')).body as { id: string; name: string }[];
    const messe = centers.find((c) => c.name === 'Impfzentrum Messe Mitte')!;
    const slots = (await api.get(`/api/v1/public/slots?centerId=${messe.id}&product=jcovden&from=2026-11-25&to=2026-11-25`)).body as { id: string }[];
    for (const n of [1, 2]) {
      const res = await api.post('/api/v1/public/bookings', { slotId: slots[0].id, product: 'jcovden', person: { givenName: `Alma${n}`, familyName: 'Planmann', birthDate: '1935-01-01', postalCode: '10115' } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }

    const page = await newPage();
    const writes: Request[] = [];
    page.on('request', (r) => {
      if ((r.method() === 'PUT' || r.method() === 'DELETE') && r.url().includes('/api/v1/staff/dose-plans')) writes.push(r);
    });
    await signIn(page, 'manager@demo.vaxops', 'Tagesübersicht');
    await openSection(page, 'Dosisplanung', 'Dosisplanung');
    await expect.poll(() => field(page, 'Impfzentrum').inputValue(), WAIT).not.toBe('');
    await field(page, 'Von').fill('2026-11-23');
    await field(page, 'Bis').fill('2026-11-25');

    // The two bookings show before any plan is typed.
    const cell = page.locator('[data-testid="plan-cell"][data-day="2026-11-25"][data-product="jcovden"]');
    await expectExactText(cell.getByTestId('plan-booked'), '2 gebucht');
    await expectNoSeriousA11yViolations(page, 'dose plans with bookings');

    // -3 and 1.5 are errors, kept as typed, never saved as 3 or 1.
    const input = cell.getByRole('textbox', { name: /^Dosen .+ am 25\.11\.2026$/ });
    for (const typed of ['-3', '1.5']) {
      await input.fill(typed);
      await input.press('Enter');
      await expectText(cell, 'Bitte eine ganze Zahl von 0 bis 100.000 eingeben (nur Ziffern).');
      await expectValue(input, typed);
    }
    expect(writes).toHaveLength(0);

    // 1 is below the 2 bookings: the page asks; "Trotzdem speichern" saves it.
    await input.fill('1');
    await input.press('Enter');
    const warning = cell.getByTestId('plan-below');
    await expectText(warning, 'Schon 2 Dosen gebucht, geplant wären 1.');
    expect(writes).toHaveLength(0);
    await expectNoSeriousA11yViolations(page, 'plan below bookings');
    await warning.getByRole('button', { name: 'Trotzdem speichern' }).click();
    await expectExactText(cell.getByTestId('plan-saved'), 'Gespeichert');
    expect(writes.at(-1)!.postDataJSON()).toMatchObject({ day: '2026-11-25', product: 'jcovden', doses: 1, acceptBelowBooked: true });

    // Empty + Enter removes the plan; after a reload it is still gone, the bookings still shown.
    await input.fill('');
    await input.press('Enter');
    await expectExactText(cell.getByTestId('plan-saved'), 'Plan entfernt');
    expect(writes.at(-1)!.method()).toBe('DELETE');
    await page.reload();
    await field(page, 'Von').fill('2026-11-23');
    await field(page, 'Bis').fill('2026-11-25');
    await expectExactText(cell.getByTestId('plan-booked'), '2 gebucht');
    await expectValue(input, '');

    // A week at once: Monday to Friday, 30 Nov - 6 Dec, 50 Comirnaty doses a day.
    const range = page.getByRole('form', { name: 'Mehrere Tage auf einmal planen' });
    await field(range, 'Impfstoff').selectOption({ label: 'Comirnaty' });
    await field(range, 'Vom').fill('2026-11-30');
    await field(range, 'Bis einschließlich').fill('2026-12-06');
    await field(range, 'Dosen je Tag').fill('50');
    await range.getByRole('button', { name: 'Zeitraum eintragen' }).click();
    await expectText(range.getByTestId('range-result'), 'Für 5 Tage eingetragen.');
    await expectValue(field(page.locator('[data-testid="plan-cell"][data-day="2026-12-04"][data-product="comirnaty"]'), 'Dosen Comirnaty am 04.12.2026'), '50');
    await expectValue(field(page.locator('[data-testid="plan-cell"][data-day="2026-12-05"][data-product="comirnaty"]'), 'Dosen Comirnaty am 05.12.2026'), '');
    await expectNoSeriousA11yViolations(page, 'dose plans after filling a week');

    // In English, on a phone.
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Dose plans' }));
    await seen(page.getByRole('heading', { name: 'Plan several days at once' }));
    await page.setViewportSize({ width: 360, height: 780 });
    await expectNoSeriousA11yViolations(page, 'dose plans (en, phone)');
  }, 120_000);
});
