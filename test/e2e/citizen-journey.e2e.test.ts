/**
 * The citizen journey, seen through the browser, with citizen verification on (as by default).
 *
 * Greta (65, so priority group 3) first proves control of her e-mail address: the portal sends a 6-digit
 * code, which she reads in the demo mailbox (the try-out has no real mail for her; here the test reads the
 * demo mailbox page) and types in. Then she registers at phone width. Group 3 has no start date under the
 * demo rules, so she is told she is not eligible yet and will be invited. Her address needs no confirmation
 * link: the code confirmed it. The admin then publishes a rule
 * set that opens group 3 and sends an invitation wave; Greta opens the link in her invitation mail,
 * books the series (two appointments), gets a reminder the day before, signs in on "Meine Buchung" with a
 * code again, finds her booking under "Meine Termine", moves her second appointment and finally cancels the
 * booking there. Mails go through a real SMTP server
 * started by the test; the outbox is flushed with deliverDue (the test server runs no worker).
 * Every page visited is checked with axe-core for serious or critical accessibility violations.
 *
 * Server and browser clocks are fixed at Monday, 23 November 2026, 09:00 in Berlin.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { deliverDue, queueReminders } from '../../src/jobs/outbox.worker.js';
import { demoRules } from '../../src/modules/eligibility/eligibility.demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtpSink, tokensIn, type Mail, type SmtpSink } from '../support/smtp.js';
import {
  WAIT,
  expectCount,
  expectNoSeriousA11yViolations,
  expectText,
  field,
  launchBrowser,
  noBrowserAvailable,
  seen,
  textOf,
  visit,
  type TestBrowser,
} from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
/** Greta books her first dose for Wednesday; the reminder goes out on Tuesday. */
const FIRST_DOSE_DAY = '2026-11-25';
const REMINDER_AT = new Date('2026-11-24T09:00:00+01:00');
const GRETA = {
  givenName: 'Greta',
  familyName: 'Probe',
  birthDate: '1961-05-14', // 65 on the story's day: priority group 3
  postalCode: '01067',
  street: 'Lindenallee 3',
  city: 'Demostadt',
  email: 'greta.probe@example.org',
};
/** Registered (through the API) in the same group; he declines his invitation. */
const HANS = { givenName: 'Hans', familyName: 'Warte', birthDate: '1960-02-02', postalCode: '04109', email: 'hans.warte@example.org' };


/** Phone width: the portal must work on a 360 px wide screen. */
const PHONE = { width: 360, height: 780 };

/** Exactly one h1 on the page. */
async function expectOneH1(page: Page): Promise<void> {
  await expectCount(page.locator('h1'), 1);
}

