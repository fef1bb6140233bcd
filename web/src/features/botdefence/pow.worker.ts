/// <reference lib="webworker" />
/** Solves one ALTCHA (v1) challenge off the main thread, so the page stays responsive. */
import { solveChallenge } from 'altcha-lib/v1';

export type PowTask = { challenge: string; salt: string; algorithm: string; max: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (e: MessageEvent<PowTask>) => {
  const { challenge, salt, algorithm, max } = e.data;
  const solution = await solveChallenge(challenge, salt, algorithm, max).promise;
  scope.postMessage(solution ? solution.number : null);
};
