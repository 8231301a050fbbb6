/**
 * Role nodes: concepts that are only ever what someone *is* (`President`, `U.S. special envoy`).
 * Two people who share a title are not linked by it, so a path may end at a role but not pass through one.
 */
import type { KgGraph } from './build.js';

export function roleNodes(graph: KgGraph): Set<string> {
  const roles = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.type !== 'concept' || graph.outDegree(node) > 0 || graph.inDegree(node) === 0) return;
    if (graph.everyInEdge(node, (_edge, edge) => edge.lemma === 'be')) roles.add(node);
  });
  return roles;
}
