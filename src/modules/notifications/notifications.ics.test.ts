import { describe, expect, it } from 'vitest';
import { appointmentUid, buildIcs, escapeText, foldLine, icsDateTime } from './notifications.ics.js';

/** RFC 5545 3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar files for appointments', () => {
  const stamp = new Date('2026-11-22T10:15:00Z');
  const longLocation = 'Impfzentrum Messehalle Süd – Eingang Ost, Große Straße 12–14, 10115 Berlin-Mitte; bitte Maske; Parkplätze: P3, P4';
  const ics = buildIcs(
    [
      {
        uid: appointmentUid('ABCD-EFGH-JK', 1),
        start: new Date('2026-11-23T08:00:00Z'),
        end: new Date('2026-11-23T08:30:00Z'),
        summary: 'Impfung (1. Dosis) – Comirnaty',
        location: longLocation,
        description: 'Zeile eins\nZeile zwei, mit Komma',
        sequence: 3,
      },
    ],
    stamp,
  );

  it('is a PUBLISH calendar with one event and the required properties', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe(''); // ends with CRLF
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        'VERSION:2.0',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        `UID:${appointmentUid('ABCD-EFGH-JK', 1)}`,
        'DTSTAMP:20261122T101500Z',
        'DTSTART:20261123T080000Z',
        'DTEND:20261123T083000Z',
        'SEQUENCE:3',
        'SUMMARY:Impfung (1. Dosis) – Comirnaty',
        'DESCRIPTION:Zeile eins\\nZeile zwei\\, mit Komma',
        'END:VEVENT',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
  });

  it('uses CRLF only and folds lines at 75 octets without splitting characters', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n');
    for (const l of physical) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    // The long location was folded, and unfolding gives back the escaped value.
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    expect(unfold(ics)).toContain(`LOCATION:${escapeText(longLocation)}`);
  });

  it('folds at exactly 75 octets, continuation lines carry 74 after their space', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded[1]).toHaveLength(75);
    expect(folded[1][0]).toBe(' ');
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
    // Multi-byte characters straddling the limit move to the next line whole.
    const umlauts = foldLine(`SUMMARY:${'ü'.repeat(80)}`).split('\r\n');
    for (const l of umlauts) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(umlauts.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'ü'.repeat(80)}`);
  });

  it('escapes text values and formats instants in UTC', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    expect(icsDateTime(new Date('2026-03-29T01:30:00+01:00'))).toBe('20260329T003000Z');
  });

  it('gives each dose of a booking a stable UID, whatever the code’s spelling', () => {
    expect(appointmentUid('abcd efgh jk'.replace(/ /g, ''), 2)).toBe(appointmentUid('ABCD-EFGH-JK', 2));
    expect(appointmentUid('ABCD-EFGH-JK', 1)).not.toBe(appointmentUid('ABCD-EFGH-JK', 2));
    expect(appointmentUid('ABCD-EFGH-JK', 1)).toMatch(/^[0-9a-f]{32}@vaxops$/);
  });
});
