/**
 * Shared helpers of the browser tests: Chromium with this machine's flags, the "no Chromium → skip,
 * REQUIRE_BROWSER=1 → fail" rule, axe-core checks, and small polling assertions on Playwright
 * locators (Vitest has no web-first matchers).
 *
 * A test file uses it like this:
 *
 *     describe.skipIf(noBrowserAvailable)('…', () => {
 *       beforeAll(async () => { browser = await launchBrowser(); srv = await startTestServer(…); });
 *       afterAll(async () => { await browser?.close(); await srv?.close(); });
 *       const newPage = () => browser.newPage(srv.url);
 *     });
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Where the system Chromium lives (`apt-get install chromium`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Whether Chromium is installed on this machine. */
export const chromiumInstalled = existsSync(CHROMIUM_PATH);
/** Whether REQUIRE_BROWSER=1 makes a missing Chromium a failure instead of a skip. */
export const browserRequired = process.env.REQUIRE_BROWSER === '1';
/** True when the browser tests are to be skipped: no Chromium and not required (use with `describe.skipIf`). */
export const noBrowserAvailable = !chromiumInstalled && !browserRequired;

if (noBrowserAvailable) {
  console.warn(
    `Chromium not installed; browser tests skipped (expected ${CHROMIUM_PATH}; ` +
      'install it with `apt-get install chromium`, set REQUIRE_BROWSER=1 to make this a failure).',
  );
}

/** Timeout and poll interval of the polling assertions below. */
export const WAIT = { timeout: 15_000, interval: 100 };

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** A launched Chromium that opens pages in fresh contexts and closes them all at the end. */
export interface TestBrowser {
  /** A page in a new German, Berlin-time, reduced-motion context at `baseURL`; `fixedTime` fixes the browser clock. */
  newPage(baseURL: string, opts?: { fixedTime?: string }): Promise<Page>;
  /** Closes every context opened, then the browser. */
  close(): Promise<void>;
}

/** Launches Chromium with this machine's flags; fails clearly when REQUIRE_BROWSER=1 and Chromium is missing. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!chromiumInstalled) {
    throw new Error(`REQUIRE_BROWSER=1 but Chromium is not installed at ${CHROMIUM_PATH}; install it with \`apt-get install chromium\`.`);
  }
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  return {
    async newPage(baseURL, opts = {}) {
      const context = await browser.newContext({
        baseURL,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        viewport: { width: 1280, height: 900 },
        // The UI honours prefers-reduced-motion: dialogs open and close without animation.
        reducedMotion: 'reduce',
      });
      // "Today" in the browser is then the server's day (date fields and windows start from it).
      if (opts.fixedTime) await context.clock.setFixedTime(new Date(opts.fixedTime));
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // The server's Content-Security-Policy must not block anything the app does (Chromium reports each refusal).
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspViolations.push(`${page.url()}: ${msg.text()}`);
      });
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
  };
}

/** The first match's text with whitespace collapsed, or '' when nothing matches. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** Waits until the first match is visible. */
export async function seen(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: WAIT.timeout });
}

/** Polls until the locator's text contains `expected`. */
export async function expectText(locator: Locator, expected: string): Promise<void> {
  await expect.poll(() => textOf(locator), WAIT).toContain(expected);
}

/** Polls until the locator's text is exactly `expected`. */
export async function expectExactText(locator: Locator, expected: string): Promise<void> {
  await expect.poll(() => textOf(locator), WAIT).toBe(expected);
}

/** Polls until the locator matches exactly `expected` elements. */
export async function expectCount(locator: Locator, expected: number): Promise<void> {
  await expect.poll(() => locator.count(), WAIT).toBe(expected);
}

/** Polls until the form control's value is exactly `expected`. */
export async function expectValue(locator: Locator, expected: string): Promise<void> {
  await expect.poll(() => locator.inputValue(), WAIT).toBe(expected);
}

/** Polls until `<html lang>` is `expected`. */
export async function expectHtmlLang(page: Page, expected: string): Promise<void> {
  await expect.poll(() => page.getAttribute('html', 'lang'), WAIT).toBe(expected);
}

/** A form control by its visible label (Mantine appends " *" to required labels). */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/**
 * The booking page's first step (German): the birth date, and a postal code for the nearest centers; the centers,
 * days and the form follow once the rules let the person book.
 */
export async function passEligibility(page: Page, birthDate: string, postalCode?: string): Promise<void> {
  const step = page.getByRole('region', { name: '1. Dürfen Sie schon buchen?' });
  await field(step, 'Ihr Geburtsdatum').fill(birthDate);
  if (postalCode) await field(step, 'Ihre Postleitzahl (optional, für Impfzentren in Ihrer Nähe)').fill(postalCode);
  await step.getByRole('button', { name: 'Weiter', exact: true }).click();
  await seen(step.getByTestId('eligible'));
}

/** Opens a page of the web app; the server must answer with the app itself (200). */
export async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path} should serve the web app`).toBe(200);
}

/** Signs in at /staff with the demo password and waits for the section the role lands on. */
export async function signIn(page: Page, email: string, landing = 'Tagesübersicht'): Promise<void> {
  await visit(page, '/staff');
  await seen(page.getByRole('heading', { level: 1, name: 'Anmeldung für Personal' }));
  await field(page, 'E-Mail').fill(email);
  await field(page, 'Passwort').fill('demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await seen(page.getByRole('heading', { level: 1, name: landing }));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the current page and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline script) does
  // not govern; a <script> tag with axe's code would be refused like any inline script.
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (): Promise<AxeViolation[]> => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    };
    const axe = (globalThis as unknown as { axe: { run: (opts?: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.map(String).join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    console.error(`axe: serious/critical violations on ${where}:\n${JSON.stringify(serious, null, 2)}`);
  }
  expect(serious, `accessibility violations on ${where}`).toEqual([]);
}
