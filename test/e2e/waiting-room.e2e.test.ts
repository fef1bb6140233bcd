/**
 * The digital waiting room, seen through the browser.
 *
 * The room is on and admits 20 people a minute (one every 3 s). Two people are already in line
 * (taken through the API), so Anna gets the waiting page with her position, is admitted by the page
 * itself, and books. The waiting page is checked with axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { client } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectNoSeriousA11yViolations, expectText, field, launchBrowser, noBrowserAvailable, passEligibility, seen, signIn, textOf, visit, WAIT, type TestBrowser } from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const TODAY = '2026-11-23';

describe.skipIf(noBrowserAvailable)('waiting room in the browser', () => {
  let srv: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW, env: { VAXOPS_WAITING_ROOM: 'on', VAXOPS_WAITING_ROOM_RATE: '20' } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  async function chooseCenterOffering(page: Page, productId: string) {
    const centerSelect = field(page, 'Impfzentrum');
    const productSelect = field(page, 'Impfstoff');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    const values = await centerSelect.locator('option').evaluateAll((els) => els.map((el) => el.getAttribute('value') ?? ''));
    for (const value of values.filter((v) => v !== '')) {
      await centerSelect.selectOption(value);
      if ((await productSelect.locator(`option[value="${productId}"]`).count()) > 0) {
        await productSelect.selectOption(productId);
        return;
      }
    }
    throw new Error(`no center offers ${productId}`);
  }

  it('a citizen waits with position and estimate, is let in by the page itself and books', async () => {
    // Two people ahead: the first is in at once, the second waits 3 s.
    const api = client(srv.url);
    for (let i = 0; i < 2; i++) expect((await api.post('/api/v1/public/waiting-room/tickets', {})).status).toBe(201);

    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    await visit(page, '/');
    await seen(page.getByRole('heading', { level: 1, name: 'Warteraum' }));
    const status = page.getByTestId('waiting-room-status');
    await expect.poll(() => textOf(status), WAIT).toMatch(/Ihre Position in der Warteschlange: [12]/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await textOf(status)).toContain('Geschätzte Wartezeit');
    await expectNoSeriousA11yViolations(page, 'waiting room');

    // Admitted without doing anything: the booking page appears and the token is kept for this tab.
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    expect(await page.getByTestId('waiting-room').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('vaxops.admission'))).toContain('a1.');

    await passEligibility(page, '1940-04-12');
    await chooseCenterOffering(page, 'comirnaty');
    await field(page, 'Tag').selectOption(TODAY);
    const slots = page.getByTestId('slot');
    await slots.first().waitFor();
    await slots.first().click();
    await field(page, 'Vorname').fill('Anna');
    await field(page, 'Nachname').fill('Warteraum');
    await field(page, 'Geburtsdatum').fill('1940-04-12');
    await field(page, 'Postleitzahl').fill('01067');
    await field(page, 'Telefon (optional)').fill('+49 151 5550002'); // a way to reach her
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
    expect(((await page.getByTestId('booking-code').textContent()) ?? '').trim()).not.toBe('');
  }, 90_000);

  it('a booking refused for want of admission sends the citizen to the waiting room and keeps the form', async () => {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    await visit(page, '/');
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    // The admission runs out (here: is thrown away) while the form is being filled in.
    await passEligibility(page, '1941-05-13');
    await chooseCenterOffering(page, 'comirnaty');
    await field(page, 'Tag').selectOption(TODAY);
    await page.getByTestId('slot').first().waitFor();
    await page.getByTestId('slot').first().click();
    await field(page, 'Vorname').fill('Berta');
    await field(page, 'Nachname').fill('Warteraum');
    await field(page, 'Geburtsdatum').fill('1941-05-13');
    await field(page, 'Postleitzahl').fill('01067');
    await field(page, 'Telefon (optional)').fill('+49 151 5550003'); // a way to reach her
    await page.evaluate(() => sessionStorage.removeItem('vaxops.admission'));
    // Two people join just before her, so she waits (3 s each) however long filling in the form took: an
    // idle room re-bases its clock on the next arrival, and a slow run would otherwise let her in at once.
    const api = client(srv.url);
    for (let i = 0; i < 2; i++) expect((await api.post('/api/v1/public/waiting-room/tickets', {})).status).toBe(201);
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Warteraum' }));
    await expect.poll(() => textOf(page.getByTestId('waiting-room-status')), WAIT).toMatch(/Ihre Position in der Warteschlange: [1-3]/);
    // Let in again: the form is still filled in, one more click books.
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    expect(await field(page, 'Vorname').inputValue()).toBe('Berta');
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
  }, 90_000);

  it('the campaign admin sees the room and switches it off; citizens then go straight in', async () => {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    await visit(page, '/staff');
    await signIn(page, 'admin@demo.vaxops');
    await page.getByRole('link', { name: 'Warteraum' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Warteraum' }));
    await expectText(page.getByTestId('waiting-room-admin-status'), 'Der Warteraum ist an.');
    await expectNoSeriousA11yViolations(page, 'waiting room (console)');
    await page.getByRole('radio', { name: 'Aus' }).check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expectText(page.getByTestId('waiting-room-admin-status'), 'Der Warteraum ist aus.');

    const citizen = await browser.newPage(srv.url, { fixedTime: NOW });
    await visit(citizen, '/');
    await seen(citizen.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    expect(await citizen.getByTestId('waiting-room').count()).toBe(0);
  }, 60_000);
});
