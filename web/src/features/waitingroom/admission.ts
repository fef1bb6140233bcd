/** The admission token (from the waiting room) and the ticket, kept for this browser tab. */

const TOKEN_KEY = 'vaxops.admission';
const TICKET_KEY = 'vaxops.waitingRoomTicket';
export const ADMISSION_HEADER = 'x-vaxops-admission';
/** Fired on window when the API answers "waiting room" (503 problem of type …/waiting-room). */
export const WAITING_ROOM_EVENT = 'vaxops:waiting-room';

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null) {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // storage unavailable (private mode): the token lives only as long as the page
  }
}

/** The admission token, if one is kept and has not expired. */
export function admissionToken(): string | null {
  const raw = read(TOKEN_KEY);
  if (!raw) return null;
  try {
    const { token, until } = JSON.parse(raw) as { token: string; until: number };
    if (typeof token === 'string' && typeof until === 'number' && until > Date.now()) return token;
  } catch {
    // fall through
  }
  write(TOKEN_KEY, null);
  return null;
}

/**
 * Keeps the token for `validSeconds` by this device's clock. Not until the server's expiry time: a phone's
 * clock may be minutes or hours off, and compared with the server's time its token would look expired on
 * arrival (or valid long after), and booking would send the citizen back to the waiting room for ever.
 */
export function storeAdmission(token: string, validSeconds: number) {
  write(TOKEN_KEY, JSON.stringify({ token, until: Date.now() + validSeconds * 1000 }));
  write(TICKET_KEY, null);
}

export function clearAdmission() {
  write(TOKEN_KEY, null);
}

export const storedTicket = () => read(TICKET_KEY);
export const storeTicket = (ticket: string | null) => write(TICKET_KEY, ticket);
