import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Clock } from './lib/clock.js';
import type { StaffRole } from './kernel/policy.js';
import type { Keyring, TenantCipher } from './lib/crypto.js';
import type { ProcessState } from './state.js';

/** Roles live in the access policy (kernel/policy.ts); re-exported here for the code that knew them here. */
export { STAFF_ROLES, type StaffRole } from './kernel/policy.js';

/** What services need from the outside world; passed in, never imported as singletons. */
export type Deps = {
  config: Config;
  db: Database;
  clock: Clock;
  log: Logger;
  keys: Keyring;
  /** This process's in-memory caches, meters and queues (state.ts). */
  state: ProcessState;
};


/** The tenant a request acts for, with the keys for its personal data. */
export type TenantCtx = { id: string; slug: string; name: string; timezone: string; cipher: TenantCipher };

export type Actor =
  | { type: 'staff'; id: string; role: StaffRole; centerId: string | null; sessionId: string; csrfToken: string }
  | { type: 'citizen'; id: null; session?: CitizenSession }
  | { type: 'system'; id: string | null }; // an API key's id, or null for the command line and jobs

/**
 * A citizen who proved control of a contact (a code sent to it): they act for the people of that contact.
 * contactHash is the contact's blind index, as persons.email_hash / phone_hash hold it.
 */
export type CitizenSession = { id: string; channel: 'email' | 'sms'; contactHash: Buffer; contact: string };

/** Who does what, where: everything a service needs to authorize and audit. */
export type RequestCtx = { tenant: TenantCtx; actor: Actor; route: string; requestId: string };
