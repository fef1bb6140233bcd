/** Date/time helpers. The campaign runs in Germany, so times are shown in Europe/Berlin. */
import { intlLocale } from './i18n';

export const TIME_ZONE = 'Europe/Berlin';

/** YYYY-MM-DD of the given instant in the campaign time zone. */
export function isoDay(d: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return dt.toISOString().slice(0, 10);
}

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function formatTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Long day label, e.g. "Montag, 23. November 2026". */
export function formatDayLong(isoOrDay: string, lng: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? new Date(`${isoOrDay}T12:00:00Z`) : new Date(isoOrDay);
  return new Intl.DateTimeFormat(intlLocale(lng), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** Short date, e.g. "23.11.2026". */
export function formatDate(isoOrDay: string, lng: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoOrDay)) {
    const [y, m, d] = isoOrDay.split('-');
    return lng === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
  }
  return new Intl.DateTimeFormat(intlLocale(lng), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(isoOrDay));
}

export function formatDateTime(iso: string, lng: string): string {
  return `${formatDayLong(iso, lng)}, ${formatTime(iso, lng)}`;
}

/** Value for <input type="datetime-local"> in the browser's local zone. */
export function toDateTimeLocal(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
