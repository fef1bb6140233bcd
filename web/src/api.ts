/**
 * The web app's one client of the vaxops API: openapi-fetch over the types generated from the server's
 * OpenAPI document (generated/api.d.ts, `npm run gen:api`), so paths, parameters, bodies and answers are
 * checked against the routes. Every request carries the staff CSRF token on writes and the waiting
 * room's admission token; every refusal (problem+json) becomes an ApiError, whose texts come from
 * problems.ts in the page's language.
 */
import createClient from 'openapi-fetch';
import type { paths } from './generated/api';
import i18n from './i18n';
import { fieldErrorTexts, problemCode, problemText } from './problems';
import { ADMISSION_HEADER, admissionToken, clearAdmission, WAITING_ROOM_EVENT } from './features/waitingroom/admission';
import { citizenAuthorization, noteCitizenProblem } from './features/citizens/session';

export type { paths };

type Method = 'get' | 'put' | 'post' | 'delete';
type Operation<P extends keyof paths, M extends Method> = paths[P][M];
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Success<O> = O extends { responses: infer S }
  ? S extends { 200: infer R } ? R : S extends { 201: infer R } ? R : S extends { 202: infer R } ? R : never
  : never;

/** The JSON a route answers on success, e.g. `ResponseOf<'/api/v1/public/slots', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends Method> = Json<Success<Operation<P, M>>>;
/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** A route's query parameters. */
export type QueryOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A problem document as the server sends it (RFC 9457); status 0 stands for "no answer" (network). */
export type Problem = Json<paths['/api/v1/public/bookings']['post']['responses'][422]> & {
  /** Seconds from the Retry-After header of a 429 or 503. */
  retryAfter?: number;
};
export type FieldError = NonNullable<Problem['errors']>[number];
/** Texts in both languages, as the server sends them (explanations, rule labels). */
export type Texts = { de: string; en: string };

/** Fired when a request finds the staff session gone (expired, idle or revoked elsewhere): the console shows the sign-in. */
export const SESSION_ENDED_EVENT = 'vaxops:session-ended';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The problem's code, e.g. `slot-full` (last segment of its type). */
  get code(): string {
    return problemCode(this.problem);
  }

  /** What went wrong, in the page's language (never the server's English detail). */
  text(lng: string = i18n.language): string {
    return problemText(this.problem, lng);
  }

  /** Field error texts in the page's language, keyed by field path, e.g. `person.birthDate`. */
  fieldErrors(lng: string = i18n.language): Record<string, string> {
    return fieldErrorTexts(this.problem, lng);
  }
}

/** The ApiError of a refused answer: its problem document, or one made from the status. */
export function problemError(status: number, body: unknown, statusText = '', response?: Response): ApiError {
  const p = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
  noteCitizenProblem(status, typeof p.type === 'string' ? p.type : undefined);
  if (status === 401 && response && !/\/api\/v1\/auth\/(login|me)$/.test(new URL(response.url, 'http://x').pathname)) {
    window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
  }
  const retryAfter = Number(response?.headers.get('retry-after'));
  if (status === 503 && typeof p.type === 'string' && p.type.endsWith('/waiting-room')) {
    // No (or no longer a valid) admission: the portal shows the waiting room; the page keeps its input.
    clearAdmission();
    window.dispatchEvent(new Event(WAITING_ROOM_EVENT));
  }
  return new ApiError({
    type: typeof p.type === 'string' ? p.type : '',
    title: typeof p.title === 'string' ? p.title : statusText,
    status,
    detail: typeof p.detail === 'string' ? p.detail : undefined,
    errors: Array.isArray(p.errors) ? p.errors : undefined,
    explanation: p.explanation && typeof p.explanation.de === 'string' && typeof p.explanation.en === 'string' ? p.explanation : undefined,
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}

/** The ApiError of a request that got no answer. */
export const networkError = (err: unknown) => new ApiError({ type: '', title: 'Network error', status: 0, detail: (err as Error)?.message });

let csrfToken: string | null = null;

/** Remember the CSRF token received from login or /auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The typed client: `client.GET('/api/v1/public/slots', { params: { query } })`; wrap calls in `call()`. */
export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
  // Looked up per request, so a test (or a polyfill) can replace fetch after this module loaded.
  fetch: (request) => globalThis.fetch(request),
});

client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    // While the waiting room is on, registration and booking need the admission token it handed out.
    const admission = admissionToken();
    if (admission) request.headers.set(ADMISSION_HEADER, admission);
    // The citizen's verified session, on public calls: registration and booking need it; look-ups then
    // show the person's own certificates. A call that names its own token keeps it.
    const citizen = citizenAuthorization().authorization;
    if (citizen && !request.headers.has('authorization') && new URL(request.url).pathname.startsWith('/api/v1/public/')) {
      request.headers.set('authorization', citizen);
    }
    return request;
  },
});

/** Awaits a client call: its data, or an ApiError (status 0 when the server could not be reached). */
export async function call<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let res: { data?: D; error?: unknown; response: Response };
  try {
    res = await request;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw networkError(err);
  }
  if (!res.response.ok) throw problemError(res.response.status, res.error, res.response.statusText, res.response);
  return res.data as D;
}

/** The problem code of any error, e.g. `register-mismatch` ('' when it is no ApiError). */
export function errorCode(err: unknown): string {
  return err instanceof ApiError ? err.code : '';
}
