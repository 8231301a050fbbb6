/**
 * A shortest path by breadth-first search from both ends at once, avoiding given nodes and steps,
 * up to a length: what Yen's k-shortest-paths needs and graphology-shortest-path does not offer.
 */
import type { AbstractGraph } from 'graphology-types';

export interface Avoid {
  nodes: { has(node: string): boolean };
  /** Steps `from\u0000to`; when direction is ignored both orders are listed. */
  steps: ReadonlySet<string>;
}

export const stepKey = (from: string, to: string): string => `${from}\u0000${to}`;

/** The nodes of a shortest path of at most `maxLength` steps, or null; `expired` ends the search early (null too). */
export function shortestAvoiding(
  graph: AbstractGraph,
  source: string,
  target: string,
  options: { directed: boolean; maxLength: number; avoid: Avoid; expired: () => boolean },
): string[] | null {
  const { directed, maxLength, avoid, expired } = options;
  if (avoid.nodes.has(source) || avoid.nodes.has(target)) return null;
  if (source === target) return [source];
  // parents on each side: node → the node it was reached from (null for the side's root)
  const forward = new Map<string, string | null>([[source, null]]);
  const backward = new Map<string, string | null>([[target, null]]);
  let forwardFrontier = [source];
  let backwardFrontier = [target];
  let depth = 0;
  while (forwardFrontier.length > 0 && backwardFrontier.length > 0 && depth < maxLength) {
    if (expired()) return null;
    depth++;
    // grow the smaller side: the two searches meet having touched far fewer nodes
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const [seen, other, frontier] = growForward ? [forward, backward, forwardFrontier] : [backward, forward, backwardFrontier];
    const next: string[] = [];
    for (const node of frontier) {
      const neighbours = !directed ? graph.neighbors(node) : growForward ? graph.outNeighbors(node) : graph.inNeighbors(node);
      for (const neighbour of neighbours) {
        if (seen.has(neighbour) || avoid.nodes.has(neighbour)) continue;
        const step = growForward ? stepKey(node, neighbour) : stepKey(neighbour, node);
        if (avoid.steps.has(step)) continue;
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
