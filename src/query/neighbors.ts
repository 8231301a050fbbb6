/** An actor's neighbourhood to a depth, in either direction, over the edges the filters leave, stopping at a result cap or the budget. */
import type { KgGraph } from '../graph/build.js';
import type { QueryClock, Steps } from './clock.js';
import type { DocumentRule } from './document-rule.js';
import type { WalkFilter } from './filter.js';
import type { NotThrough } from './path.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';

export interface Neighbourhood {
  /** The actor first, then the others by distance (breadth-first order). */
  nodes: { key: string; depth: number }[];
  /** Edges between the listed actors. */
  edges: string[];
  truncated: boolean;
}

/**
 * How the walk passes concepts beyond the first step, as paths do: `notThrough` are listed but lead
 * no further (every concept under `-concepts`); under `rule` a concept leads on only to actors told
 * of in a document that also links it to the step before.
 */
export interface NeighbourhoodPassage {
  notThrough?: NotThrough | undefined;
  rule?: DocumentRule<NodeAttributes, EdgeAttributes> | undefined;
}

export function* neighbourhood(
  graph: KgGraph,
  center: string,
  depth: number,
  options: { maxResults: number; clock: QueryClock; filter: WalkFilter; passage?: NeighbourhoodPassage },
): Steps<Neighbourhood> {
  const { maxResults, clock, filter } = options;
  const { notThrough, rule } = options.passage ?? {};
  const nodes: Neighbourhood['nodes'] = [{ key: center, depth: 0 }];
  const listed = new Map([[center, 0]]);
  let truncated = false;
  // breadth-first: `nodes` is the queue, read from `next`
  walk: for (let next = 0; next < nodes.length; next++) {
    const { key, depth: distance } = nodes[next]!;
    if (distance >= depth) break;
    if (distance > 0 && notThrough?.has(key) === true) continue;
    let entering: Set<string> | undefined;
    if (distance > 0 && rule?.held(key) === true) {
      entering = new Set();
      for (const entry of graph.edgeEntries(key)) {
        if (clock.tick()) yield;
        const outward = entry.source === key;
        const neighbour = outward ? entry.target : entry.source;
        if (listed.get(neighbour) !== distance - 1) continue;
        if (filter.passable !== undefined && !filter.passable(entry.attributes, neighbour, outward ? entry.targetAttributes : entry.sourceAttributes)) continue;
        for (const doc of rule.documents(entry.attributes)) entering.add(doc);
      }
    }
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
      if (entering !== undefined && !rule!.documents(entry.attributes).some((doc) => entering.has(doc))) continue;
      if (nodes.length > maxResults) {
        truncated = true;
        break walk;
      }
      listed.set(neighbour, distance + 1);
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
