/**
 * One interface for where a graph is kept: a store file (the default, for one person on one
 * machine) or a PostgreSQL database (for a team, with ingest workers on any number of machines).
 * Every `kg` command that takes `--graph` takes either, and `KG_STORE` names one for all of them.
 */
import type { GraphStats } from '../graph/stats.js';
import type { StoreContents } from '../graph/store-contents.js';
import type { AliasOverride, ExtractedDocument } from '../types.js';

export interface ExtractionState {
  /** Documents already stored: extraction skips them. */
  knownIds: Set<string>;
  /** The words the corpus taught the tagger so far; new documents add to it. */
  lexicon: Record<string, string>;
}

export interface AddedDocuments {
  /** Ids stored by this call; one already stored is skipped, so adding twice changes nothing. */
  added: string[];
  /** Documents in the store afterwards. */
  documents: number;
}

/**
 * Wraps the moment a store is changed, after any reading: the command line lets a save under way
 * finish when Ctrl-C comes (cli/stop-signals.ts `whileSaving`), but not a read that never returns.
 */
export type Storing = <T>(change: () => Promise<T>) => Promise<T>;

/** Changes the store at once: what a caller that need not see a save through gets. */
export const storeNow: Storing = (change) => change();

export interface GraphStore {
  /** Names the store in messages: the file's path, or the database without its password. */
  readonly name: string;
  /** Whether the store holds a graph yet (a file that exists; a database kg has set up). */
  exists(): Promise<boolean>;
  /** Everything it holds, read whole: documents, lexicon, merges, hand decisions, graph. */
  load(): Promise<StoreContents>;
  /** Replaces everything it holds with `contents`, all at once: a reader sees the old or the new. */
  save(contents: StoreContents): Promise<void>;
  /** What extraction starts from; `fresh` (a `kg build`): nothing known, no lexicon. */
  extractionState(fresh?: boolean): Promise<ExtractionState>;
  /**
   * Stores extracted documents, merges `lexicon` into the store's and rebuilds the graph, all at
   * once. `replace` (a `kg build`) drops the documents stored before, keeping the hand decisions.
   */
  addDocuments(documents: readonly ExtractedDocument[], lexicon: Record<string, string>, replace?: boolean): Promise<AddedDocuments>;
  /**
   * Removes documents (every id must be stored) with their evidence, and edges and nodes left with
   * none; returns how many documents are left.
   */
  removeDocuments(ids: readonly string[], storing?: Storing): Promise<number>;
  /** Adds a merge or unmerge decided by hand, and rebuilds the graph under it. */
  addOverride(override: AliasOverride): Promise<void>;
  /** Its counts and best-connected actors (graph/stats.ts). */
  stats(top?: number): Promise<GraphStats>;
  /** The merges and unmerges decided by hand; the store need not exist (none then). */
  overrides(): Promise<AliasOverride[]>;
  /** Runs `work` as the store's one writer; a second writer is refused with who holds it. */
  withLock<T>(command: string, work: () => Promise<T>): Promise<T>;
  /** For a process that must end at once: gives up what it holds, synchronously (a lock file). */
  releaseNow(): void;
  close(): Promise<void>;
}
