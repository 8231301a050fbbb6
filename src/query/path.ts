/** Shortest paths between two actors, following edge direction or not, with each hop's best-supported edge. */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { UndirectedGraph } from 'graphology';
import type { KgGraph } from '../graph/build.js';
import { undirectedSkeleton } from '../graph/skeleton.js';

export interface PathHop {
  edge: string;
  from: string;
  to: string;
  forward: boolean;
}

/** The nodes of a shortest path from `source` to `target`, or null; `skeleton` hands over a cached undirected copy. */
export function shortestPath(graph: KgGraph, source: string, target: string, directed: boolean, skeleton?: () => UndirectedGraph): string[] | null {
  if (source === target) return [source];
  return bidirectional(directed ? graph : (skeleton?.() ?? undirectedSkeleton(graph)), source, target);
}

/** For each step, the edge between the two actors with the most evidence (then the first key), walked forward if there is one. */
export function hopsOf(graph: KgGraph, nodes: readonly string[], directed: boolean): PathHop[] {
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [from, to] = [nodes[i]!, nodes[i + 1]!];
    const candidates = [
      ...graph.outEdges(from, to).map((edge) => ({ edge, forward: true })),
      ...(directed ? [] : graph.outEdges(to, from).map((edge) => ({ edge, forward: false }))),
    ];
    candidates.sort((a, b) =>
      graph.getEdgeAttribute(b.edge, 'weight') - graph.getEdgeAttribute(a.edge, 'weight') ||
      Number(b.forward) - Number(a.forward) ||
      (a.edge < b.edge ? -1 : 1));
    const best = candidates[0]!;
    hops.push({ edge: best.edge, from, to, forward: best.forward });
  }
  return hops;
}
