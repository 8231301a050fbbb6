/** Adds and removes documents in a store's contents and rebuilds the graph from what remains. */
import type { ExtractedDocument } from '../types.js';
import { NotFoundError } from '../errors/index.js';
import { buildGraph } from './build.js';
import type { StoreContents } from './store.js';

export function emptyStore(): StoreContents {
  return rebuilt({ format: 'kg-store', version: 1, documents: [], lexicon: {}, merges: [], graph: { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes: [], edges: [] } });
}

export interface AddResult {
  store: StoreContents;
  added: string[];
  /** Ids already in the store: adding the same document twice changes nothing. */
  known: string[];
}

export function addDocuments(store: StoreContents, documents: readonly ExtractedDocument[], lexicon?: Record<string, string>): AddResult {
  const ids = new Set(store.documents.map((d) => d.id));
  const added: ExtractedDocument[] = [];
  const known: string[] = [];
  for (const doc of documents) {
    if (ids.has(doc.id)) {
      known.push(doc.id);
      continue;
    }
    ids.add(doc.id);
    added.push(doc);
  }
  if (added.length === 0) return { store, added: [], known };
  const next = rebuilt({ ...store, documents: [...store.documents, ...added], lexicon: lexicon ?? store.lexicon });
  return { store: next, added: added.map((d) => d.id), known };
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
  const { graph, merges } = buildGraph(store.documents);
  return { ...store, graph: graph.export(), merges };
}
