/** Helpers for bench/run.ts: scratch database, process-tree CPU and memory, free ports, waiting. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import pg from 'pg';

/** A fresh database next to BENCH_DATABASE_URL (default postgres://127.0.0.1:5432/test), dropped by `drop`. */
export async function scratchDatabase() {
  const admin = new URL(process.env.BENCH_DATABASE_URL || 'postgres://127.0.0.1:5432/test');
  if (!admin.username) admin.username = process.env.PGUSER || os.userInfo().username;
  const name = `vaxops_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return { name, url: url.toString(), host: url.hostname, port: url.port || '5432', drop: () => run(`drop database if exists ${name} with (force)`) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers with `status` (200 by default). */
export async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean, status = 200) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (!alive()) throw new Error(`the process serving ${url} exited`);
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.status === status) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const TICKS = 100; // USER_HZ on Linux

function readStat(pid: number) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** A process's CPU so far (user + system), in ticks of 1/100 s; null once it is gone. */
export const cpuTicks = (pid: number) => readStat(pid)?.ticks ?? null;

/**
 * The PostgreSQL server process (postmaster) of a backend, when the database runs on this machine: its
 * backends are its children, so metering it measures the database's CPU. Null when /proc does not show it
 * (a database elsewhere).
 */
export function postmasterOf(backendPid: number): number | null {
  const st = readStat(backendPid);
  if (!st) return null;
  try {
    return fs.readFileSync(`/proc/${st.ppid}/comm`, 'utf8').trim().startsWith('postgres') ? st.ppid : null;
  } catch {
    return null;
  }
}

/** The process and all its descendants (e.g. cluster workers). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const st = readStat(Number(d));
    if (!st) continue;
    const list = children.get(st.ppid) ?? [];
    list.push(Number(d));
    children.set(st.ppid, list);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out;
}

function statusKb(pid: number, key: 'VmRSS' | 'VmHWM') {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export type Usage = {
  /** CPU seconds (user + system) of the process tree during the measurement. */
  cpuSeconds: number;
  /** CPU time over wall time, in % of one core (200 % = both cores of this machine). */
  cpuPercent: number;
  /** Peak resident memory of the tree during the measurement (MB): VmHWM after a reset; sampled RSS as a floor. */
  peakRssMb: number;
  /** Whether the kernel's peak counter could be reset at the start (else VmHWM is since process start). */
  peakReset: boolean;
  processes: number;
};

/**
 * Measures a process tree between start and stop: CPU from /proc/<pid>/stat (utime + stime, summed over
 * the tree, read every 100 ms so that processes which end meanwhile, such as pgbench's backends, still
 * count), and unless `memory` is false, peak RSS from /proc/<pid>/status VmHWM (reset at the start through
 * /proc/<pid>/clear_refs), with RSS sampled every 100 ms as well. The tree is looked up again once a
 * second, not per sample: scanning /proc ten times a second cost the load generator's process a few percent
 * of a core on this machine's two.
 */
export function meter(root: number, opts: { memory?: boolean } = {}) {
  const memory = opts.memory ?? true;
  let pids = processTree(root);
  // A process first seen after the start began after it: all its CPU counts.
  const ticks0 = new Map(pids.map((p) => [p, readStat(p)?.ticks ?? 0]));
  const last = new Map(ticks0);
  let peakReset = memory;
  if (memory) {
    for (const p of pids) {
      try {
        fs.writeFileSync(`/proc/${p}/clear_refs`, '5');
      } catch {
        peakReset = false;
      }
    }
  }
  const t0 = performance.now();
  let sampled = 0;
  let n = 0;
  const sample = (refresh: boolean) => {
    if (refresh) pids = processTree(root);
    for (const p of pids) {
      const t = readStat(p)?.ticks;
      if (t !== undefined) last.set(p, t);
    }
    if (memory) sampled = Math.max(sampled, pids.reduce((a, p) => a + statusKb(p, 'VmRSS'), 0));
  };
  sample(false);
  const timer = setInterval(() => sample(++n % 10 === 0), 100);
  return {
    stop(): Usage {
      clearInterval(timer);
      sample(true);
      const wall = (performance.now() - t0) / 1000;
      let ticks = 0;
      for (const [p, t] of last) ticks += t - (ticks0.get(p) ?? 0);
      const hwm = memory ? pids.reduce((a, p) => a + statusKb(p, 'VmHWM'), 0) : 0;
      const cpuSeconds = ticks / TICKS;
      return {
        cpuSeconds: round(cpuSeconds, 2),
        cpuPercent: round((100 * cpuSeconds) / Math.max(wall, 0.001), 0),
        peakRssMb: round(Math.max(sampled, peakReset ? hwm : 0) / 1024, 0),
        peakReset,
        processes: last.size,
      };
    },
  };
}

export const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Gives this process, and the processes it starts from now on (the server under test, pgbench, the bare
 * baselines), a higher CPU weight than PostgreSQL's backends: nice `nice` for its session's autogroup (with
 * autogroups on, Linux shares the CPU between sessions first, so a process's own nice counts only within its
 * session) and for the process itself (with autogroups off). Returns what was done, or why not, for the
 * report, and `restore`, which puts the session's weight back (the session is the caller's terminal too).
 *
 * Why: on a machine shared with PostgreSQL, the server's event loop serves every request on one thread, and
 * an equal share left it runnable but waiting for a CPU about half the time while the backends it had just
 * woken ran (schedstat), with a core partly idle. pgbench, the booking baseline's client, gets the same weight.
 */
export function raiseClientPriority(nice: number): { description: string; restore: () => void } {
  const done: string[] = [];
  const failed: string[] = [];
  let restore = () => {};
  let autogroups = false;
  try {
    autogroups = fs.readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1';
  } catch {
    // not Linux, or no autogroup support: the process nice below is all there is
  }
  if (autogroups) {
    try {
      const before = /nice (-?\d+)/.exec(fs.readFileSync('/proc/self/autogroup', 'utf8'))?.[1] ?? '0';
      fs.writeFileSync('/proc/self/autogroup', String(nice));
      restore = () => {
        try {
          fs.writeFileSync('/proc/self/autogroup', before);
        } catch {
          // the session is gone or the right to lower it again is: nothing left to put back
        }
      };
      done.push(`session (autogroup) nice ${nice}`);
    } catch (err) {
      failed.push(`session nice: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  try {
    os.setPriority(nice);
    done.push(`process nice ${nice}`);
  } catch (err) {
    failed.push(`process nice: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return { description: [done.length ? done.join(', ') : 'not raised', ...failed].join('; '), restore };
}
