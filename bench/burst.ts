/**
 * The load generator of the contention scenario: N requests sent at once over N connections that were
 * opened, and used once, beforehand.
 *
 * Why not autocannon here: with 10,000 connections it builds all its clients in one synchronous loop and
 * starts each request's clock before that loop ends and before the connection exists, so its latencies
 * began with about a second of its own work and of TCP handshakes (a bare node:http server measured 1.2 s
 * at p50). At a rush the server does not see 10,000 new connections either: a load balancer, or the
 * browsers of the people waiting on the booking page, hold them. So here the connections come first
 * (each answers one GET), then every connection sends its request, and each latency runs from the write
 * of that request to the last byte of its answer.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';

export type BurstRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };

export type BurstResult = {
  /** From the first request written to the last answer read (s). */
  duration: number;
  /** Time to open and warm the connections (s), not part of any latency. */
  connectSeconds: number;
  statuses: Record<string, number>;
  errors: number;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
};

/** One HTTP/1.1 response at the start of `buf`: its status and length, or null while incomplete. */
function parseResponse(buf: Buffer): { status: number; length: number } | null {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = buf.toString('latin1', 0, end);
  const status = Number(head.slice(9, 12));
  const bodyAt = end + 4;
  const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
  if (length) {
    const total = bodyAt + Number(length[1]);
    return buf.length >= total ? { status, length: total } : null;
  }
  if (/\r\ntransfer-encoding:[ \t]*chunked/i.test(head)) {
    // The last chunk: "0\r\n\r\n" right away (empty body) or after the previous chunk's CRLF.
    if (buf.toString('latin1', bodyAt, bodyAt + 5) === '0\r\n\r\n') return { status, length: bodyAt + 5 };
    const last = buf.indexOf('\r\n0\r\n\r\n', bodyAt);
    return last < 0 ? null : { status, length: last + 7 };
  }
  return { status, length: bodyAt }; // no body (204, 304)
}

function serialize(host: string, r: BurstRequest): Buffer {
  const body = r.body ?? '';
  const headers = { host, connection: 'keep-alive', ...r.headers, ...(r.body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return Buffer.from(`${r.method} ${r.path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
}

/** A keep-alive connection that answers one request at a time. */
class Connection {
  private buf: Buffer = Buffer.alloc(0);
  private waiting: ((r: { status: number; at: number } | Error) => void) | null = null;

  constructor(readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      const at = performance.now();
      this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
      const r = parseResponse(this.buf);
      if (!r) return;
      this.buf = this.buf.subarray(r.length);
      const done = this.waiting;
      this.waiting = null;
      done?.({ status: r.status, at });
    });
    const fail = (err: Error) => {
      const done = this.waiting;
      this.waiting = null;
      done?.(err);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  /** Writes the request and resolves with the answer's status and arrival time (performance.now()). */
  send(bytes: Buffer): Promise<{ status: number; at: number }> {
    return new Promise((resolve, reject) => {
      this.waiting = (r) => (r instanceof Error ? reject(r) : resolve(r));
      this.socket.write(bytes);
    });
  }
}

function connect(port: number, host: string, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, host);
    const t = setTimeout(() => (s.destroy(), reject(new Error('connect timeout'))), timeoutMs);
    s.once('connect', () => (clearTimeout(t), resolve(s)));
    s.once('error', (err) => (clearTimeout(t), reject(err)));
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
const ms = (x: number) => Math.round(x * 10) / 10;

/**
 * Opens `count` connections to `url`, in batches, each warmed with GET `warmPath`. `fire` then sends
 * `request(i)` on connection i, all at once: the writes go out in slices of `slice`, letting answers that
 * arrive meanwhile be read at once, so the generator's own loop does not lengthen the latencies it measures.
 */
export async function openConnections(o: { url: string; count: number; warmPath: string; timeoutMs?: number; batch?: number }) {
  const u = new URL(o.url);
  const timeoutMs = o.timeoutMs ?? 60_000;
  const batch = o.batch ?? 500;
  const connections: Connection[] = [];
  const close = () => connections.forEach((c) => c.socket.destroy());
  const t0 = performance.now();
  const warm = serialize(u.host, { method: 'GET', path: o.warmPath });
  try {
    for (let i = 0; i < o.count; i += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, o.count - i) }, async () => {
          const c = new Connection(await connect(Number(u.port || 80), u.hostname, timeoutMs));
          connections.push(c);
          await c.send(warm);
        }),
      );
    }
  } catch (err) {
    close();
    throw err;
  }
  const connectSeconds = (performance.now() - t0) / 1000;

  async function fire(request: (i: number) => BurstRequest, slice = 50): Promise<BurstResult> {
    const bytes = connections.map((_, i) => serialize(u.host, request(i)));
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    let errors = 0;
    const answers: Promise<void>[] = [];
    const start = performance.now();
    let last = start;
    for (let i = 0; i < connections.length; i++) {
      if (i > 0 && i % slice === 0) await new Promise((r) => setImmediate(r));
      const sent = performance.now();
      answers.push(
        connections[i].send(bytes[i]).then(
          (r) => {
            latencies.push(r.at - sent);
            statuses[r.status] = (statuses[r.status] ?? 0) + 1;
            last = Math.max(last, r.at);
          },
          () => void errors++,
        ),
      );
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      Promise.all(answers).then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) errors = connections.length - latencies.length;
    latencies.sort((a, b) => a - b);
    return {
      duration: (last - start) / 1000,
      connectSeconds,
      statuses,
      errors,
      latency: {
        p50: ms(percentile(latencies, 50)),
        p90: ms(percentile(latencies, 90)),
        p99: ms(percentile(latencies, 99)),
        max: ms(latencies[latencies.length - 1] ?? 0),
        mean: ms(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
      },
    };
  }

  return { fire, close };
}
