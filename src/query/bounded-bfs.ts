/**
 * A shortest path by breadth-first search from both ends at once, avoiding given nodes and steps,
 * up to a length, taking only the edges a query's filters leave: what Yen's k-shortest-paths
 * needs and graphology-shortest-path does not offer. It walks edge by edge so that it can pause
 * (see clock.ts) anywhere, even inside a hub's neighbourhood.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { QueryClock, Steps } from './clock.js';

export interface Avoid {
  nodes: { has(node: string): boolean };
  /** Steps `from\u0000to`; when direction is ignored both orders are listed. */
  steps: ReadonlySet<string>;
}

/** Whether the walk may take an edge to a neighbour (the query's filters); every edge when not given. */
export type Passable<E extends Attributes = Attributes, N extends Attributes = Attributes> =
  (edgeAttributes: E, neighbour: string, neighbourAttributes: N) => boolean;

export const stepKey = (from: string, to: string): string => `${from}\u0000${to}`;

export interface ShortestOptions<E extends Attributes, N extends Attributes> {
  directed: boolean;
  maxLength: number;
  avoid: Avoid;
  clock: QueryClock;
  passable?: Passable<E, N> | undefined;
}

/** The nodes of a shortest path of at most `maxLength` steps, or null; null too when the budget ends first. */
export function* shortestAvoiding<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  source: string,
  target: string,
  options: ShortestOptions<E, N>,
): Steps<string[] | null> {
  const { directed, maxLength, avoid, clock, passable } = options;
  if (avoid.nodes.has(source) || avoid.nodes.has(target)) return null;
  if (source === target) return [source];
  // parents on each side: node → the node it was reached from (null for the side's root)
  const forward = new Map<string, string | null>([[source, null]]);
  const backward = new Map<string, string | null>([[target, null]]);
  let forwardFrontier = [source];
  let backwardFrontier = [target];
  let depth = 0;
  while (forwardFrontier.length > 0 && backwardFrontier.length > 0 && depth < maxLength) {
    depth++;
    // grow the smaller side: the two searches meet having touched far fewer nodes
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const [seen, other, frontier] = growForward ? [forward, backward, forwardFrontier] : [backward, forward, backwardFrontier];
    const next: string[] = [];
    for (const node of frontier) {
      const entries = !directed ? graph.edgeEntries(node) : growForward ? graph.outEdgeEntries(node) : graph.inEdgeEntries(node);
      for (const entry of entries) {
        if (clock.tick()) {
          yield;
          if (clock.expired()) return null;
        }
        const outward = entry.source === node;
        const neighbour = outward ? entry.target : entry.source;
        if (seen.has(neighbour) || avoid.nodes.has(neighbour)) continue;
        const step = growForward ? stepKey(node, neighbour) : stepKey(neighbour, node);
        if (avoid.steps.has(step)) continue;
        if (passable !== undefined && !passable(entry.attributes, neighbour, outward ? entry.targetAttributes : entry.sourceAttributes)) continue;
        seen.set(neighbour, node);
        if (other.has(neighbour)) return joinAt(neighbour, forward, backward);
        next.push(neighbour);
      }
    }
    if (growForward) forwardFrontier = next;
    else backwardFrontier = next;
  }
  return null;
}

function joinAt(meeting: string, forward: Map<string, string | null>, backward: Map<string, string | null>): string[] {
  const path: string[] = [];
  for (let node: string | null | undefined = meeting; node != null; node = forward.get(node)) path.unshift(node);
  for (let node = backward.get(meeting); node != null; node = backward.get(node)) path.push(node);
  return path;
}
