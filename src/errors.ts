/** One field-level validation message in a problem document. */
export type FieldError = { field: string; message: string };

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
    readonly code = slug(title),
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
      ...(this.errors ? { errors: this.errors } : {}),
      ...(this.explanation ? { explanation: this.explanation } : {}),
    };
  }
}

function slug(s: string) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** 404: the thing does not exist (or the caller may not know that it does). */
export const notFound = (detail: string) => new Problem(404, 'Not found', detail);
/** 409: the request is valid but conflicts with the current state. */
export const conflict = (detail: string, code = 'conflict') => new Problem(409, 'Conflict', detail, undefined, code);
/** 401: no valid sign-in. */
export const unauthorized = (detail = 'Sign in required.') => new Problem(401, 'Unauthorized', detail);
/** 403: signed in, but not allowed. */
export const forbidden = (detail = 'Your role does not allow this.', code = 'forbidden', explanation?: { de: string; en: string }) =>
  new Problem(403, 'Forbidden', detail, undefined, code, explanation);
/** 422: the input is well-formed but not acceptable; names the fields. */
export const unprocessable = (errors: FieldError[], detail = 'The input is not valid.') =>
  new Problem(422, 'Unprocessable content', detail, errors, 'validation');
