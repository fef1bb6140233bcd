/**
 * A busy morning at "Impfzentrum Messe Mitte", seen through two browsers (issue 14, points 1, 6, 10, 12).
 *
 * The vaccinator keeps the day board open in her room; the clerk works the desk in another browser. The clerk
 * signs in and scans Anna's code straight away (the focus is in the check-in field): the vaccinator's board
 * shows Anna checked in without a reload, with the counts per status; Dora's cancelled booking stays folded
 * away until asked for. Carla forgot her code: the clerk finds her by name and checks her in from the result.
 * Then the network goes down at the desk: the console says so, and a check-in fails at once with a clear
 * message (and says when the server did not answer in time), in German and English. The server's refusals
 * (unknown or malformed code, a vaccination time in the future) read in the UI language. At check-out the
 * clerk hands out Anna's certificate; her medical record stays with the vaccinator.
 *
 * Server and browser clocks are fixed: Monday, 23 November 2026, 09:00 in Berlin.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  WAIT,
  expectCount,
  expectExactText,
  expectNoSeriousA11yViolations,
  expectText,
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
const CENTER = 'Impfzentrum Messe Mitte';

const ANNA = { givenName: 'Anna', familyName: 'Muster', birthDate: '1938-04-12', postalCode: '10115' };
const CARLA = { givenName: 'Carla', familyName: 'Ohnecode', birthDate: '1939-09-09', postalCode: '10115' };
const DORA = { givenName: 'Dora', familyName: 'Storniert', birthDate: '1937-07-07', postalCode: '10115' };
const EMIL = { givenName: 'Emil', familyName: 'Netzlos', birthDate: '1936-06-06', postalCode: '10115' };

describe.skipIf(noBrowserAvailable)('the live day board at the center', () => {
  let srv: TestServer;
  let browser: TestBrowser;
  let centerId: string;
  const codes: Record<string, { bookingCode: string; securityCode: string }> = {};
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });
  const rowOf = (page: Page, code: string) => page.locator(`[data-testid="appointment-row"][data-booking-code="${code}"]`);
  const count = (page: Page, status: string) => page.locator(`[data-testid="status-count"][data-status="${status}"]`);

  async function book(person: typeof ANNA, slotIndex: number) {
    const slots = (await (
      await fetch(`${srv.url}/api/v1/public/slots?centerId=${centerId}&product=comirnaty&from=${TODAY}&to=${TODAY}`)
    ).json()) as { id: string }[];
    const res = await fetch(`${srv.url}/api/v1/public/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slotId: slots[slotIndex].id, product: 'comirnaty', person }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as { bookingCode: string; securityCode: string };
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
    const centers = (await (await fetch(`${srv.url}/api/v1/public/centers`)).json()) as { id: string; name: string }[];
    centerId = centers.find((c) => c.name === CENTER)!.id;
    for (const [i, p] of [ANNA, CARLA, DORA, EMIL].entries()) codes[p.givenName] = await book(p, i);
    // Dora cancels before the day begins.
    const cancelled = await fetch(`${srv.url}/api/v1/public/bookings/${codes.Dora.bookingCode}?birthDate=${DORA.birthDate}`, { method: 'DELETE' });
    expect(cancelled.status, await cancelled.clone().text()).toBe(204);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  }, 60_000);

  it('the clerk scans Anna in at the desk; the vaccinator’s open board shows it without a reload, with counts per status', async () => {
    const room = await newPage();
    await signIn(room, 'vaccinator@demo.vaxops');
    const annaInRoom = rowOf(room, codes.Anna.bookingCode);
    await expectExactText(annaInRoom.getByTestId('appointment-status'), 'gebucht');
    await expectExactText(count(room, 'checked_in'), 'eingecheckt: 0');
    await expectExactText(count(room, 'cancelled'), 'storniert: 1');
    // Dora's cancelled appointment is no work for anyone: folded away, shown on request.
    await expectCount(rowOf(room, codes.Dora.bookingCode), 0);
    const toggle = room.getByRole('button', { name: 'Stornierte Termine anzeigen (1)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expectExactText(rowOf(room, codes.Dora.bookingCode).getByTestId('appointment-status'), 'storniert');
    const hide = room.getByRole('button', { name: 'Stornierte Termine ausblenden' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    await hide.click();
    await expectCount(rowOf(room, codes.Dora.bookingCode), 0);
    await expectNoSeriousA11yViolations(room, 'vaccinator’s live day board');
    // A mark on the page: it is gone if the page reloads.
    await room.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
    // From now on, what the room's board asks the server for its rows.
    const rowFetches: string[] = [];
    room.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/v1/staff/appointments') rowFetches.push(url.search);
    });

    // The clerk signs in; the check-in field has the focus, so the scanner's first scan (code + Enter) goes in.
    const desk = await newPage();
    await signIn(desk, 'clerk@demo.vaxops');
    await expect.poll(() => desk.evaluate(() => document.activeElement?.getAttribute('name')), WAIT).toBe('checkinCode');
    await desk.keyboard.type(codes.Anna.bookingCode);
    await desk.keyboard.press('Enter');
    await expectText(desk.getByTestId('checkin-result'), 'Anna Muster ist eingecheckt');
    // Still in the field for the next scan.
    expect(await desk.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('checkinCode');

    // The vaccinator's board follows within seconds, without a reload.
    await expectExactText(annaInRoom.getByTestId('appointment-status'), 'eingecheckt');
    await expectExactText(count(room, 'checked_in'), 'eingecheckt: 1');
    expect(await room.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    // Only the hour that moved was fetched again (a big center has thousands of people a day), not the whole day.
    expect(rowFetches.length).toBeGreaterThan(0);
    expect(rowFetches.every((q) => q.includes('from=') && q.includes('to='))).toBe(true);
    await seen(annaInRoom.getByRole('button', { name: 'Impfung dokumentieren für Anna Muster' }));
  }, 120_000);

  it('Carla forgot her code: the clerk finds her by name and checks her in from the result', async () => {
    const desk = await newPage();
    await signIn(desk, 'clerk@demo.vaxops');
    const search = desk.getByRole('search', { name: 'Ohne Buchungscode: nach Namen suchen' });
    await field(search, 'Name').fill('c');
    await search.getByRole('button', { name: 'Suchen' }).click();
    await expectText(search, 'Bitte mindestens 2 Buchstaben eingeben.');

    await field(search, 'Name').fill('ohnecode carla');
    await search.getByRole('button', { name: 'Suchen' }).click();
    const results = desk.getByTestId('name-search-results');
    await expectText(results, '1 Person gefunden');
    await expectText(results, 'Carla Ohnecode');
    await expectText(results, '09.09.1939');
    await expectNoSeriousA11yViolations(desk, 'name search with a result');
    await results.getByRole('button', { name: 'Carla Ohnecode einchecken' }).click();
    await expectText(desk.getByTestId('checkin-result'), 'Carla Ohnecode ist eingecheckt');
    await expectText(results.getByTestId('name-search-row'), 'eingecheckt');
    await expectExactText(rowOf(desk, codes.Carla.bookingCode).getByTestId('appointment-status'), 'eingecheckt');

    // At phone width the desk still works: nothing sticks out of the page.
    await desk.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => desk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), WAIT).toBe(0);
    await expectNoSeriousA11yViolations(desk, 'day board with name search at phone width');
    await desk.setViewportSize({ width: 1280, height: 900 });

    await field(search, 'Name').fill('Niemand');
    await search.getByRole('button', { name: 'Suchen' }).click();
    await expectText(results, 'Niemand mit diesem Namen hat an diesem Tag hier einen Termin.');
  }, 90_000);

  it('the server’s refusals at the desk and in the vaccination form read in German and in English', async () => {
    const desk = await newPage();
    await signIn(desk, 'clerk@demo.vaxops');
    const code = field(desk, 'Buchungscode');
    await code.fill('ZZZZ-ZZZZ-ZZ');
    await desk.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(desk.getByTestId('checkin-error'), 'Für diesen Buchungscode gibt es heute in diesem Impfzentrum keinen Termin.');
    // A scanner misread: the server's field error is shown at the field, in German.
    await code.fill('ABC');
    await desk.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(desk.locator('.mantine-TextInput-error'), 'Ein Buchungscode hat 10 Buchstaben und Ziffern.');
    await expect.poll(() => code.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectCount(desk.getByTestId('checkin-error'), 0);

    await desk.getByRole('button', { name: 'English' }).click();
    const codeEn = field(desk, 'Booking code');
    await codeEn.fill('ZZZZ-ZZZZ-ZZ');
    await desk.getByRole('button', { name: 'Check in' }).click();
    await expectText(desk.getByTestId('checkin-error'), 'There is no appointment today at this center for this booking code.');
    await codeEn.fill(codes.Dora.bookingCode);
    await desk.getByRole('button', { name: 'Check in' }).click();
    await expectText(desk.getByTestId('checkin-error'), 'This booking is cancelled.');
    await expectNoSeriousA11yViolations(desk, 'check-in refused (en)');

    // The vaccinator, in English, types a time in the future: the refusal is in English at the field.
    const room = await newPage();
    await signIn(room, 'vaccinator@demo.vaxops');
    await room.getByRole('button', { name: 'English' }).click();
    await rowOf(room, codes.Anna.bookingCode).getByRole('button', { name: 'Document vaccination for Anna Muster' }).click();
    const dialog = room.getByRole('dialog', { name: 'Document vaccination for Anna Muster' });
    await field(dialog, 'Lot number').fill('FK1234');
    await field(dialog, 'Security code of the booking').fill(codes.Anna.securityCode);
    await field(dialog, 'Time of vaccination').fill('2026-11-23T11:30');
    await dialog.getByRole('button', { name: 'Save vaccination' }).click();
    await expectText(dialog, 'This time is in the future.');
    expect(await textOf(dialog)).not.toContain('cannot be documented');

    // A security code that is not the booking's: said at its field, in English, never the server's sentence.
    await field(dialog, 'Time of vaccination').fill('2026-11-23T08:55');
    await field(dialog, 'Security code of the booking').fill(codes.Anna.securityCode === '0000' ? '1111' : '0000');
    const answer = room.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/staff/vaccinations'));
    await dialog.getByRole('button', { name: 'Save vaccination' }).click();
    const refused = await (await answer).json();
    expect(refused.errors[0]).toMatchObject({ field: 'securityCode', code: 'wrong-security-code' });
    await expectText(dialog, 'This security code does not belong to this booking. Ask again, or document without the code and give a reason.');
    expect(await textOf(dialog)).not.toContain(refused.errors[0].message);
  }, 120_000);

  it('offline, the desk says so: a check-in fails at once with a clear message, and a server that does not answer is named', async () => {
    const desk = await newPage();
    await signIn(desk, 'clerk@demo.vaxops');
    const status = desk.getByTestId('connection-status');
    await expectText(status.getByTestId('connection-badge'), 'Verbunden');

    await desk.context().setOffline(true);
    await expectText(status.getByTestId('connection-badge'), 'Offline');
    await expectText(status, 'Keine Netzverbindung.');
    await expectText(desk.getByTestId('board-updated'), 'Stand von');
    await field(desk, 'Buchungscode').fill(codes.Emil.bookingCode);
    await desk.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(desk.getByTestId('checkin-error'), 'Keine Verbindung zum Server: nichts wurde gespeichert.');
    await expect.poll(() => desk.getByRole('button', { name: 'Einchecken' }).getAttribute('data-loading'), WAIT).toBeNull();
    await expectNoSeriousA11yViolations(desk, 'day board offline');

    await desk.getByRole('button', { name: 'English' }).click();
    await expectText(status.getByTestId('connection-badge'), 'Offline');
    await desk.getByRole('button', { name: 'Check in' }).click();
    await expectText(desk.getByTestId('checkin-error'), 'No connection to the server: nothing was saved.');
    await desk.getByRole('button', { name: 'Deutsch' }).click();

    // Back online: the state says so, and the check-in goes through.
    await desk.context().setOffline(false);
    await expectText(status.getByTestId('connection-badge'), 'Verbunden');
    await expectCount(status.getByTestId('connection-alert'), 0);
    await desk.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(desk.getByTestId('checkin-result'), 'Emil Netzlos ist eingecheckt');

    // The server takes requests but never answers: after a while the desk is told, instead of a spinner.
    await desk.route('**/api/v1/staff/**', () => undefined);
    await field(desk, 'Buchungscode').fill(codes.Anna.bookingCode);
    await desk.getByRole('button', { name: 'Einchecken' }).click();
    await expect.poll(() => textOf(desk.getByTestId('checkin-error')), { ...WAIT, timeout: 30_000 }).toContain('Der Server hat nicht rechtzeitig geantwortet.');
    await expectText(status.getByTestId('connection-badge'), 'Server nicht erreichbar');
  }, 120_000);

  it('at check-out the clerk hands out Anna’s certificate; her vaccination record stays with the vaccinator', async () => {
    // The vaccinator documents Anna's vaccination.
    const room = await newPage();
    await signIn(room, 'vaccinator@demo.vaxops');
    await rowOf(room, codes.Anna.bookingCode).getByRole('button', { name: 'Impfung dokumentieren für Anna Muster' }).click();
    const form = room.getByRole('dialog', { name: 'Impfung dokumentieren für Anna Muster' });
    await field(form, 'Chargennummer').fill('FK4711');
    await field(form, 'Sicherheitscode der Buchung').fill(codes.Anna.securityCode);
    await form.getByRole('button', { name: 'Impfung speichern' }).click();
    await form.waitFor({ state: 'detached' });
    await seen(rowOf(room, codes.Anna.bookingCode).getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }));

    const desk = await newPage();
    await signIn(desk, 'clerk@demo.vaxops');
    const anna = rowOf(desk, codes.Anna.bookingCode);
    await expectExactText(anna.getByTestId('appointment-status'), 'geimpft');
    await expectCount(anna.getByRole('button', { name: /Dokumentation ansehen/ }), 0);
    await anna.getByRole('button', { name: 'Zertifikat für Anna Muster' }).click();
    const dialog = desk.getByRole('dialog', { name: 'Impfzertifikat für Anna Muster' });
    const panel = dialog.getByRole('region', { name: 'Impfzertifikat' });
    await expectExactText(panel.getByTestId('certificate-product'), 'Comirnaty');
    await seen(panel.getByRole('button', { name: /^Zertifikat drucken/ }));
    // No lot number, no medical record in the dialog.
    expect(await textOf(dialog)).not.toContain('FK4711');
    await expectNoSeriousA11yViolations(desk, 'certificate at the desk');

    // The server agrees: the record is closed to the desk, the certificate is not.
    const board = (await (await desk.request.get('/api/v1/staff/appointments', { params: { centerId, date: TODAY } })).json()) as {
      bookingCode: string;
      vaccinationId: string;
    }[];
    const vaccinationId = board.find((a) => a.bookingCode === codes.Anna.bookingCode)!.vaccinationId;
    expect((await desk.request.get(`/api/v1/staff/vaccinations/${vaccinationId}`)).status()).toBe(403);
    expect((await desk.request.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`)).status()).toBe(200);
  }, 120_000);
});
