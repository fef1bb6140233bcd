import { describe, expect, it } from 'vitest';
import { conflict, Problem } from './errors.js';

describe('problems', () => {
  it('a refusal (4xx) is made without a stack trace; a server fault keeps one; other errors are untouched', () => {
    const depth = Error.stackTraceLimit;
    const refused = conflict('This slot is fully booked.', 'slot-full');
    expect(refused.stack?.split('\n')).toHaveLength(1); // the message line only, no frames
    expect(refused.toJSON()).toEqual({ type: 'https://vaxops.org/problems/slot-full', title: 'Conflict', status: 409, detail: 'This slot is fully booked.' });
    const fault = new Problem(503, 'Waiting room', 'Many people are booking right now.');
    expect(fault.stack).toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(depth);
    expect(new Error('elsewhere').stack).toMatch(/\n\s+at /);
  });
});
