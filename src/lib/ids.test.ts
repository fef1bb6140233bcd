import { describe, expect, it } from 'vitest';
import { uuidv7 } from './ids.js';

describe('time-ordered ids', () => {
  it('carry the millisecond in front, version 7 and the RFC variant, and random bits after', () => {
    const id = uuidv7(Date.UTC(2026, 10, 23, 8, 0, 0, 123));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 23, 8, 0, 0, 123));
    const same = new Set(Array.from({ length: 1000 }, () => uuidv7(1_800_000_000_000)));
    expect(same.size).toBe(1000); // the same millisecond, still all different
  });

  it('sort by the time they were made', () => {
    const ids = [3, 1, 2].map((s) => uuidv7(1_800_000_000_000 + s * 1000));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });
});
