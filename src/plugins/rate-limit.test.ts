import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDeps, type TestEnv } from '../../test/support/db.js';
import { FixedWindows, RateShare } from './rate-limit.js';

describe('FixedWindows', () => {
  it('limits a key within its window, which starts with its first hit', () => {
    const w = new FixedWindows(3, 60_000);
    expect([1, 2, 3, 4].map((i) => w.hit('10.0.0.1', 1_000 + i).limited)).toEqual([false, false, false, true]);
    expect(w.hit('10.0.0.2', 2_000).limited).toBe(false); // another key
    const late = w.hit('10.0.0.1', 60_000);
    expect(late).toMatchObject({ limited: true, retryAfter: 2 }); // the window began at 1,001 ms
    expect(w.hit('10.0.0.1', 61_001).limited).toBe(false); // a new window
  });

  it('adds what the other processes counted, once learned, and takes their window', () => {
    const w = new FixedWindows(10, 60_000);
    for (let i = 0; i < 4; i++) w.hit('k', 5_000);
    w.hit('quiet', 5_000);
    expect(w.takeUnshared(5_100)).toEqual([{ key: 'k', start: 5_000, hits: 4 }, { key: 'quiet', start: 5_000, hits: 1 }]);
    // Shared once; a key that has used a quarter of its limit is asked about again (0 new hits), others not.
    expect(w.takeUnshared(5_200)).toEqual([{ key: 'k', start: 5_000, hits: 0 }]);
    w.hit('k', 5_500); // counted while the exchange was under way
    w.learn('k', 5_000, 1_000, 4 + 6); // all processes: 10 in the window that began at 1,000 ms
    expect(w.hit('k', 6_000)).toMatchObject({ count: 12, limited: true, retryAfter: 55 });
    w.learn('k', 5_000, 1_000, 99); // an answer for a window this process has left behind changes nothing
    expect(w.takeUnshared(6_000)).toEqual([{ key: 'k', start: 1_000, hits: 2 }]);
    expect(w.takeUnshared(61_000)).toEqual([]); // the window is over
  });
});

describe.each(BACKENDS)('rate limits over several processes (%s)', (backend) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestDeps(backend);
  });
  afterAll(() => env?.close());

  it('two processes share a limit: each counts alone until they exchange, then together', async () => {
    // Two apps on one database, as two server processes are (their counters and exchanges are their own).
    const a = new RateShare({ ...env.deps });
    const b = new RateShare({ ...env.deps });
    const ca = a.counter({ scope: 'test-writes', limit: 20, windowMs: 60_000 });
    const cb = b.counter({ scope: 'test-writes', limit: 20, windowMs: 60_000 });
    const t = Date.now();
    for (let i = 0; i < 12; i++) expect(ca.hit('198.51.100.7', t).limited).toBe(false);
    for (let i = 0; i < 12; i++) expect(cb.hit('198.51.100.7', t).limited).toBe(false); // 24 in all, unknown to each
    await a.exchange(); // a learns of nobody else yet
    await b.exchange(); // b learns of a's 12
    expect(cb.hit('198.51.100.7', t)).toMatchObject({ count: 25, limited: true });
    await a.exchange(); // no new hits at a, but the key has used more than a quarter of its limit: asked again
    expect(ca.hit('198.51.100.7', t)).toMatchObject({ count: 25, limited: true });
    expect(ca.hit('203.0.113.1', t).limited).toBe(false); // another address

    // The database holds counts of keyed hashes only: no address in clear.
    const rows = (await sql<{ key_hash: Buffer; hits: number }>`select key_hash, hits from rate_windows where scope = 'test-writes'`.execute(env.deps.db.owner)).rows;
    expect(rows.map((r) => r.hits)).toEqual([24]); // the last hits are not sent yet
    expect(Buffer.from(rows[0].key_hash).toString('latin1')).not.toContain('198.51.100.7');
    // The app role reaches the table only through the functions.
    expect((await sql<{ n: number }>`select count(*)::int as n from rate_windows`.execute(env.deps.db.app)).rows[0].n).toBe(0);
    await a.stop();
    await b.stop();
  });

  it('starts a new shared window once the old one is over', async () => {
    const a = new RateShare({ ...env.deps });
    const c = a.counter({ scope: 'test-short', limit: 5, windowMs: 1_000 });
    const t = Date.now();
    for (let i = 0; i < 5; i++) c.hit('k', t);
    await a.exchange();
    c.hit('k', t + 1_500); // the next window
    await a.exchange();
    const row = (await sql<{ hits: number; start: Date }>`select hits, window_start as start from rate_windows where scope = 'test-short'`.execute(env.deps.db.owner)).rows[0];
    expect(row.hits).toBe(1);
    expect(new Date(row.start).getTime()).toBe(t + 1_500);
  });
});
