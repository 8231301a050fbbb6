/**
 * The process's peak resident memory while some work runs, sampled every few milliseconds from a
 * worker thread: the worker keeps sampling while the main thread is busy in synchronous code
 * (graphology-gexf's writer never yields), which a timer on the main thread could not.
 */
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData: shared } = require('node:worker_threads');
while (Atomics.load(shared, 0) === 1) {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(shared, 1)) Atomics.store(shared, 1, kb);
  Atomics.wait(shared, 0, 1, 4);
}
`;

export interface Measured<T> {
  result: T;
  ms: number;
  /** Above the resident memory just before the work started (after a full GC when --expose-gc). */
  peakBytes: number;
}

export async function measure<T>(work: () => T | Promise<T>): Promise<Measured<T>> {
  (globalThis as { gc?: () => void }).gc?.();
  // [0] the sampler runs while 1; [1] the highest resident size seen, in KiB
  const shared = new Int32Array(new SharedArrayBuffer(8));
  shared[0] = 1;
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  await new Promise((resolve) => worker.once('online', resolve));
  const baseline = process.memoryUsage.rss();
  Atomics.store(shared, 1, Math.round(baseline / 1024));
  const start = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - start;
    return { result, ms, peakBytes: Math.max(0, Atomics.load(shared, 1) * 1024 - baseline) };
  } finally {
    Atomics.store(shared, 0, 0);
    Atomics.notify(shared, 0);
    await worker.terminate();
  }
}
