/** Shortest paths between two actors, following edge direction or not, with each hop's best-supported edge. */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { KgGraph } from '../graph/build.js';
import { shortestAvoiding } from './bounded-bfs.js';

export interface PathHop {
  edge: string;
  from: string;
  to: string;
  forward: boolean;
}

const NOTHING_AVOIDED = { nodes: new Set<string>(), steps: new Set<string>() };

/**
 * The nodes of a shortest path from `source` to `target`, or null. Along the arrows it is
 * graphology's bidirectional search; ignoring them, our own, which walks in- and out-neighbours
 * without building an undirected copy of the graph, and stops when `expired` says so.
 */
export function shortestPath(graph: KgGraph, source: string, target: string, directed: boolean, expired: () => boolean): string[] | null {
  if (source === target) return [source];
  if (directed) return bidirectional(graph, source, target);
  return shortestAvoiding(graph, source, target, { directed: false, maxLength: Infinity, avoid: NOTHING_AVOIDED, expired });
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
