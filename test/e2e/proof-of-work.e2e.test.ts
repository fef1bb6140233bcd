/**
 * Proof of work in the browser: with the ALTCHA challenge switched on, a citizen books through the portal.
 * The browser fetches a challenge, solves it in a Web Worker while the form says "Sicherheitsprüfung läuft …",
 * and sends the solution in X-Altcha; the server accepts it once and the booking is confirmed.
 *
 * Uses its own build of the web app when VAXOPS_WEB_DIR is set in the environment (default dist/web).
 */
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectNoSeriousA11yViolations, field, launchBrowser, noBrowserAvailable, passEligibility, seen, visit, type TestBrowser } from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const TODAY = '2026-11-23';
const PERSON = { givenName: 'Paula', familyName: 'Prüfung', birthDate: '1939-02-14', postalCode: '01067' };

describe.skipIf(noBrowserAvailable)('proof of work in the browser', () => {
  let srv: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({
      now: NOW,
      env: {
        VAXOPS_WEB_DIR: path.resolve(process.env.VAXOPS_WEB_DIR ?? 'dist/web'),
        VAXOPS_CAPTCHA: 'on',
        VAXOPS_CAPTCHA_COMPLEXITY: '20000',
      },
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('a citizen books with captcha on: the browser solves the challenge and the booking succeeds', async () => {
    const page = await browser.newPage(srv.url, { fixedTime: NOW });
    const sent: { altcha?: string }[] = [];
    let workerLoaded = false;
    page.on('request', (req) => {
      if (/\/pow\.worker[^/]*\.js$/.test(new URL(req.url()).pathname)) workerLoaded = true;
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/public/bookings') sent.push({ altcha: req.headers()['x-altcha'] });
    });

    await visit(page, '/');
    await seen(page.getByRole('heading', { level: 1, name: 'Impftermin buchen' }));
    await passEligibility(page, PERSON.birthDate);
    const centerSelect = field(page, 'Impfzentrum');
    const productSelect = field(page, 'Impfstoff');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    const centers = await centerSelect.locator('option').evaluateAll((els) => els.map((el) => el.getAttribute('value') ?? '').filter(Boolean));
    let chosen = false;
    for (const id of centers) {
      await centerSelect.selectOption(id);
      if ((await productSelect.locator('option[value="comirnaty"]').count()) > 0) {
        await productSelect.selectOption('comirnaty');
        chosen = true;
        break;
      }
    }
    expect(chosen).toBe(true);
    await field(page, 'Tag').selectOption(TODAY);
    await page.getByTestId('slot').first().click();
    await field(page, 'Vorname').fill(PERSON.givenName);
    await field(page, 'Nachname').fill(PERSON.familyName);
    await field(page, 'Geburtsdatum').fill(PERSON.birthDate);
    await field(page, 'Postleitzahl').fill(PERSON.postalCode);
    await field(page, 'Telefon (optional)').fill('+49 151 5550001'); // a way to reach her

    // The status region is there (empty) before the check, so screen readers announce it when it starts.
    const status = page.getByTestId('pow-status');
    expect(await status.getAttribute('role')).toBe('status');
    await status.evaluate((el) => {
      const w = window as unknown as { powSeen: string[] };
      w.powSeen = [];
      new MutationObserver(() => w.powSeen.push(el.textContent ?? '')).observe(el, { childList: true, subtree: true, characterData: true });
    });
    await expectNoSeriousA11yViolations(page, 'booking form with the security check');

    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
    const code = ((await page.getByTestId('booking-code').textContent()) ?? '').trim();
    expect(code).not.toBe('');
    await expectNoSeriousA11yViolations(page, 'confirmation after proof of work');

    // The form said what it was doing while the browser worked.
    const seenTexts = await page.evaluate(() => (window as unknown as { powSeen: string[] }).powSeen);
    expect(seenTexts.some((t) => t.includes('Sicherheitsprüfung läuft …'))).toBe(true);
    // ...in a Web Worker, off the main thread.
    expect(workerLoaded).toBe(true);

    // One POST, carrying a solution of one of our challenges, which the server spent.
    expect(sent).toHaveLength(1);
    const payload = JSON.parse(Buffer.from(sent[0].altcha ?? '', 'base64').toString('utf8'));
    expect(payload).toMatchObject({ algorithm: 'SHA-256' });
    expect(payload.number).toBeLessThanOrEqual(20000);
    const spent = await sql<{ signature: string }>`select signature from altcha_spent`.execute(srv.deps.db.owner);
    expect(spent.rows.map((r) => r.signature)).toEqual([payload.signature]);
    const booked = await sql<{ n: number }>`select count(*)::int as n from bookings where status = 'active'`.execute(srv.deps.db.owner);
    expect(booked.rows[0].n).toBeGreaterThanOrEqual(1);
  }, 90_000);
});
