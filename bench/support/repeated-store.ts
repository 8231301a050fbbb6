/** A large store for benchmarks: the corpus's store K times over under fresh ids, so nothing merges. */
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../../src/graph/build.js';
import { layOut } from '../../src/graph/layout.js';
import type { StoreContents } from '../../src/graph/store.js';

/** The store `copies` times over, every document, node and edge renamed per copy, so nothing merges. */
export function repeated(store: StoreContents, times: number): StoreContents {
  const copy = <T>(items: T[], rename: (item: T, suffix: string) => T): T[] =>
    Array.from({ length: times }, (_, i) => items.map((item) => rename(item, `~${i + 1}`))).flat();
  return {
    ...store,
    documents: copy(store.documents, (doc, suffix) => ({ ...doc, id: doc.id + suffix })),
    merges: copy(store.merges, (merge, suffix) => ({ ...merge, node: merge.node + suffix })),
    graph: {
      ...store.graph,
      nodes: copy(store.graph.nodes, (node, suffix) => ({ ...node, key: node.key + suffix, attributes: { ...node.attributes!, documents: node.attributes!.documents.map((id) => id + suffix) } })),
      edges: copy(store.graph.edges, (edge, suffix) => ({
        ...edge,
        key: edge.key! + suffix,
        source: edge.source + suffix,
        target: edge.target + suffix,
        attributes: { ...edge.attributes!, evidence: edge.attributes!.evidence.map((piece) => ({ ...piece, doc: piece.doc + suffix })) },
      })),
    },
  };
}

/** The same store laid out anew as a build lays it out (the copies would otherwise sit on top of each other), metrics included. */
export function laidOut(store: StoreContents): StoreContents {
  const graph: KgGraph = new MultiDirectedGraph();
  graph.import(store.graph);
  layOut(graph);
  return { ...store, graph: graph.export() };
}
