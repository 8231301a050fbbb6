/**
 * A shortest path on which every concept passed through is entered and left by edges told by one
 * document (document-rule.ts). Whether a concept may be left by an edge depends on the edge it was
 * entered by, so the search cannot mark nodes visited: it walks states, an actor or a concept as
 * entered in one document (`concept + document`), breadth-first from both ends. The edge into a
 * concept state and the edge out of it then carry that document, and a search meeting at a concept
 * state meets in a document both its halves share. Bounds, avoidances and pauses as in bounded-bfs.ts,
 * whose plain search over nodes stays for `+concepts`: with no state to carry it is several times faster.
 */
import type { AbstractGraph, Attributes, EdgeEntry } from 'graphology-types';
import { stepKey, type ShortestOptions } from './bounded-bfs.js';
import type { Steps } from './clock.js';
import type { DocumentRule } from './document-rule.js';

export interface WithinDocumentsOptions<E extends Attributes, N extends Attributes> extends ShortestOptions<E, N> {
  rule: DocumentRule<N, E>;
  /**
   * When the search starts in the middle of a path (a spur of k-shortest.ts) at a held node: the
   * documents the path so far entered it by, one of which the way on must be told in.
   */
  startDocuments?: ReadonlySet<string> | undefined;
}

interface State {
  node: string;
  /** The document a held node was entered in; null for an actor, or an end of the search. */
  doc: string | null;
  /** The state it was reached from, null for a side's root. */
  parent: string | null;
}

const stateKey = (node: string, doc: string | null): string => (doc === null ? node : `${node}\u0000${doc}`);

/** The nodes of a shortest path obeying the rule, of at most `maxLength` steps, or null (also when the budget ends first). */
export function* shortestWithinDocuments<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  source: string,
  target: string,
  options: WithinDocumentsOptions<E, N>,
): Steps<string[] | null> {
  const { directed, maxLength, avoid, clock, passable, rule, startDocuments } = options;
  if (avoid.nodes.has(source) || avoid.nodes.has(target)) return null;
  if (source === target) return [source];
  const forward = new Map<string, State>();
  for (const doc of startDocuments ?? [null]) forward.set(stateKey(source, doc), { node: source, doc, parent: null });
  const backward = new Map<string, State>([[target, { node: target, doc: null, parent: null }]]);
  // the ends the user named are never held to the rule (a spur's start is held: it is inside the path)
  const free = (node: string): boolean => node === target || (node === source && startDocuments === undefined) || !rule.held(node);
  let forwardFrontier = [...forward.keys()];
  let backwardFrontier = [target];
  let depth = 0;
  while (forwardFrontier.length > 0 && backwardFrontier.length > 0 && depth < maxLength) {
    depth++;
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const [seen, other, frontier] = growForward ? [forward, backward, forwardFrontier] : [backward, forward, backwardFrontier];
    const next: string[] = [];
    for (const key of frontier) {
      const state = seen.get(key)!;
      // a hub concept's edges told in the document come from its index; a small one's are read and checked
      const fromIndex = state.doc !== null && rule.indexed(state.node);
      const entries: Iterable<EdgeEntry<N, E>> | null = fromIndex
        ? yield* rule.edgesTelling(state.node, state.doc!, clock)
        : !directed ? graph.edgeEntries(state.node) : growForward ? graph.outEdgeEntries(state.node) : graph.inEdgeEntries(state.node);
      if (entries === null) return null;
      for (const entry of entries) {
        if (clock.tick()) {
          yield;
          if (clock.expired()) return null;
        }
        const outward = entry.source === state.node;
        // the index lists a hub's edges both ways
        if (fromIndex && directed && (growForward ? !outward : entry.target !== state.node)) continue;
        if (state.doc !== null && !fromIndex && !rule.tells(entry.attributes, state.doc)) continue;
        const neighbour = outward ? entry.target : entry.source;
        if (avoid.nodes.has(neighbour)) continue;
        if (avoid.steps.has(growForward ? stepKey(state.node, neighbour) : stepKey(neighbour, state.node))) continue;
        if (passable !== undefined && !passable(entry.attributes, neighbour, outward ? entry.targetAttributes : entry.sourceAttributes)) continue;
        const docs = free(neighbour) ? [null] : rule.documents(entry.attributes);
        for (const doc of docs) {
          const reached = stateKey(neighbour, doc);
          if (seen.has(reached)) continue;
          // a concept entered again in another document would make a loop, not a path
          if (doc !== null && onChain(seen, key, neighbour)) continue;
          seen.set(reached, { node: neighbour, doc, parent: key });
          if (other.has(reached)) {
            const path = joinAt(reached, forward, backward);
            if (new Set(path).size === path.length) return path;
          }
          next.push(reached);
        }
      }
    }
    if (growForward) forwardFrontier = next;
    else backwardFrontier = next;
  }
  return null;
}

function onChain(seen: ReadonlyMap<string, State>, from: string | null, node: string): boolean {
  for (let key = from; key !== null; key = seen.get(key)!.parent) if (seen.get(key)!.node === node) return true;
  return false;
}

function joinAt(meeting: string, forward: ReadonlyMap<string, State>, backward: ReadonlyMap<string, State>): string[] {
  const path: string[] = [];
  for (let key: string | null = meeting; key !== null; key = forward.get(key)!.parent) path.unshift(forward.get(key)!.node);
  for (let key = backward.get(meeting)!.parent; key !== null; key = backward.get(key)!.parent) path.push(backward.get(key)!.node);
  return path;
}
