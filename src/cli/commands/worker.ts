/**
 * `kg worker`: claims batches from a PostgreSQL store's ingest queue, extracts them and stores
 * each in one transaction; started on any number of machines. Whenever it finds the queue drained
 * it rebuilds the derived graph, unless another writer is doing so.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { describe, StoreError } from '../../errors/index.js';
import { ExtractionPool } from '../../pipeline/extraction-pool.js';
import { addSources } from '../../store/add-sources.js';
import { ClaimedBatch } from '../../store/postgres/claimed-batch.js';
import { claimBatch, queueStatus, releaseBatch, renewLease, type QueuedDocument } from '../../store/postgres/queue.js';
import { resolveUntilCurrent } from '../../store/postgres/resolve-current.js';
import type { PgStore } from '../../store/postgres/pg-store.js';
import { defaultWorkers } from '../extract-documents.js';
import { wordCount } from '../first-pass.js';
import { withPostgresStore } from '../postgres-target.js';
import { pause, stopOnSignals } from '../stop-claiming.js';
import { printQueueStatus } from './queue-status.js';

export interface WorkerOptions {
  /** A postgres:// URL (`--store` or KG_STORE). */
  target: string | undefined;
  /** Documents claimed at once. */
  batch: number;
  /** How long a claimed batch is this worker's; a worker that dies holds it no longer. */
  leaseSeconds: number;
  /** Extraction threads; the number of cores when not given. */
  threads?: number;
  /** Exit once nothing is left to claim or being extracted, instead of waiting for more. */
  drain: boolean;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

/** How long to wait before looking at an empty queue again. */
const POLL_MS = 2000;

export function workerCommand(options: WorkerOptions): Promise<number> {
  return withPostgresStore(options.target, 'kg worker', (store) => work(store, options));
}

async function work(store: PgStore, options: WorkerOptions): Promise<number> {
  const [out, err] = [options.out ?? process.stdout, options.err ?? process.stderr];
  // the host and pid say which machine and process holds a lease; the random part keeps a reused pid apart
  const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const stop = stopOnSignals((signal) =>
    err.write(`kg: ${signal}: finishing the batch in hand, then stopping; a second ${signal} stops at once (the batch returns to the queue when its lease runs out)\n`));
  // kept for the worker's life: the threads load the tagger once, and get the lexicon again only when it changed
  const extractor = new ExtractionPool(options.threads ?? defaultWorkers());
  const run: WorkerRun = { store, owner, extractor, options, out, err, totals: { batches: 0, documents: 0, failed: 0, words: 0, started: performance.now() } };
  try {
    out.write(`kg worker ${owner} on ${store.name}: batches of ${options.batch}, lease ${options.leaseSeconds} s\n`);
    while (!stop.signal.aborted) {
      const batch = await claimBatch(store.pool, owner, options.batch, options.leaseSeconds);
      if (batch.length > 0) {
        await extractAndStore(run, batch);
        continue;
      }
      if (await resolveIfDrained(run) && options.drain) break;
      await pause(POLL_MS, stop.signal);
    }
    // stopped by a signal after storing the last batch: the graph must not be left without it
    if (stop.signal.aborted && run.totals.documents > 0) await resolveIfDrained(run);
    out.write(`stopped after ${run.totals.batches} batch(es): ${run.totals.documents} document(s) stored, ${run.totals.failed} failed\n`);
    printQueueStatus(await queueStatus(store.pool), out);
    return 0;
  } finally {
    stop.dispose();
    await extractor.close();
  }
}

/**
 * Once nothing is left to claim and no other worker holds a batch, the queue is drained: the
 * graph is resolved, unless it is current or another writer is resolving it. Returns whether drained.
 */
async function resolveIfDrained({ store, out }: WorkerRun): Promise<boolean> {
  const status = await queueStatus(store.pool);
  if (status.waiting > 0 || status.leased > 0) return false;
  const { documents, leftToAnother } = await resolveUntilCurrent(store, 'kg worker: resolve');
  if (documents !== undefined) out.write(`queue drained; resolved the graph of ${documents} document(s)\n`);
  else if (leftToAnother) out.write('queue drained; another kg is resolving the graph\n');
  return true;
}

/** What a worker's loop carries from batch to batch. */
interface WorkerRun {
  store: PgStore;
  owner: string;
  extractor: ExtractionPool;
  options: WorkerOptions;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Since the worker started: for its progress lines. */
  totals: { batches: number; documents: number; failed: number; words: number; started: number };
}

async function extractAndStore({ store, owner, extractor, options, out, err, totals }: WorkerRun, batch: QueuedDocument[]): Promise<void> {
  const started = performance.now();
  const ids = batch.map((item) => item.doc.id);
  // a long batch keeps its lease: it is taken from this worker only if this worker stops answering
  const renewal = setInterval(() => void renewLease(store.pool, owner, ids, options.leaseSeconds).catch(() => undefined), (options.leaseSeconds * 1000) / 3);
  try {
    const claimed = new ClaimedBatch(store.pool, batch);
    // the lexicon `kg ingest` learnt from the whole ingest, as a build learns it: a batch must not teach it again
    await addSources(claimed, { documents: claimed.documents }, {
      pool: extractor,
      learnLexicon: false,
      onError: (problem) => {
        err.write(`kg: ${problem.message}\n`);
        claimed.noteProblem(problem);
      },
    });
    const result = await claimed.outcome();
    const stored = result.stored;
    const words = result.extracted.reduce((sum, doc) => sum + wordCount(doc.text), 0);
    totals.batches++;
    totals.documents += stored.length;
    totals.failed += result.failed.length;
    totals.words += words;
    const seconds = (performance.now() - started) / 1000;
    const overall = totals.words / Math.max((performance.now() - totals.started) / 1000, 0.001);
    out.write(`batch ${totals.batches}: ${stored.length} stored` +
      `${result.extracted.length > stored.length ? `, ${result.extracted.length - stored.length} stored by another worker first` : ''}` +
      `${result.failed.length > 0 ? `, ${result.failed.length} failed` : ''}; ${words} words in ${seconds.toFixed(1)} s ` +
      `(${Math.round(words / Math.max(seconds, 0.001))} words/s; this worker: ${totals.documents} documents, ${Math.round(overall)} words/s)\n`);
  } catch (error) {
    // a worker that cannot go on gives its batch back now rather than when the lease runs out
    await releaseBatch(store.pool, owner, batch).catch(() => undefined);
    throw new StoreError(store.name, `kg worker stopped; its batch of ${batch.length} document(s) went back to the queue: ${describe(error)}`);
  } finally {
    clearInterval(renewal);
  }
}
