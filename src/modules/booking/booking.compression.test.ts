import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/support/db.js';
import { anna, client, firstSlot } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { acceptsGzip, etagMatches, ReadCache } from './booking.cache.js';

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET that sends exactly these headers and keeps the bytes as sent (fetch would ask for gzip and inflate). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const FEED = '/api/v1/public/availability';

describe('Accept-Encoding and If-None-Match parsing', () => {
  it('allows gzip when listed or covered by *, and not when weighed 0 or below an explicit identity', () => {
    for (const h of ['gzip', 'gzip, deflate, br', 'br;q=1.0, GZIP;q=0.5', 'x-gzip', '*', 'deflate, *;q=0.1', ' gzip ; q=1 ', 'gzip;q=0.5, identity;q=0.5']) {
      expect(acceptsGzip(h), h).toBe(true);
    }
    for (const h of [undefined, '', 'identity', 'deflate, br', 'gzip;q=0', 'gzip;q=0.000', 'gzip; q=0, *', '*;q=0', 'gzip;q=0.5, identity', 'gzip;q=nonsense']) {
      expect(acceptsGzip(h), String(h)).toBe(false);
    }
  });

  it('matches an ETag in a list, as *, or in its weak form, but not another variant', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('"x", "a-gz"', '"a-gz"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"a"', '"a-gz"')).toBe(false);
    expect(etagMatches('"a-gz"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });
});

describe('the read cache', () => {
  it('does not keep what a load read before an invalidation that came while it ran', async () => {
    const cache = new ReadCache<number>(60_000);
    let finish!: (n: number) => void;
    const first = cache.get('t|p', () => new Promise<number>((r) => (finish = r)));
    cache.invalidate('t|');
    let loads = 0;
    const second = cache.get('t|p', async () => ++loads + 100); // does not join the load that began before the write
    finish(1);
    expect(await first).toBe(1);
    expect(await second).toBe(101);
    expect(await cache.get('t|p', async () => ++loads + 100)).toBe(101); // the fresh load was kept, the stale one was not
    expect(loads).toBe(1);
  });
});

describe.each(BACKENDS)('cached public reads are sent gzip-compressed to clients that accept it (%s)', (backend) => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ backend });
  });
  afterAll(() => srv?.close());

  it('the feed: gzip bytes that inflate to exactly the plain body, each form with its own ETag, Vary on both', async () => {
    const gz = await rawGet(srv.url, FEED, BROWSER);
    const plain = await rawGet(srv.url, FEED);
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gz.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gz.body.length).toBeLessThan(plain.body.length / 4);

    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(JSON.parse(plain.body.toString()).days).toBe(28);

    // One cache fill, two forms: the same moment in both tags, told apart by the suffix.
    expect(plain.headers.etag).toMatch(/^"[^"]+"$/);
    expect(gz.headers.etag).toBe(plain.headers.etag!.replace(/"$/, '-gz"'));

    // Refused gzip, or gzip not named: plain bytes.
    for (const ae of ['gzip;q=0', 'gzip;q=0, *', 'identity', 'br']) {
      const r = await rawGet(srv.url, FEED, { 'accept-encoding': ae });
      expect(r.headers['content-encoding'], ae).toBeUndefined();
      expect(r.body.equals(plain.body), ae).toBe(true);
    }
    expect((await rawGet(srv.url, FEED, { 'accept-encoding': '*' })).headers['content-encoding']).toBe('gzip');
  });

  it('the feed: If-None-Match answers 304 for the form the client holds, and the full answer for the other', async () => {
    const gz = await rawGet(srv.url, FEED, BROWSER);
    const plain = await rawGet(srv.url, FEED);
    const gzTag = gz.headers.etag!;
    const plainTag = plain.headers.etag!;

    const notModified = await rawGet(srv.url, FEED, { ...BROWSER, 'if-none-match': gzTag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(gzTag);
    expect(notModified.headers.vary).toMatch(/accept-encoding/i);
    expect((await rawGet(srv.url, FEED, { 'if-none-match': plainTag })).status).toBe(304);
    expect((await rawGet(srv.url, FEED, { ...BROWSER, 'if-none-match': `"other", W/${gzTag}` })).status).toBe(304);

    // A tag of the other form names other bytes: the client gets the form it asked for, in full.
    const crossed = await rawGet(srv.url, FEED, { ...BROWSER, 'if-none-match': plainTag });
    expect(crossed.status).toBe(200);
    expect(crossed.headers['content-encoding']).toBe('gzip');
    expect(crossed.body.equals(gz.body)).toBe(true);
    const crossedPlain = await rawGet(srv.url, FEED, { 'if-none-match': gzTag });
    expect(crossedPlain.status).toBe(200);
    expect(crossedPlain.body.equals(plain.body)).toBe(true);
  });

  it('free slots: gzip for a day of slots, plain without Vary for a body under 1 KB', async () => {
    const api = client(srv.url);
    const { center } = await firstSlot(api, 'comirnaty', '2026-11-24');
    const url = `/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=2026-11-24&to=2026-11-24`;
    const gz = await rawGet(srv.url, url, BROWSER);
    const plain = await rawGet(srv.url, url);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(JSON.parse(plain.body.toString()).length).toBeGreaterThan(10);

    const empty = `/api/v1/public/slots?centerId=${center.id}&product=comirnaty&from=2026-11-20&to=2026-11-20`; // before "now"
    const small = await rawGet(srv.url, empty, BROWSER);
    expect(small.status).toBe(200);
    expect(small.body.toString()).toBe('[]');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toBeUndefined();
  });

  it('a booking drops the compressed form with the plain one', async () => {
    const api = client(srv.url);
    const day = '2026-11-26';
    const { center, slot } = await firstSlot(api, 'jcovden', day);
    const freeThatDay = (body: Buffer) =>
      (JSON.parse(body.toString()).entries as { centerId: string; product: string; day: string; free: number }[]).find(
        (e) => e.centerId === center.id && e.product === 'jcovden' && e.day === day,
      )!.free;
    const before = await rawGet(srv.url, FEED, BROWSER);
    const free = freeThatDay(gunzipSync(before.body));

    const booked = await api.post('/api/v1/public/bookings', { slotId: slot.id, product: 'jcovden', person: { ...anna, givenName: 'Gesa', birthDate: '1944-02-02' } });
    expect(booked.status).toBe(201);

    const after = await rawGet(srv.url, FEED, { ...BROWSER, 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers['content-encoding']).toBe('gzip');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(freeThatDay(gunzipSync(after.body))).toBe(free - 1);
    const plain = await rawGet(srv.url, FEED);
    expect(freeThatDay(plain.body)).toBe(free - 1);
    expect(gunzipSync(after.body).equals(plain.body)).toBe(true);

    const slotsUrl = `/api/v1/public/slots?centerId=${center.id}&product=jcovden&from=${day}&to=${day}`;
    const slots = JSON.parse(gunzipSync((await rawGet(srv.url, slotsUrl, BROWSER)).body).toString()) as { id: string; free: number }[];
    expect(slots.find((s) => s.id === slot.id)?.free ?? 0).toBe(slot.free - 1);
  });
});
