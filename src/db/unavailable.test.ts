import net from 'node:net';
import os from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsPlugin } from '../plugins/errors.js';
import { isDatabaseUnavailable, OutageLog } from './unavailable.js';

/** What node-postgres really throws when the database is away; caught, so the test can look at it. */
const failure = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => err);

describe('the database is unavailable: which errors mean that', () => {
  let closedPort: number;
  let silent: net.Server; // accepts connections and never answers, as a database host behind a dead link
  let silentPort: number;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    const probe = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => probe.once('listening', r));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    silent = net.createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
    await new Promise((r) => silent.once('listening', r));
    silentPort = (silent.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('a refused connection, a connect timeout and a full pool that times out all mean unavailable', async () => {
    const refused = new pg.Pool({ connectionString: `postgres://x@127.0.0.1:${closedPort}/x`, connectionTimeoutMillis: 2_000 });
    const err = await failure(refused.query('select 1'));
    expect(isDatabaseUnavailable(err)).toBe(true);
    await refused.end();

    const hanging = new pg.Pool({ connectionString: `postgres://x@127.0.0.1:${silentPort}/x`, max: 1, connectionTimeoutMillis: 300 });
    const [connecting, queued] = await Promise.all([failure(hanging.connect()), failure(hanging.connect())]);
    expect(String(connecting)).toMatch(/connection timeout|timeout exceeded/);
    expect(isDatabaseUnavailable(connecting)).toBe(true);
    expect(isDatabaseUnavailable(queued)).toBe(true);
    await hanging.end();
  });

  it('bad statements, bad data and programming errors do not', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('invalid input syntax'), { code: '22P02' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)('a session ended by the server (57P01, as in a fast shutdown) means unavailable', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    if (!url.username) url.username = process.env.PGUSER || os.userInfo().username; // as psql does
    const client = new pg.Client({ connectionString: url.toString() });
    const events: unknown[] = [];
    client.on('error', (e) => events.push(e)); // without this listener the 'error' event would end the process
    await client.connect();
    const err = (await failure(client.query('select pg_terminate_backend(pg_backend_pid())'))) as { code?: string };
    expect(err?.code).toBe('57P01');
    expect(isDatabaseUnavailable(err)).toBe(true);
    // The client is broken now: what the next statement throws means unavailable too.
    await new Promise((r) => setTimeout(r, 50));
    expect(isDatabaseUnavailable(await failure(client.query('select 1')))).toBe(true);
    await client.end().catch(() => {});
  });

  it('a request meeting it answers 503 problem+json with Retry-After, not 500', async () => {
    const pool = new pg.Pool({ connectionString: `postgres://x@127.0.0.1:${closedPort}/x` });
    const app = Fastify();
    await errorsPlugin(app);
    app.get('/booked', async () => (await pool.query('select 1')).rows);
    app.get('/bug', async () => {
      throw new Error('a bug');
    });
    const res = await app.inject({ method: 'GET', url: '/booked' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json()).toMatchObject({ type: 'https://vaxops.org/problems/database-unavailable', status: 503, explanation: { de: expect.any(String), en: expect.any(String) } });
    expect((await app.inject({ method: 'GET', url: '/bug' })).statusCode).toBe(500);
    await app.close();
    await pool.end();
  });

  it('an outage is logged once however many connections notice, and its end once', () => {
    const lines: string[] = [];
    const log = { warn: (_: object, msg: string) => lines.push(`warn ${msg}`), info: (_: object, msg: string) => lines.push(`info ${msg}`) };
    const outage = new OutageLog(log, 'pools');
    outage.back(); // nothing was lost
    for (let i = 0; i < 20; i++) outage.lost(Object.assign(new Error('terminating connection'), { code: '57P01' }));
    outage.back();
    outage.back();
    expect(lines).toEqual(['warn pools: database connection lost; retrying', 'info pools: database connection restored']);
  });
});
