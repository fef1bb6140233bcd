import { describe, expect, it } from 'vitest';
import { FullSlots, Gate, Lines, type Waiting } from './booking.gate.js';

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

describe('Lines', () => {
  it('serves the callers of a key that came in the same turn together, and those who came during a run after it, in batches', async () => {
    const lines = new Lines<number, string>(3);
    const served: number[][] = [];
    let release!: () => void;
    const serve = async (batch: Waiting<number, string>[]) => {
      served.push(batch.map((w) => w.item));
      if (served.length === 1) await new Promise<void>((r) => (release = r));
      for (const w of batch) w.resolve(`done ${w.item}`);
    };
    const answers = [1, 2].map((i) => lines.submit('slot', i, serve));
    const elsewhere = lines.submit('other slot', 9, serve); // another key has its own line
    expect(lines.waiting).toBe(3); // nobody is served before the event loop has read what else came
    await new Promise((r) => setImmediate(r));
    expect(served).toEqual([[1, 2], [9]]);
    answers.push(...[3, 4, 5, 6].map((i) => lines.submit('slot', i, serve))); // while [1, 2] is being served
    expect(lines.waiting).toBe(4);
    release();
    expect(await Promise.all(answers)).toEqual(['done 1', 'done 2', 'done 3', 'done 4', 'done 5', 'done 6']);
    expect(await elsewhere).toBe('done 9');
    expect(served).toEqual([[1, 2], [9], [3, 4, 5], [6]]);
    expect(lines.waiting).toBe(0);
    // The line is gone once empty: a caller alone is served alone.
    expect(await lines.submit('slot', 7, serve)).toBe('done 7');
    expect(served.at(-1)).toEqual([7]);
  });

  it('answers a batch whose service failed with the error, and goes on with the next', async () => {
    const lines = new Lines<number, number>(10);
    let calls = 0;
    let release!: () => void;
    const serve = async (batch: Waiting<number, number>[]) => {
      calls++;
      if (calls === 1) {
        await new Promise<void>((r) => (release = r));
        batch[0].resolve(1);
        return;
      }
      if (calls === 2) {
        batch[0].resolve(2); // answered before the failure: keeps its answer
        throw new Error('database gone');
      }
      for (const w of batch) w.resolve(w.item);
    };
    const first = lines.submit('k', 1, serve);
    await new Promise((r) => setImmediate(r));
    const failed = [2, 3].map((i) => lines.submit('k', i, serve));
    release();
    expect(await first).toBe(1);
    expect(await failed[0]).toBe(2);
    await expect(failed[1]).rejects.toThrow('database gone');
    expect(await lines.submit('k', 4, serve)).toBe(4);
  });
});
