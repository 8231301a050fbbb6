/** The embedded store: one JSON file, held whole in memory, saved atomically (graph/store.ts). */
import { addDocuments, emptyStore } from '../graph/corpus.js';
import { graphStats, type GraphStats } from '../graph/stats.js';
import { loadStore, saveStore, storeExists, type StoreContents } from '../graph/store.js';
import { releaseLockNow, withStoreLock } from '../graph/store-lock.js';
import type { AliasOverride, ExtractedDocument } from '../types.js';
import type { AddedDocuments, ExtractionState, GraphStore } from './graph-store.js';

export class FileStore implements GraphStore {
  /** What `extractionState` read, kept for `addDocuments` under the same lock, so the file is read once. */
  #read: StoreContents | undefined;
  /** What this process last saved: a command's closing stats need not read the file again. */
  #saved: StoreContents | undefined;

  constructor(readonly name: string) {}

  exists(): Promise<boolean> {
    return storeExists(this.name);
  }

  load(): Promise<StoreContents> {
    return loadStore(this.name);
  }

  async save(contents: StoreContents): Promise<void> {
    this.#read = undefined;
    await saveStore(this.name, contents);
    this.#saved = contents;
  }

  async stats(top?: number): Promise<GraphStats> {
    return graphStats(this.#saved ?? (await this.load()), top);
  }

  async extractionState(fresh = false): Promise<ExtractionState> {
    if (fresh) return { knownIds: new Set(), lexicon: {} };
    this.#read = (await this.exists()) ? await this.load() : emptyStore();
    return { knownIds: new Set(this.#read.documents.map((doc) => doc.id)), lexicon: this.#read.lexicon };
  }

  async addDocuments(documents: readonly ExtractedDocument[], lexicon: Record<string, string>, replace = false): Promise<AddedDocuments> {
    const start = replace ? { ...emptyStore(), overrides: await this.overrides() } : this.#read ?? ((await this.exists()) ? await this.load() : emptyStore());
    this.#read = undefined;
    const { store, added } = addDocuments(start, documents, lexicon);
    // a build saves even when it read nothing new: the store then holds what it was built from
    if (added.length > 0 || replace) await this.save(store);
    else this.#saved = store;
    return { added, documents: store.documents.length };
  }

  async overrides(): Promise<AliasOverride[]> {
    try {
      return (await loadStore(this.name, () => undefined)).overrides;
    } catch {
      return [];
    }
  }

  withLock<T>(command: string, work: () => Promise<T>): Promise<T> {
    return withStoreLock(this.name, command, work);
  }

  releaseNow(): void {
    releaseLockNow(this.name);
  }

  async close(): Promise<void> {
    this.#read = undefined;
    this.#saved = undefined;
  }
}
