import { startTestServer } from '../support/server.js';
import { chromium } from 'playwright-core';
const srv = await startTestServer({ now: '2026-11-23T09:00:00+01:00' });
for (const p of ['/', '/staff', '/api/v1/public/centers', '/api/v1/public/products']) {
  const r = await fetch(srv.url + p);
  console.log(p, r.status, JSON.stringify(Object.fromEntries(r.headers)), (await r.text()).slice(0, 400));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('requestfailed', (r) => console.log('reqfailed:', r.url(), r.failure()?.errorText));
page.on('response', (r) => console.log('resp:', r.status(), r.url()));
await page.goto(srv.url + '/');
await page.waitForTimeout(2000);
console.log((await page.content()).slice(0, 500));
await browser.close(); await srv.close();
