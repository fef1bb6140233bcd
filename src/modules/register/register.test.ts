import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/support/db.js';
import { client } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import type { TenantCtx } from '../../context.js';
import { createApiKey, revokeApiKey } from '../../plugins/api-key.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { BATCH_SIZE, importRegister, matchRegister } from './register.service.js';

const BOM = '\uFEFF';

/** The register of a small town, as the registry office exports it: `;`, BOM, CRLF, umlauts. */
const TOWN = [
  'id;given_name;family_name;birth_date;postal_code;address',
  'R-1;Jürgen;Müller;1941-02-03;10115;Invalidenstraße 1',
  'R-2;Änne;Groß;1937-12-24;10117;"Unter den Linden 5; Hinterhaus"',
  'R-3;Zoë;Weiß-Öztürk;1950-06-30;10119;',
  'R-4;Hans Peter;von Bödefeld;1929-01-01;10115;Chausseestraße 2',
].join('\r\n');

/** Streams a string in small chunks, so that the header, the BOM and multi-byte characters are split. */
const chunked = (s: string, size = 7) => {
  const buf = Buffer.from(s, 'utf8');
  return Readable.from((function* () {
    for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
  })());
};

describe.each(BACKENDS)('population register import and matching (%s)', (backend) => {
  let srv: TestServer;
  let tenant: TenantCtx;
  const count = () => srv.deps.db.withTenant(tenant.id, async (trx) => Number((await sql<{ n: number }>`select count(*)::int as n from register_entries`.execute(trx)).rows[0].n));
  const match = (p: { givenName: string; familyName: string; birthDate: string; postalCode: string }) =>
    srv.deps.db.withTenant(tenant.id, (trx) => matchRegister(trx, tenant, p));

  beforeAll(async () => {
    srv = await startTestServer({ backend });
    tenant = await tenantBySlug(srv.deps, 'demo');
  });
  afterAll(() => srv?.close());

  it('the registry office imports its export (BOM, ";", CRLF, umlauts); importing it again changes nothing', async () => {
    const progress: [number, number][] = [];
    const first = await importRegister(srv.deps, tenant, chunked(BOM + TOWN), { onProgress: (b, r) => progress.push([b, r]) });
    expect(first).toMatchObject({ rows: 4, inserted: 4, updated: 0, unchanged: 0, rejected: [], rejectedCount: 0 });
    expect(progress.at(-1)).toEqual([Buffer.byteLength(BOM + TOWN), 4]);
    expect(await count()).toBe(4);

    const again = await importRegister(srv.deps, tenant, chunked(BOM + TOWN, 3));
    expect(again).toMatchObject({ rows: 4, inserted: 0, updated: 0, unchanged: 4, rejectedCount: 0 });
    expect(await count()).toBe(4);

    // The stored fields decrypt to what the file said, quoted delimiters included.
    const row = await srv.deps.db.withTenant(tenant.id, (trx) =>
      trx.selectFrom('register_entries').selectAll().where('external_id', '=', 'R-2').executeTakeFirstOrThrow(),
    );
    const c = tenant.cipher;
    expect(c.decrypt('register.given_name', row.given_name)).toBe('Änne');
    expect(c.decrypt('register.family_name', row.family_name)).toBe('Groß');
    expect(c.decrypt('register.birth_date', row.birth_date)).toBe('1937-12-24');
    expect(c.decrypt('register.postal_code', row.postal_code)).toBe('10117');
    expect(c.decrypt('register.address', row.address!)).toBe('Unter den Linden 5; Hinterhaus');
  });

  it('the same register with "," and without BOM, one person moved: one update, the rest unchanged', async () => {
    const moved = TOWN.replace(/;/g, ',').replace('R-1,Jürgen,Müller,1941-02-03,10115', 'R-1,Jürgen,Müller,1941-02-03,10245');
    const res = await importRegister(srv.deps, tenant, [moved]);
    expect(res).toMatchObject({ rows: 4, inserted: 0, updated: 1, unchanged: 3, rejectedCount: 0 });
    expect(await count()).toBe(4);
    expect(await match({ givenName: 'Jürgen', familyName: 'Müller', birthDate: '1941-02-03', postalCode: '10115' })).toBeNull();
    expect(await match({ givenName: 'Jürgen', familyName: 'Müller', birthDate: '1941-02-03', postalCode: '10245' })).not.toBeNull();
    // Back to the original file: the move is undone, again one update.
    expect(await importRegister(srv.deps, tenant, [TOWN])).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
  });

  it('bad rows are rejected by line number without their content; the good rows around them are imported', async () => {
    const file = [
      'id,given_name,family_name,birth_date,postal_code,address',
      'B-1,Karl,Schmidt,1945-05-08,80331,Marienplatz 1', // line 2: fine
      'B-2,,Schmidt,1945-05-08,80331,', // 3: no given name
      'B-3,Karla,Schmidt,08.05.1945,80331,', // 4: German date format
      'B-4,Karla,Schmidt,1945-02-30,80331,', // 5: no such day
      'B-5,Karla,Schmidt,1945-05-08,8033,', // 6: 4-digit postal code
      '', // 7: blank lines are skipped, not rejected
      'B-6,Karla,Schmidt,1945-05-08', // 8: too few fields
      'B-7,Karla,"Schmidt\nvon Hagen",1946-05-08,80331,', // 9-10: a quoted line break is fine
      'B-1,Karl,Schmidt,1945-05-08,80331,', // 11: same id again
      'B-8,Karla,Schmidt,2999-01-01,80331,', // 12: born in the future
      'B-9,---,Schmidt,1945-05-08,80331,', // 13: a name without letters
      'B-10,Erna,Schmidt,1950-01-01,80331,Hof 2', // 14: fine
    ].join('\n');
    const res = await importRegister(srv.deps, tenant, chunked(file));
    expect(res.rows).toBe(11);
    expect(res.inserted).toBe(3);
    expect(res.rejected).toEqual([
      { line: 3, reason: 'missing given_name' },
      { line: 4, reason: 'birth_date is not a date in the form YYYY-MM-DD' },
      { line: 5, reason: 'birth_date is not a date in the form YYYY-MM-DD' },
      { line: 6, reason: 'postal_code must have 5 digits' },
      { line: 8, reason: 'expected 6 fields, found 4' },
      { line: 11, reason: 'the id is also used on line 2' },
      { line: 12, reason: 'birth_date is not between 1900-01-01 and today' },
      { line: 13, reason: 'a name has no letters' },
    ]);
    expect(res.rejectedCount).toBe(8);
    expect(JSON.stringify(res.rejected)).not.toMatch(/Karla|Schmidt|8033|1945/);
  });

  it('a file that is not a register fails before anything is written; a broken quote stops with its line', async () => {
    const before = await count();
    await expect(importRegister(srv.deps, tenant, ['name,born\nA,B\n'])).rejects.toMatchObject({ status: 422, errors: [{ field: 'header' }] });
    await expect(importRegister(srv.deps, tenant, [''])).rejects.toMatchObject({ status: 422 });
    await expect(importRegister(srv.deps, tenant, [BOM])).rejects.toMatchObject({ status: 422 });
    expect(await count()).toBe(before);
    const broken = 'id,given_name,family_name,birth_date,postal_code\nQ-1,Ida,Kurz,1960-01-01,01067\nQ-2,"Ida,Kurz,1960-01-01,01067\n';
    await expect(importRegister(srv.deps, tenant, [broken])).rejects.toMatchObject({ status: 422, errors: [{ field: 'body', message: expect.stringMatching(/quote/) }] });
    // More bytes than allowed: 413, whatever was read before stays (idempotent on the next try).
    await expect(importRegister(srv.deps, tenant, chunked(TOWN, 16), { maxBytes: 100 })).rejects.toMatchObject({ status: 413 });
    // A source that fails (a client gone mid-upload) fails the import instead of hanging it.
    const failing = new Readable({ read() {} });
    failing.push(TOWN.slice(0, 80));
    setTimeout(() => failing.destroy(new Error('socket hang up')), 20);
    await expect(importRegister(srv.deps, tenant, failing)).rejects.toThrow('socket hang up');
    const closed = new Readable({ read() {} });
    closed.push(TOWN.slice(0, 80));
    setTimeout(() => closed.destroy(), 20);
    await expect(importRegister(srv.deps, tenant, closed)).rejects.toThrow('closed before its end');
  });

  it('more rows than one batch: several transactions, still idempotent', async () => {
    const n = BATCH_SIZE * 2 + 17;
    const rows = function* () {
      yield 'id,given_name,family_name,birth_date,postal_code,address\n';
      for (let i = 0; i < n; i++) yield `M-${i},Max${i},Mustermann,1970-01-${String((i % 28) + 1).padStart(2, '0')},${String(10000 + (i % 89999)).padStart(5, '0')},Weg ${i}\n`;
    };
    const seen: number[] = [];
    const first = await importRegister(srv.deps, tenant, rows(), { onProgress: (_b, r) => seen.push(r) });
    expect(first).toMatchObject({ rows: n, inserted: n, updated: 0, rejectedCount: 0 });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(await importRegister(srv.deps, tenant, rows())).toMatchObject({ rows: n, inserted: 0, updated: 0, unchanged: n });
  });

  it('matching goes through the keyed hash: case, accents and punctuation do not matter, transliteration does', async () => {
    const mueller = { givenName: 'Jürgen', familyName: 'Müller', birthDate: '1941-02-03', postalCode: '10115' };
    const id = await match(mueller);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await match({ ...mueller, givenName: 'JÜRGEN', familyName: 'MÜLLER' })).toBe(id);
    expect(await match({ ...mueller, givenName: ' jurgen ', familyName: 'Muller' })).toBe(id); // ü -> u
    expect(await match({ ...mueller, familyName: 'MUELLER' })).toBeNull(); // ue is not folded into ü: documented
    expect(await match({ ...mueller, birthDate: '1941-02-04' })).toBeNull();
    expect(await match({ ...mueller, postalCode: '10117' })).toBeNull();
    expect(await match({ givenName: 'hans-peter', familyName: 'Von Bödefeld', birthDate: '1929-01-01', postalCode: '10115' })).not.toBeNull();
    expect(await match({ givenName: 'Änne', familyName: 'Gross', birthDate: '1937-12-24', postalCode: '10117' })).not.toBeNull(); // ß -> ss
    expect(await match({ ...mueller, givenName: '!!!' })).toBeNull();

    // Under another tenant's id, the register is empty (row-level security), even for the same hash.
    expect(await srv.deps.db.withTenant(randomUUID(), (trx) => trx.selectFrom('register_entries').select('id').execute())).toEqual([]);
    expect(await srv.deps.db.withTenant(randomUUID(), (trx) => matchRegister(trx, tenant, mueller))).toBeNull();
  });

  it('a dump of the register holds no name, birth date, postal code or address in clear', async () => {
    const dump = (await sql<{ t: string }>`select row_to_json(r)::text as t from register_entries r`.execute(srv.deps.db.owner)).rows.map((r) => r.t).join('\n');
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).toContain('R-1'); // the register's own id is not personal data: the positive control
    // Digits alone could occur in the hex of a ciphertext: look for them as JSON values.
    const needles = ['Jürgen', 'J\\u00fcrgen', 'Müller', 'M\\u00fcller', 'Groß', 'Mustermann', 'Max1', 'Invalidenstra', 'Marienplatz', 'jurgen', 'muller', '1941-02-03', '"10115"'];
    expect(needles.filter((n) => dump.includes(n))).toEqual([]);
  });

  it('a machine client imports over the API with a key; without one 401, with the wrong scope or a revoked key not at all', async () => {
    const { id: keyId, key } = await createApiKey(srv.deps, tenant.id, 'registry office', ['register:import']);
    expect(key).toMatch(/^vx_[A-Za-z0-9_-]{43}$/);
    const stored = await srv.deps.db.withTenant(tenant.id, (trx) => trx.selectFrom('api_keys').selectAll().where('id', '=', keyId).executeTakeFirstOrThrow());
    expect(Buffer.from(stored.key_hash).toString('hex')).not.toContain(Buffer.from(key).toString('hex'));
    expect(JSON.stringify(stored)).not.toContain(key);

    const api = client(srv.url);
    const path = '/api/v1/machine/register/imports';
    const csv = { 'content-type': 'text/csv; charset=utf-8' };
    const body = BOM + TOWN.replace('R-4;', 'R-5;');
    const ok = await api.post(path, body, { ...csv, authorization: `Bearer ${key}` });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ rows: 4, inserted: 1, updated: 0, unchanged: 3, rejected: [], rejectedCount: 0 });

    // The import is in the audit log, with the key as the system actor.
    const audit = await sql<{ actor_type: string; actor_id: string; action: string; subject_type: string; route: string }>`
      select actor_type, actor_id, action, subject_type, route from audit_log where subject_type = 'register'`.execute(srv.deps.db.owner);
    expect(audit.rows).toEqual([{ actor_type: 'system', actor_id: keyId, action: 'create', subject_type: 'register', route: `POST ${path}` }]);

    const none = await api.post(path, body, csv);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await api.post(path, body, { ...csv, authorization: 'Bearer vx_' + 'A'.repeat(43) })).status).toBe(401);
    expect((await api.post(path, body, { ...csv, authorization: `Basic ${key}` })).status).toBe(401);

    const { id: otherId, key: other } = await createApiKey(srv.deps, tenant.id, 'exporter', ['register:import']);
    await srv.deps.db.withTenant(tenant.id, (trx) => trx.updateTable('api_keys').set({ scopes: ['exports:read'] }).where('id', '=', otherId).execute());
    const wrongScope = await api.post(path, body, { ...csv, authorization: `Bearer ${other}` });
    expect(wrongScope.status).toBe(403);

    // The key may only send CSV; a huge declared length is refused before reading.
    const auth = { authorization: `Bearer ${key}` };
    expect((await api.post(path, { rows: [] }, auth)).status).toBe(415);
    expect((await api.post(path, 'a=1', { ...auth, 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api.post(path, body, { ...auth, 'content-type': 'text/csv; charset=iso-8859-1' })).status).toBe(415);
    expect((await api.post(path, undefined, auth)).status).toBe(415);
    const notRegister = await api.post(path, 'a,b\n1,2\n', { ...auth, ...csv });
    expect(notRegister.status).toBe(422);
    expect(notRegister.body.errors[0].field).toBe('header');
    expect((await api.post(`${path}?dryRun=1`, body, { ...auth, ...csv })).status).toBe(422);

    expect(await revokeApiKey(srv.deps, tenant.id, keyId, new Date())).toBe(true);
    expect((await api.post(path, body, { ...csv, ...auth })).status).toBe(401);
  });
});
