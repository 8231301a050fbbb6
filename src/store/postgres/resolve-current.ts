/**
 * Rebuilds the derived graph until it covers every stored document. Workers store batches without
 * the writer lock, so each one that finds the queue drained comes here; whoever holds the lock
 * checks again after letting it go, which is what keeps a batch stored mid-resolve from being
 * left out of the graph while the others, refused the lock, go on without waiting.
 */
import { StoreError } from '../../errors/index.js';
import { graphIsCurrent } from './coverage.js';
import type { PgStore } from './pg-store.js';

export interface ResolveOutcome {
  /** Documents the last resolve run here was built from; undefined when none ran. */
  documents: number | undefined;
  /** Another writer held the lock: the graph is left to it. */
  leftToAnother: boolean;
}

/**
 * `always` (a `kg resolve`) rebuilds at least once, and a lock held by another writer is then an
 * error; otherwise nothing is done when the graph is current.
 */
export async function resolveUntilCurrent(store: PgStore, command: string, always = false): Promise<ResolveOutcome> {
  let documents: number | undefined;
  for (let first = true; ; first = false) {
    if (!(always && first) && await graphIsCurrent(store.pool)) return { documents, leftToAnother: false };
    let started = false;
    try {
      documents = await store.withLock(command, () => {
        started = true;
        return store.resolve();
      });
    } catch (error) {
      if (started || !(error instanceof StoreError) || (always && first)) throw error;
      return { documents, leftToAnother: true };
    }
  }
}
