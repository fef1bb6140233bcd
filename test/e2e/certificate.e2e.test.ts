/**
 * EU Digital COVID Certificates, seen through the browser.
 *
 * Anna has booked a first dose of Comirnaty at "Impfzentrum Messe Mitte". The clerk checks her in; the
 * vaccinator documents the vaccination in the day board and, at check-out, prints her certificate. The
 * test takes the PDF the UI fetched, renders it with pdfjs-dist in Chromium, reads its QR code back with
 * jsQR and verifies the HC1 content twice: with the verification API and with vaxops' own verifier
 * (src/modules/dcc/dcc.verify.ts) against the public trust list. It must name Anna, her birth date,
 * Comirnaty, dose 1 of 2 and the day of the vaccination.
 *
 * Anna then finds her certificate in the portal with booking code and birth date (PDF in German and
 * English, QR code, e-mail). The verifier page says "valid" for the pasted HC1, for an uploaded picture
 * of the QR code and for the QR code held in front of a (fake) camera, and "invalid" for a tampered
 * copy and for garbage. The vaccinator re-issues the certificate from the vaccination record, then
 * corrects the lot number (the certificate stays valid) and the dose number: the certificate is revoked
 * (the verifier page says why) and the corrected record's certificate prints. axe-core checks every new page and panel, in German and English.
 *
 * Server and browser clocks are fixed: Monday, 23 November 2026, 09:00 in Berlin.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from '../support/server.js';
import { verifyHc1 } from '../../src/modules/dcc/dcc.verify.js';
import { trustFromEntries } from '../../src/modules/dcc/dcc.trust.js';
import type { TrustEntry } from '../../src/modules/dcc/dcc.types.js';
import {
  CHROMIUM_PATH,
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
  visit,
  type TestBrowser,
} from './browser.js';

const NOW = '2026-11-23T09:00:00+01:00';
const TODAY = '2026-11-23';
const CENTER = 'Impfzentrum Messe Mitte';
const ANNA = { givenName: 'Anna', familyName: 'Muster', birthDate: '1940-04-12', postalCode: '10115', email: 'anna.muster@example.org' };
const COMIRNATY_MP = 'EU/1/20/1528';

interface Certificate {
  id: string;
  uvci: string;
  doseNumber: number;
  seriesDoses: number;
  vaccinatedOn: string;
  product: string;
  productName: string;
  hc1: string;
  revoked: boolean;
}

interface Verification {
  valid: boolean;
  decoded: boolean;
  signatureValid: boolean;
  timeValid: boolean;
  keyUsageValid: boolean;
  schemaValid: boolean;
  valueSetsValid: boolean;
  payload: unknown;
  errors: string[];
}

interface Dcc {
  ver: string;
  nam: { gn: string; fn: string; gnt: string; fnt: string };
  dob: string;
  v: { tg: string; vp: string; mp: string; ma: string; dn: number; sd: number; dt: string; co: string; is: string; ci: string }[];
}

// ---- Base45 (RFC 9285), so the test can tamper with a certificate without vaxops' own codec.

const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function base45Decode(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const chunk = [...text.slice(i, i + 3)].map((c) => B45.indexOf(c));
    if (chunk.some((n) => n < 0)) throw new Error('not Base45');
    const n = chunk[0] + chunk[1] * 45 + (chunk.length === 3 ? chunk[2] * 45 * 45 : 0);
    if (chunk.length === 3) out.push(n >> 8, n & 0xff);
    else out.push(n);
  }
  return Buffer.from(out);
}

function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      const n = bytes[i] * 256 + bytes[i + 1];
      out += B45[n % 45] + B45[Math.floor(n / 45) % 45] + B45[Math.floor(n / 2025)];
    } else {
      out += B45[bytes[i] % 45] + B45[Math.floor(bytes[i] / 45)];
    }
  }
  return out;
}

/** The same certificate with the given name changed inside the signed payload (the signature no longer fits). */
function tamper(hc1: string, from: string, to: string): string {
  const cose = inflateSync(base45Decode(hc1.slice(4)));
  const at = cose.indexOf(Buffer.from(from, 'utf8'));
  expect(at, `"${from}" inside the COSE payload`).toBeGreaterThan(0);
  const changed = Buffer.from(cose);
  Buffer.from(to, 'utf8').copy(changed, at);
  return `HC1:${base45Encode(deflateSync(changed))}`;
}

// ---- Reading PDFs and QR codes in Chromium: pdfjs-dist and jsQR, served on a made-up origin.

