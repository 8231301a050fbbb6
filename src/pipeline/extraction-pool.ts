/**
 * Extraction threads that may outlive one run (`kg worker` keeps them for its life). The lexicon
 * they tag with goes to them only when it changes, not with every batch.
 */
import type { ExtractAnswer, ExtractSetup, ExtractTask } from './extract-messages.js';
import { WorkerPool } from './worker-pool.js';

export class ExtractionPool {
  readonly #threads: WorkerPool<ExtractTask, ExtractAnswer>;
  /** The lexicon last sent, as JSON, to see whether the next one differs. */
  #lexiconSent: string | undefined;

  /** The threads start loading the tagger now, while the caller reads its inputs. */
  constructor(threads: number) {
    this.#threads = new WorkerPool(new URL('./extract-worker.js', import.meta.url), threads);
  }

  get size(): number {
    return this.#threads.size;
  }

  /** The lexicon for every task given after this call. */
  useLexicon(lexicon: Record<string, string>): void {
    const entries = Object.entries(lexicon);
    const signature = JSON.stringify(entries);
    if (signature === this.#lexiconSent) return;
    // a thread reads its messages in order, so every task after this uses the new lexicon
    this.#threads.broadcast({ lexicon: entries } satisfies ExtractSetup);
    this.#lexiconSent = signature;
  }

  extract(task: ExtractTask): Promise<ExtractAnswer> {
    return this.#threads.run(task);
  }

  close(): Promise<void> {
    return this.#threads.close();
  }
}
