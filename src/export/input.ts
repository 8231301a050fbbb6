/** What every export reads, from a store or from a loaded graph alike: nodes and edges one at a time, and the documents. */
import type { Attributes, GraphOptions } from 'graphology-types';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { StoreContents } from '../graph/store.js';
import type { AliasMerge, AliasOverride, EdgeAttributes, ExtractedDocument, NodeAttributes } from '../types.js';

export interface ExportNode {
  key: string;
  attributes: NodeAttributes;
}

export interface ExportEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface ExportInput {
  /** graphology's own options and graph attributes, for the JSON export. */
  options: GraphOptions;
  attributes: Attributes;
  order: number;
  size: number;
  nodes(): Iterable<ExportNode>;
  edges(): Iterable<ExportEdge>;
  documents: readonly ExtractedDocument[];
  documentById: ReadonlyMap<string, ExtractedDocument>;
  lexicon: Readonly<Record<string, string>>;
  merges: readonly AliasMerge[];
  overrides: readonly AliasOverride[];
}

/** Reads a store as it is, without building a graphology graph: exports of large stores stay cheap. */
export function storeInput(store: StoreContents): ExportInput {
  const { graph } = store;
  return {
    options: graph.options ?? { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: graph.attributes ?? {},
    order: graph.nodes.length,
    size: graph.edges.length,
    *nodes() {
      for (const node of graph.nodes) yield { key: node.key, attributes: node.attributes! };
    },
    *edges() {
      // kg always stores edges with their keys (`subject|lemma|object`)
      for (const edge of graph.edges) yield { key: edge.key!, source: edge.source, target: edge.target, attributes: edge.attributes! };
    },
    documents: store.documents,
    documentById: new Map(store.documents.map((doc) => [doc.id, doc])),
    lexicon: store.lexicon,
    merges: store.merges,
    overrides: store.overrides,
  };
}

/** A loaded graph keeps no lexicon, so its JSON export has an empty one; export the store to keep it. */
export function loadedInput(loaded: LoadedGraph): ExportInput {
  const { graph } = loaded;
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: graph.getAttributes(),
    order: graph.order,
    size: graph.size,
    *nodes() {
      for (const { node, attributes } of graph.nodeEntries()) yield { key: node, attributes };
    },
    *edges() {
      for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { key: edge, source, target, attributes };
    },
    documents: [...loaded.documents.values()],
    documentById: loaded.documents,
    lexicon: {},
    merges: [...loaded.mergesByNode.values()].flat(),
    overrides: loaded.overrides,
  };
}

export function exportInput(from: StoreContents | LoadedGraph): ExportInput {
  return 'format' in from ? storeInput(from) : loadedInput(from);
}
