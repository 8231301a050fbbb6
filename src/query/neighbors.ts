/** An actor's neighbourhood to a depth, in either direction, over the edges the filters leave, stopping at a result cap or the budget. */
import type { KgGraph } from '../graph/build.js';
import type { QueryClock, Steps } from './clock.js';
import type { WalkFilter } from './filter.js';

export interface Neighbourhood {
  /** The actor first, then the others by distance (breadth-first order). */
  nodes: { key: string; depth: number }[];
  /** Edges between the listed actors. */
  edges: string[];
  truncated: boolean;
}

export function* neighbourhood(graph: KgGraph, center: string, depth: number, options: { maxResults: number; clock: QueryClock; filter: WalkFilter }): Steps<Neighbourhood> {
  const { maxResults, clock, filter } = options;
  const nodes: Neighbourhood['nodes'] = [{ key: center, depth: 0 }];
  const listed = new Set([center]);
  let truncated = false;
  // breadth-first: `nodes` is the queue, read from `next`
  walk: for (let next = 0; next < nodes.length; next++) {
    const { key, depth: distance } = nodes[next]!;
    if (distance >= depth) break;
    for (const entry of graph.edgeEntries(key)) {
      if (clock.tick()) {
        yield;
        if (clock.expired()) {
          truncated = true;
          break walk;
        }
      }
      const outward = entry.source === key;
      const neighbour = outward ? entry.target : entry.source;
      if (listed.has(neighbour)) continue;
      if (filter.passable !== undefined && !filter.passable(entry.attributes, neighbour, outward ? entry.targetAttributes : entry.sourceAttributes)) continue;
      if (nodes.length > maxResults) {
        truncated = true;
        break walk;
      }
      listed.add(neighbour);
      nodes.push({ key: neighbour, depth: distance + 1 });
    }
  }
  const edges: string[] = [];
  among: for (const { key } of nodes) {
    for (const entry of graph.outEdgeEntries(key)) {
      if (clock.tick()) {
        yield;
        if (clock.expired()) {
          truncated = true;
          break among;
        }
      }
      if (!listed.has(entry.target) || (filter.passable !== undefined && !filter.passable(entry.attributes, entry.target, entry.targetAttributes))) continue;
      if (edges.length >= maxResults) {
        truncated = true;
        break among;
      }
      edges.push(entry.edge);
    }
  }
  return { nodes, edges, truncated };
}
