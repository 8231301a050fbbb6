/**
 * Reads inputs and runs the extractor over the documents a store does not hold yet, on worker
 * threads. Two passes over the input: the first learns the lexicon and counts, the second hands
 * documents to the workers a few at a time, so memory holds the results, not the input.
 */
import { availableParallelism } from 'node:os';
import { InputError, InterruptedError } from '../errors/index.js';
import { readTwice, toDocument, type TwoPassInputs } from '../ingest/index.js';
import { LexiconLearner } from '../nlp/lexicon.js';
import type { ExtractAnswer, ExtractSetup, ExtractTask } from '../pipeline/extract-messages.js';
import { WorkerPool } from '../pipeline/worker-pool.js';
import type { Document, ExtractedDocument, SourceDocument } from '../types.js';
import { startProgress } from './progress.js';
import { sentenceFailure } from './report.js';

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
  // first pass: which documents are new, how many words, and the names they teach
  const learner = new LexiconLearner();
  const seen = new Set(options.knownIds);
  let [total, words, known] = [0, 0, 0];
  const stopped = aborted(options.signal);
  for await (const source of untilStopped(inputs.first(), stopped)) {
    const doc = toDocument(source);
    if (seen.has(doc.id)) {
      known++; // known ids skip the NLP entirely
      continue;
    }
    seen.add(doc.id);
    total++;
    words += wordCount(doc.text);
    learner.add(doc.text);
  }
  // names are learnt from the whole batch first, so a name read mid-sentence anywhere helps everywhere
  const lexicon = { ...options.lexicon, ...Object.fromEntries(learner.lexicon()) };
  if (total === 0) return { documents: [], lexicon, known, words: 0 };

  // second pass: the same documents, to the workers
  const setup: ExtractSetup = { lexicon: Object.entries(lexicon) };
  pool.broadcast(setup);
  const results: (ExtractedDocument | undefined)[] = new Array(total);
  const progress = startProgress(total);
  let next = 0;
  const taken = new Set(options.knownIds);
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
      if (taken.has(doc.id) || !seen.has(doc.id)) continue;
      taken.add(doc.id);
      const index = next++;
      if (index >= total) break; // the input grew between the passes; the rest waits for the next run
      const task = pool.run({ index, doc }).then((answer) => answered(doc, answer));
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

/**
 * The inputs, until the run is stopped: a read that waits (stdin with no writer yet, a disk that
 * hangs) must not hold Ctrl-C up. What it was waiting for is left behind.
 */
async function* untilStopped<T>(inputs: AsyncGenerator<T>, stopped: Promise<void>): AsyncGenerator<T> {
  const stop = stopped.then(() => undefined);
  try {
    for (;;) {
      const next = await Promise.race([inputs.next(), stop]);
      if (next === undefined) throw interrupted();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    // closes the file being read when the run ends early; after a stop, only once the read returns
    void inputs.return(undefined).catch(() => undefined);
  }
}

function interrupted(): InterruptedError {
  return new InterruptedError('stopped before the end; nothing was saved');
}

/** Settles when the signal fires (never, without one), so waiting on workers yields to Ctrl-C. */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise(() => undefined);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/** Whitespace-separated words, the unit every words/s figure counts. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
