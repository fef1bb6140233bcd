/**
 * Staff sign-in security in the browser.
 *
 * The vaccinator changes her password on her phone: the dialog explains the policy, refuses a short, a
 * well-known and a mistyped password in German, and once it is changed her session on the desk computer is
 * over. Someone guesses the agent's password until the sign-in says how long to wait. The admin leaves the
 * console open over lunch and comes back to the sign-in with a message; the clerk signs out everywhere.
 * On PostgreSQL in demo mode the console warns that demo accounts are live. axe-core checks each dialog.
 *
 * Server and browser clocks are fixed: Monday, 23 November 2026, 09:00 in Berlin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectNoSeriousA11yViolations, expectText, field, launchBrowser, noBrowserAvailable, seen, signIn, visit, type TestBrowser } from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const NEW_PASSWORD = 'Lindenblüte am Deich 2026';

describe.skipIf(noBrowserAvailable)('staff sign-in security in the browser', () => {
  let srv: TestServer;
  let browser: TestBrowser;
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });
  const loginHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Anmeldung für Personal' });

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('the vaccinator changes her password on her phone; the policy is explained and its errors are in German', async () => {
    const desk = await newPage();
    await signIn(desk, 'vaccinator@demo.vaxops');
    const phone = await newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signIn(phone, 'vaccinator@demo.vaxops');

    await phone.getByRole('button', { name: 'Passwort ändern' }).click();
    const dialog = phone.getByRole('dialog', { name: 'Passwort ändern' });
    await expectText(dialog, 'Mindestens 12 Zeichen');
    await expectNoSeriousA11yViolations(phone, 'change-password dialog');

    const fill = async (current: string, next: string, repeat = next) => {
      await field(dialog, 'Aktuelles Passwort').fill(current);
      await field(dialog, 'Neues Passwort').fill(next);
      await field(dialog, 'Neues Passwort wiederholen').fill(repeat);
      await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
    };
    await fill('demo', 'zu kurz');
    await expectText(dialog, 'Das Passwort muss mindestens 12 Zeichen lang sein.');
    await fill('demo', NEW_PASSWORD, `${NEW_PASSWORD}!`);
    await expectText(dialog, 'Die beiden neuen Passwörter stimmen nicht überein.');
    // Long enough, but among the most common passwords: the server says no, the page says why in German.
    await fill('demo', 'Password1234');
    await expectText(dialog, 'Dieses Passwort ist zu bekannt');
    await fill('nicht-demo', NEW_PASSWORD);
    await expectText(dialog, 'Das aktuelle Passwort ist falsch.');
    expect(await dialog.textContent()).not.toMatch(/password|wrong|breached/i);
    await expectNoSeriousA11yViolations(phone, 'change-password dialog with errors');

    await fill('demo', NEW_PASSWORD);
    await seen(phone.getByText('Ihr Passwort wurde geändert. Ihre Sitzungen auf anderen Geräten wurden beendet.'));
    await expectText(phone.getByTestId('signed-in-user'), 'Angemeldet als');

    // The desk computer's session is over: the next request brings back the sign-in, saying why.
    await desk.reload();
    await seen(loginHeading(desk));
    await expectText(desk.getByTestId('login-notice'), 'Ihre Sitzung ist abgelaufen');
    await field(desk, 'E-Mail').fill('vaccinator@demo.vaxops');
    await field(desk, 'Passwort').fill(NEW_PASSWORD);
    await desk.getByRole('button', { name: 'Anmelden' }).click();
    await expectText(desk.getByTestId('signed-in-user'), 'Angemeldet als');
  });

  it('after five wrong passwords the sign-in says how long to wait, in German and in English', async () => {
    const page = await newPage();
    await visit(page, '/staff');
    await seen(loginHeading(page));
    await field(page, 'E-Mail').fill('agent@demo.vaxops');
    for (let i = 1; i <= 5; i++) {
      await field(page, 'Passwort').fill(`rate-mal-${i}`);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await seen(page.getByText('E-Mail oder Passwort ist falsch.'));
    }
    await field(page, 'Passwort').fill('demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expectText(page.getByTestId('login-locked'), 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 1 Minute');
    await expectNoSeriousA11yViolations(page, 'locked sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await expectText(page.getByTestId('login-locked'), 'Too many failed sign-in attempts. Please wait 1 minute');
  });

  it('the admin leaves the console open over lunch: the next click leads back to the sign-in with a message', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.vaxops');
    // An hour on the server's clock (which has run on by the minutes of the tests before) is more than 30 idle minutes.
    srv.deps.clock = fixedClock(new Date(Date.parse(NOW) + 60 * 60_000));
    await page.getByRole('navigation', { name: 'Bereiche der Personalkonsole' }).getByRole('link', { name: 'Regeln' }).click();
    await seen(loginHeading(page));
    await expectText(page.getByTestId('login-notice'), 'Ihre Sitzung ist abgelaufen, weil Sie eine Weile nicht aktiv waren');
  });

  it('the clerk signs out everywhere after confirming; her other browser is signed out too', async () => {
    const one = await newPage();
    await signIn(one, 'clerk@demo.vaxops');
    const two = await newPage();
    await signIn(two, 'clerk@demo.vaxops');
    await one.getByRole('button', { name: 'Überall abmelden' }).click();
    const confirm = one.getByRole('dialog', { name: 'Überall abmelden?' });
    await expectText(confirm, 'auf allen Geräten');
    await expectNoSeriousA11yViolations(one, 'sign-out-everywhere confirmation');
    await confirm.getByRole('button', { name: 'Ja, überall abmelden' }).click();
    await seen(loginHeading(one));
    await expectText(one.getByTestId('login-notice'), 'Sie wurden auf allen Geräten abgemeldet.');
    await two.reload();
    await seen(loginHeading(two));
  });

  it('on PostgreSQL in demo mode the console warns that demo accounts with a known password are active', async () => {
    const config = srv.deps.config;
    srv.deps.config = { ...config, databaseUrl: 'postgres://db.example/vaxops', demo: true };
    try {
      const page = await newPage();
      await signIn(page, 'manager@demo.vaxops');
      await expectText(page.getByTestId('demo-accounts-banner'), 'Demo-Zugänge mit bekanntem Passwort aktiv');
      await expectNoSeriousA11yViolations(page, 'demo banner');
    } finally {
      srv.deps.config = config;
    }
    const page = await newPage();
    await signIn(page, 'manager@demo.vaxops');
    expect(await page.getByTestId('demo-accounts-banner').count()).toBe(0);
  });
});
