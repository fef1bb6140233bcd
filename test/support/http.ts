import { sql } from 'kysely';
import type { Deps } from '../../src/context.js';

export type Res = { status: number; body: any; headers: Headers };

/** A tiny JSON client for the API under test. */
export function client(base: string) {
  let cookie = '';
  let csrf = '';
  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const h: Record<string, string> = { ...headers };
    if (cookie) h.cookie = cookie;
    if (csrf && method !== 'GET' && !('x-csrf-token' in headers)) h['x-csrf-token'] = csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(base + path, { method, headers: h, body: payload });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, body: text && type.includes('json') ? JSON.parse(text) : text, headers: res.headers };
  }
  return {
    request,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => request('POST', path, body, headers),
    del: (path: string, headers?: Record<string, string>) => request('DELETE', path, undefined, headers),
    /** Signs in a demo account; later requests carry its session cookie and CSRF token. */
    async signIn(email: string, password = 'demo') {
      const res = await request('POST', '/api/v1/auth/login', { email, password });
      if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      csrf = res.body.csrfToken;
      return res;
    },
    get cookie() {
      return cookie;
    },
  };
}

/** Row counts of the tables a write could touch (as the owner, across tenants). */
export async function rowCounts(deps: Deps) {
  const r = await sql<{ t: string; n: number }>`
    select 'persons' as t, count(*)::int as n from persons union all
    select 'bookings', count(*)::int from bookings union all
    select 'appointments', count(*)::int from appointments union all
    select 'vaccinations', count(*)::int from vaccinations union all
    select 'booked', coalesce(sum(booked), 0)::int from slots union all
    select 'checked_in', count(*)::int from appointments where status <> 'booked' union all
    select 'rule_sets', count(*)::int from rule_sets`.execute(deps.db.owner);
  return Object.fromEntries(r.rows.map((x) => [x.t, x.n]));
}

/** The first free slot of the first center offering the product on a day, through the public API. */
export async function firstSlot(api: ReturnType<typeof client>, product: string, date: string, centerIndex = 0) {
  const centers = (await api.get('/api/v1/public/centers')).body as { id: string; products: string[] }[];
  const center = centers.filter((c) => c.products.includes(product))[centerIndex];
  const slots = (await api.get(`/api/v1/public/slots?centerId=${center.id}&product=${product}&from=${date}&to=${date}`)).body;
  return { center, slot: slots[0] as { id: string; start: string; free: number } };
}

export const anna = { givenName: 'Anna', familyName: 'Schäfer', birthDate: '1938-04-12', postalCode: '10115', email: 'anna@example.org' };
