/**
 * Every problem code the server emits: the last segment of a problem's `type`
 * (`https://vaxops.org/problems/<code>`). Clients translate problems by this code, never by `detail`;
 * the web app has a German and an English text for each (web/src/problems.ts, checked by its test).
 * A new refusal gets a new code here, and its texts there.
 */
export const PROBLEM_CODES = [
  // One per status, for problems that need no more specific code.
  'bad-request', 'unauthorized', 'forbidden', 'not-found', 'method-not-allowed', 'conflict', 'gone',
  'content-too-large', 'unsupported-media-type', 'validation', 'rate-limited', 'internal', 'unavailable',
  // Sign-in and access.
  'wrong-credentials', 'sign-in-locked', 'password-too-short', 'password-too-long', 'password-breached',
  'current-password-wrong', 'csrf', 'other-center', 'api-key-required', 'unknown-api-key', 'api-key-scope',
  // Input the database refused.
  'duplicate', 'unknown-reference', 'invalid-value',
  // Things that do not exist (or that the caller may not know of).
  'route-not-found', 'unknown-tenant', 'unknown-center', 'unknown-person', 'booking-not-found', 'unknown-dose',
  'no-appointment-today', 'unknown-vaccination', 'unknown-rule-set', 'unknown-certificate', 'unknown-key',
  'unknown-print-batch', 'unknown-confirmation-link', 'unknown-invitation', 'waiting-room-ticket',
  // Citizens, eligibility, bot defence, waiting room.
  'not-eligible', 'product-not-allowed', 'register-mismatch', 'proof-of-work', 'lookup-locked', 'waiting-room',
  'verification-required', 'verification-gone', 'unknown-verification', 'wrong-code', 'too-many-people',
  'link-expired', 'waiting-room-ticket-expired', 'invitation-expired', 'invitation-closed',
  // Booking.
  'slot-full', 'slot-past', 'follow-up-full', 'no-doses', 'already-booked', 'cancelled', 'already-cancelled',
  'not-movable', 'outside-window', 'checked-in',
  // On site.
  'already-checked-in', 'not-checked-in', 'already-documented', 'superseded', 'administered-in-future',
  'deviation-needs-reason',
  // The database is away for a moment (restart, failover).
  'database-unavailable',
  // Rules, certificates, letters, imports.
  'already-published', 'no-certificate', 'key-exists', 'already-deactivated', 'no-issuing-key', 'revoked', 'no-confirmed-email',
  'print-batch-exists', 'nothing-to-print', 'invalid-key', 'not-a-register', 'register-unreadable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * Codes of field errors: zod's issue codes (kebab-cased; `required` for a missing value) and the checks
 * services make themselves. Field errors are translated by code and field, never by `message`.
 */
export const FIELD_ERROR_CODES = [
  // zod
  'required', 'invalid-type', 'invalid-format', 'invalid-value', 'too-small', 'too-big', 'not-multiple-of',
  'unknown-field', 'invalid-union', 'invalid-key', 'invalid-element', 'invalid', 'invalid-text',
  // refinements in the schemas (zod `params: { code }`)
  'invalid-birth-date', 'range-reversed', 'range-too-long', 'age-range', 'duplicate-id', 'search-criteria',
  'security-code-or-reason', 'nothing-corrected', 'pem-or-pkcs12',
  // services
  'unknown-product', 'unknown-slot', 'unknown-center', 'unknown-appointment', 'slot-other-center',
  'slot-other-product', 'booking-cancelled', 'administered-in-future', 'wrong-security-code', 'unknown-scope',
  'proof-of-work', 'wrong-code', 'deviation-needs-reason', 'password-too-short', 'password-too-long', 'password-breached',
  'current-password-wrong',
  // dose planning
  'below-booked',
  // letters and reachability (issue 14)
  'date-in-past', 'contact-required',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** One field-level validation message in a problem document; `code` says what is wrong (default `invalid`). */
export type FieldError = { field: string; message: string; code?: FieldErrorCode };

const fieldCodes = new Set<string>(FIELD_ERROR_CODES);

/**
 * The field error code of a zod issue: its refinement's `params.code` if it names one, else the issue code
 * kebab-cased; a missing value (zod: invalid_type, received undefined) is `required`.
 */
export function fieldErrorCode(issueCode: string, params?: unknown, message?: string): FieldErrorCode {
  const own = (params as { params?: { code?: unknown }; code?: unknown } | undefined)?.params?.code ?? (params as { code?: unknown } | undefined)?.code;
  if (typeof own === 'string' && fieldCodes.has(own)) return own as FieldErrorCode;
  if (issueCode === 'invalid_type' && /received undefined/.test(message ?? '')) return 'required';
  if (issueCode === 'unrecognized_keys') return 'unknown-field';
  const code = issueCode.replace(/_/g, '-');
  return fieldCodes.has(code) ? (code as FieldErrorCode) : 'invalid';
}

/** The generic code of a status, for problems without a more specific one. */
export function statusCode(status: number): ProblemCode {
  const codes: Record<number, ProblemCode> = {
    400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed', 409: 'conflict',
    410: 'gone', 413: 'content-too-large', 415: 'unsupported-media-type', 422: 'validation', 429: 'rate-limited', 503: 'unavailable',
  };
  return codes[status] ?? (status >= 500 ? 'internal' : 'bad-request');
}

/**
 * An RFC 9457 problem. Services throw these; the error plugin renders them as
 * application/problem+json. Anything else that escapes is a 500.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly code: ProblemCode = statusCode(status),
    /** The detail in German and English, for pages that show it to people. */
    readonly explanation?: { de: string; en: string },
  ) {
    // A 4xx is an answer, not a fault: its stack says nothing, and capturing one was a tenth of what the
    // server did for a booking refused at a rush.
    const depth = Error.stackTraceLimit;
    if (status < 500) Error.stackTraceLimit = 0;
    super(detail ?? title);
    Error.stackTraceLimit = depth;
  }

  /** The JSON body of this problem. */
  toJSON() {
    return {
      type: `https://vaxops.org/problems/${this.code}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors.map((e) => ({ field: e.field, message: e.message, code: e.code ?? 'invalid' })) } : {}),
      ...(this.explanation ? { explanation: this.explanation } : {}),
    };
  }
}

/** 404: the thing does not exist (or the caller may not know that it does). */
export const notFound = (detail: string, code: ProblemCode = 'not-found') => new Problem(404, 'Not found', detail, undefined, code);
/** 409: the request is valid but conflicts with the current state. */
export const conflict = (detail: string, code: ProblemCode = 'conflict') => new Problem(409, 'Conflict', detail, undefined, code);
/** 401: no valid sign-in. */
export const unauthorized = (detail = 'Sign in required.', code: ProblemCode = 'unauthorized') => new Problem(401, 'Unauthorized', detail, undefined, code);
/** 403: signed in, but not allowed. */
export const forbidden = (detail = 'Your role does not allow this.', code: ProblemCode = 'forbidden', explanation?: { de: string; en: string }) =>
  new Problem(403, 'Forbidden', detail, undefined, code, explanation);
/** 422: the input is well-formed but not acceptable; names the fields. */
export const unprocessable = (errors: FieldError[], detail = 'The input is not valid.', code: ProblemCode = 'validation') =>
  new Problem(422, 'Unprocessable content', detail, errors, code);
