import { createHash } from 'node:crypto';

/** One calendar event: times as instants (written in UTC), texts in clear. */
export type IcsEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  /** Increases when the same UID is sent again with other data (a moved appointment). */
  sequence?: number;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 20261123T080000Z: an instant in UTC, as RFC 5545 DATE-TIME form #2. */
export function icsDateTime(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newlines. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 3.1): continuation lines
 * start with one space, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space counts
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** A stable UID for the n-th dose of a booking, so a moved appointment updates the same calendar entry. */
export function appointmentUid(bookingCode: string, doseNumber: number): string {
  const h = createHash('sha256').update(`${bookingCode.replace(/-/g, '').toUpperCase()}:${doseNumber}`).digest('hex');
  return `${h.slice(0, 32)}@vaxops`;
}

/** SEQUENCE from the stamp: minutes since 2024, so later sends of the same UID always win. */
export const sequenceAt = (stamp: Date) => Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2024, 0, 1)) / 60_000));

/** An iCalendar object (METHOD:PUBLISH) with one VEVENT per event; CRLF line endings, folded lines. */
export function buildIcs(events: IcsEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vaxops//notifications//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsDateTime(stamp)}`,
      `DTSTART:${icsDateTime(e.start)}`,
      `DTEND:${icsDateTime(e.end)}`,
      `SEQUENCE:${e.sequence ?? 0}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
