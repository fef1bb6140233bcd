/**
 * Requests for the citizen portal pages. Like `api()` in ../../api, but the thrown error keeps the
 * problem's `explanation` ({de, en}) that eligibility refusals carry, so pages can show it in the
 * person's language.
 */
import { ApiError, type Problem, type RequestOptions } from '../../api';
import { ADMISSION_HEADER, admissionToken, clearAdmission, WAITING_ROOM_EVENT } from '../waitingroom/admission';
import { citizenAuthorization, noteCitizenProblem } from './session';

export interface Explanation {
  de: string;
  en: string;
}

export class ExplainedApiError extends ApiError {
  readonly explanation: Explanation | null;

  constructor(problem: Problem, explanation: Explanation | null) {
    super(problem);
    this.explanation = explanation;
  }

  /** Last segment of the problem type, e.g. `register-mismatch`. */
  get code(): string {
    return (this.problem.type ?? '').split('/').pop() ?? '';
  }
}

function isExplanation(v: unknown): v is Explanation {
  return Boolean(v) && typeof (v as Explanation).de === 'string' && typeof (v as Explanation).en === 'string';
}

/** Text of an explanation in the UI language (German fallback). */
export function explain(e: Explanation | null | undefined, lng: string): string {
  if (!e) return '';
  return lng === 'en' ? e.en : e.de;
}

/** Problem code (last segment of `type`) of any API error, '' otherwise. */
export function problemCode(err: unknown): string {
  if (err instanceof ApiError) return (err.problem.type ?? '').split('/').pop() ?? '';
  return '';
}

export async function publicApi<T>(
  path: string,
  opts: Omit<RequestOptions, 'query'> & { query?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { ...citizenAuthorization(), ...opts.headers, accept: 'application/json, application/problem+json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  // As in api(): while the waiting room is on, registration and booking need its admission token.
  const admission = admissionToken();
  if (admission) headers[ADMISSION_HEADER] = admission;
  const qs = opts.query ? new URLSearchParams(opts.query).toString() : '';
  let res: Response;
  try {
    res = await fetch(qs ? `${path}?${qs}` : path, {
      method,
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ExplainedApiError({ status: 0, title: 'Network error', detail: (err as Error).message }, null);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const p = (data && typeof data === 'object' ? data : {}) as Partial<Problem> & { explanation?: unknown };
    noteCitizenProblem(res.status, p.type);
    if (res.status === 503 && typeof p.type === 'string' && p.type.endsWith('/waiting-room')) {
      clearAdmission();
      window.dispatchEvent(new Event(WAITING_ROOM_EVENT));
    }
    throw new ExplainedApiError(
      {
        type: p.type,
        title: p.title ?? res.statusText,
        status: res.status,
        detail: p.detail,
        errors: Array.isArray(p.errors) ? p.errors : undefined,
      },
      isExplanation(p.explanation) ? p.explanation : null,
    );
  }
  return data as T;
}
