/** Minimal fetch wrapper for the vaxops JSON API (RFC 9457 problem+json errors). */
import { ADMISSION_HEADER, admissionToken, clearAdmission, WAITING_ROOM_EVENT } from './features/waitingroom/admission';
import { citizenAuthorization, noteCitizenProblem } from './features/citizens/session';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** Field errors keyed by field path, e.g. `person.birthDate`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      if (e && typeof e.field === 'string' && !(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;

/** Remember the CSRF token received from login or /auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /** Extra headers, e.g. `Authorization` (public calls carry the citizen's session by themselves). */
  headers?: Record<string, string>;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  // The citizen's verified session, on public calls: look-ups then show the person's own codes and certificates.
  const headers: Record<string, string> = {
    ...(path.startsWith('/api/v1/public/') ? citizenAuthorization() : {}),
    ...opts.headers,
    accept: 'application/json, application/problem+json',
  };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  // While the waiting room is on, registration and booking need the admission token it handed out.
  const admission = admissionToken();
  if (admission) headers[ADMISSION_HEADER] = admission;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ status: 0, title: 'Network error', detail: (err as Error).message });
  }

  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const p = (data && typeof data === 'object' ? data : {}) as Partial<Problem>;
    noteCitizenProblem(res.status, p.type);
    if (res.status === 503 && typeof p.type === 'string' && p.type.endsWith('/waiting-room')) {
      // No (or no longer a valid) admission: the portal shows the waiting room; the page keeps its input.
      clearAdmission();
      window.dispatchEvent(new Event(WAITING_ROOM_EVENT));
    }
    throw new ApiError({
      type: p.type,
      title: p.title ?? res.statusText,
      status: res.status,
      detail: p.detail,
      errors: Array.isArray(p.errors) ? p.errors : undefined,
    });
  }
  return data as T;
}
