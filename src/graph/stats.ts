/** Counts a store holds: documents, sentences, nodes by type, edges, and the best-connected actors. */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, NodeAttributes } from '../types.js';
import type { StoreContents } from './store.js';

export interface GraphStats {
  documents: number;
  sentences: number;
  triples: number;
  nodes: number;
  nodesByType: Record<EntityType, number>;
  edges: number;
  evidence: number;
  /** Pronouns (he, she) and descriptions (the president, the party) read as the actors they stand for, in the evidence. */
  resolvedMentions: number;
  topActors: { key: string; label: string; type: EntityType; degree: number }[];
}

export function graphStats(store: StoreContents, top = 10): GraphStats {
  const graph = MultiDirectedGraph.from<NodeAttributes, EdgeAttributes>(store.graph);
  const nodesByType: Record<EntityType, number> = { person: 0, organization: 0, group: 0, place: 0, concept: 0 };
  const actors: GraphStats['topActors'] = [];
  graph.forEachNode((key, attributes) => {
    nodesByType[attributes.type]++;
    if (attributes.type !== 'concept') actors.push({ key, label: attributes.label, type: attributes.type, degree: graph.degree(key) });
  });
  actors.sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let evidence = 0;
  let resolvedMentions = 0;
  graph.forEachEdge((_edge, attributes) => {
    evidence += attributes.weight;
    for (const piece of attributes.evidence) resolvedMentions += piece.resolved?.length ?? 0;
  });
  return {
    documents: store.documents.length,
    sentences: store.documents.reduce((sum, d) => sum + d.sentences.length, 0),
    triples: store.documents.reduce((sum, d) => sum + d.triples.length, 0),
    nodes: graph.order,
    nodesByType,
    edges: graph.size,
    evidence,
    resolvedMentions,
    topActors: actors.slice(0, top),
  };
}
