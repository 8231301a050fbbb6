/** Shortest paths between two actors, following edge direction or not, with each hop's best-supported edge. */
import type { EdgeEntry } from 'graphology-types';
import type { KgGraph } from '../graph/build.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import { shortestAvoiding } from './bounded-bfs.js';
import type { QueryClock, Steps } from './clock.js';
import type { WalkFilter } from './filter.js';

export interface PathHop {
  edge: string;
  from: string;
  to: string;
  forward: boolean;
}

/** Nodes a path may start or end at but not pass through (role nodes, see graph/roles.ts). */
export interface NotThrough {
  has(node: string): boolean;
}

export const NOTHING: NotThrough = { has: () => false };

/**
 * The nodes of a shortest path from `source` to `target`, or null: a breadth-first search from both
 * ends, along the arrows or not, over the edges `filter` leaves, until the clock's budget ends.
 * graphology-shortest-path's `bidirectional` finds the same lengths (the tests and bench:query
 * compare them) but can neither be told to keep out of role nodes nor pause.
 */
export function shortestPath(
  graph: KgGraph,
  source: string,
  target: string,
  options: { directed: boolean; clock: QueryClock; filter?: WalkFilter; notThrough?: NotThrough },
): Steps<string[] | null> {
  const notThrough = options.notThrough ?? NOTHING;
  const nodes = { has: (node: string) => node !== source && node !== target && notThrough.has(node) };
  return shortestAvoiding(graph, source, target, {
    directed: options.directed,
    maxLength: Infinity,
    avoid: { nodes, steps: new Set() },
    clock: options.clock,
    passable: options.filter?.passable,
  });
}

/** For each step, the edge between the two actors with the most evidence (then the first key), walked forward if there is one. */
export function hopsOf(graph: KgGraph, nodes: readonly string[], directed: boolean, filter?: WalkFilter): PathHop[] {
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [from, to] = [nodes[i]!, nodes[i + 1]!];
    const allowed = (entry: EdgeEntry<NodeAttributes, EdgeAttributes>): boolean => filter === undefined || filter.allows(entry);
    const candidates = [
      ...[...graph.outEdgeEntries(from, to)].filter(allowed).map(({ edge }) => ({ edge, forward: true })),
      ...(directed ? [] : [...graph.outEdgeEntries(to, from)].filter(allowed).map(({ edge }) => ({ edge, forward: false }))),
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
