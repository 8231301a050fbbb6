/** The embedded store: one JSON file, held whole in memory, saved atomically (graph/store.ts). */
import { addDocuments, emptyStore, removeDocuments, withOverrides } from '../graph/corpus.js';
import { graphStats, type GraphStats } from '../graph/stats.js';
import { loadStore, saveStore, storeExists, type StoreContents } from '../graph/store.js';
import { releaseLockNow, withStoreLock } from '../graph/store-lock.js';
import type { AliasOverride, ExtractedDocument } from '../types.js';
import { storeNow, type AddedDocuments, type ExtractionState, type GraphStore, type Storing } from './graph-store.js';

export class FileStore implements GraphStore {
  /**
   * The contents last read or saved while this object holds the store's lock: the file then changes
   * only through it, and reading it again would only cost time (seconds, for a large store).
   */
  #held: StoreContents | undefined;
  #locked = false;

  constructor(readonly name: string) {}

  exists(): Promise<boolean> {
    return storeExists(this.name);
  }

  async load(): Promise<StoreContents> {
    if (this.#held !== undefined) return this.#held;
    const contents = await loadStore(this.name);
    if (this.#locked) this.#held = contents;
    return contents;
  }

  async save(contents: StoreContents): Promise<void> {
    this.#held = undefined;
    await saveStore(this.name, contents);
    if (this.#locked) this.#held = contents;
  }

  async stats(top?: number): Promise<GraphStats> {
    return graphStats(await this.load(), top);
  }

  async extractionState(fresh = false): Promise<ExtractionState> {
    if (fresh) return { knownIds: new Set(), lexicon: {} };
    const contents = await this.loadOrEmpty();
    return { knownIds: new Set(contents.documents.map((doc) => doc.id)), lexicon: contents.lexicon };
  }

  async addDocuments(documents: readonly ExtractedDocument[], lexicon: Record<string, string>, replace = false): Promise<AddedDocuments> {
    const start = replace ? { ...emptyStore(), overrides: await this.overrides() } : await this.loadOrEmpty();
    const { store, added } = addDocuments(start, documents, lexicon);
    // a build saves even when every document was known: the store then holds only what it was built from
    if (added.length > 0 || replace) await this.save(store);
    return { added, documents: store.documents.length };
  }

  async removeDocuments(ids: readonly string[], storing: Storing = storeNow): Promise<number> {
    const next = removeDocuments(await this.load(), ids);
    await storing(() => this.save(next));
    return next.documents.length;
  }

  async addOverride(override: AliasOverride): Promise<void> {
    const store = await this.load();
    await this.save(withOverrides(store, [...store.overrides, override]));
  }

  async overrides(): Promise<AliasOverride[]> {
    try {
      return (await this.load()).overrides;
    } catch {
      return []; // a store that will not load has no decisions to keep
    }
  }

  async withLock<T>(command: string, work: () => Promise<T>): Promise<T> {
    return withStoreLock(this.name, command, async () => {
      this.#locked = true;
      try {
        return await work();
      } finally {
        this.#locked = false;
        this.#held = undefined;
      }
    });
  }

  releaseNow(): void {
    releaseLockNow(this.name);
  }

  async close(): Promise<void> {
    this.#held = undefined;
  }

  private async loadOrEmpty(): Promise<StoreContents> {
    return (await this.exists()) ? this.load() : emptyStore();
  }
}
