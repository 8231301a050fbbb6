/**
 * A store opened for reading: the graph as graphology, documents by id, merges by node. It may be
 * the part of a larger graph an answer needs (a server reading PostgreSQL): `whole` then carries
 * what the part cannot tell by itself, each actor's degree and the role nodes, as the whole graph has them.
 */
import { MultiDirectedGraph } from 'graphology';
import type { AliasMerge, AliasOverride, EdgeAttributes, ExtractedDocument, NodeAttributes } from '../types.js';
import type { KgGraph } from './build.js';
import { roleNodes } from './roles.js';
import type { StoreContents } from './store.js';

export class LoadedGraph {
  readonly graph: KgGraph;
  readonly documents: ReadonlyMap<string, ExtractedDocument>;
  readonly mergesByNode: ReadonlyMap<string, AliasMerge[]>;
  readonly overrides: readonly AliasOverride[];
  #edgesByDocument: Map<string, string[]> | undefined;
  #roles: ReadonlySet<string> | undefined;
  readonly #degrees: ReadonlyMap<string, number> | undefined;

  constructor(store: Pick<StoreContents, 'graph' | 'documents' | 'merges' | 'overrides'>, whole?: WholeGraphFacts) {
    this.graph = MultiDirectedGraph.from<NodeAttributes, EdgeAttributes>(store.graph);
    this.documents = new Map(store.documents.map((doc) => [doc.id, doc]));
    const merges = new Map<string, AliasMerge[]>();
    for (const merge of store.merges) merges.set(merge.node, [...(merges.get(merge.node) ?? []), merge]);
    this.mergesByNode = merges;
    this.overrides = store.overrides;
    this.#roles = whole?.roles;
    this.#degrees = whole?.degrees;
  }

  /** An actor's degree in the whole graph, also when only part of its edges are loaded. */
  degree(key: string): number {
    return this.#degrees?.get(key) ?? this.graph.degree(key);
  }

  /** Concepts that are only ever what someone is (see roles.ts); found once, on first use. */
  roles(): ReadonlySet<string> {
    this.#roles ??= roleNodes(this.graph);
    return this.#roles;
  }

  /** The edges with evidence from a document; indexed once, on first use. */
  edgesOfDocument(id: string): readonly string[] {
    if (this.#edgesByDocument === undefined) {
      const index = new Map<string, string[]>();
      this.graph.forEachEdge((edge, attributes) => {
        for (const doc of new Set(attributes.evidence.map((evidence) => evidence.doc))) index.set(doc, [...(index.get(doc) ?? []), edge]);
      });
      this.#edgesByDocument = index;
    }
    return this.#edgesByDocument.get(id) ?? [];
  }
}

/** What a part of a graph must be told about the whole: degrees and role nodes depend on edges the part does not hold. */
export interface WholeGraphFacts {
  degrees: ReadonlyMap<string, number>;
  roles: ReadonlySet<string>;
}
