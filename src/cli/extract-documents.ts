/**
 * Reads inputs and runs the extractor over the documents a store does not hold yet, on worker
 * threads. Two passes over the input: the first learns the lexicon and counts (first-pass.ts), the
 * second hands documents to the workers a few at a time, so memory holds the results, not the input.
 */
import { availableParallelism } from 'node:os';
import { ExtractorFailedError, type InputError } from '../errors/index.js';
import { readTwice, toDocument, type TwoPassInputs } from '../ingest/index.js';
import type { ExtractAnswer } from '../pipeline/extract-messages.js';
import { ExtractionPool } from '../pipeline/extraction-pool.js';
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
  /** Problems with inputs and sentences; a document the extractor failed on is an ExtractorFailedError. */
  onError: (error: InputError) => void;
  stdin?: NodeJS.ReadableStream;
  /** Worker threads extracting at once; the number of cores when not given. */
  workers?: number;
  /** Threads to extract on, left open for the caller's next run; `workers` is then not used. */
  pool?: ExtractionPool;
  /**
   * False to tag with `lexicon` as it is: its names were learnt already, from a larger whole than
   * these documents (`kg worker`'s batch, whose lexicon `kg ingest` learnt). True when not given.
   */
  learnLexicon?: boolean;
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

/** The same, for documents already read (a request's body, a claimed batch): both passes go over the list. */
export function extractSources(sources: readonly SourceDocument[], options: ExtractRunOptions): Promise<ExtractRun> {
  const each = async function* (): AsyncGenerator<SourceDocument> {
    yield* sources;
  };
  return extractInputs({ first: each, second: each }, options);
}

async function extractInputs(inputs: TwoPassInputs, options: ExtractRunOptions): Promise<ExtractRun> {
  if (options.pool !== undefined) return extractWith(options.pool, inputs, options);
  // the workers load the tagger while the first pass reads
  const pool = new ExtractionPool(options.workers ?? defaultWorkers());
  try {
    return await extractWith(pool, inputs, options);
  } finally {
    await pool.close();
  }
}

async function extractWith(pool: ExtractionPool, inputs: TwoPassInputs, options: ExtractRunOptions): Promise<ExtractRun> {
  const { fresh, known, words, learnt } = await firstPass(inputs.first(), options.knownIds, options.signal);
  const lexicon = options.learnLexicon === false ? options.lexicon : { ...options.lexicon, ...learnt };
  const total = fresh.size;
  if (total === 0) return { documents: [], lexicon, known, words: 0 };

  // second pass: the same documents, to the workers
  pool.useLexicon(lexicon);
  const results: (ExtractedDocument | undefined)[] = new Array(total);
  const progress = startProgress(total);
  const stopped = aborted(options.signal);
  let next = 0;
  const inFlight = new Set<Promise<void>>();
  const answered = (doc: Document, answer: ExtractAnswer): void => {
    for (const failed of answer.sentenceErrors) options.onError(sentenceFailure(doc.source, failed, failed.message));
    if (answer.failure !== undefined) options.onError(new ExtractorFailedError(doc.source, doc.id, answer.failure));
    if (answer.extracted !== undefined) results[answer.index] = { ...doc, ...answer.extracted };
    progress.tick(wordCount(doc.text));
  };
  try {
    for await (const source of untilStopped(inputs.second(), stopped)) {
      const doc = toDocument(source);
      // known, repeated, or new since the first pass (the next run takes it)
      if (!fresh.delete(doc.id)) continue;
      const task = pool.extract({ index: next++, doc }).then((answer) => answered(doc, answer));
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
