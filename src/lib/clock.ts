/** Time source passed to services, so tests can fix "now". */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at a fixed instant and moves with real time from there. */
export function fixedClock(start: Date | string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const QUARTER_HOUR = 900_000;
/** The last answer per time zone: every booking asks for today's date, and formatting costs microseconds. */
const lastDays = new Map<string, { quarter: number; day: string }>();

/** YYYY-MM-DD of an instant in a time zone (e.g. "today" where the center is). */
export function localDate(at: Date, timeZone: string) {
  // Every time zone's offset is a whole number of quarter hours, so a date changes only on a quarter hour.
  const quarter = Math.floor(at.getTime() / QUARTER_HOUR);
  const last = lastDays.get(timeZone);
  if (last?.quarter === quarter) return last.day;
  // Building an Intl.DateTimeFormat costs far more than formatting with it.
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const day = f.format(at);
  lastDays.set(timeZone, { quarter, day });
  return day;
}
