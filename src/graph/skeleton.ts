/** The graph with directions and parallel edges dropped: what a walk that ignores direction needs. */
import { UndirectedGraph } from 'graphology';
import type { KgGraph } from './build.js';

export function undirectedSkeleton(graph: KgGraph): UndirectedGraph {
  const skeleton = new UndirectedGraph();
  graph.forEachNode((node) => skeleton.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => skeleton.mergeEdge(source, target));
  return skeleton;
}
