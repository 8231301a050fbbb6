/**
 * The filters applied the slow, obvious way: a copy of the graph holding only what they leave (as
 * the query engine did before it filtered while walking). Tests compare the engine's answers with
 * searches on this copy.
 */
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../../src/graph/build.js';
import type { Filters } from '../../src/query/ast.js';
import { actorAllowed, edgeStands, keptEvidence } from '../../src/query/filter.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/types.js';

export function filteredCopy(graph: KgGraph, filters: Filters, keep: readonly string[]): KgGraph {
  const kept = new Set(keep);
  const copy: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((node, attributes) => {
    if (kept.has(node) || actorAllowed(attributes, filters)) copy.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (copy.hasNode(source) && copy.hasNode(target) && edgeStands(attributes, filters)) {
      copy.addDirectedEdgeWithKey(edge, source, target, { ...attributes, evidence: keptEvidence(attributes, filters) });
    }
  });
  return copy;
}
