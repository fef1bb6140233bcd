/**
 * Proof of work (self-hosted ALTCHA) for registration and booking: fetch a challenge, solve it in a Web Worker,
 * send the solution in the X-Altcha header. GET /api/v1/public/challenge answers {enabled:false} when the server
 * asks for none; then nothing is solved and no header is sent.
 */
import { useSyncExternalStore } from 'react';
import { solveChallenge } from 'altcha-lib/v1';
import { ApiError, call, client } from '../../api';
import type { PowTask } from './pow.worker';

export const POW_HEADER = 'x-altcha';

// --- "Sicherheitsprüfung läuft …": how many proofs are being solved right now, for <ProofOfWorkStatus/>.
let solving = 0;
const listeners = new Set<() => void>();
function setSolving(delta: number) {
  solving += delta;
  listeners.forEach((l) => l());
}
export function useSolving(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => solving > 0,
  );
}

function solveInWorker(task: PowTask): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<number | null>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker failed'));
    };
    worker.postMessage(task);
  });
}

async function solve(task: PowTask): Promise<number | null> {
  if (typeof Worker !== 'undefined') {
    try {
      return await solveInWorker(task);
    } catch {
      /* no module workers here: solve on the main thread */
    }
  }
  return (await solveChallenge(task.challenge, task.salt, task.algorithm, task.max).promise)?.number ?? null;
}

/** Headers proving work for one write: {} when the server asks for none. */
export async function proofOfWorkHeaders(): Promise<Record<string, string>> {
  const c = await call(client.GET('/api/v1/public/challenge'));
  if (!c.enabled) return {};
  setSolving(+1);
  try {
    const number = await solve({ challenge: c.challenge, salt: c.salt, algorithm: c.algorithm, max: c.maxnumber });
    if (number === null) throw new ApiError({ type: 'https://vaxops.org/problems/proof-of-work', title: 'Proof of work', status: 403, detail: 'The security check could not be solved.' });
    const payload = { algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature };
    return { [POW_HEADER]: btoa(JSON.stringify(payload)) };
  } finally {
    setSolving(-1);
  }
}

const isPowProblem = (err: unknown) => err instanceof ApiError && err.status === 403 && err.code === 'proof-of-work';

/**
 * Sends a write with a fresh proof of work. A proof refused as expired or reused (a slow or doubled submit)
 * is replaced once with a new one.
 */
export async function withProofOfWork<T>(send: (headers: Record<string, string>) => Promise<T>): Promise<T> {
  try {
    return await send(await proofOfWorkHeaders());
  } catch (err) {
    if (!isPowProblem(err)) throw err;
    return send(await proofOfWorkHeaders());
  }
}