describe.skipIf(noBrowserAvailable)('citizen journey in the browser: register, confirm, invitation, booking, reminder, move, cancel', () => {
  let srv: TestServer;
  let smtp: SmtpSink;
  let browser: TestBrowser;
  // "Today" in the browser is the server's day (date fields and the move window start from it).
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });

  // Filled in while the story unfolds.
  let bookingCode = '';

  /** Delivers what the outbox holds and returns the mails to `address` that arrived meanwhile. */
  async function deliver(address: string, now?: Date): Promise<Mail[]> {
    const before = smtp.mails.length;
    await deliverDue(srv.deps, now);
    await expect.poll(() => smtp.mails.slice(before).filter((m) => m.to.includes(address)).length, WAIT).toBeGreaterThan(0);
    return smtp.mails.slice(before).filter((m) => m.to.includes(address));
  }

  /** The path and query of the link to `path` in the mails (`/confirm-email?token=...`). */
  function linkIn(mails: Mail[], path: string): string {
    const [token] = tokensIn(mails, path);
    if (token) return `${path}?token=${token}`;
    throw new Error(`no ${path} link in ${mails.length} mail(s):\n${mails.map((m) => m.text.slice(0, 3000)).join('\n---\n')}`);
  }

  /** The newest code the demo mailbox page shows for an address (masked there as "g***@example.org"). */
  async function codeFromMailboxPage(email: string): Promise<string> {
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await visit(page, '/demo/postfach');
    await seen(page.getByRole('heading', { level: 1, name: 'Demo-Postfach' }));
    const masked = `${email[0]}***@${email.split('@')[1]}`;
    const message = page.getByTestId('mailbox-message').filter({ hasText: `An: ${masked}` }).filter({ hasText: 'Ihr Bestätigungscode' }).first();
    await seen(message);
    const code = /Ihr Bestätigungscode: (\d{6})/.exec(await textOf(message))?.[1];
    expect(code, await textOf(message)).toMatch(/^\d{6}$/);
    await page.close();
    return code!;
  }

  /** Greta (or another) proves control of an e-mail address in the verification step of the page. */
  async function verifyInBrowser(page: Page, email: string): Promise<void> {
    const step = page.getByTestId('verification-step');
    await seen(step);
    await field(step, 'E-Mail-Adresse').fill(email);
    await step.getByRole('button', { name: 'Code senden' }).click();
    await expectText(page.getByTestId('code-sent'), `Wir haben einen 6-stelligen Code an ${email} gesendet.`);
    const input = field(step, 'Bestätigungscode (6 Ziffern)');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await input.getAttribute('inputmode')).toBe('numeric');
    await seen(step.getByTestId('demo-mailbox-link'));
    await input.fill(await codeFromMailboxPage(email));
    await step.getByRole('button', { name: 'Weiter' }).click();
    await expectText(page.getByTestId('citizen-session'), `Bestätigt: ${email[0]}***@${email.split('@')[1]}`);
  }

  /** A verified session through the API (as a partner app would do it), the code read from the demo mailbox API. */
  async function verifiedToken(email: string): Promise<string> {
    const page = await newPage();
    const started = await page.request.post('/api/v1/public/verifications', { data: { email } });
    expect(started.status()).toBe(202);
    const { verificationId } = (await started.json()) as { verificationId: string };
    const box = (await (await page.request.get('/api/v1/demo/mailbox')).json()) as { to: string; subject: string }[];
    const masked = `${email[0]}***@${email.split('@')[1]}`;
    const code = /(\d{6})/.exec(box.find((m) => m.to === masked && m.subject.startsWith('Ihr Bestätigungscode'))!.subject)![1];
    const checked = await page.request.post(`/api/v1/public/verifications/${verificationId}/code`, { data: { code } });
    expect(checked.status()).toBe(201);
    return ((await checked.json()) as { token: string }).token;
  }

  /** Signs the admin in through the API; returns a request context with session and CSRF token. */
  async function adminApi() {
    const page = await newPage();
    const login = await page.request.post('/api/v1/auth/login', { data: { email: 'admin@demo.vaxops', password: 'demo' } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    return {
      async post(path: string, data: unknown) {
        const res = await page.request.post(path, { data: data as object, headers: { 'x-csrf-token': csrfToken } });
        const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
        return { status: res.status(), body };
      },
    };
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    smtp = await startSmtpSink();
    srv = await startTestServer({
      now: NOW,
      env: { VAXOPS_SMTP_URL: smtp.url, VAXOPS_OUTBOX_INTERVAL_MS: '200', VAXOPS_CITIZEN_VERIFICATION: 'on' },
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await smtp?.close();
  }, 60_000);

  it('the registration page asks for a verified contact first, reachable from the navigation, labelled, and checks its fields', async () => {
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await visit(page, '/');
    await page.getByRole('button', { name: 'English' }).waitFor();
    await visit(page, '/register');
    await seen(page.getByRole('heading', { level: 1, name: 'Für die Impfung registrieren' }));
    await expectOneH1(page);
    const step = page.getByTestId('verification-step');
    await seen(step.getByRole('heading', { name: 'E-Mail-Adresse oder Handynummer bestätigen' }));
    await expectNoSeriousA11yViolations(page, 'verification step');

    // A malformed address is explained next to the field; the keyboard reaches everything.
    await field(step, 'E-Mail-Adresse').fill('keine-adresse');
    await field(step, 'E-Mail-Adresse').press('Enter');
    await expectText(step, 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    // A wrong code is refused in German, not with the server's English detail.
    await field(step, 'E-Mail-Adresse').fill('probe@example.org');
    await step.getByRole('button', { name: 'Code senden' }).click();
    await field(step, 'Bestätigungscode (6 Ziffern)').fill('000000');
    await step.getByRole('button', { name: 'Weiter' }).click();
    const right = await codeFromMailboxPage('probe@example.org');
    if (right !== '000000') await expectText(step, 'Dieser Code stimmt nicht. Bitte prüfen Sie die Ziffern.');
    await expectNoSeriousA11yViolations(page, 'verification step with a wrong code');
    await field(step, 'Bestätigungscode (6 Ziffern)').fill(right);
    await step.getByRole('button', { name: 'Weiter' }).click();
    await expectText(page.getByTestId('citizen-session'), 'Bestätigt: p***@example.org');

    // Submitting empty: errors next to the fields, focus on the first one.
    await page.getByRole('button', { name: 'Registrieren', exact: true }).click();
    await expectText(page.getByRole('alert').first(), 'Bitte prüfen Sie die markierten Felder.');
    await expect.poll(() => field(page, 'Vorname').getAttribute('aria-invalid'), WAIT).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), WAIT).toBe('givenName');
    await expectText(page.locator('form'), 'Bitte bestätigen Sie, dass Sie die Hinweise gelesen haben.');
    await expectText(page.getByTestId('verified-contact'), 'p***@example.org');
    await expectNoSeriousA11yViolations(page, 'registration form with errors');

    // The page speaks English too; the preferred language follows the UI language.
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Register for vaccination' }));
    await seen(page.getByRole('checkbox', { name: 'I work as a teacher or in childcare' }));
    await expectNoSeriousA11yViolations(page, 'registration form (en)');
    // Signing out ends the session: the verification step is back.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await seen(page.getByRole('heading', { name: 'Confirm your e-mail address or mobile number' }));
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Für die Impfung registrieren' }));
  }, 120_000);

  it('Greta (65) verifies her e-mail address and registers at phone width: registered, not yet eligible, no confirmation link needed', async () => {
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await visit(page, '/register');
    await seen(page.getByRole('heading', { level: 1, name: 'Für die Impfung registrieren' }));
    await verifyInBrowser(page, GRETA.email);
    await expectNoSeriousA11yViolations(page, 'registration form at phone width');
    // Nothing sticks out sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await field(page, 'Vorname').fill(GRETA.givenName);
    await field(page, 'Nachname').fill(GRETA.familyName);
    await field(page, 'Geburtsdatum').fill(GRETA.birthDate);
    await field(page, 'Straße und Hausnummer (optional)').fill(GRETA.street);
    await field(page, 'Postleitzahl').fill(GRETA.postalCode);
    await field(page, 'Ort (optional)').fill(GRETA.city);
    expect(await field(page, 'Bevorzugte Sprache für Nachrichten').inputValue()).toBe('de');
    // The checkbox group is keyboard-operable: Space ticks a claim.
    const claim = page.getByRole('checkbox', { name: 'Ich habe eine chronische Erkrankung mit erhöhtem Risiko' });
    await claim.focus();
    await page.keyboard.press('Space');
    expect(await claim.isChecked()).toBe(true);
    await page.keyboard.press('Space');
    expect(await claim.isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /Ich habe die Hinweise gelesen/ }).check();

    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/public/registrations'));
    await page.getByRole('button', { name: 'Registrieren', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({
      person: { ...GRETA },
      claims: [],
      language: 'de',
    });

    await seen(page.getByRole('heading', { level: 1, name: 'Sie sind registriert' }));
    await expectOneH1(page);
    const explanation = page.getByTestId('eligibility-explanation');
    await expectText(explanation, 'Noch nicht berechtigt: Prioritätsgruppe 3');
    await expectText(explanation, 'hat noch keinen Starttermin');
    await expectText(page.getByTestId('invite-later'), 'Wir laden Sie ein, sobald Sie an der Reihe sind');
    await expectCount(page.getByTestId('book-now'), 0);
    // The code confirmed her address: no link to click.
    await expectCount(page.getByTestId('confirm-email-hint'), 0);
    await expectNoSeriousA11yViolations(page, 'registration result');

    // The result follows the language switch (the server explains in both languages).
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'You are registered' }));
    await expectText(explanation, 'Not yet eligible');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Sie sind registriert' }));
  }, 90_000);

  it('Greta gets no confirmation link (the code confirmed her address); an unknown link is explained', async () => {
    const mails = await deliver(GRETA.email);
    expect(tokensIn(mails, '/confirm-email')).toEqual([]);
    expect(mails.some((m) => m.text.includes('Ihr Bestätigungscode lautet'))).toBe(true);

    const page = await newPage();
    // A link we do not know is explained, not shown as a crash.
    await visit(page, '/confirm-email?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expectText(page.getByTestId('confirm-result'), 'Diesen Bestätigungslink kennen wir nicht.');
    await expectNoSeriousA11yViolations(page, 'unknown confirmation link');
  }, 60_000);

  it('Greta tries to book on the booking page before her turn: told at her birth date, in German, with the way to an invitation', async () => {
    const page = await newPage();
    await visit(page, '/');
    // The page says who may book now: group 1 is open, group 3 has no date yet.
    await expectText(page.getByTestId('who-may-book'), 'Prioritätsgruppe 1');
    await expectText(page.getByTestId('who-may-book'), 'kann jetzt buchen');
    const step = page.getByRole('region', { name: '1. Dürfen Sie schon buchen?' });
    await field(step, 'Ihr Geburtsdatum').fill(GRETA.birthDate);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/public/eligibility'));
    await step.getByRole('button', { name: 'Weiter', exact: true }).click();
    const { decision } = await (await answer).json();
    expect(decision.eligible).toBe(false);

    // The page says why in German (the rules' explanation in her language), before she fills in anything else.
    const refused = page.getByTestId('not-eligible');
    await expectText(refused, 'Noch nicht berechtigt: Prioritätsgruppe 3');
    expect(await refused.getByRole('link', { name: 'Für eine Einladung registrieren' }).getAttribute('href')).toBe('/register');
    expect(await page.getByLabel(/^Impfzentrum/).count()).toBe(0);
    expect(await page.getByLabel(/^Vorname/).count()).toBe(0);
    const shown = await textOf(page.locator('main'));
    expect(shown).not.toContain(decision.explanation.en);
    await expectNoSeriousA11yViolations(page, 'booking refused');
  }, 90_000);

  it('the admin opens priority group 3 and sends an invitation wave', async () => {
    // Hans registers as well, through the API as a partner app would: code, token, registration.
    const token = await verifiedToken(HANS.email);
    const anonymous = await (await newPage()).request.post('/api/v1/public/registrations', { data: { person: HANS, claims: [], language: 'de' } });
    expect(anonymous.status()).toBe(401);
    const hans = await (await newPage()).request.post('/api/v1/public/registrations', {
      data: { person: HANS, claims: [], language: 'de' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(hans.status()).toBe(201);
    expect(((await hans.json()) as { emailConfirmation: string }).emailConfirmation).toBe('not-needed');

    const admin = await adminApi();
    const rules = demoRules('2026-01-04T00:00:00+01:00');
    const group3 = rules.groups.find((g) => g.id === '3')!;
    group3.opensAt = '2026-11-23T00:00:00+01:00';
    const draft = await admin.post('/api/v1/admin/rule-sets', {
      definition: rules,
      effectiveFrom: '2026-11-23T08:30:00+01:00',
      note: 'Gruppe 3 öffnen',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const published = await admin.post(`/api/v1/admin/rule-sets/${draft.body!.id as string}/publish`, {
      reason: 'Impfstoff für Gruppe 3 ist da',
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const wave = await admin.post('/api/v1/admin/invitation-waves', { size: 10 });
    expect(wave.status, JSON.stringify(wave.body)).toBe(201);
    expect(wave.body!.invited as number).toBeGreaterThanOrEqual(2);
  }, 60_000);

  let hansInvitation = '';

  it('Greta opens her invitation and books the series', async () => {
    const before = smtp.mails.length;
    const mails = await deliver(GRETA.email);
    const link = linkIn(mails, '/invitation');
    hansInvitation = linkIn(smtp.mails.slice(before).filter((m) => m.to.includes(HANS.email)), '/invitation');

    const page = await newPage();
    await visit(page, link);
    await seen(page.getByRole('heading', { level: 1, name: 'Ihre Einladung zur Impfung' }));
    await expectOneH1(page);
    await expectText(page.getByTestId('invitation-greeting'), 'Guten Tag, Greta!');
    await expectText(page.getByTestId('invitation-expiry'), 'Die Einladung gilt bis');
    await expectText(page.getByTestId('allowed-products'), 'Comirnaty: zugelassen');
    await expectNoSeriousA11yViolations(page, 'invitation');

    // Only products Greta may have are offered; she picks Comirnaty at the first center with it.
    const centerSelect = field(page, 'Impfzentrum');
    await centerSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await centerSelect.selectOption({ index: 1 });
    await field(page, 'Impfstoff').selectOption('comirnaty');
    await seen(page.getByTestId('center-details'));
    await field(page, 'Tag').selectOption(FIRST_DOSE_DAY);
    const slots = page.getByTestId('slot');
    await slots.first().waitFor();
    await expectNoSeriousA11yViolations(page, 'invitation slot list');
    await slots.nth(2).click();
    await expectText(page.getByTestId('selected-slot'), '25. November 2026');

    const booked = page.waitForRequest((r) => r.method() === 'POST' && /\/invitations\/[^/]+\/bookings$/.test(r.url()));
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    expect((await booked).postDataJSON()).toMatchObject({ product: 'comirnaty' });

    await seen(page.getByRole('heading', { level: 1, name: 'Buchung bestätigt' }));
    await expectOneH1(page);
    bookingCode = ((await page.getByTestId('booking-code').textContent()) ?? '').trim();
    expect(bookingCode).not.toBe('');
    expect(((await page.getByTestId('security-code').textContent()) ?? '').trim()).toMatch(/^\d{4}$/);
    await seen(page.getByRole('img', { name: new RegExp(bookingCode) }));
    const appointments = page.getByTestId('appointment-list').getByRole('listitem');
    await expectCount(appointments, 2);
    await expectText(appointments.nth(0), '1. Impfung');
    await expectText(appointments.nth(0), '25. November 2026');
    await expectText(appointments.nth(1), '2. Impfung');
    await expectNoSeriousA11yViolations(page, 'invitation booking confirmation');

    // The invitation link is used up now.
    await visit(page, link);
    await seen(page.getByRole('heading', { level: 1, name: 'Einladung bereits verwendet' }));
    await expectNoSeriousA11yViolations(page, 'used invitation');
  }, 90_000);

  it('Hans declines his invitation and stays in the queue; unknown links are explained', async () => {
    const page = await newPage();
    await visit(page, hansInvitation);
    await expectText(page.getByTestId('invitation-greeting'), 'Guten Tag, Hans!');
    await page.getByRole('button', { name: 'Einladung ablehnen (ich bleibe in der Warteschlange)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Einladung wirklich ablehnen?' });
    await seen(dialog);
    await expectNoSeriousA11yViolations(page, 'decline dialog');
    const declined = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/decline'));
    await dialog.getByRole('button', { name: 'Ja, ablehnen' }).click();
    await declined;
    await seen(page.getByRole('heading', { level: 1, name: 'Einladung abgelehnt' }));
    await expectText(page.getByTestId('decline-confirmation'), 'Sie bleiben registriert und in der Warteschlange');
    await expectOneH1(page);
    await expectNoSeriousA11yViolations(page, 'invitation declined');

    // Opened again, the link says it was declined.
    await visit(page, hansInvitation);
    await seen(page.getByRole('heading', { level: 1, name: 'Einladung abgelehnt' }));

    await visit(page, '/invitation?token=BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB');
    await seen(page.getByRole('heading', { level: 1, name: 'Einladung nicht gefunden' }));
    await expectText(page.getByTestId('invitation-message'), 'Diese Einladung kennen wir nicht.');
    await expectNoSeriousA11yViolations(page, 'unknown invitation');
  }, 60_000);

  it('the day before the first appointment, Greta gets a reminder mail', async () => {
    await queueReminders(srv.deps, REMINDER_AT);
    const mails = await deliver(GRETA.email, REMINDER_AT);
    const reminder = mails.find((m) => m.text.includes('erinnern Sie an Ihren Impftermin'));
    expect(reminder, `reminder among: ${mails.map((m) => m.text.slice(0, 400)).join('\n---\n')}`).toBeDefined();
    expect(reminder!.text).toContain(bookingCode);
    // The security code is kept only as a keyed hash: the reminder says where to find it.
    expect(reminder!.text).toContain('Ihren Sicherheitscode finden Sie in Ihrer Buchungsbestätigung');
  }, 60_000);

  it('with code and birth date alone, "Meine Buchung" shows the booking but not the security code', async () => {
    const page = await newPage();
    const res = await page.request.get(`/api/v1/public/bookings/${bookingCode}?birthDate=${GRETA.birthDate}`);
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { securityCode: string | null }).securityCode).toBeNull();
  }, 60_000);

  it('Greta signs in on "Meine Buchung", finds her booking under "Meine Termine", moves her second appointment, then cancels the booking', async () => {
    expect(bookingCode).not.toBe('');
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await visit(page, '/booking');
    await verifyInBrowser(page, GRETA.email);
    const mine = page.getByTestId('my-appointments');
    await seen(mine.getByRole('heading', { name: 'Greta Probe' }));
    const myBooking = mine.getByTestId('my-booking');
    await expectText(myBooking, `Buchung ${bookingCode}`);
    // The security code was shown once, when booking: only its keyed hash is stored.
    expect(await textOf(myBooking)).not.toContain('Sicherheitscode:');
    await expectNoSeriousA11yViolations(page, 'Meine Termine');
    await myBooking.getByRole('button', { name: `Anzeigen, verschieben oder absagen: Buchung ${bookingCode}` }).click();
    const details = page.getByTestId('booking-details');
    await expectText(details, 'Status: aktiv');
    const second = details.locator('[data-testid="booking-appointment"][data-dose="2"]');
    await seen(second);
    const before = await textOf(second);
    await expectNoSeriousA11yViolations(page, 'my booking with move buttons');

    await second.getByRole('button', { name: 'Termin verschieben: 2. Impfung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Termin verschieben: 2. Impfung' });
    await seen(dialog);
    // Comirnaty: 21 to 42 days after the first dose on 25 November.
    await expectText(dialog.getByTestId('move-window'), 'Möglich zwischen Mittwoch, 16. Dezember 2026 und Mittwoch, 6. Januar 2027');
    const slots = dialog.getByTestId('slot');
    await slots.first().waitFor();
    await expectNoSeriousA11yViolations(page, 'move dialog');
    // A later day than the current one (the earliest possible), from the day picker.
    await field(dialog, 'Tag').selectOption('2026-12-18');
    await expectText(dialog.getByRole('heading', { level: 3 }).first(), '18. Dezember 2026');
    await slots.nth(1).click();
    await expectText(dialog.getByTestId('move-selected'), '18. Dezember 2026');
    const moved = page.waitForRequest((r) => r.method() === 'PUT' && /\/appointments\/2\?birthDate=/.test(r.url()));
    await dialog.getByRole('button', { name: 'Auf diesen Termin verschieben' }).click();
    expect((await moved).postDataJSON()).toHaveProperty('slotId');
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('move-confirmation'), 'Ihr Termin (2. Impfung) wurde verschoben auf Freitag, 18. Dezember 2026');
    await expectText(second, '18. Dezember 2026');
    expect(await textOf(second)).not.toBe(before);
    await expectText(details.locator('[data-testid="booking-appointment"][data-dose="1"]'), '25. November 2026');
    await expectNoSeriousA11yViolations(page, 'my booking after the move');

    await page.getByRole('button', { name: 'Buchung stornieren' }).click();
    const confirm = page.getByRole('dialog', { name: 'Buchung wirklich stornieren?' });
    await seen(confirm);
    await confirm.getByRole('button', { name: 'Ja, stornieren' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('cancel-confirmation'), 'Ihre Buchung wurde storniert.');
    await expectText(details, 'Status: storniert');
    await expectCount(details.getByRole('button', { name: /Termin verschieben/ }), 0);
    await expectNoSeriousA11yViolations(page, 'my booking cancelled');
  }, 120_000);
});
