/**
 * Extracts one claimed batch on a pool of extraction threads kept for the worker's life. The
 * lexicon is the store's at claim time; it goes to the threads again only when it has changed.
 */
import { InputError } from '../errors/index.js';
import type { ExtractAnswer, ExtractSetup, ExtractTask } from '../pipeline/extract-messages.js';
import { WorkerPool } from '../pipeline/worker-pool.js';
import type { Document, ExtractedDocument } from '../types.js';
import { sentenceFailure } from './report.js';

export interface BatchExtraction {
  /** The documents read, in the batch's order. */
  extracted: ExtractedDocument[];
  /** Documents the extractor failed on as a whole, with why. */
  failed: { id: string; error: string }[];
  /** Sentences it failed on; the documents' other sentences were read. */
  sentenceProblems: InputError[];
}

export class BatchExtractor {
  readonly #pool: WorkerPool<ExtractTask, ExtractAnswer>;
  #lexiconSent: string | undefined;

  constructor(threads: number) {
    this.#pool = new WorkerPool(new URL('../pipeline/extract-worker.js', import.meta.url), threads);
  }

  async extract(documents: readonly Document[], lexicon: Record<string, string>): Promise<BatchExtraction> {
    const entries = Object.entries(lexicon);
    const signature = JSON.stringify(entries);
    if (signature !== this.#lexiconSent) {
      // a thread reads its messages in order, so every task after this uses the new lexicon
      this.#pool.broadcast({ lexicon: entries } satisfies ExtractSetup);
      this.#lexiconSent = signature;
    }
    const answers = await Promise.all(documents.map((doc, index) => this.#pool.run({ index, doc })));
    const result: BatchExtraction = { extracted: [], failed: [], sentenceProblems: [] };
    for (const answer of answers) {
      const doc = documents[answer.index]!;
      for (const failed of answer.sentenceErrors) result.sentenceProblems.push(sentenceFailure(doc.source, failed, failed.message));
      if (answer.extracted !== undefined) result.extracted.push({ ...doc, ...answer.extracted });
      else result.failed.push({ id: doc.id, error: answer.failure ?? 'the extractor gave no answer' });
    }
    return result;
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
