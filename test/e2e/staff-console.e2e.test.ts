/**
 * The staff console, seen through the browser.
 *
 * The admin opens "Regeln", drafts rules that open priority group 3 (60+),
 * looks at their impact on two people of 60-something waiting, and publishes
 * them with a reason. The manager of a center sets a dose plan for a day. A
 * call center agent registers a caller of 85, sees that she may book, books a
 * Comirnaty series for her, reads the codes out, moves the second dose, has a
 * confirmation letter printed and finally cancels. axe-core checks every page
 * and dialog visited for serious or critical accessibility violations.
 *
 * Server and browser clocks are fixed: Monday, 23 November 2026, 09:00 in Berlin.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer } from '../support/server.js';
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
const TODAY = '2026-11-23';

const SIXTY_SOMETHING = [
  // Reachable by text message (invitations need a way to reach the person).
  { givenName: 'Greta', familyName: 'Sechziger', birthDate: '1961-02-14', postalCode: '10115', phone: '+49 170 1111111' },
  { givenName: 'Hans', familyName: 'Rentner', birthDate: '1964-07-01', postalCode: '10117', phone: '+49 170 2222222' },
];
const CALLER = {
  givenName: 'Clara',
  familyName: 'Anruferin',
  birthDate: '1941-05-05',
  postalCode: '10115',
  street: 'Lindenweg 3',
  city: 'Demostadt',
  phone: '+49 30 1234567',
};

describe.skipIf(noBrowserAvailable)('staff console in the browser', () => {
  let srv: { url: string; close(): Promise<void> };
  let browser: TestBrowser;
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });

  /** Opens a section through the console navigation. */
  async function openSection(page: Page, link: string, heading: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Bereiche der Personalkonsole' }).getByRole('link', { name: link }).click();
    await seen(page.getByRole('heading', { level: 1, name: heading }));
    await expectCount(page.getByRole('heading', { level: 1 }), 1);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('the admin drafts rules that open group 3, sees their impact and publishes them', async () => {
    // Two people in their sixties register and wait: group 3 is not open yet.
    for (const person of SIXTY_SOMETHING) {
      const res = await fetch(`${srv.url}/api/v1/public/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ person, claims: [], language: 'de' }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }

    const page = await newPage();
    await signIn(page, 'admin@demo.vaxops', 'Tagesübersicht');
    await expectNoSeriousA11yViolations(page, 'admin day board with console navigation');
    await openSection(page, 'Regeln', 'Regeln');
    const rows = page.getByTestId('rule-set-row');
    await expectCount(rows, 1);
    await expectCount(page.locator('[data-testid="rule-set-row"][data-version="1"]').getByTestId('in-force'), 1);
    await expectNoSeriousA11yViolations(page, 'rules list');

    // The editor starts from the rules in force.
    await page.getByRole('button', { name: 'Neue Regeln' }).click();
    const group3 = page.getByRole('group', { name: /^Gruppe 3:/ });
    await expectValue(field(group3, 'Bezeichnung (Deutsch)'), 'Prioritätsgruppe 3');
    await expectValue(field(group3, 'Mindestalter'), '60');
    expect(await field(group3, 'Noch nicht terminiert').isChecked()).toBe(true);

    // Group 3 opens this morning; a missing English label is refused by the server, next to the field.
    await field(group3, 'Noch nicht terminiert').uncheck();
    await field(group3, 'Buchbar ab').fill('2026-11-23T08:00');
    const labelEn = field(group3, 'Bezeichnung (Englisch)');
    await labelEn.fill('');
    await field(page, 'Gültig ab').fill('2026-11-23T08:30');
    await field(page, 'Notiz').fill('Gruppe 3 öffnet');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect.poll(() => labelEn.getAttribute('aria-invalid'), WAIT).toBe('true');
    // Named as the form names it, not by the server's path (definition.groups.2.label.en).
    await expectText(page.getByRole('alert').first(), 'Gruppe 3 – Bezeichnung – Englisch');
    expect(await textOf(page.getByRole('alert').first())).not.toContain('definition.');
    await expectNoSeriousA11yViolations(page, 'rule editor with errors');

    await labelEn.fill('Priority group 3');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expectText(page.getByTestId('rules-notice'), 'Entwurf Version 2 gespeichert');
    await expectCount(rows, 2);
    const draft = page.locator('[data-testid="rule-set-row"][data-version="2"]');
    await expectText(draft.getByTestId('rule-set-status'), 'Entwurf');
    await expectText(draft, 'Gruppe 3 öffnet');

    // The impact: the two people of 60-something become eligible in group 3.
    await draft.getByRole('button', { name: 'Auswirkung anzeigen für Version 2' }).click();
    const impact = page.getByTestId('impact');
    await seen(impact.getByRole('heading', { name: 'Auswirkung von Version 2' }));
    const row3 = impact.locator('[data-testid="impact-row"][data-group="3"]');
    await expectText(row3, 'Prioritätsgruppe 3');
    await expectExactText(row3.getByTestId('impact-newly'), '2');
    await seen(impact.getByRole('img', { name: /Prioritätsgruppe 3: bisher 0, danach 2/ }));
    await expectNoSeriousA11yViolations(page, 'rule impact');

    // Publishing asks for a reason in a confirmation dialog.
    await draft.getByRole('button', { name: 'Version 2 veröffentlichen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Version 2 veröffentlichen?' });
    await seen(dialog);
    await dialog.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
    await expectText(dialog, 'Bitte nennen Sie den Grund');
    await expectNoSeriousA11yViolations(page, 'publish dialog');
    await field(dialog, 'Grund der Änderung').fill('Erlass vom 20. November: Gruppe 3 ab heute');
    await dialog.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('rules-notice'), 'Version 2 ist veröffentlicht');
    await expectCount(draft.getByTestId('in-force'), 1);
    await expectText(draft.getByTestId('rule-set-status'), 'veröffentlicht');
    await expectText(draft, 'Erlass vom 20. November');
    await expectText(draft, 'Demo Admin');
    await expectCount(page.locator('[data-testid="rule-set-row"][data-version="1"]').getByTestId('in-force'), 0);
    await expectNoSeriousA11yViolations(page, 'rules list after publishing');

    // With group 3 open, a wave sized to the free places invites the two of them.
    await openSection(page, 'Einladungen', 'Einladungen');
    await expectNoSeriousA11yViolations(page, 'invitations');
    await expectText(page.getByTestId('preview-reachable'), '2 Personen berechtigt und erreichbar');
    await expectValue(field(page, 'Anzahl der Einladungen'), '2');
    await page.getByRole('button', { name: 'Einladungswelle senden …' }).click();
    const confirm = page.getByRole('dialog', { name: 'Einladungswelle senden?' });
    await confirm.getByRole('button', { name: 'Ja, 2 Personen einladen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('wave-result'), '2 Personen eingeladen');
    await expectNoSeriousA11yViolations(page, 'invitation wave result');
  }, 120_000);

  it('the manager sets the dose plan of a day', async () => {
    const page = await newPage();
    await signIn(page, 'manager@demo.vaxops', 'Tagesübersicht');
    await openSection(page, 'Dosisplanung', 'Dosisplanung');
    // The manager's own center is preselected.
    await expect.poll(() => field(page, 'Impfzentrum').inputValue(), WAIT).not.toBe('');
    await field(page, 'Von').fill(TODAY);
    await field(page, 'Bis').fill('2026-11-25');
    await expectCount(page.getByTestId('plan-row'), 3);
    await expectNoSeriousA11yViolations(page, 'dose plans');

    const cell = page.locator('[data-testid="plan-cell"][data-day="2026-11-24"][data-product="comirnaty"]');
    const input = field(cell, 'Dosen Comirnaty am 24.11.2026');
    await input.fill('120');
    const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/v1/staff/dose-plans'));
    await input.press('Enter');
    expect((await sent).postDataJSON()).toMatchObject({ day: '2026-11-24', product: 'comirnaty', doses: 120 });
    await expectExactText(cell.getByTestId('plan-saved'), 'Gespeichert');
    await expectExactText(cell.getByTestId('plan-booked'), '0 gebucht');

    // The plan is stored: it is there again after a reload.
    await page.reload();
    await field(page, 'Von').fill(TODAY);
    await field(page, 'Bis').fill('2026-11-25');
    await expectValue(field(page, 'Dosen Comirnaty am 24.11.2026'), '120');

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Dose plans' }));
    await expectValue(field(page, 'Doses of Comirnaty on 24/11/2026'), '120');
    await expectNoSeriousA11yViolations(page, 'dose plans (en)');
  }, 90_000);

  it('the agent registers a caller of 85, books, moves, sends a letter and cancels', async () => {
    const page = await newPage();
    // Agents land on the call center; they have no day board.
    await signIn(page, 'agent@demo.vaxops', 'Callcenter');
    await expectText(page.getByTestId('signed-in-user'), 'Hotline');
    await expectCount(page.getByRole('link', { name: 'Tagesübersicht' }), 0);
    await expectNoSeriousA11yViolations(page, 'call center search');

    // Not found yet …
    await field(page, 'Vorname').fill(CALLER.givenName);
    await field(page, 'Nachname').fill(CALLER.familyName);
    await field(page, 'Geburtsdatum').fill(CALLER.birthDate);
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expectText(page.getByTestId('no-results'), 'Keine Person gefunden');

    // … so the agent registers her.
    await page.getByRole('button', { name: 'Neue Person registrieren' }).click();
    const form = page.getByRole('form', { name: 'Neue Person registrieren' });
    await seen(form);
    await field(form, 'Vorname').fill(CALLER.givenName);
    await field(form, 'Nachname').fill(CALLER.familyName);
    await field(form, 'Geburtsdatum').fill(CALLER.birthDate);
    await field(form, 'Postleitzahl').fill(CALLER.postalCode);
    await field(form, 'Straße und Hausnummer').fill(CALLER.street);
    await field(form, 'Ort').fill(CALLER.city);
    await field(form, 'Telefon').fill(CALLER.phone);
    await expectNoSeriousA11yViolations(page, 'call center registration form');
    await form.getByRole('button', { name: 'Registrieren' }).click();

    // The person view: details and eligibility.
    await expectExactText(page.getByTestId('person-name'), 'Clara Anruferin');
    await expectText(page.getByTestId('agent-notice'), 'registriert');
    await expectExactText(page.getByTestId('person-birth-date'), '05.05.1941');
    await expectExactText(page.getByTestId('eligibility-status'), 'Berechtigt');
    await expect.poll(() => textOf(page.getByTestId('eligibility-explanation')), WAIT).not.toBe('');
    await expectNoSeriousA11yViolations(page, 'call center person view');

    // Book a Comirnaty series at a center that offers it.
    const book = page.getByRole('region', { name: 'Termin buchen' });
    const centerSelect = field(book, 'Impfzentrum');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await centerSelect.selectOption({ index: 1 });
    await field(book, 'Impfstoff').selectOption('comirnaty');
    await field(book, 'Von').fill(TODAY);
    await field(book, 'Bis').fill(TODAY);
    await book.getByTestId('agent-slot').first().click();
    await expectNoSeriousA11yViolations(page, 'call center slot choice');
    await book.getByRole('button', { name: 'Verbindlich buchen' }).click();
    const result = page.getByTestId('agent-booking-result');
    await seen(result);
    const code = ((await result.getByTestId('agent-booking-code').textContent()) ?? '').trim();
    expect(code).not.toBe('');
    expect(((await result.getByTestId('agent-security-code').textContent()) ?? '').trim()).toMatch(/^\d{4}$/);
    await expectText(result, 'Bitte lesen Sie der Person Buchungscode und Sicherheitscode vor');
    const booking = page.locator(`[data-testid="agent-booking"][data-booking-code="${code}"]`);
    await expectCount(booking.getByTestId('agent-appointment'), 2);
    await expectText(booking.locator('[data-dose="1"]'), '23. November 2026');
    await expectNoSeriousA11yViolations(page, 'call center booking result');

    // Move dose 2 to another slot within its window.
    const dose2 = booking.locator('[data-testid="agent-appointment"][data-dose="2"]');
    const before = await textOf(dose2.getByTestId('agent-appointment-when'));
    await booking.getByRole('button', { name: `Verschieben – 2. Impfung, Buchung ${code}` }).click();
    const move = page.getByRole('dialog', { name: '2. Impfung verschieben' });
    await seen(move);
    await expectText(move.getByTestId('move-window'), 'Möglich zwischen');
    const slots = move.getByTestId('agent-slot');
    await slots.first().waitFor();
    // The current appointment is no choice: its own slot is not offered ("Montag, 14. Dezember 2026, 07:00, Center").
    const [, currentDay, currentTime] = /^(.+?, \d+\. \S+ \d{4}), (\d\d:\d\d)/.exec(before) ?? [];
    expect(currentTime, before).toBeTruthy();
    await expectCount(move.getByRole('button', { name: `${currentTime} Uhr, ${currentDay},` }), 0);
    await slots.nth(3).click();
    await expectNoSeriousA11yViolations(page, 'move dialog');
    await move.getByRole('button', { name: 'Termin verschieben' }).click();
    await move.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('agent-notice'), '2. Impfung ist verschoben');
    await expect.poll(() => textOf(dose2.getByTestId('agent-appointment-when')), WAIT).not.toBe(before);

    // A printed confirmation letter.
    await booking.getByRole('button', { name: `Bestätigung per Brief senden – Buchung ${code}` }).click();
    await expectText(page.getByTestId('agent-notice'), 'Bestätigungsbrief');

    // Found again by the booking code.
    await page.getByRole('link', { name: 'Zurück zur Suche' }).click();
    await page.getByRole('radio', { name: 'Buchungscode' }).check();
    await page.getByRole('textbox', { name: 'Buchungscode' }).fill(code);
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('button', { name: 'Clara Anruferin öffnen' }).click();
    await expectExactText(page.getByTestId('person-name'), 'Clara Anruferin');

    // Cancelled after a confirmation.
    await booking.getByRole('button', { name: `Buchung stornieren – ${code}` }).click();
    const cancel = page.getByRole('dialog', { name: `Buchung ${code} wirklich stornieren?` });
    await seen(cancel);
    await expectNoSeriousA11yViolations(page, 'cancel dialog');
    await cancel.getByRole('button', { name: 'Ja, stornieren' }).click();
    await cancel.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('agent-notice'), `Die Buchung ${code} ist storniert`);
    await expectExactText(booking.getByTestId('agent-booking-status'), 'storniert');
    await expectNoSeriousA11yViolations(page, 'person view after cancelling');
  }, 150_000);
});
