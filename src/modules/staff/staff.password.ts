import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Problem } from '../../errors.js';

/** The staff password policy (NIST SP 800-63B: length and a list of known passwords, no composition rules). */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 256 } as const;

let breached: Set<string> | undefined;

/** The shipped list of common (breached) passwords, lower-cased; read once, on first use. See breached-passwords.README.md. */
export function breachedPasswords(): Set<string> {
  breached ??= new Set(gunzipSync(readFileSync(new URL('./breached-passwords.txt.gz', import.meta.url))).toString('utf8').split('\n').filter(Boolean));
  return breached;
}

// Characters, not UTF-16 units: an emoji counts once.
const length = (s: string) => [...s].length;

/**
 * Refuses a password the policy does not allow, as a 422 naming `field`, with a problem type per reason
 * (password-too-short, password-too-long, password-breached) for pages to explain in their language.
 */
export function checkNewPassword(password: string, field: string): void {
  const n = length(password);
  if (n < PASSWORD_POLICY.minLength) {
    throw policyProblem(field, 'password-too-short', `The password needs at least ${PASSWORD_POLICY.minLength} characters.`);
  }
  if (n > PASSWORD_POLICY.maxLength) {
    throw policyProblem(field, 'password-too-long', `The password may have at most ${PASSWORD_POLICY.maxLength} characters.`);
  }
  if (breachedPasswords().has(password.toLowerCase())) {
    throw policyProblem(field, 'password-breached', 'This password is on a list of common or breached passwords; choose another.');
  }
}

const policyProblem = (field: string, code: 'password-too-short' | 'password-too-long' | 'password-breached', message: string) =>
  new Problem(422, 'Unprocessable content', message, [{ field, message, code }], code);
