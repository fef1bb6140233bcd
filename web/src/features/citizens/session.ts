/**
 * The citizen's session after a verified code: its token and the contact it was verified for, kept in
 * sessionStorage (gone with the tab, never shared with other tabs or sent anywhere but our API). Registration
 * and booking need it; look-ups send it so the person's own contact sees codes and certificates.
 */
import { useSyncExternalStore } from 'react';

export interface CitizenSession {
  token: string;
  contact: { channel: 'email' | 'sms'; masked: string };
  /** The contact as the person typed it (to show it and to send again). */
  value: string;
}

const KEY = 'vaxops.citizen';
const EVENT = 'vaxops:citizen-session';

function read(): CitizenSession | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as CitizenSession) : null;
  } catch {
    return null;
  }
}

let current: CitizenSession | null = typeof window === 'undefined' ? null : read();

function set(s: CitizenSession | null) {
  current = s;
  try {
    if (s) window.sessionStorage.setItem(KEY, JSON.stringify(s));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    /* storage unavailable: the session lives as long as the page */
  }
  window.dispatchEvent(new Event(EVENT));
}

export const saveCitizenSession = (s: CitizenSession) => set(s);
export const clearCitizenSession = () => set(null);

/** The `Authorization` header of the citizen's session, for calls to the public API (none without one). */
export function citizenAuthorization(): Record<string, string> {
  return current ? { authorization: `Bearer ${current.token}` } : {};
}

/** A 401 verification-required answer means the session has ended: forget it (the pages ask again). */
export function noteCitizenProblem(status: number, type: string | undefined) {
  if (status === 401 && type?.endsWith('/verification-required') && current) set(null);
}

/** The citizen's session, re-rendering when it begins or ends. */
export function useCitizenSession(): CitizenSession | null {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener(EVENT, l);
      return () => window.removeEventListener(EVENT, l);
    },
    () => current,
  );
}

/** A person's details with the verified contact as their contact (the server takes no other under a session). */
export function withVerifiedContact<P extends { email?: string; phone?: string }>(person: P, session: CitizenSession | null): P {
  if (!session) return person;
  const { email: _e, phone: _p, ...rest } = person;
  return { ...rest, ...(session.contact.channel === 'email' ? { email: session.value } : { phone: session.value }) } as P;
}
