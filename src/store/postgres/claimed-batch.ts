/**
 * A batch `kg worker` claimed, seen as the store addSources adds to, so the worker takes the path
 * every writer takes. Its documents are all new to it, its lexicon is the store's (learnt by
 * `kg ingest`), and adding to it completes the batch in one transaction (completeBatch).
 */
import type pg from 'pg';
import { ExtractorFailedError, type InputError } from '../../errors/index.js';
import type { Document, ExtractedDocument } from '../../types.js';
import type { DocumentSink } from '../add-sources.js';
import type { ExtractionState } from '../graph-store.js';
import { readLexicon } from './documents.js';
import { completeBatch, type FailedDocument, type QueuedDocument } from './queue.js';

export interface BatchOutcome {
  /** Ids this worker stored; one another worker stored first is not among them. */
  stored: string[];
  extracted: readonly ExtractedDocument[];
  /** Documents left on the queue with why, for another try. */
  failed: FailedDocument[];
}

export class ClaimedBatch implements DocumentSink {
  readonly #pool: pg.Pool;
  readonly #batch: readonly QueuedDocument[];
  /** Why the extractor failed on a document, by id: its `last_error`. */
  readonly #reasons = new Map<string, string>();
  #outcome: Promise<BatchOutcome> | undefined;

  constructor(pool: pg.Pool, batch: readonly QueuedDocument[]) {
    this.#pool = pool;
    this.#batch = batch;
  }

  get documents(): Document[] {
    return this.#batch.map((item) => item.doc);
  }

  /** No id is known: a document another worker stored first is extracted again and skipped when stored, as the queue's order wants. */
  async extractionState(): Promise<ExtractionState> {
    // read after the claim: the lexicon enqueued with these documents is there
    const client = await this.#pool.connect();
    try {
      return { knownIds: new Set(), lexicon: await readLexicon(client) };
    } finally {
      client.release();
    }
  }

  /** Keeps why the extractor failed on a document, for the queue; other problems are only reported. */
  noteProblem(problem: InputError): void {
    if (problem instanceof ExtractorFailedError) this.#reasons.set(problem.documentId, problem.reason);
  }

  /** Completes the batch: the lexicon is not merged, `kg ingest` did that for the whole ingest. */
  async addDocuments(extracted: readonly ExtractedDocument[]): Promise<{ added: string[] }> {
    return { added: (await this.#complete(extracted)).stored };
  }

  /** What completing the batch did; when addSources had nothing to add (every document failed), the batch is completed now. */
  outcome(): Promise<BatchOutcome> {
    return this.#outcome ?? this.#complete([]);
  }

  #complete(extracted: readonly ExtractedDocument[]): Promise<BatchOutcome> {
    const read = new Set(extracted.map((doc) => doc.id));
    // a document the extractor gave nothing for failed, whether or not it said why
    const failed = this.#batch.filter((item) => !read.has(item.doc.id))
      .map((item) => ({ id: item.doc.id, error: this.#reasons.get(item.doc.id) ?? 'the extractor gave no answer' }));
    this.#outcome = completeBatch(this.#pool, this.#batch, extracted, failed).then((stored) => ({ stored, extracted, failed }));
    return this.#outcome;
  }
}
