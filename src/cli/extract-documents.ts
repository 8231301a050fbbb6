/**
 * Reads inputs and runs the extractor over the documents a store does not hold yet, on worker
 * threads. Two passes over the input: the first learns the lexicon and counts (first-pass.ts), the
 * second hands documents to the workers a few at a time, so memory holds the results, not the input.
 */
import { availableParallelism } from 'node:os';
import { InputError } from '../errors/index.js';
import { readTwice, toDocument, type TwoPassInputs } from '../ingest/index.js';
import type { ExtractAnswer, ExtractSetup, ExtractTask } from '../pipeline/extract-messages.js';
import { WorkerPool } from '../pipeline/worker-pool.js';
import type { Document, ExtractedDocument, SourceDocument } from '../types.js';
import { firstPass, wordCount } from './first-pass.js';
import { startProgress } from './progress.js';
import { sentenceFailure } from './report.js';
import { aborted, interrupted, untilStopped } from './until-stopped.js';

export interface ExtractRun {
  /** The new documents, in input order. */
  documents: ExtractedDocument[];
  /** The store's lexicon with what the new documents taught. */
  lexicon: Record<string, string>;
  /** Documents skipped because the store (or this run) already had their id. */
  known: number;
  words: number;
}

export interface ExtractRunOptions {
  knownIds: ReadonlySet<string>;
  lexicon: Record<string, string>;
  onError: (error: InputError) => void;
  stdin?: NodeJS.ReadableStream;
  /** Worker threads extracting at once; the number of cores when not given. */
  workers?: number;
  /** Stops the run (Ctrl-C): the workers are stopped and an InterruptedError is thrown. */
  signal?: AbortSignal;
}

/** Documents waiting for a worker, per worker: enough to keep each busy, few enough to keep memory flat. */
const QUEUED_PER_WORKER = 2;

export function defaultWorkers(): number {
  return availableParallelism();
}

export function extractDocuments(paths: string[], options: ExtractRunOptions): Promise<ExtractRun> {
  return extractInputs(readTwice(paths, { onError: options.onError, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) }), options);
}

/** The same, for documents already read (a request's body): both passes go over the list. */
export function extractSources(sources: readonly SourceDocument[], options: ExtractRunOptions): Promise<ExtractRun> {
  const each = async function* (): AsyncGenerator<SourceDocument> {
    yield* sources;
  };
  return extractInputs({ first: each, second: each }, options);
}

async function extractInputs(inputs: TwoPassInputs, options: ExtractRunOptions): Promise<ExtractRun> {
  // the workers load the tagger while the first pass reads
  const pool = new WorkerPool<ExtractTask, ExtractAnswer>(new URL('../pipeline/extract-worker.js', import.meta.url), options.workers ?? defaultWorkers());
  try {
    return await extractWith(pool, inputs, options);
  } finally {
    await pool.close();
  }
}

async function extractWith(pool: WorkerPool<ExtractTask, ExtractAnswer>, inputs: TwoPassInputs, options: ExtractRunOptions): Promise<ExtractRun> {
  const { fresh, known, words, learnt } = await firstPass(inputs.first(), options.knownIds, options.signal);
  const lexicon = { ...options.lexicon, ...learnt };
  const total = fresh.size;
  if (total === 0) return { documents: [], lexicon, known, words: 0 };

  // second pass: the same documents, to the workers
  const setup: ExtractSetup = { lexicon: Object.entries(lexicon) };
  pool.broadcast(setup);
  const results: (ExtractedDocument | undefined)[] = new Array(total);
  const progress = startProgress(total);
  const stopped = aborted(options.signal);
  let next = 0;
  const inFlight = new Set<Promise<void>>();
  const answered = (doc: Document, answer: ExtractAnswer): void => {
    for (const failed of answer.sentenceErrors) options.onError(sentenceFailure(doc.source, failed, failed.message));
    if (answer.failure !== undefined) options.onError(new InputError(doc.source, `the extractor failed on this document (a bug; please report it): ${answer.failure}`));
    if (answer.extracted !== undefined) results[answer.index] = { ...doc, ...answer.extracted };
    progress.tick(wordCount(doc.text));
  };
  try {
    for await (const source of untilStopped(inputs.second(), stopped)) {
      const doc = toDocument(source);
      // known, repeated, or new since the first pass (the next run takes it)
      if (!fresh.delete(doc.id)) continue;
      const task = pool.run({ index: next++, doc }).then((answer) => answered(doc, answer));
      const settled = task.finally(() => inFlight.delete(settled));
      // a failure is thrown where the run waits on it; this only keeps the others from going unobserved
      settled.catch(() => undefined);
      inFlight.add(settled);
      if (inFlight.size >= pool.size * QUEUED_PER_WORKER) await Promise.race([...inFlight, stopped]);
    }
    await Promise.race([Promise.all(inFlight), stopped]);
    if (options.signal?.aborted === true) throw interrupted();
  } finally {
    progress.stop();
  }
  return { documents: results.filter((doc): doc is ExtractedDocument => doc !== undefined), lexicon, known, words };
}
