/** Shortest paths between two actors, following edge direction or not. */
import type { KgGraph } from '../graph/build.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import { shortestAvoiding } from './bounded-bfs.js';
import { shortestWithinDocuments } from './document-bfs.js';
import type { QueryClock, Steps } from './clock.js';
import type { WalkFilter } from './filter.js';
import type { DocumentRule } from './document-rule.js';

/** Nodes a path may start or end at but not pass through (role nodes, see graph/roles.ts). */
export interface NotThrough {
  has(node: string): boolean;
}

export const NOTHING: NotThrough = { has: () => false };

/**
 * The nodes of a shortest path from `source` to `target` of at most `maxLength` steps (any length
 * when not given), or null: a breadth-first search from both ends, along the arrows or not, over the
 * edges `filter` leaves, held to `rule` at concepts when one is given, until the clock's budget ends.
 * graphology-shortest-path's `bidirectional` finds the same lengths (the tests and bench:query
 * compare them) but can neither be told to keep out of role nodes nor pause.
 */
export function shortestPath(
  graph: KgGraph,
  source: string,
  target: string,
  options: { directed: boolean; clock: QueryClock; filter?: WalkFilter; notThrough?: NotThrough; rule?: DocumentRule<NodeAttributes, EdgeAttributes> | undefined; maxLength?: number },
): Steps<string[] | null> {
  const notThrough = options.notThrough ?? NOTHING;
  const nodes = { has: (node: string) => node !== source && node !== target && notThrough.has(node) };
  const search = {
    directed: options.directed,
    maxLength: options.maxLength ?? Infinity,
    avoid: { nodes, steps: new Set<string>() },
    clock: options.clock,
    passable: options.filter?.passable,
  };
  return options.rule === undefined ? shortestAvoiding(graph, source, target, search) : shortestWithinDocuments(graph, source, target, { ...search, rule: options.rule });
}
