/** An actor's neighbourhood to a depth, in either direction, stopping at a result cap or a time budget. */
import { bfsFromNode } from 'graphology-traversal';
import type { KgGraph } from '../graph/build.js';
import { deadline, type QueryLimits } from './limits.js';

export interface Neighbourhood {
  /** The actor first, then the others by distance (breadth-first order). */
  nodes: { key: string; depth: number }[];
  /** Edges between the listed actors. */
  edges: string[];
  truncated: boolean;
}

export function neighbourhood(graph: KgGraph, center: string, depth: number, limits: QueryLimits): Neighbourhood {
  const nodes: Neighbourhood['nodes'] = [];
  const expired = deadline(limits);
  let truncated = false;
  bfsFromNode(graph, center, (key, _attributes, distance) => {
    if (truncated) return true;
    if (nodes.length >= limits.maxResults + 1 || expired()) {
      truncated = true;
      return true;
    }
    nodes.push({ key, depth: distance });
    return distance >= depth;
  }, { mode: 'directed' });
  const listed = new Set(nodes.map((node) => node.key));
  const edges: string[] = [];
  for (const { key } of nodes) {
    for (const edge of graph.outEdges(key)) {
      if (!listed.has(graph.target(edge))) continue;
      if (edges.length >= limits.maxResults) {
        truncated = true;
        break;
      }
      edges.push(edge);
    }
  }
  return { nodes, edges, truncated };
}
