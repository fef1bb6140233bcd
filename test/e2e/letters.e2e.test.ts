/**
 * Issue 14, points 1 and 9 in the browser: the booking form checks what the registration form checks (a
 * birth date in the past, the phone number's format), and a person who gives neither e-mail nor phone is
 * asked for the postal address the letters go to; a booking made in English gets English letters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectNoSeriousA11yViolations, expectText, field, launchBrowser, noBrowserAvailable, seen, visit, type TestBrowser } from './browser.js';
import { tenantBySlug } from '../../src/modules/tenants/tenants.service.js';
import { decryptPayload } from '../../src/modules/notifications/notifications.service.js';

const NOW = '2026-11-23T09:00:00+01:00';
const DAY = '2026-11-25';

describe.skipIf(noBrowserAvailable)('letters that arrive: the booking form asks for the postal address', () => {
  let srv: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  /** Step 1 (the birth date; `lang` picks the labels), then the first center, Comirnaty, the day and its first time. */
  async function chooseSlot(page: Page, birthDate: string, lang: 'de' | 'en' = 'de') {
    const L =
      lang === 'de'
        ? { step: '1. Dürfen Sie schon buchen?', birth: 'Ihr Geburtsdatum', go: 'Weiter', center: 'Impfzentrum', product: 'Impfstoff', day: 'Tag' }
        : { step: '1. May you book yet?', birth: 'Your date of birth', go: 'Continue', center: 'Vaccination center', product: 'Vaccine', day: 'Day' };
    const step = page.getByRole('region', { name: L.step });
    await field(step, L.birth).fill(birthDate);
    await step.getByRole('button', { name: L.go, exact: true }).click();
    await seen(step.getByTestId('eligible'));
    const centerSelect = field(page, L.center);
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await centerSelect.selectOption({ index: 1 });
    await field(page, L.product).selectOption('comirnaty');
    await field(page, L.day).selectOption(DAY);
    await page.getByTestId('slot').first().waitFor();
    await page.getByTestId('slot').first().click();
  }

  it('Walter (German, phone width) is told about a future birth date and a malformed phone number before anything is sent', async () => {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    await page.setViewportSize({ width: 360, height: 800 });
    await visit(page, '/');
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    await chooseSlot(page, '1940-01-01');
    let posted = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/public/bookings')) posted++;
    });
    await field(page, 'Vorname').fill('Walter');
    await field(page, 'Nachname').fill('Zukunft');
    // The birth date of step 1 is carried into the form; mistyped there, the form says so.
    await field(page, 'Geburtsdatum').fill('2099-01-01');
    await field(page, 'Postleitzahl').fill('10115');
    await field(page, 'Telefon (optional)').fill('abc');
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await expectText(page.getByRole('form', { name: '4. Ihre Angaben' }), 'Bitte geben Sie ein gültiges Geburtsdatum an');
    await expectText(page.getByRole('form', { name: '4. Ihre Angaben' }), 'Bitte geben Sie eine gültige Telefonnummer an.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('birthDate');
    expect(posted).toBe(0);
    await expectNoSeriousA11yViolations(page, 'booking form with client-side errors');
  }, 90_000);

  it('Edith books in English without e-mail or phone: she is asked for her street and city, and her letter is in English', async () => {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    await visit(page, '/');
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Book a vaccination appointment' }));
    await chooseSlot(page, '1936-06-06', 'en');
    await field(page, 'Given name').fill('Edith');
    await field(page, 'Family name').fill('Brief');
    await field(page, 'Postal code').fill('10115');
    // Neither e-mail nor phone: the letters need her address.
    const postal = page.getByTestId('postal-address');
    await seen(postal.getByRole('heading', { name: 'Confirmation by letter' }));
    await page.getByRole('button', { name: 'Book now' }).click();
    await expectText(postal, 'For letters we need your postal address');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('street');
    await expectNoSeriousA11yViolations(page, 'booking form asking for the postal address');
    await field(postal, 'Street and house number').fill('Lindenweg 3');
    await field(postal, 'City').fill('Berlin');
    await page.getByRole('button', { name: 'Book now' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Booking confirmed' }));

    // The confirmation letter waits for the printer, to her full address, in English.
    const tenant = await tenantBySlug(srv.deps, 'demo');
    const letters = await sql<{ language: string; payload: Buffer }>`
      select language, payload from outbox where channel = 'letter' and template = 'booking-confirmation'`.execute(srv.deps.db.owner);
    expect(letters.rows).toHaveLength(1);
    expect(letters.rows[0].language).toBe('en');
    expect(decryptPayload(tenant, letters.rows[0].payload).to).toEqual({ name: 'Edith Brief', street: 'Lindenweg 3', city: 'Berlin', postalCode: '10115' });

    // With a phone number instead, the address is not asked for.
    await visit(page, '/');
    await chooseSlot(page, '1936-06-06', 'en');
    await field(page, 'Phone (optional)').fill('+49 151 1234567');
    expect(await page.getByTestId('postal-address').count()).toBe(0);
  }, 120_000);
});
