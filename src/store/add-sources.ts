/**
 * The one way documents get into a store, whichever store and whoever asks: `kg build` and
 * `kg add`, the server's write routes, and `kg worker`. Extract what the store does not hold yet
 * (on worker threads), then hand the results to the store, which adds them and rebuilds its graph
 * (or, for `kg worker`, to its claimed batch, which completes it).
 */
import { extractDocuments, extractSources, type ExtractRun, type ExtractRunOptions } from '../cli/extract-documents.js';
import type { InputError } from '../errors/index.js';
import type { ExtractionPool } from '../pipeline/extraction-pool.js';
import type { ExtractedDocument, SourceDocument } from '../types.js';
import type { GraphStore, Storing } from './graph-store.js';

/**
 * What addSources needs of a store: what it holds, and a way to add to it. A GraphStore is one;
 * so is `kg worker`'s claimed batch (postgres/claimed-batch.ts), which completes the batch instead.
 */
export interface DocumentSink {
  extractionState: GraphStore['extractionState'];
  /** `documents` is the count afterwards, when the sink knows it. */
  addDocuments(documents: readonly ExtractedDocument[], lexicon: Record<string, string>, replace: boolean): Promise<{ added: string[]; documents?: number }>;
}

/** Files, folders or `-` (read twice: first to learn the lexicon, then to extract), or documents in hand. */
export type Sources = { paths: string[]; stdin?: NodeJS.ReadableStream } | { documents: readonly SourceDocument[] };

export interface AddSourcesOptions {
  /** A `kg build`: the store's documents are replaced, its hand decisions kept. */
  replace?: boolean;
  onError: (error: InputError) => void;
  /** Extraction threads; the number of cores when not given. */
  workers?: number;
  /** Threads kept open by the caller from one call to the next (`kg worker`); `workers` is then not used. */
  pool?: ExtractionPool;
  /** False to extract with the store's lexicon as it is, learning nothing from these sources (see ExtractRunOptions). */
  learnLexicon?: boolean;
  signal?: AbortSignal;
  /** Wraps the change to the store, once extraction is over: the last moment to stop cleanly, or to see a save through. */
  storing?: Storing;
}

export interface SourcesAdded {
  /** New documents read and extracted. */
  read: number;
  /** Ids stored; none when nothing new was read. */
  added: string[];
  /** Documents skipped because the store already held them. */
  known: number;
  words: number;
  /** Documents in the store afterwards; unknown when a build read nothing and left the store as it was, or the sink does not count them. */
  documents?: number;
}

export async function addSources(store: DocumentSink, sources: Sources, options: AddSourcesOptions): Promise<SourcesAdded> {
  const replace = options.replace ?? false;
  const { knownIds, lexicon } = await store.extractionState(replace);
  const extraction: ExtractRunOptions = {
    knownIds,
    lexicon,
    onError: options.onError,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.pool === undefined ? {} : { pool: options.pool }),
    ...(options.learnLexicon === undefined ? {} : { learnLexicon: options.learnLexicon }),
  };
  const run: ExtractRun = 'paths' in sources
    ? await extractDocuments(sources.paths, { ...extraction, ...(sources.stdin === undefined ? {} : { stdin: sources.stdin }) })
    : await extractSources(sources.documents, extraction);
  // nothing new leaves the store as it was; a build that read nothing keeps the store it would replace
  if (run.documents.length === 0) return { read: 0, added: [], known: run.known, words: run.words, ...(replace ? {} : { documents: knownIds.size }) };
  const change = (): ReturnType<DocumentSink['addDocuments']> => store.addDocuments(run.documents, run.lexicon, replace);
  const { added, documents } = await (options.storing === undefined ? change() : options.storing(change));
  return { read: run.documents.length, added, known: run.known, words: run.words, ...(documents === undefined ? {} : { documents }) };
}
