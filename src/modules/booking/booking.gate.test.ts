import { describe, expect, it } from 'vitest';
import { FullSlots, Gate } from './booking.gate.js';

describe('FullSlots', () => {
  it('refuses a slot found full until its time is up or a place is freed here', () => {
    let t = 0;
    const full = new FullSlots(2_000, () => t);
    const key = FullSlots.key('tenant', 'slot-1', 'comirnaty');
    expect(full.has(key)).toBe(false);
    full.note(key);
    expect(full.has(key)).toBe(true);
    expect(full.has(FullSlots.key('tenant', 'slot-1', 'spikevax'))).toBe(false); // another product: the database explains
    expect(full.has(FullSlots.key('other', 'slot-1', 'comirnaty'))).toBe(false);
    t = 1_999;
    expect(full.has(key)).toBe(true);
    t = 2_000;
    expect(full.has(key)).toBe(false); // another process may have freed a place: ask the database again
    full.note(key);
    full.forget('tenant', 'slot-1'); // a cancellation here
    expect(full.has(key)).toBe(false);
  });

  it('keeps a bounded number of slots, forgetting the oldest first', () => {
    const full = new FullSlots(60_000, () => 0, 3);
    for (const s of ['a', 'b', 'c']) full.note(FullSlots.key('t', s, 'p'));
    full.note(FullSlots.key('t', 'a', 'p')); // noted again: now the newest
    full.note(FullSlots.key('t', 'd', 'p'));
    expect(['a', 'b', 'c', 'd'].map((s) => full.has(FullSlots.key('t', s, 'p')))).toEqual([true, false, true, true]);
  });
});

describe('Gate', () => {
  it('runs at most its capacity at once and lets the others in in arrival order', async () => {
    const gate = new Gate(2);
    const started: number[] = [];
    const release: (() => void)[] = [];
    const tasks = Array.from({ length: 5 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        await new Promise<void>((r) => (release[i] = r));
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);
    release[1]();
    await tasks[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    release[0]();
    release[2]();
    await Promise.all([tasks[0], tasks[2]]);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2, 3, 4]);
    release[3]();
    release[4]();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(gate.queued).toBe(0);
  });

  it('frees the place of a task that fails', async () => {
    const gate = new Gate(1);
    await expect(gate.run(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
