import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { postalDistanceKm } from './catalog.service.js';

describe('where the centers are, for a citizen who gives a postal code', () => {
  it('knows the demo region roughly: Berlin-Mitte to its neighbour a few km, to Munich about 500 km; an unknown code has no distance', () => {
    expect(postalDistanceKm('10115', '10117')).toBeLessThan(5);
    expect(postalDistanceKm('10115', '80331')).toBeGreaterThan(450);
    expect(postalDistanceKm('10115', '80331')).toBeLessThan(550);
    expect(postalDistanceKm('00000', '10115')).toBeNull();
  });
});

describe('the public center list and who may book now', () => {
  let srv: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    srv = await startTestServer();
    api = client(srv.url);
  });
  afterAll(() => srv?.close());

  it('Erna in Munich (80333) finds the nearest centers first, with their distance; without `near` the list is as before', async () => {
    const near = await api.get('/api/v1/public/centers?near=80333');
    expect(near.status).toBe(200);
    const list = near.body as { name: string; distanceKm: number | null }[];
    expect(list[0].name).toBe('Impfzentrum Domplatz');
    expect(list[0].distanceKm).toBeLessThan(10);
    const km = list.map((c) => c.distanceKm ?? Infinity);
    expect([...km].sort((a, b) => a - b)).toEqual(km);

    const plain = await api.get('/api/v1/public/centers');
    expect(plain.body[0]).not.toHaveProperty('distanceKm');
    expect((await api.get('/api/v1/public/centers?near=8033')).status).toBe(422);
  });

  it('the booking page can say who may book now: group 1 (80+, care homes) is open, the others are not scheduled', async () => {
    const res = await api.get('/api/v1/public/eligibility/groups');
    expect(res.status).toBe(200);
    expect(res.body.restricted).toBe(true);
    const [g1, g2] = res.body.groups;
    expect(g1).toMatchObject({ id: '1', open: true });
    expect(g1.who.de).toContain('ab 80 Jahren');
    expect(g1.who.en).toContain('aged 80 or over');
    expect(g2).toMatchObject({ id: '2', open: false, opensAt: null });
  });
});