const require = createRequire(import.meta.url);
const PDFJS_BUILD = join(require.resolve('pdfjs-dist/package.json'), '..', 'build');
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const READER_ORIGIN = 'http://pdf-reader.test';
const READER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PDF reader</title>
<script src="/jsQR.js"></script>
<script type="module">
import * as pdfjs from '/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
function scan(canvas) {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return window.jsQR(img.data, canvas.width, canvas.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}
window.readPdf = async (b64) => {
  const doc = await pdfjs.getDocument({ data: bytes(b64) }).promise;
  const texts = [];
  let qr = null;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    texts.push((await page.getTextContent()).items.map((i) => i.str ?? '').join(' '));
    for (const scale of [2, 3, 1.5, 4]) {
      if (qr) break;
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, background: 'white' }).promise;
      qr = scan(canvas);
    }
  }
  return { pages: doc.numPages, text: texts.join('\\n'), qr };
};
window.readPng = async (b64) => {
  const bitmap = await createImageBitmap(new Blob([bytes(b64)], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return scan(canvas);
};
window.readerReady = true;
</script></head><body><p>PDF reader</p></body></html>`;

/** Opens the reader page (pdfjs-dist + jsQR) in a fresh page of the given browser. */
async function openReader(browser: TestBrowser, baseURL: string): Promise<Page> {
  const page = await browser.newPage(baseURL);
  await page.route(`${READER_ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname;
    if (name === '/' || name === '/index.html') return route.fulfill({ contentType: 'text/html', body: READER_HTML });
    if (name === '/jsQR.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(JSQR) });
    if (/^\/pdf(\.worker)?\.min\.mjs$/.test(name)) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(PDFJS_BUILD, name.slice(1))) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${READER_ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { readerReady?: boolean }).readerReady === true);
  return page;
}

async function readPdf(reader: Page, pdf: Buffer): Promise<{ pages: number; text: string; qr: string | null }> {
  return reader.evaluate(
    (b64) => (window as unknown as { readPdf(b: string): Promise<{ pages: number; text: string; qr: string | null }> }).readPdf(b64),
    pdf.toString('base64'),
  );
}

async function readPng(reader: Page, png: Buffer): Promise<string | null> {
  return reader.evaluate((b64) => (window as unknown as { readPng(b: string): Promise<string | null> }).readPng(b64), png.toString('base64'));
}

// ---- A fake camera: a Y4M video (grey frames) showing the QR code, for Chromium's fake capture device.

function writeQrVideo(file: string, text: string): void {
  const W = 640;
  const H = 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const size = qr.modules.size;
  const quiet = 4;
  const px = Math.floor((Math.min(W, H) - 20) / (size + 2 * quiet));
  const side = px * (size + 2 * quiet);
  const x0 = Math.floor((W - side) / 2);
  const y0 = Math.floor((H - side) / 2);
  const y = Buffer.alloc(W * H, 200); // light grey background
  for (let row = 0; row < size + 2 * quiet; row++) {
    for (let col = 0; col < size + 2 * quiet; col++) {
      const r = row - quiet;
      const c = col - quiet;
      const dark = r >= 0 && c >= 0 && r < size && c < size && qr.modules.get(r, c);
      const v = dark ? 16 : 235;
      for (let dy = 0; dy < px; dy++) y.fill(v, (y0 + row * px + dy) * W + x0 + col * px, (y0 + row * px + dy) * W + x0 + (col + 1) * px);
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const frames = Array.from({ length: 5 }, () => frame);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));
}

describe.skipIf(noBrowserAvailable)('EU Digital COVID Certificates in the browser', () => {
  let srv: TestServer;
  let browser: TestBrowser;
  let reader: Page;
  let tmp: string;
  const newPage = () => browser.newPage(srv.url, { fixedTime: NOW });

  // Filled in while the story unfolds.
  let centerId = '';
  let bookingCode = '';
  let securityCode = '';
  let cert: Certificate;
  let pdfFromCheckout: Buffer;

  const rowOf = (page: Page, code: string) => page.locator(`[data-testid="appointment-row"][data-booking-code="${code}"]`);

  async function openDayBoard(page: Page): Promise<void> {
    await field(page, 'Impfzentrum').selectOption(centerId);
    await field(page, 'Datum').fill(TODAY);
    await seen(page.getByTestId('appointments-table'));
  }

  /**
   * Captures the PDFs the UI fetches from `pattern`: the request goes to the server unchanged and the
   * page gets the server's answer; the test keeps a copy of each (URL, headers, bytes).
   */
  async function capturePdfs(page: Page, pattern: RegExp) {
    const captured: { url: string; status: number; contentType: string; body: Buffer }[] = [];
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      captured.push({ url: route.request().url(), status: response.status(), contentType: response.headers()['content-type'] ?? '', body });
      await route.fulfill({ response, body });
    });
    return captured;
  }

  async function verifyWithApi(hc1: string): Promise<Verification> {
    const res = await fetch(`${srv.url}/api/v1/public/dcc/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vaxops-tenant': 'demo' },
      body: JSON.stringify({ hc1 }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Verification;
  }

  /** vaxops' verifier, fed with the public trust list (as any verifier app would be). */
  async function verifyWithTrustList(hc1: string) {
    const res = await fetch(`${srv.url}/api/v1/public/dcc/trust-list`, { headers: { 'x-vaxops-tenant': 'demo' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TrustEntry[] | { certificates: TrustEntry[] };
    const entries = Array.isArray(body) ? body : body.certificates;
    expect(entries.length).toBeGreaterThan(0);
    return verifyHc1(hc1, { trust: trustFromEntries(entries), at: new Date('2026-11-23T12:00:00+01:00') });
  }

  /** Anna's certificate content, as a verifier sees it. */
  function expectAnnasDcc(payload: unknown, dose = 1): void {
    const dcc = payload as Dcc;
    expect(dcc.nam).toMatchObject({ gn: 'Anna', fn: 'Muster', gnt: 'ANNA', fnt: 'MUSTER' });
    expect(dcc.dob).toBe(ANNA.birthDate);
    expect(dcc.v).toHaveLength(1);
    expect(dcc.v[0]).toMatchObject({ mp: COMIRNATY_MP, dn: dose, sd: 2, dt: TODAY, co: 'DE' });
    expect(dcc.v[0].ci).toMatch(/^URN:UVCI:01:DE:/);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await startTestServer({ now: NOW });
    tmp = mkdtempSync(join(tmpdir(), 'vaxops-dcc-e2e-'));
    reader = await openReader(browser, srv.url);

    // Anna books the first free Comirnaty slot of the day at the clerk's center (through the public API).
    const centers = (await (await fetch(`${srv.url}/api/v1/public/centers`)).json()) as { id: string; name: string }[];
    centerId = centers.find((c) => c.name === CENTER)!.id;
    const slots = (await (
      await fetch(`${srv.url}/api/v1/public/slots?centerId=${centerId}&product=comirnaty&from=${TODAY}&to=${TODAY}`)
    ).json()) as { id: string }[];
    const res = await fetch(`${srv.url}/api/v1/public/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slotId: slots[0].id, product: 'comirnaty', person: ANNA }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    ({ bookingCode, securityCode } = (await res.json()) as { bookingCode: string; securityCode: string });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('the clerk checks Anna in', async () => {
    const page = await newPage();
    await signIn(page, 'clerk@demo.vaxops');
    await openDayBoard(page);
    await field(page, 'Buchungscode').fill(bookingCode);
    await page.getByRole('button', { name: 'Einchecken' }).click();
    await expectText(page.getByTestId('checkin-result'), 'Anna Muster ist eingecheckt');
    await expectExactText(rowOf(page, bookingCode).getByTestId('appointment-status'), 'eingecheckt');
  }, 90_000);

  it('the vaccinator documents the vaccination and prints the certificate at check-out', async () => {
    const page = await newPage();
    await signIn(page, 'vaccinator@demo.vaxops');
    await openDayBoard(page);
    const row = rowOf(page, bookingCode);
    await row.getByRole('button', { name: 'Impfung dokumentieren für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfung dokumentieren für Anna Muster' });
    await seen(dialog);
    await field(dialog, 'Chargennummer').fill('FK4711');
    await field(dialog, 'Injektionsstelle').selectOption('left_upper_arm');
    await field(dialog, 'Sicherheitscode der Buchung').fill(securityCode);
    await dialog.getByRole('button', { name: 'Impfung speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('vaccination-result'), 'FK4711');
    await expectExactText(row.getByTestId('appointment-status'), 'geimpft');

    // Check-out: the certificate appears below the confirmation, with its QR code.
    const panel = page.getByRole('region', { name: 'Impfzertifikat' });
    await seen(panel);
    await expectExactText(panel.getByTestId('certificate-product'), 'Comirnaty');
    await expectExactText(panel.getByTestId('certificate-dose'), '1 von 2');
    await expectExactText(panel.getByTestId('certificate-date'), '23.11.2026');
    const uvci = await textOf(panel.getByTestId('certificate-uvci'));
    expect(uvci).toMatch(/^URN:UVCI:01:DE:/);
    const qr = panel.getByRole('img', { name: /QR-Code des Impfzertifikats: Comirnaty, Impfung 1 von 2 am 23\.11\.2026/ });
    await seen(qr);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), WAIT).toBe(true);
    await expectNoSeriousA11yViolations(page, 'day board with the certificate at check-out');

    // The certificate as the API hands it out (the one the panel shows).
    const board = (await (await page.request.get('/api/v1/staff/appointments', { params: { centerId, date: TODAY } })).json()) as {
      bookingCode: string;
      vaccinationId: string;
    }[];
    const vaccinationId = board.find((a) => a.bookingCode === bookingCode)!.vaccinationId;
    const certRes = await page.request.get(`/api/v1/staff/vaccinations/${vaccinationId}/certificate`);
    expect(certRes.status()).toBe(200);
    cert = (await certRes.json()) as Certificate;
    expect(cert.uvci).toBe(uvci);
    expect(cert).toMatchObject({ doseNumber: 1, seriesDoses: 2, vaccinatedOn: TODAY, product: 'comirnaty', revoked: false });

    // The QR code shown is the certificate.
    const png = await page.request.get(`/api/v1/staff/certificates/${cert.id}/qr.png`);
    expect(png.headers()['content-type']).toContain('image/png');
    expect(await readPng(reader, await png.body())).toBe(cert.hc1);

    // "Zertifikat drucken" fetches the PDF in the UI language and opens it.
    const pdfs = await capturePdfs(page, /\/api\/v1\/staff\/certificates\/[^/]+\/pdf\?/);
    await panel.getByRole('button', { name: /^Zertifikat drucken/ }).click();
    await expect.poll(() => pdfs.length, WAIT).toBe(1);
    expect(new URL(pdfs[0].url).searchParams.get('lang')).toBe('de');
    expect(pdfs[0].status).toBe(200);
    expect(pdfs[0].contentType).toContain('application/pdf');
    pdfFromCheckout = pdfs[0].body;
    expect(pdfFromCheckout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => textOf(panel.getByTestId('certificate-notice')), WAIT).toMatch(/neuen Tab geöffnet|heruntergeladen/);

    // Anna has no confirmed e-mail address yet: sending is refused with a clear message.
    await panel.getByRole('button', { name: 'Per E-Mail senden' }).click();
    await expectText(panel.getByTestId('certificate-notice'), 'keine bestätigte E-Mail-Adresse');
    await expectNoSeriousA11yViolations(page, 'certificate panel with a notice');
  }, 120_000);

  it('the printed PDF carries a QR code that verifies as Anna’s certificate', async () => {
    const read = await readPdf(reader, pdfFromCheckout);
    expect(read.pages).toBeGreaterThanOrEqual(1);
    expect(read.text).toContain('Muster');
    expect(read.text).toContain(cert.uvci);
    expect(read.qr, 'QR code found on the rendered PDF').not.toBeNull();
    const hc1 = read.qr!;
    expect(hc1.startsWith('HC1:')).toBe(true);
    expect(hc1).toBe(cert.hc1);

    // The verification API …
    const api = await verifyWithApi(hc1);
    expect(api.errors).toEqual([]);
    expect(api).toMatchObject({
      valid: true,
      decoded: true,
      signatureValid: true,
      timeValid: true,
      keyUsageValid: true,
      schemaValid: true,
      valueSetsValid: true,
    });
    expectAnnasDcc(api.payload);
    expect((api.payload as Dcc).v[0].ci).toBe(cert.uvci);

    // … and a verifier that only knows the public trust list agree.
    const local = await verifyWithTrustList(hc1);
    expect(local.errors).toEqual([]);
    expect(local.valid).toBe(true);
    expectAnnasDcc(local.payload);
  }, 90_000);

  it('Anna finds her certificate in the portal with booking code and birth date', async () => {
    // Anna confirms her e-mail address meanwhile (the confirmation link is tested elsewhere).
    await sql`update persons set email_confirmed_at = now()
              where id = (select person_id from vaccinations order by recorded_at desc limit 1)`.execute(srv.deps.db.owner);

    const page = await newPage();
    await visit(page, '/');
    await page.getByRole('link', { name: 'Meine Buchung' }).click();
    await field(page, 'Buchungscode').fill(bookingCode);
    await field(page, 'Geburtsdatum').fill(ANNA.birthDate);
    await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
    const section = page.getByRole('region', { name: 'Ihre Impfzertifikate' });
    await seen(section);
    const card = section.getByRole('article', { name: '1. Impfung am 23.11.2026' });
    await seen(card);
    await expectCount(section.getByTestId('certificate'), 1);
    await expectExactText(card.getByTestId('certificate-product'), 'Comirnaty');
    await expectExactText(card.getByTestId('certificate-dose'), '1 von 2');
    await expectExactText(card.getByTestId('certificate-uvci'), cert.uvci);

    // The QR code, on demand.
    const show = card.getByRole('button', { name: 'QR-Code zeigen' });
    await show.click();
    const qr = card.getByRole('img', { name: /QR-Code des Impfzertifikats/ });
    await seen(qr);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), WAIT).toBe(true);
    expect(await card.getByRole('button', { name: 'QR-Code ausblenden' }).getAttribute('aria-expanded')).toBe('true');
    const qrSrc = (await qr.getAttribute('src')) ?? '';
    const png = await page.request.get(qrSrc);
    expect(await readPng(reader, await png.body())).toBe(cert.hc1);
    await expectNoSeriousA11yViolations(page, 'my booking with certificates (de)');

    // The PDF in English is downloaded; it is the same certificate.
    const pdfs = await capturePdfs(page, /\/certificates\/[^/]+\/pdf\?/);
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: /^PDF auf Englisch/ }).click();
    const file = await download;
    expect(pdfs).toHaveLength(1);
    expect(new URL(pdfs[0].url).searchParams.get('lang')).toBe('en');
    expect(new URL(pdfs[0].url).searchParams.get('birthDate')).toBe(ANNA.birthDate);
    expect(pdfs[0].contentType).toContain('application/pdf');
    expect(file.suggestedFilename()).toMatch(/^vaccination-certificate\S*1\.pdf$/);
    const saved = readFileSync((await file.path())!);
    expect(saved.equals(pdfs[0].body)).toBe(true);
    const read = await readPdf(reader, saved);
    expect(read.qr).toBe(cert.hc1);
    expect(read.text).toContain(cert.uvci);
    await expectText(card.getByTestId('certificate-notice'), 'PDF wurde heruntergeladen');

    // By e-mail, now that her address is confirmed.
    const mailed = page.waitForResponse((r) => r.url().endsWith('/mail') && r.request().method() === 'POST');
    await card.getByRole('button', { name: /^Per E-Mail senden/ }).click();
    expect((await mailed).status()).toBe(202);
    await expectText(card.getByTestId('certificate-notice'), 'bestätigte E-Mail-Adresse');

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    const en = page.getByRole('region', { name: 'Your vaccination certificates' });
    await seen(en.getByRole('article', { name: 'Dose 1 on 23/11/2026' }));
    await expectExactText(en.getByTestId('certificate-dose'), '1 of 2');
    await seen(en.getByRole('button', { name: /^PDF in German/ }));
    await expectNoSeriousA11yViolations(page, 'my booking with certificates (en)');
  }, 120_000);

  it('the verifier page says "valid" for the certificate and "invalid" for a tampered copy', async () => {
    const page = await newPage();
    await visit(page, '/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zertifikat prüfen' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Impfzertifikat prüfen' }));
    await expect.poll(() => page.title(), WAIT).toBe('Impfzertifikat prüfen – vaxops');
    await expectNoSeriousA11yViolations(page, 'verifier (de)');

    // Pasted, by keyboard only.
    const input = field(page, 'Inhalt des QR-Codes');
    await input.fill(cert.hc1);
    await input.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const result = page.getByTestId('verification-result');
    await expectExactText(result.getByTestId('verdict-label'), 'Gültig');
    expect(await result.getByTestId('verdict').getAttribute('data-valid')).toBe('true');
    await expectText(result, 'Eingefügter Inhalt');
    const steps = result.getByTestId('step');
    await expectCount(steps, 7);
    for (const status of await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) expect(status).toBe('passed');
    await expectText(result.locator('[data-step="signatureValid"]'), 'Signatur: bestanden');
    await expectText(result.locator('[data-step="timeValid"]'), 'Gültigkeitszeitraum: bestanden');
    await expectExactText(result.getByTestId('content-name'), 'Anna Muster');
    await expectExactText(result.getByTestId('content-name-t'), 'MUSTER<<ANNA');
    await expectExactText(result.getByTestId('content-birth-date'), '12.04.1940');
    await expectExactText(result.getByTestId('content-vaccine'), `Comirnaty (${COMIRNATY_MP})`);
    await expectExactText(result.getByTestId('content-dose'), '1 von 2');
    await expectExactText(result.getByTestId('content-date'), '23.11.2026');
    await expectText(result.getByTestId('content-country'), 'Deutschland');
    await expectExactText(result.getByTestId('content-uvci'), cert.uvci);
    expect(await textOf(result.getByTestId('content-issuer'))).not.toBe('');
    // The result takes the focus, so a screen reader (and a phone's viewport) goes there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('verification-heading');
    await expectNoSeriousA11yViolations(page, 'verifier with a valid result');

    // Anna's name changed inside the signed content: readable, but the signature fails.
    await input.fill(tamper(cert.hc1, 'Muster', 'Mustar'));
    await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await expectExactText(result.getByTestId('verdict-label'), 'Ungültig');
    expect(await result.getByTestId('verdict').getAttribute('data-valid')).toBe('false');
    await expectText(result.locator('[data-step="decoded"]'), 'Lesbar: bestanden');
    await expectText(result.locator('[data-step="signatureValid"]'), 'Signatur: nicht bestanden');
    expect(await result.locator('[data-step="signatureValid"]').getAttribute('data-status')).toBe('failed');
    await expectExactText(result.getByTestId('content-name'), 'Anna Mustar');
    await expectCount(result.getByTestId('verification-errors').getByRole('listitem'), (await verifyWithApi(tamper(cert.hc1, 'Muster', 'Mustar'))).errors.length);
    await expectNoSeriousA11yViolations(page, 'verifier with an invalid result');

    // Garbage after the prefix: nothing can be read, nothing else is checked.
    await input.fill('HC1:THIS IS NOT A CERTIFICATE');
    await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await expectText(result.locator('[data-step="decoded"]'), 'Lesbar: nicht bestanden');
    await expectText(result.locator('[data-step="signatureValid"]'), 'Signatur: nicht geprüft');
    await expectCount(result.getByTestId('verification-content'), 0);

    // Text without the prefix is refused next to the field.
    await input.fill('hello');
    await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await expect.poll(() => input.getAttribute('aria-invalid'), WAIT).toBe('true');
    await expectText(page.locator('form'), 'muss mit „HC1:“ beginnen');

    // A picture of the QR code, uploaded.
    const png = await fetch(`${srv.url}/api/v1/public/bookings/${bookingCode}/certificates/${cert.id}/qr.png?birthDate=${ANNA.birthDate}`);
    expect(png.status).toBe(200);
    const pngFile = join(tmp, 'certificate-qr.png');
    writeFileSync(pngFile, Buffer.from(await png.arrayBuffer()));
    await field(page, 'Bild mit dem QR-Code').setInputFiles(pngFile);
    await expectText(result, 'Aus dem hochgeladenen Bild');
    await expectExactText(result.getByTestId('verdict-label'), 'Gültig');
    await expectExactText(result.getByTestId('content-name'), 'Anna Muster');

    // This browser has no camera: the page says so and points to the other ways.
    await page.getByRole('button', { name: 'Kamera starten' }).click();
    await seen(page.getByTestId('camera-problem'));
    await expectText(page.getByTestId('camera-problem'), 'Bild hoch');

    // In English.
    await page.getByRole('button', { name: 'English' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Verify a vaccination certificate' }));
    await expectExactText(result.getByTestId('verdict-label'), 'Valid');
    await expectText(result.locator('[data-step="signatureValid"]'), 'Signature: passed');
    await expectExactText(result.getByTestId('content-birth-date'), '12/04/1940');
    await expectExactText(result.getByTestId('content-dose'), '1 of 2');
    await expectNoSeriousA11yViolations(page, 'verifier with a valid result (en)');
  }, 120_000);

  it('the verifier page reads the QR code from the camera and stops the camera when left', async () => {
    // A Chromium of its own whose (fake) camera films the certificate's QR code.
    const video = join(tmp, 'qr.y4m');
    writeQrVideo(video, cert.hc1);
    const camBrowser: Browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await camBrowser.newContext({ baseURL: srv.url, locale: 'de-DE', timezoneId: 'Europe/Berlin', reducedMotion: 'reduce' });
      await context.grantPermissions(['camera'], { origin: srv.url });
      // Keep hold of every camera stream the page opens, to see whether it has been stopped. With
      // `__blank` set, the "camera" films an empty grey canvas instead, so scanning goes on.
      await context.addInitScript(() => {
        const w = window as unknown as { __streams: MediaStream[]; __blank?: boolean };
        w.__streams = [];
        const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
        navigator.mediaDevices.getUserMedia = async (c) => {
          let s: MediaStream;
          if (w.__blank) {
            const canvas = document.createElement('canvas');
            canvas.width = 320;
            canvas.height = 240;
            const ctx = canvas.getContext('2d')!;
            const paint = () => {
              ctx.fillStyle = '#888';
              ctx.fillRect(0, 0, 320, 240);
            };
            paint();
            setInterval(paint, 100);
            s = canvas.captureStream(10);
          } else {
            s = await original(c);
          }
          w.__streams.push(s);
          return s;
        };
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const liveTracks = () =>
        page.evaluate(() =>
          (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
        );

      await visit(page, '/verify');
      await page.getByRole('button', { name: 'Kamera starten' }).click();
      const result = page.getByTestId('verification-result');
      await expectText(result, 'Gescannt mit der Kamera');
      await expectExactText(result.getByTestId('verdict-label'), 'Gültig');
      await expectExactText(result.getByTestId('content-name'), 'Anna Muster');
      await expectExactText(result.getByTestId('content-uvci'), cert.uvci);
      // Found: the camera is off again.
      await expect.poll(liveTracks, WAIT).toBe(0);
      await seen(page.getByRole('button', { name: 'Kamera starten' }));

      // Started again and then stopped by leaving the page.
      await page.getByRole('button', { name: 'Weiteres Zertifikat prüfen' }).click();
      await expectCount(result, 0);
      // This time the camera films nothing readable: the page stays on the lookout until it is left.
      await page.evaluate(() => ((window as unknown as { __blank: boolean }).__blank = true));
      await page.getByRole('button', { name: 'Kamera starten' }).click();
      await seen(page.getByTestId('camera-scanning'));
      await seen(page.getByRole('button', { name: 'Kamera stoppen' }));
      await expect.poll(liveTracks, WAIT).toBe(1);
      await expectNoSeriousA11yViolations(page, 'verifier while the camera scans');
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Meine Buchung' }).click();
      await seen(page.getByRole('heading', { level: 1, name: 'Meine Buchung' }));
      await expect.poll(liveTracks, WAIT).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.length)).toBeGreaterThanOrEqual(1);
    } finally {
      await camBrowser.close();
    }
  }, 120_000);

  it('the vaccinator re-issues the certificate from the record; a corrected lot keeps it, a corrected dose revokes it', async () => {
    const page = await newPage();
    await signIn(page, 'vaccinator@demo.vaxops');
    await openDayBoard(page);
    await rowOf(page, bookingCode).getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impfdokumentation für Anna Muster' });
    await seen(dialog);
    await dialog.getByRole('button', { name: 'Impfzertifikat anzeigen' }).click();
    const panel = dialog.getByRole('region', { name: 'Impfzertifikat' });
    await expectExactText(panel.getByTestId('certificate-uvci'), cert.uvci);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Impfzertifikat');

    // Re-issuing asks first; "No" changes nothing.
    await panel.getByRole('button', { name: 'Zertifikat neu ausstellen' }).click();
    const confirm = panel.getByRole('group', { name: 'Zertifikat wirklich neu ausstellen?' });
    await seen(confirm);
    await expectNoSeriousA11yViolations(page, 're-issue confirmation');
    await confirm.getByRole('button', { name: 'Nein' }).click();
    await expectCount(confirm, 0);
    await expectExactText(panel.getByTestId('certificate-uvci'), cert.uvci);

    const reissued = page.waitForResponse((r) => r.url().endsWith('/certificate') && r.request().method() === 'POST');
    await panel.getByRole('button', { name: 'Zertifikat neu ausstellen' }).click();
    await confirm.getByRole('button', { name: 'Ja, neu ausstellen' }).click();
    const res = await reissued;
    expect(res.status()).toBe(201);
    const fresh = (await res.json()) as Certificate;
    expect(fresh.uvci).not.toBe(cert.uvci);
    await expectExactText(panel.getByTestId('certificate-uvci'), fresh.uvci);
    await expectText(panel.getByTestId('certificate-notice'), fresh.uvci);

    // The new certificate verifies, for the same vaccination.
    const check = await verifyWithApi(fresh.hc1);
    expect(check.valid).toBe(true);
    expectAnnasDcc(check.payload);
    expect((check.payload as Dcc).v[0].ci).toBe(fresh.uvci);

    // A corrected lot number changes nothing the certificate says: it stays valid, now for the corrected record.
    await dialog.getByRole('button', { name: 'Korrigieren' }).click();
    await field(dialog, 'Chargennummer').fill('FK4712');
    await field(dialog, 'Grund der Korrektur').fill('Chargennummer vertippt');
    await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('correction-result'), 'Charge FK4712');
    await expectExactText(page.getByRole('region', { name: 'Impfzertifikat' }).getByTestId('certificate-uvci'), fresh.uvci);
    expect((await verifyWithApi(fresh.hc1)).valid).toBe(true);

    // A corrected dose number does change it: the certificate is revoked and one is issued for the corrected record.
    await rowOf(page, bookingCode).getByRole('button', { name: 'Dokumentation ansehen für Anna Muster' }).click();
    const again = page.getByRole('dialog', { name: 'Impfdokumentation für Anna Muster' });
    await seen(again);
    await again.getByRole('button', { name: 'Korrigieren' }).click();
    await field(again, 'Dosis').selectOption('2');
    await field(again, 'Grund der Korrektur').fill('Es war die zweite Impfung');
    // Dose 2 is not the dose of her appointment: the form asks why.
    await field(again, 'Grund der Abweichung vom Termin').fill('Erstimpfung war auswärts');
    await again.getByRole('button', { name: 'Korrektur speichern' }).click();
    await again.waitFor({ state: 'detached' });
    // The day board offers the corrected record's certificate for printing at once.
    const afterCorrection = page.getByRole('region', { name: 'Impfzertifikat' });
    await expect.poll(() => textOf(afterCorrection.getByTestId('certificate-uvci')), WAIT).not.toBe(fresh.uvci);
    const revoked = await verifyWithApi(fresh.hc1);
    expect(revoked.valid).toBe(false);
    expect(revoked.signatureValid).toBe(true);

    // The verifier page shows why: the signature is fine, but the issuer revoked it.
    const verifier = await newPage();
    await visit(verifier, '/verify');
    await field(verifier, 'Inhalt des QR-Codes').fill(fresh.hc1);
    await verifier.getByRole('button', { name: 'Prüfen', exact: true }).click();
    const result = verifier.getByTestId('verification-result');
    await expectExactText(result.getByTestId('verdict-label'), 'Ungültig');
    await expectText(result.locator('[data-step="signatureValid"]'), 'Signatur: bestanden');
    await expectText(result.locator('[data-step="notRevoked"]'), 'Widerrufsliste: nicht bestanden');
    await expectNoSeriousA11yViolations(verifier, 'verifier with a revoked certificate');

    // And prints in English when the console speaks English: the certificate of the corrected record.
    await page.getByRole('button', { name: 'English' }).click();
    await rowOf(page, bookingCode).getByRole('button', { name: 'View record for Anna Muster' }).click();
    const enDialog = page.getByRole('dialog', { name: 'Vaccination record for Anna Muster' });
    await expectExactText(enDialog.getByTestId('record-lot'), 'FK4712');
    await enDialog.getByRole('button', { name: 'Show vaccination certificate' }).click();
    const en = enDialog.getByRole('region', { name: 'Vaccination certificate' });
    await expectExactText(en.getByTestId('certificate-dose'), '2 of 2');
    const corrected = await textOf(en.getByTestId('certificate-uvci'));
    expect(corrected).toMatch(/^URN:UVCI:01:DE:/);
    expect(corrected).not.toBe(fresh.uvci);
    const pdfs = await capturePdfs(page, /\/api\/v1\/staff\/certificates\/[^/]+\/pdf\?/);
    await en.getByRole('button', { name: /^Print certificate/ }).click();
    await expect.poll(() => pdfs.length, WAIT).toBe(1);
    expect(new URL(pdfs[0].url).searchParams.get('lang')).toBe('en');
    const printed = await readPdf(reader, pdfs[0].body);
    expect(printed.text).toContain(corrected);
    const check2 = await verifyWithApi(printed.qr!);
    expect(check2.valid).toBe(true);
    expectAnnasDcc(check2.payload, 2);
    expect((check2.payload as Dcc).v[0].ci).toBe(corrected);
    await expectNoSeriousA11yViolations(page, 'certificate in the vaccination record (en)');
  }, 120_000);
});
