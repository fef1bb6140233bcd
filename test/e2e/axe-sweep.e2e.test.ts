/**
 * Every page, every role, both languages, desktop and phone: axe-core finds nothing serious or critical, and
 * no page (or open dialog) has a second banner landmark.
 *
 * The portal's pages (booking, my booking, registration, certificate check, the demo mailbox, the legal pages,
 * the staff sign-in, a page that does not exist) and each staff console section of citizen-facing and staff
 * roles (clerk, vaccinator, agent, admin, logistics, manager), in German and English, at 1280 and 360 pixels.
 * The demo day is loaded, so boards, tables and the mailbox have rows (a wide table on a phone scrolls).
 * Then the first-run stories: the footer carries the legal pages and the hotline (and "Personal", which left
 * the citizens' navigation), the favicon is there, and the mailbox's links open the portal's pages.
 *
 * Server and browser clocks are fixed: Monday, 23 November 2026, 09:00 in Berlin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDay } from '../../src/seed/demo.day.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectNoSeriousA11yViolations, expectText, field, launchBrowser, noBrowserAvailable, seen, visit, WAIT, type TestBrowser } from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const WIDTHS = [1280, 360] as const;
const LANGUAGES = ['de', 'en'] as const;
const PORTAL_PAGES = ['/', '/booking', '/register', '/verify', '/demo/postfach', '/impressum', '/datenschutz', '/barrierefreiheit', '/staff', '/gibt-es-nicht'];
const ROLES = ['clerk', 'vaccinator', 'agent', 'admin', 'logistics', 'manager'] as const;

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Banner landmarks as axe counts them: a page has one (its own header); a dialog must not add another. */
async function duplicateBanner(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run({ runOnly: { type: 'rule', values: ['landmark-no-duplicate-banner'] }, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.map(String).join(' ')}`));
  });
}

/** Signs a demo account in (German sign-in page) and waits until the console has replaced the sign-in. */
async function signInAs(page: Page, role: string) {
  await visit(page, '/staff');
  const login = page.getByRole('heading', { level: 1, name: 'Anmeldung für Personal' });
  await seen(login);
  await field(page, 'E-Mail').fill(`${role}@demo.vaxops`);
  await field(page, 'Passwort').fill('demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect.poll(() => login.count(), WAIT).toBe(0);
  await seen(page.locator('main h1'));
}

/** axe on the page as it is, plus the banner check. */
async function check(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page, where);
  expect(await duplicateBanner(page), `landmarks on ${where}`).toEqual([]);
}

describe.skipIf(noBrowserAvailable)('axe sweep: every page, role, language and width', () => {
  let srv: TestServer;
  let browser: TestBrowser;

  /** A page in the given language (stored the way the language switch stores it) and width. */
  async function pageIn(lang: (typeof LANGUAGES)[number], width: number) {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    // Only on the first load: the language switch's choice stays after that.
    await page.addInitScript((l) => {
      if (window.sessionStorage.getItem('sweep.lang')) return;
      window.sessionStorage.setItem('sweep.lang', l);
      window.localStorage.setItem('vaxops.lang', l);
    }, lang);
    await page.setViewportSize({ width, height: width < 500 ? 780 : 900 });
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
    await seedDemoDay(srv.deps); // a board with people, a mailbox with messages, tables with rows
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  for (const lang of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`the portal's pages (${lang}, ${width} px)`, async () => {
        const page = await pageIn(lang, width);
        for (const path of PORTAL_PAGES) {
          await visit(page, path);
          await seen(page.locator('main h1'));
          await check(page, `${path} (${lang}, ${width} px)`);
        }
      });
    }
  }

  for (const role of ROLES) {
    it(`the staff console of ${role}: every section and the account dialog, German and English, 1280 and 360 px`, async () => {
      const page = await pageIn('de', 1280);
      await signInAs(page, role);
      for (const lang of LANGUAGES) {
        if (lang === 'en') await page.getByTestId('language-switch').click();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width < 500 ? 780 : 900 });
          await visit(page, '/staff');
          await seen(page.locator('main h1'));
          const nav = page.getByTestId('console-nav');
          const sections = (await nav.count()) ? await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)) : ['/staff'];
          for (const href of sections) {
            await visit(page, href);
            await seen(page.locator('main h1'));
            await check(page, `${href} as ${role} (${lang}, ${width} px)`);
            if (href.endsWith('/dose-plans')) {
              // The plans of a center: the wide table (on a phone it scrolls).
              await page.locator('main select').first().selectOption({ index: 1 });
              await seen(page.getByTestId('plans-table'));
              await check(page, `${href} with a center as ${role} (${lang}, ${width} px)`);
            }
          }
          // A dialog (Mantine's modal) over the console: still one banner, still nothing serious.
          await page.getByRole('button', { name: lang === 'de' ? 'Passwort ändern' : 'Change password' }).first().click();
          await seen(page.getByRole('dialog'));
          await check(page, `the password dialog as ${role} (${lang}, ${width} px)`);
          await page.keyboard.press('Escape');
          await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
        }
      }
    });
  }

  it('the logistics tables on a phone scroll in a named region the keyboard reaches', async () => {
    const page = await pageIn('de', 360);
    await signInAs(page, 'logistics');
    await visit(page, '/staff/dose-plans');
    await page.locator('main select').first().selectOption({ index: 1 });
    const table = page.getByTestId('plans-table');
    await seen(table);
    await page.waitForLoadState('networkidle');
    const box = await table.evaluate((el) => {
      const region = el.closest('[role="region"]') as HTMLElement | null;
      return region && { tabIndex: region.tabIndex, label: region.getAttribute('aria-label'), scrolls: region.scrollWidth > region.clientWidth, overflow: getComputedStyle(region).overflowX };
    });
    // Wider than the phone: it scrolls, in a box the keyboard reaches and a screen reader names.
    expect(box).toEqual({ tabIndex: 0, label: 'Dosen je Tag', scrolls: true, overflow: 'auto' });
    await table.evaluate((el) => (el.closest('[role="region"]') as HTMLElement).focus());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => table.evaluate((el) => el.closest('[role="region"]')!.scrollLeft), WAIT).toBeGreaterThan(0);
  });

  it('the footer has the imprint, privacy notice, accessibility statement, hotline and the staff sign-in; the main navigation has no "Personal"', async () => {
    const page = await pageIn('de', 360);
    await visit(page, '/');
    const mainNav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await seen(mainNav);
    expect(await mainNav.getByRole('link', { name: 'Personal' }).count()).toBe(0);
    const footer = page.locator('footer');
    await expectText(footer.getByTestId('footer-hotline'), 'Hotline: 0800 555 0116');
    expect(await footer.getByRole('link', { name: /Hotline anrufen/ }).getAttribute('href')).toBe('tel:08005550116');

    await footer.getByRole('link', { name: 'Impressum' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Impressum' }));
    await expectText(page.locator('main'), 'Freistaat Demo');
    await footer.getByRole('link', { name: 'Datenschutz' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Datenschutzerklärung' }));
    await expectText(page.locator('main'), 'Ihre Rechte');
    await footer.getByRole('link', { name: 'Barrierefreiheit' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }));
    await expectText(page.locator('main'), 'Schlichtungsverfahren');
    await page.getByTestId('language-switch').click();
    await seen(page.getByRole('heading', { level: 1, name: 'Accessibility statement' }));
    await expectText(page.locator('main'), 'Conciliation');
    await page.locator('footer').getByRole('link', { name: 'Staff' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Staff sign-in' }));

    // An organisation puts in its own imprint: the portal shows it, without the sample note.
    const admin = (await import('../support/http.js')).client(srv.url);
    await admin.signIn('admin@demo.vaxops');
    const put = await admin.request('PUT', '/api/v1/admin/settings', { legal: { imprint: { de: '## Herausgeber\nLand Beispiel', en: '## Publisher\nState of Example' }, hotline: '+49 30 1234567' } });
    expect(put.status).toBe(200);
    const fresh = await pageIn('de', 1280);
    await visit(fresh, '/impressum');
    await expectText(fresh.locator('main'), 'Land Beispiel');
    expect(await fresh.getByText('Musterangaben').count()).toBe(0);
    await expectText(fresh.locator('footer').getByTestId('footer-hotline'), '+49 30 1234567');

    // The favicon is served and linked.
    expect((await fetch(`${srv.url}/favicon.svg`)).headers.get('content-type')).toContain('image/svg+xml');
    expect(await fresh.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
  });

  it('the demo mailbox shows what the outbox sent with links that open the portal: a confirmation link confirms', async () => {
    const page = await pageIn('de', 360);
    await visit(page, '/demo/postfach');
    await expectText(page.locator('main'), 'Sie können jetzt einen Impftermin buchen');
    await expectText(page.locator('main'), 'Erinnerung');
    const link = page.getByTestId('mailbox-link').filter({ hasText: '/confirm-email?token=' }).first();
    await seen(link);
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/confirm-email');
    await seen(page.locator('main h1'));
  });
});
