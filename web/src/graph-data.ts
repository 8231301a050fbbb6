/** Turns the API's graph payload into the graphology graph sigma draws, placing nodes that came without a position. */
import { MultiDirectedGraph } from 'graphology';
import circular from 'graphology-layout/circular';
import type { GraphEdge, GraphNode, GraphPayload } from '../../src/server/api-types.js';

// sigma reads `type` as the name of a drawing program, so the actor's type is kept as `entityType`.
export type PageNode = {
  label: string;
  entityType: GraphNode['type'];
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  aliases: string[];
};

export type PageEdge = Pick<GraphEdge, 'label' | 'lemma' | 'weight' | 'flagCounts'> & {
  size: number;
};

export type PageGraph = MultiDirectedGraph<PageNode, PageEdge>;

export function toGraph(payload: GraphPayload): PageGraph {
  const graph: PageGraph = new MultiDirectedGraph();
  let unplaced = 0;
  for (const node of payload.nodes) {
    if (!Number.isFinite(node.x) || !Number.isFinite(node.y)) unplaced++;
    graph.addNode(node.key, {
      label: node.label,
      entityType: node.type,
      x: node.x,
      y: node.y,
      size: node.size,
      color: node.color,
      degree: node.degree,
      aliases: node.aliases,
    });
  }
  for (const edge of payload.edges) {
    const { key, source, target, label, lemma, weight, flagCounts } = edge;
    graph.addEdgeWithKey(key, source, target, { label, lemma, weight, flagCounts, size: edgeSize(weight) });
  }
  // A graph built before the build-time layout existed has no positions: a circle still shows every node.
  if (unplaced > 0) circular.assign(graph, { scale: Math.sqrt(graph.order) * 10 });
  return graph;
}

/** Thicker with more evidence, but slowly, so one well-sourced edge does not hide its neighbours. */
function edgeSize(weight: number): number {
  return Math.min(6, 1 + Math.log2(Math.max(1, weight)));
}
