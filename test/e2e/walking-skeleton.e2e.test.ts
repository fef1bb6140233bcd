/**
 * Walking skeleton, seen through the browser.
 *
 * Anna books a first dose of Comirnaty at a vaccination center of the
 * "Freistaat Demo" campaign; she can look her booking up again. The clerk
 * signs in at the center, finds Anna on the day board and checks her in; the
 * vaccinator then documents the vaccination and corrects a mistyped lot number
 * (the correction is a new record that supersedes the first). Every page
 * visited is checked with axe-core for serious or critical accessibility
 * violations.
 *
 * Server and browser clocks are fixed so that the story is deterministic: it is
 * Monday, 23 November 2026, 09:00 in Berlin. The test still fills date fields in
 * explicitly.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer } from '../support/server.js';
import {
  WAIT,
  expectCount,
  expectExactText,
  expectHtmlLang,
  expectNoSeriousA11yViolations,
  expectText,
  expectValue,
  field,
  launchBrowser,
  noBrowserAvailable,
  seen,
  signIn,
  textOf,
  passEligibility,
  visit,
  type TestBrowser,
} from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const TODAY = '2026-11-23';
const ANNA = { givenName: 'Anna', familyName: 'Muster', birthDate: '1940-04-12', postalCode: '01067' };
const BOB = { givenName: 'Bob', familyName: 'Beispiel', birthDate: '1938-09-30', postalCode: '04109' };

describe.skipIf(noBrowserAvailable)('walking skeleton in the browser', () => {
  let srv: { url: string; close(): Promise<void> };
  let browser: TestBrowser;
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });

  // Filled in while the story unfolds.
  let centerId = '';
  let centerName = '';
  let annasCode = '';
  let annasSecurityCode = '';
  let lastSecurityCode = '';

  /** Picks a center offering `productId` and the product; returns the chosen center. */
  async function chooseCenterOffering(page: Page, productId: string): Promise<{ id: string; name: string }> {
    const centerSelect = field(page, 'Impfzentrum');
    const productSelect = field(page, 'Impfstoff');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    const options = await centerSelect.locator('option').evaluateAll((els) =>
      els.map((el) => ({ value: el.getAttribute('value') ?? '', label: el.textContent ?? '' })),
    );
    for (const option of options.filter((o) => o.value !== '')) {
      await centerSelect.selectOption(option.value);
      if ((await productSelect.locator(`option[value="${productId}"]`).count()) > 0) {
        await productSelect.selectOption(productId);
        await seen(page.getByTestId('center-details'));
        const name = (await page.getByTestId('center-details').locator('p').first().textContent()) ?? '';
        return { id: option.value, name: name.trim() };
      }
    }
    throw new Error(`no center offers ${productId}; centers: ${JSON.stringify(options)}`);
  }

  /** Books the first free slot of the given day and returns the confirmation page's booking code. */
  async function bookFirstSlot(page: Page, person: typeof ANNA, slotIndex = 0): Promise<string> {
    await field(page, 'Tag').selectOption(TODAY);
    const slots = page.getByTestId('slot');
    await slots.first().waitFor();
    await slots.nth(slotIndex).click();
    await field(page, 'Vorname').fill(person.givenName);
    await field(page, 'Nachname').fill(person.familyName);
    await field(page, 'Geburtsdatum').fill(person.birthDate);
    await field(page, 'Postleitzahl').fill(person.postalCode);
    // A way to reach the person (without e-mail or phone the form asks for the postal address).
    await field(page, 'Telefon (optional)').fill('+49 151 5550000');
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
    const code = ((await page.getByTestId('booking-code').textContent()) ?? '').trim();
    expect(code).not.toBe('');
    lastSecurityCode = ((await page.getByTestId('security-code').textContent()) ?? '').trim();
    expect(lastSecurityCode).toMatch(/^\d{4}$/);
    return code;
  }

  async function openDayBoard(page: Page): Promise<void> {
    await field(page, 'Impfzentrum').selectOption(centerId);
    await field(page, 'Datum').fill(TODAY);
    await seen(page.getByTestId('appointments-table'));
  }

  const rowOf = (page: Page, code: string) => page.locator(`[data-testid="appointment-row"][data-booking-code="${code}"]`);

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('the citizen portal speaks German by default and switches to English', async () => {
    const page = await newPage();
    await visit(page, '/');
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    await expectHtmlLang(page, 'de');
    await expectNoSeriousA11yViolations(page, 'start page (de)');

    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Book a vaccination appointment' }));
    await expectHtmlLang(page, 'en');
    await seen(page.getByRole('link', { name: 'My booking' }));
    await expectNoSeriousA11yViolations(page, 'start page (en)');

    // The choice survives a reload; switching back restores German.
    await page.reload();
    await seen(page.getByRole('heading', { level: 1, name: 'Book a vaccination appointment' }));
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    await expectHtmlLang(page, 'de');
  }, 60_000);

  it('Anna books a first dose of Comirnaty for this morning and gets a booking code', async () => {
    const page = await newPage();
    await visit(page, '/');
    await passEligibility(page, ANNA.birthDate);
    const center = await chooseCenterOffering(page, 'comirnaty');
    centerId = center.id;
    centerName = center.name;

    await field(page, 'Tag').selectOption(TODAY);
    await page.getByTestId('slot').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'slot list');

    annasCode = await bookFirstSlot(page, ANNA);
    annasSecurityCode = lastSecurityCode;
    await seen(page.getByRole('img', { name: new RegExp(annasCode) }));
    const appointments = page.getByTestId('appointment-list').getByRole('listitem');
    await expectCount(appointments, 2);
    await expectText(appointments.nth(0), '1. Impfung');
    await expectText(appointments.nth(0), '23. November 2026');
    await expectText(appointments.nth(1), '2. Impfung');
    if (centerName) await expectText(appointments.nth(0), centerName);
    await expectNoSeriousA11yViolations(page, 'booking confirmation');
  }, 90_000);

  it('Anna looks up her booking with code and birth date', async () => {
    const page = await newPage();
    await visit(page, '/');
    await page.getByRole('link', { name: 'Meine Buchung' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Meine Buchung' }));
    await field(page, 'Buchungscode').fill(annasCode);
    await field(page, 'Geburtsdatum').fill(ANNA.birthDate);
    await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
    const details = page.getByTestId('booking-details');
    await expectText(details, annasCode);
    await expectText(details, 'Status: aktiv');
    await expectCount(details.getByRole('listitem'), 2);
    await expectNoSeriousA11yViolations(page, 'my booking');
  }, 60_000);

  it('Bob books as well, then changes his mind and cancels', async () => {
    const page = await newPage();
    await visit(page, '/');
    await passEligibility(page, BOB.birthDate);
    await field(page, 'Impfzentrum').selectOption(centerId);
    await field(page, 'Impfstoff').selectOption('comirnaty');
    const bobsCode = await bookFirstSlot(page, BOB, 1);

    await page.getByRole('link', { name: 'Meine Buchung' }).first().click();
    await field(page, 'Buchungscode').fill(bobsCode);
    await field(page, 'Geburtsdatum').fill(BOB.birthDate);
    await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
    await page.getByRole('button', { name: 'Buchung stornieren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buchung wirklich stornieren?' });
    await seen(dialog);
    await expectNoSeriousA11yViolations(page, 'cancel dialog');
    await dialog.getByRole('button', { name: 'Ja, stornieren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('cancel-confirmation'), 'Ihre Buchung wurde storniert.');
    await expectText(page.getByTestId('booking-details'), 'Status: storniert');
  }, 90_000);

  it('the clerk signs in and checks Anna in', async () => {
    const page = await newPage();
    await visit(page, '/staff');
    await seen(page.getByRole('heading', { level: 1, name: 'Anmeldung für Personal' }));
    await expectNoSeriousA11yViolations(page, 'staff sign-in');

    await signIn(page, 'clerk@demo.vaxops');
    await expectText(page.getByTestId('signed-in-user'), 'Empfang');
    await openDayBoard(page);
    const row = rowOf(page, annasCode);
    await expectText(row, 'Anna Muster');
    await expectText(row, 'gebucht');
    await expectNoSeriousA11yViolations(page, 'day board');

    await field(page, 'Buchungscode').fill(annasCode);
    await page.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(page.getByTestId('checkin-result'), 'Anna Muster ist eingecheckt');
    await expectExactText(row.getByTestId('appointment-status'), 'eingecheckt');
    // Clerks do not document vaccinations.
    await expectCount(page.getByRole('button', { name: /Impfung dokumentieren/ }), 0);

    // Checking in twice is refused with a clear message.
    await field(page, 'Buchungscode').fill(annasCode);
    await page.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(page.getByTestId('checkin-error'), 'bereits eingecheckt');
    await expectNoSeriousA11yViolations(page, 'day board after check-in');

    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Anmeldung für Personal' }));
  }, 90_000);

  it('the vaccinator documents the vaccination', async () => {
    const page = await newPage();
    await signIn(page, 'vaccinator@demo.vaxops');
    await openDayBoard(page);
    const row = rowOf(page, annasCode);
    await expectExactText(row.getByTestId('appointment-status'), 'eingecheckt');

    await row.getByRole('button', { name: 'Impfung dokumentieren für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfung dokumentieren für Anna Muster' });
    await seen(dialog);
    // Product and dose start as the appointment's, which the form names.
    await expectValue(field(dialog, 'Impfstoff'), 'comirnaty');
    await expectValue(field(dialog, 'Dosis'), '1');
    await expectExactText(dialog.getByTestId('record-plan'), 'Laut Termin: Comirnaty, 1. Dosis, 23.11.2026');
    const deviation = field(dialog, 'Grund der Abweichung vom Termin');
    await expectCount(deviation, 0);
    await field(dialog, 'Chargennummer').fill('FK1234');
    await field(dialog, 'Injektionsstelle').selectOption('left_upper_arm');
    // Anna tells the vaccinator her security code.
    await field(dialog, 'Sicherheitscode der Buchung').fill(annasSecurityCode);
    await expectNoSeriousA11yViolations(page, 'vaccination form');

    // Another vaccine, or a time on another day, asks for the reason of the deviation, and says what deviates.
    await field(dialog, 'Impfstoff').selectOption('spikevax');
    await seen(deviation);
    await expectText(dialog, 'Abweichend vom Termin: anderer Impfstoff.');
    await field(dialog, 'Impfstoff').selectOption('comirnaty');
    await expectCount(deviation, 0);
    const time = field(dialog, 'Zeitpunkt der Impfung');
    const now = await time.inputValue();
    await time.fill('2026-11-22T17:00');
    await seen(deviation);
    await expectText(dialog, 'Abweichend vom Termin: anderer Tag.');
    await dialog.getByRole('button', { name: 'Impfung speichern' }).click();
    await expectText(dialog, 'mindestens 5 Zeichen');
    await expect.poll(() => deviation.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectNoSeriousA11yViolations(page, 'vaccination form asking for a deviation reason');

    // At phone width the form still fits, and the server's refusal of a time in the future reads in German
    // next to the field (by its problem code, not the server's English).
    await page.setViewportSize({ width: 390, height: 844 });
    await time.fill('2026-11-23T11:30');
    await expectCount(deviation, 0);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/vaccinations') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Impfung speichern' }).click();
    expect((await refused).status()).toBe(422);
    await expectText(dialog, 'Der Zeitpunkt liegt in der Zukunft.');
    await expect.poll(() => time.getAttribute('aria-invalid'), WAIT).toBe('true');
    expect(await textOf(dialog)).not.toContain('cannot be documented');
    const overflow = () =>
      page.evaluate(() => {
        const body = document.querySelector('[role="dialog"] .mantine-Modal-body') as HTMLElement;
        return { page: document.documentElement.scrollWidth - window.innerWidth, dialog: body.scrollWidth - body.clientWidth };
      });
    expect(await overflow()).toEqual({ page: 0, dialog: 0 });
    await expectNoSeriousA11yViolations(page, 'vaccination form at phone width');
    await time.fill(now); // back to the time the form started with: the server records "now"
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByRole('button', { name: 'Impfung speichern' }).click();
    await dialog.waitFor({ state: 'detached' });

    const result = page.getByTestId('vaccination-result');
    await expectText(result, 'FK1234');
    await expectText(result, 'Linker Oberarm');
    await expectExactText(row.getByTestId('appointment-status'), 'geimpft');
    await expectNoSeriousA11yViolations(page, 'day board after vaccination');
  }, 90_000);

  it('the vaccinator corrects a mistyped lot number', async () => {
    const page = await newPage();
    await signIn(page, 'vaccinator@demo.vaxops');
    await openDayBoard(page);
    const row = rowOf(page, annasCode);
    await expectExactText(row.getByTestId('appointment-status'), 'geimpft');

    // The current record, as documented.
    await row.getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfdokumentation für Anna Muster' });
    await seen(dialog);
    await expectExactText(dialog.getByTestId('record-lot'), 'FK1234');
    await expectExactText(dialog.getByTestId('record-site'), 'Linker Oberarm');
    await expectText(dialog.getByTestId('record-administered'), '23. November 2026');
    await expectCount(dialog.getByTestId('record-correction'), 0);
    await expectNoSeriousA11yViolations(page, 'vaccination record dialog');

    // The correction form is prefilled with the record.
    await dialog.getByRole('button', { name: 'Korrigieren' }).click();
    const lot = field(dialog, 'Chargennummer');
    await expectValue(lot, 'FK1234');
    await expectValue(field(dialog, 'Impfstoff'), 'comirnaty');
    await expectValue(field(dialog, 'Dosis'), '1');
    await expectValue(field(dialog, 'Injektionsstelle'), 'left_upper_arm');

    // A reason is required; the server's field errors appear next to the field.
    await lot.fill('FK 1235');
    await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expectText(dialog, 'mindestens 3 Zeichen');
    await field(dialog, 'Grund der Korrektur').fill('Chargennummer vertippt');
    await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expect.poll(() => lot.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectNoSeriousA11yViolations(page, 'correction form with errors');

    // Fixed and saved with the keyboard; only the changed field is sent, with the reason.
    await lot.fill('FK1235');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/corrections'));
    await lot.press('Enter');
    expect((await sent).postDataJSON()).toEqual({ lotNumber: 'FK1235', reason: 'Chargennummer vertippt' });
    await dialog.waitFor({ state: 'detached' });
    const result = page.getByTestId('correction-result');
    await expectText(result, 'Korrektur gespeichert');
    await expectText(result, 'Charge FK1235');
    await expectText(result, 'ursprüngliche Eintrag bleibt erhalten');

    // Reopened, the record shows the correction and why it was made.
    await row.getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    await seen(dialog);
    await expectExactText(dialog.getByTestId('record-lot'), 'FK1235');
    await expectExactText(dialog.getByTestId('record-site'), 'Linker Oberarm');
    await expectExactText(dialog.getByTestId('record-correction'), 'Korrigiert: Chargennummer vertippt');
    await expectNoSeriousA11yViolations(page, 'corrected vaccination record dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 90_000);

  it('a correction that crosses another one is refused with a clear message', async () => {
    const page = await newPage();
    await signIn(page, 'vaccinator@demo.vaxops');
    await openDayBoard(page);
    const row = rowOf(page, annasCode);
    await row.getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfdokumentation für Anna Muster' });
    await expectExactText(dialog.getByTestId('record-lot'), 'FK1235');
    await dialog.getByRole('button', { name: 'Korrigieren' }).click();

    // Meanwhile a colleague corrects the same record.
    const colleague = await newPage();
    await signIn(colleague, 'vaccinator@demo.vaxops');
    const me = await colleague.request.get('/api/v1/auth/me');
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const board = await colleague.request.get('/api/v1/staff/appointments', { params: { centerId, date: TODAY } });
    const annas = ((await board.json()) as { bookingCode: string; vaccinationId: string }[]).find((a) => a.bookingCode === annasCode);
    const crossing = await colleague.request.post(`/api/v1/staff/vaccinations/${annas!.vaccinationId}/corrections`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { site: 'right_upper_arm', reason: 'Seite vertauscht' },
    });
    expect(crossing.status()).toBe(201);

    await field(dialog, 'Injektionsstelle').selectOption('left_thigh');
    await field(dialog, 'Grund der Korrektur').fill('Seite falsch erfasst');
    await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expectText(dialog.getByTestId('correction-conflict'), 'bereits korrigiert');
    await expectNoSeriousA11yViolations(page, 'correction conflict');

    // Reopened, the dialog shows the colleague's (now current) record.
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    await expectExactText(dialog.getByTestId('record-site'), 'Rechter Oberarm');
    await expectExactText(dialog.getByTestId('record-correction'), 'Korrigiert: Seite vertauscht');
  }, 90_000);

  it('the clerk hands out the certificate of the corrected record, in English too, but does not open the record (need to know)', async () => {
    const page = await newPage();
    await signIn(page, 'clerk@demo.vaxops');
    await openDayBoard(page);
    const row = rowOf(page, annasCode);
    await expectCount(row.getByRole('button', { name: /Dokumentation ansehen/ }), 0);
    await row.getByRole('button', { name: 'Zertifikat für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfzertifikat für Anna Muster' });
    await expectExactText(dialog.getByTestId('certificate-product'), 'Comirnaty');
    await expectCount(dialog.getByTestId('record-site'), 0);
    await expectCount(dialog.getByRole('button', { name: 'Korrigieren' }), 0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'English' }).click();
    await rowOf(page, annasCode).getByRole('button', { name: 'Certificate for Anna Muster' }).click();
    const en = page.getByRole('dialog', { name: 'Vaccination certificate for Anna Muster' });
    await expectExactText(en.getByTestId('certificate-product'), 'Comirnaty');
    expect(await textOf(en)).not.toContain('FK1235');
    await expectNoSeriousA11yViolations(page, 'certificate dialog at the desk (en)');
  }, 60_000);

  it('the vaccinator corrects the dose, at phone width: the correction says why it deviates from the appointment', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'vaccinator@demo.vaxops');
    await openDayBoard(page);
    const row = rowOf(page, annasCode);
    await row.getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfdokumentation für Anna Muster' });
    await expectExactText(dialog.getByTestId('record-appointment'), 'Comirnaty, 1. Dosis, 23.11.2026');
    await expectCount(dialog.getByTestId('record-deviation'), 0);
    await dialog.getByRole('button', { name: 'Korrigieren' }).click();
    await expectExactText(dialog.getByTestId('record-plan'), 'Laut Termin: Comirnaty, 1. Dosis, 23.11.2026');

    // Dose 2 is not the appointment's dose: the reason is asked for, and required.
    const deviation = field(dialog, 'Grund der Abweichung vom Termin');
    await expectCount(deviation, 0);
    await field(dialog, 'Dosis').selectOption('2');
    await expectText(dialog, 'Abweichend vom Termin: andere Dosis.');
    await field(dialog, 'Grund der Korrektur').fill('Dosis falsch erfasst');
    await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expect.poll(() => deviation.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectText(dialog, 'mindestens 5 Zeichen');
    const fits = await page.evaluate(() => {
      const body = document.querySelector('[role="dialog"] .mantine-Modal-body') as HTMLElement;
      return [document.documentElement.scrollWidth - window.innerWidth, body.scrollWidth - body.clientWidth];
    });
    expect(fits).toEqual([0, 0]);
    await expectNoSeriousA11yViolations(page, 'correction form asking for a deviation reason (phone)');

    const reason = 'Erstimpfung im Ausland, Nachweis vorgelegt';
    await deviation.fill(reason);
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/corrections'));
    await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
    expect((await sent).postDataJSON()).toEqual({ doseNumber: 2, reason: 'Dosis falsch erfasst', deviationReason: reason });
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('correction-result'), 'Korrektur gespeichert');

    // The record shows the reason, in German and in English.
    await row.getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    await expectExactText(dialog.getByTestId('record-dose'), '2');
    await expectExactText(dialog.getByTestId('record-deviation'), `Abweichung vom Termin: ${reason}`);
    await expectNoSeriousA11yViolations(page, 'record with a deviation (phone)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    await rowOf(page, annasCode).getByRole('button', { name: 'View record for Anna Muster' }).click();
    const en = page.getByRole('dialog', { name: 'Vaccination record for Anna Muster' });
    await expectExactText(en.getByTestId('record-deviation'), `Deviates from the appointment: ${reason}`);
    await expectExactText(en.getByTestId('record-appointment'), 'Comirnaty, dose 1, 23/11/2026');
  }, 90_000);
});
