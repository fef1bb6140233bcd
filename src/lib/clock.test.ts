import { describe, expect, it } from 'vitest';
import { localDate } from './clock.js';

describe('the local date of an instant', () => {
  it('turns at local midnight, also in zones a quarter hour off and across the summer-time switch', () => {
    // Asked in time order, as the server asks (the last answer per zone is kept for its quarter hour).
    expect(localDate(new Date('2026-03-28T22:59:59Z'), 'Europe/Berlin')).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-28T23:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T21:59:59Z'), 'Europe/Berlin')).toBe('2026-03-29'); // summer time: +2
    expect(localDate(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    expect(localDate(new Date('2026-11-22T18:14:59Z'), 'Asia/Kathmandu')).toBe('2026-11-22'); // +5:45
    expect(localDate(new Date('2026-11-22T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-22T18:15:00Z'), 'America/St_Johns')).toBe('2026-11-22'); // -3:30
  });

  it('gives the same answer when asked out of order, for another zone in between, or twice', () => {
    const at = new Date('2026-11-23T06:00:00Z');
    expect(localDate(at, 'Pacific/Auckland')).toBe('2026-11-23');
    expect(localDate(at, 'America/Los_Angeles')).toBe('2026-11-22');
    expect(localDate(new Date('2026-11-22T10:00:00Z'), 'Pacific/Auckland')).toBe('2026-11-22');
    expect(localDate(at, 'Pacific/Auckland')).toBe('2026-11-23');
    expect(localDate(at, 'Pacific/Auckland')).toBe('2026-11-23');
  });
});
