/**
 * Erika Mustermann, 78, books her vaccination on her phone (360 px wide), in German, from the home page.
 *
 * The admin has opened priority group 2 (70+) this morning. The booking page tells Erika who may book now and
 * asks for her birth date first: her son Jan (40) tries before her and is told at once, in German (and in
 * English when he switches), that it is not his turn yet, with a link to register for an invitation. Erika is
 * eligible; her postal code puts the nearest centers first with their distance; the first free day is chosen,
 * she picks another day from the day picker and a time from that day's few buttons, finds her birth date and
 * postal code already filled in and books. Then every refusal of the server on these pages shows in the page's
 * language (a second booking, a phone number the server refuses, a wrong birth date at the look-up); she
 * postpones her first dose by two weeks (the second follows, and the dialog says so beforehand); and Ida, whose
 * first dose was given this morning, cancels only what is still ahead.
 * Every page and dialog visited is checked with axe-core. Server and browser clocks: Monday, 23 November 2026, 09:00.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoRules } from '../../src/modules/eligibility/eligibility.demo.js';
import { client } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  WAIT,
  expectCount,
  expectNoSeriousA11yViolations,
  expectText,
  expectValue,
  field,
  launchBrowser,
  noBrowserAvailable,
  seen,
  textOf,
  visit,
  type TestBrowser,
} from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const PHONE = { width: 360, height: 780 };
const ERIKA = { givenName: 'Erika', familyName: 'Mustermann', birthDate: '1948-05-05', postalCode: '10117', phone: '+49 171 7654321' };
const JAN = { birthDate: '1986-02-02' };
const STEP1 = '1. Dürfen Sie schon buchen?';

describe.skipIf(noBrowserAvailable)('a 78-year-old books on her phone, in German', () => {
  let srv: TestServer;
  let browser: TestBrowser;
  let erikasCode = '';

  async function phonePage(): Promise<Page> {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    await page.setViewportSize(PHONE);
    return page;
  }

  /** Nothing is wider than the phone: no sideways scrolling. */
  async function expectFitsPhone(page: Page, where: string): Promise<void> {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${where}: page width`).toBeLessThanOrEqual(PHONE.width);
  }

  async function checkBirthDate(page: Page, birthDate: string, postalCode?: string) {
    const step = page.getByRole('region', { name: STEP1 });
    await field(step, 'Ihr Geburtsdatum').fill(birthDate);
    if (postalCode) await field(step, 'Ihre Postleitzahl (optional, für Impfzentren in Ihrer Nähe)').fill(postalCode);
    await step.getByRole('button', { name: 'Weiter', exact: true }).click();
    return step;
  }

  /** Through the first steps to the form: eligible birth date, nearest center, Comirnaty, a time on `day`. */
  async function toTheForm(page: Page, day: string, slot = 0) {
    await visit(page, '/');
    const step = await checkBirthDate(page, ERIKA.birthDate, ERIKA.postalCode);
    await seen(step.getByTestId('eligible'));
    const centerSelect = field(page, 'Impfzentrum');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await centerSelect.selectOption({ index: 1 });
    await field(page, 'Impfstoff').selectOption('comirnaty');
    await field(page, 'Tag').selectOption(day);
    await page.getByTestId('slot').nth(slot).click();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
    // The campaign admin opens priority group 2 (70+) this morning.
    const admin = client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const rules = demoRules('2026-01-04T00:00:00+01:00');
    rules.groups[1].opensAt = '2026-11-23T08:00:00+01:00';
    const draft = await admin.post('/api/v1/admin/rule-sets', { definition: rules, effectiveFrom: '2026-11-23T08:30:00+01:00', note: 'Gruppe 2 öffnen' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect((await admin.post(`/api/v1/admin/rule-sets/${draft.body.id}/publish`, { reason: 'Impfstoff für Gruppe 2 ist da' })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('Erika goes from the home page to a booking: who may book, her birth date first, nearest center, a day, a time, the form filled in', async () => {
    const page = await phonePage();
    await visit(page, '/');
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));

    // Who may book now, from the rules in force.
    const who = page.getByTestId('who-may-book');
    await expectText(who, 'Prioritätsgruppe 2');
    await expectText(who.locator('[data-testid="who-group"][data-open="true"]').nth(1), 'ab 70 Jahren');
    await expectText(who.locator('[data-testid="who-group"][data-open="false"]').first(), 'noch kein Starttermin');
    // Nothing to fill in yet but the birth date: no center, no form.
    expect(await page.getByLabel(/^Impfzentrum/).count()).toBe(0);
    expect(await page.getByLabel(/^Vorname/).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'booking page, start (phone)');
    await expectFitsPhone(page, 'booking page, start');

    // Jan (40) tries first: told at once, why, and how to be invited.
    let step = await checkBirthDate(page, JAN.birthDate);
    const refused = page.getByTestId('not-eligible');
    await expectText(refused, 'Noch nicht berechtigt: Alle ab 18');
    await expectText(refused, 'hat noch keinen Starttermin');
    expect(await refused.getByRole('link', { name: 'Für eine Einladung registrieren' }).getAttribute('href')).toBe('/register');
    expect(await page.getByLabel(/^Impfzentrum/).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'not eligible yet (phone)');
    // In English, the reason is English.
    await page.getByRole('button', { name: 'English' }).click();
    await expectText(refused, 'Not yet eligible: Everyone 18+');
    await seen(refused.getByRole('link', { name: 'Register for an invitation' }));
    expect(await textOf(page.locator('main'))).not.toContain('Noch nicht berechtigt');
    await expectNoSeriousA11yViolations(page, 'not eligible yet (phone, en)');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expectText(refused, 'Noch nicht berechtigt');

    // Erika: eligible; her postal code puts the nearest centers first.
    step = await checkBirthDate(page, ERIKA.birthDate, ERIKA.postalCode);
    await expectText(step.getByTestId('eligible'), 'Berechtigt: Prioritätsgruppe 2');
    await expectText(page.getByTestId('centers-near'), 'Impfzentren nach Entfernung von 10117');
    const centerSelect = field(page, 'Impfzentrum');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    const labels = await centerSelect.locator('option').allTextContents();
    expect(labels[1]).toMatch(/^Impfzentrum (Stadthalle|Messe Mitte) – Mitte \(\d km\)$/);
    expect(labels.at(-1)).toMatch(/\(\d{3} km\)$/);
    await centerSelect.selectOption({ index: 1 });
    await field(page, 'Impfstoff').selectOption('comirnaty');
    await expectText(page.getByTestId('center-details'), 'km');

    // The first free day is chosen; only that day's times are buttons (not weeks of them).
    const day = field(page, 'Tag');
    await expectValue(day, '2026-11-23');
    await expectText(page.getByTestId('first-free-day'), 'Erster freier Tag: Montag, 23. November 2026');
    const slots = page.getByTestId('slot');
    await slots.first().waitFor();
    expect(await slots.count()).toBeLessThanOrEqual(26);
    await day.selectOption('2026-11-24');
    await seen(page.getByRole('heading', { name: 'Freie Uhrzeiten am Dienstag, 24. November 2026' }));
    await expectCount(slots, 26);
    await expectNoSeriousA11yViolations(page, 'day and time (phone)');
    await expectFitsPhone(page, 'day and time');
    await page.getByRole('button', { name: /^08:00 Uhr, \d+ Plätze? frei$/ }).click();
    await expectText(page.getByTestId('selected-slot'), 'Dienstag, 24. November 2026, 08:00 Uhr');

    // What she told already is filled in.
    await expectValue(field(page, 'Geburtsdatum'), ERIKA.birthDate);
    await expectValue(field(page, 'Postleitzahl'), ERIKA.postalCode);
    await field(page, 'Vorname').fill(ERIKA.givenName);
    await field(page, 'Nachname').fill(ERIKA.familyName);
    // A way to reach her (without one the form asks for her street and city, for letters).
    await field(page, 'Telefon (optional)').fill(ERIKA.phone);
    await expectNoSeriousA11yViolations(page, 'booking form (phone)');
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
    erikasCode = ((await page.getByTestId('booking-code').textContent()) ?? '').trim();
    expect(erikasCode).not.toBe('');
    await expectText(page.getByTestId('appointment-list'), '24. November 2026');
    await expectNoSeriousA11yViolations(page, 'booking confirmed (phone)');
    await expectFitsPhone(page, 'booking confirmed');
  }, 120_000);

  it('every refusal of the server shows in the page’s language, never its English detail (de and en)', async () => {
    const page = await phonePage();
    // A second booking for Erika: "already booked", in German, then in English.
    await toTheForm(page, '2026-11-25');
    await field(page, 'Vorname').fill(ERIKA.givenName);
    await field(page, 'Nachname').fill(ERIKA.familyName);
    await field(page, 'Telefon (optional)').fill(ERIKA.phone);
    let answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/public/bookings'));
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    const twice = await (await answer).json();
    expect(twice.type).toBe('https://vaxops.org/problems/already-booked');
    await expectText(page.getByTestId('booking-conflict'), 'Für diese Person gibt es schon eine Buchung.');
    expect(await textOf(page.locator('main'))).not.toContain(twice.detail);
    await expectNoSeriousA11yViolations(page, 'already booked (phone)');
    await page.getByRole('button', { name: 'English' }).click();
    answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/public/bookings'));
    await page.getByRole('button', { name: 'Book now' }).click();
    await answer;
    await expectText(page.getByTestId('booking-conflict'), 'This person already has a booking. Look it up with the booking code');
    expect(await textOf(page.locator('main'))).not.toContain(twice.detail);
    await page.getByRole('button', { name: 'Deutsch' }).click();

    // A phone number the server refuses (here: changed on the way, past the form's own check) is explained at the field.
    const other = await phonePage();
    await other.route('**/api/v1/public/bookings', async (route) => {
      const body = route.request().postDataJSON();
      await route.continue({ postData: JSON.stringify({ ...body, person: { ...body.person, phone: 'zwölf' } }) });
    });
    await toTheForm(other, '2026-11-26');
    await field(other, 'Vorname').fill('Karl');
    await field(other, 'Nachname').fill('Telefon');
    await field(other, 'Telefon (optional)').fill('+49 170 1234567');
    answer = other.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/public/bookings'));
    await other.getByRole('button', { name: 'Verbindlich buchen' }).click();
    const badPhone = await (await answer).json();
    expect(badPhone.errors.map((e: { field: string }) => e.field)).toContain('person.phone');
    await expect.poll(() => field(other, 'Telefon (optional)').getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectText(other.locator('form').last(), 'Keine gültige Telefonnummer.');
    const shown = await textOf(other.locator('main'));
    for (const e of badPhone.errors as { message: string }[]) expect(shown).not.toContain(e.message);
    expect(shown).not.toContain('person.phone');
    await expectNoSeriousA11yViolations(other, 'phone refused by the server (phone)');

    // The look-up with a wrong birth date.
    await visit(page, '/booking');
    await field(page, 'Buchungscode').fill(erikasCode);
    await field(page, 'Geburtsdatum').fill('1948-05-06');
    answer = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('/api/v1/public/bookings/'));
    await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
    const missing = await (await answer).json();
    await expectText(page.getByRole('alert'), 'Keine Buchung zu diesem Buchungscode und Geburtsdatum gefunden.');
    expect(await textOf(page.locator('main'))).not.toContain(missing.detail);
    await page.getByRole('button', { name: 'English' }).click();
    await expectText(page.getByRole('alert'), 'No booking found for this booking code and date of birth.');
    await page.getByRole('button', { name: 'Deutsch' }).click();
  }, 120_000);

  it('Erika postpones her first dose by two weeks: the dialog says the second moves along, and it does', async () => {
    const page = await phonePage();
    await visit(page, '/booking');
    await field(page, 'Buchungscode').fill(erikasCode);
    await field(page, 'Geburtsdatum').fill(ERIKA.birthDate);
    await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
    const details = page.getByTestId('booking-details');
    const first = details.locator('[data-testid="booking-appointment"][data-dose="1"]');
    const second = details.locator('[data-testid="booking-appointment"][data-dose="2"]');
    await expectText(second, '15. Dezember 2026');

    await first.getByRole('button', { name: 'Termin verschieben: 1. Impfung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Termin verschieben: 1. Impfung' });
    await seen(dialog);
    await expectText(dialog.getByTestId('move-explains-next'), 'Wählen Sie einen Tag nach dem 24.11.2026, wird Ihr Termin für die 2. Impfung mit verschoben');
    await expectText(dialog.getByTestId('move-explains-next'), '21 bis 42 Tage nach dem neuen Datum');
    // The current slot is no choice.
    await field(dialog, 'Tag').selectOption('2026-11-24');
    await expectCount(dialog.getByRole('button', { name: /^08:00 Uhr/ }), 0);
    await field(dialog, 'Tag').selectOption('2026-12-08');
    await dialog.getByRole('button', { name: /^08:00 Uhr/ }).click();
    await expectText(dialog.getByTestId('move-next-effect'), 'Mit diesem Termin wird auch Ihr Termin für die 2. Impfung verschoben');
    await expectNoSeriousA11yViolations(page, 'postpone dialog (phone)');
    await dialog.getByRole('button', { name: 'Auf diesen Termin verschieben' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('move-confirmation'), 'Ihre 1. Impfung ist jetzt am Dienstag, 8. Dezember 2026, 08:00 Uhr, Ihre 2. Impfung am Dienstag, 29. Dezember 2026');
    await expectText(first, '8. Dezember 2026');
    await expectText(second, '29. Dezember 2026');
    await expectNoSeriousA11yViolations(page, 'my booking after postponing (phone)');
  }, 120_000);

  it('Ida, vaccinated this morning, cancels only what is still ahead; the documented dose stays', async () => {
    const api = client(srv.url);
    const ida = { givenName: 'Ida', familyName: 'Halbzeit', birthDate: '1944-09-09', postalCode: '10115' };
    const centers = (await api.get('/api/v1/public/centers')).body as { id: string; products: string[] }[];
    const center = centers.find((c) => c.products.includes('comirnaty'))!;
    const slot = ((await api.get(`/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=2026-11-23&to=2026-11-23`)).body as { id: string }[])[0];
    const b = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'comirnaty', person: ida });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const clerk = client(srv.url);
    await clerk.signIn('clerk@demo.vaxops');
    expect((await clerk.post('/api/v1/staff/checkins', { bookingCode: b.body.bookingCode, centerId: center.id })).status).toBeLessThan(300);
    const vaccinator = client(srv.url);
    await vaccinator.signIn('vaccinator@demo.vaxops');
    const v = await vaccinator.post('/api/v1/staff/vaccinations', {
      appointmentId: b.body.appointments[0].id, product: 'comirnaty', lotNumber: 'L1', doseNumber: 1, site: 'left_upper_arm', securityCode: b.body.securityCode,
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);

    const page = await phonePage();
    await visit(page, '/booking');
    await field(page, 'Buchungscode').fill(b.body.bookingCode);
    await field(page, 'Geburtsdatum').fill(ida.birthDate);
    await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
    const details = page.getByTestId('booking-details');
    await expectText(details.locator('[data-dose="1"]'), '(geimpft)');
    await details.getByRole('button', { name: 'Offene Termine absagen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Offene Termine absagen?' });
    await seen(dialog);
    await expectText(dialog.getByTestId('cancel-keeps'), 'Ihre 1. Impfung vom Montag, 23. November 2026');
    await expectText(dialog.getByTestId('cancel-keeps'), 'bleibt erhalten, ebenso Ihr Impfzertifikat');
    await expectCount(dialog.getByTestId('cancel-ahead'), 1);
    await expectText(dialog.getByTestId('cancel-ahead'), '2. Impfung');
    await expectNoSeriousA11yViolations(page, 'cancel what is ahead (phone)');
    await dialog.getByRole('button', { name: 'Ja, offene Termine absagen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('cancel-confirmation'), 'Ihre offenen Termine sind abgesagt.');
    await expectText(details.locator('[data-dose="1"]'), '(geimpft)');
    await expectText(details.locator('[data-dose="2"]'), '(storniert)');
  }, 120_000);

  it('Otto (79) registers, and "Jetzt Termin buchen" takes what he registered with to the booking page', async () => {
    const otto = { givenName: 'Otto', familyName: 'Mustermann', birthDate: '1947-03-03', street: 'Am Markt 2', postalCode: '10117', city: 'Demostadt', email: 'otto@example.org' };
    const page = await phonePage();
    await visit(page, '/register');
    await seen(page.getByRole('heading', { level: 1, name: 'Für die Impfung registrieren' }));
    await field(page, 'Vorname').fill(otto.givenName);
    await field(page, 'Nachname').fill(otto.familyName);
    await field(page, 'Geburtsdatum').fill(otto.birthDate);
    await field(page, 'Straße und Hausnummer (optional)').fill(otto.street);
    await field(page, 'Postleitzahl').fill(otto.postalCode);
    await field(page, 'Ort (optional)').fill(otto.city);
    await field(page, 'E-Mail (optional)').fill(otto.email);
    await page.getByRole('checkbox', { name: /Ich habe die Hinweise gelesen/ }).check();
    await page.getByRole('button', { name: 'Registrieren', exact: true }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Sie sind registriert' }));
    await page.getByTestId('book-now').click();

    // The booking page has checked his birth date already and knows his postal code.
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    await expectText(page.getByTestId('eligible'), 'Berechtigt: Prioritätsgruppe 2');
    await expectValue(field(page, 'Ihr Geburtsdatum'), otto.birthDate);
    await expectText(page.getByTestId('centers-near'), '10117');
    const centerSelect = field(page, 'Impfzentrum');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await centerSelect.selectOption({ index: 1 });
    await field(page, 'Impfstoff').selectOption('comirnaty');
    await page.getByTestId('slot').first().click();
    await expectValue(field(page, 'Vorname'), otto.givenName);
    await expectValue(field(page, 'Nachname'), otto.familyName);
    await expectValue(field(page, 'Geburtsdatum'), otto.birthDate);
    await expectValue(field(page, 'Postleitzahl'), otto.postalCode);
    await expectNoSeriousA11yViolations(page, 'booking after registration (phone)');
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
  }, 120_000);
});
