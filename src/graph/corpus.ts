/** Adds and removes documents in a store's contents and rebuilds the graph from what remains. */
import type { AliasOverride, ExtractedDocument } from '../types.js';
import { NotFoundError } from '../errors/index.js';
import { buildGraph } from './build.js';
import { layOut } from './layout.js';
import { STORE_VERSION, type StoreContents } from './store-contents.js';

export function emptyStore(): StoreContents {
  return rebuilt({ format: 'kg-store', version: STORE_VERSION, documents: [], lexicon: {}, merges: [], overrides: [], graph: { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes: [], edges: [] } });
}

export interface AddResult {
  store: StoreContents;
  /** Ids of the documents added; one the store already holds is skipped, so adding it twice changes nothing. */
  added: string[];
}

export function addDocuments(store: StoreContents, documents: readonly ExtractedDocument[], lexicon?: Record<string, string>): AddResult {
  const ids = new Set(store.documents.map((d) => d.id));
  const added = documents.filter((doc) => !ids.has(doc.id) && ids.add(doc.id));
  if (added.length === 0) return { store, added: [] };
  const next = rebuilt({ ...store, documents: [...store.documents, ...added], lexicon: lexicon ?? store.lexicon });
  return { store: next, added: added.map((d) => d.id) };
}

/** Removes documents' evidence, and the edges and nodes left with none; every id must be in the store. */
export function removeDocuments(store: StoreContents, ids: readonly string[]): StoreContents {
  const present = new Set(store.documents.map((d) => d.id));
  const missing = ids.find((id) => !present.has(id));
  if (missing !== undefined) throw new NotFoundError(`no document with id ${JSON.stringify(missing)} in this graph`, missing);
  const removed = new Set(ids);
  return rebuilt({ ...store, documents: store.documents.filter((d) => !removed.has(d.id)) });
}

/** The graph is derived from the documents alone, so it is always rebuilt rather than patched. */
function rebuilt(store: StoreContents): StoreContents {
  return { ...store, ...derivedGraph(store.documents, store.overrides) };
}

/** The graph and merges of `documents` under the hand decisions, laid out: the same for either store. */
export function derivedGraph(documents: readonly ExtractedDocument[], overrides: readonly AliasOverride[]): Pick<StoreContents, 'graph' | 'merges'> {
  const { graph, merges } = buildGraph(documents, overrides);
  layOut(graph);
  return { graph: graph.export(), merges };
}

/** Replaces the merges and unmerges decided by hand, and rebuilds the graph under them. */
export function withOverrides(store: StoreContents, overrides: readonly AliasOverride[]): StoreContents {
  return rebuilt({ ...store, overrides: [...overrides] });
}
