/** Turns the API's graph payload into the graphology graph sigma draws: positions, metrics, and the curve of each parallel edge. */
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import circular from 'graphology-layout/circular';
import type { GraphEdge, GraphNode, GraphPayload } from '../../src/api-types.js';

// sigma reads `type` as the name of a drawing program, so the actor's type is kept as `entityType`.
export type PageNode = Pick<GraphNode, 'label' | 'x' | 'y' | 'size' | 'degree' | 'aliases' | 'community' | 'pagerank' | 'betweenness' | 'overview'> & {
  entityType: GraphNode['type'];
  /** The type's colour; the reducer picks this or the community's. */
  color: string;
};

export type PageEdge = Pick<GraphEdge, 'label' | 'lemma' | 'weight' | 'flagCounts' | 'dated'> & {
  size: number;
  /** 0 for a straight edge; between one pair, each relation bends its own way so none hides another. */
  curvature: number;
};

export type PageGraph = MultiDirectedGraph<PageNode, PageEdge>;

export function toGraph(payload: GraphPayload): PageGraph {
  const graph: PageGraph = new MultiDirectedGraph();
  addPayload(graph, payload);
  return graph;
}

/** Adds what the graph does not hold yet: the page draws the overview first and the rest once it came. */
export function addPayload(graph: PageGraph, payload: GraphPayload): void {
  let unplaced = 0;
  for (const node of payload.nodes) {
    if (graph.hasNode(node.key)) continue;
    if (!Number.isFinite(node.x) || !Number.isFinite(node.y)) unplaced++;
    const { key, type, label, x, y, size, color, degree, aliases, community, pagerank, betweenness, overview } = node;
    graph.addNode(key, { label, entityType: type, x, y, size, color, degree, aliases, community, pagerank, betweenness, overview });
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.key)) continue;
    const { key, source, target, label, lemma, weight, flagCounts, dated } = edge;
    const attributes: PageEdge = { label, lemma, weight, flagCounts, size: edgeSize(weight), curvature: 0 };
    if (dated !== undefined) attributes.dated = dated; // for the date range (filters.ts)
    graph.addEdgeWithKey(key, source, target, attributes);
  }
  bendParallelEdges(graph);
  // A graph built before the build-time layout existed has no positions: a circle still shows every node.
  if (unplaced > 0) circular.assign(graph, { scale: Math.sqrt(graph.order) * 10 });
}

/** Thicker with more evidence, but slowly, so one well-sourced edge does not hide its neighbours. */
function edgeSize(weight: number): number {
  return Math.min(6, 1 + Math.log2(Math.max(1, weight)));
}

/** Edges between one pair (either way) fan out, the more of them the wider, as in sigma's parallel-edges example. */
function bendParallelEdges(graph: PageGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, attributes) => {
    const { parallelIndex, parallelMaxIndex } = attributes as PageEdge & { parallelIndex?: number | null; parallelMaxIndex?: number | null };
    const bend = typeof parallelIndex === 'number' && typeof parallelMaxIndex === 'number' && parallelMaxIndex > 0 ? curvature(parallelIndex, parallelMaxIndex) : 0;
    graph.mergeEdgeAttributes(edge, { curvature: bend });
    graph.removeEdgeAttribute(edge, 'parallelIndex' as keyof PageEdge);
    graph.removeEdgeAttribute(edge, 'parallelMaxIndex' as keyof PageEdge);
    graph.removeEdgeAttribute(edge, 'parallelMinIndex' as keyof PageEdge);
  });
}

function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  // the widest bend grows with the number of edges but levels off, so ten relations stay readable
  const amplitude = 3.5;
  const widest = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (widest * index) / maxIndex;
}
