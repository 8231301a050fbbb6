/** The k shortest simple paths between two actors up to a length (Yen's algorithm over breadth-first searches). */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { shortestAvoiding, stepKey, type Passable } from './bounded-bfs.js';
import type { QueryClock, Steps } from './clock.js';
import { shortestWithinDocuments } from './document-bfs.js';
import type { DocumentRule } from './document-rule.js';

export interface KShortestOptions<E extends Attributes, N extends Attributes> {
  k: number;
  maxLength: number;
  directed: boolean;
  clock: QueryClock;
  /** The edges the query's filters leave; every edge when not given. */
  passable?: Passable<E, N> | undefined;
  /** Nodes the paths may not pass through (they may still start or end there). */
  notThrough?: { has(node: string): boolean };
  /** Breaks ties between paths of one length: the higher scores first (the number of documents behind the hops). */
  score?: (path: readonly string[]) => number;
  /**
   * Concepts passed only within one document (document-rule.ts): the rule, and the documents a
   * path's beginning enters its last node by, where a branch at a held node must go on.
   */
  withinDocuments?: {
    rule: DocumentRule<N, E>;
    entering: (root: readonly string[]) => ReadonlySet<string>;
  } | undefined;
}

export interface KShortest {
  paths: string[][];
  /** The time budget ran out before k paths were found or ruled out. */
  truncated: boolean;
}

export function* kShortestPaths<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  source: string,
  target: string,
  options: KShortestOptions<E, N>,
): Steps<KShortest> {
  const { k, maxLength, directed, clock, passable } = options;
  const score = options.score ?? (() => 0);
  const notThrough = options.notThrough ?? { has: () => false };
  const { withinDocuments } = options;
  const search = (root: readonly string[], steps: Set<string>, length: number): Steps<string[] | null> => {
    const [from, before] = [root.at(-1)!, new Set(root.slice(0, -1))];
    const nodes = { has: (node: string) => before.has(node) || (node !== source && node !== target && notThrough.has(node)) };
    const bounds = { directed, maxLength: length, avoid: { nodes, steps }, clock, passable };
    if (withinDocuments === undefined) return shortestAvoiding(graph, from, target, bounds);
    // a branch from inside the path at a concept goes on in a document the path entered it by
    const startDocuments = root.length > 1 && withinDocuments.rule.held(from) ? withinDocuments.entering(root) : undefined;
    return shortestWithinDocuments(graph, from, target, { ...bounds, rule: withinDocuments.rule, startDocuments });
  };
  const first = yield* search([source], new Set(), maxLength);
  if (first === null) return { paths: [], truncated: clock.expired() };
  const found = [first];
  const known = new Set([first.join('\u0000')]);
  const candidates: { path: string[]; score: number }[] = [];
  while (found.length < k) {
    const previous = found[found.length - 1]!;
    for (let i = 0; i + 1 < previous.length; i++) {
      if (clock.expired()) return { paths: found, truncated: true };
      const root = previous.slice(0, i + 1);
      // no path may leave the root the way an earlier one did, nor pass through the root again
      const steps = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((node, j) => path[j] === node)) {
          steps.add(stepKey(path[i]!, path[i + 1]!));
          if (!directed) steps.add(stepKey(path[i + 1]!, path[i]!));
        }
      }
      const rest = yield* search(root, steps, maxLength - i);
      if (rest === null) continue;
      const path = [...root.slice(0, -1), ...rest];
      const id = path.join('\u0000');
      if (known.has(id)) continue;
      known.add(id);
      candidates.push({ path, score: score(path) });
    }
    // a search cut short by the budget looks like "no path": an empty candidate list then proves nothing
    if (candidates.length === 0) return { paths: found, truncated: clock.expired() };
    candidates.sort((a, b) => a.path.length - b.path.length || b.score - a.score || compare(a.path, b.path));
    found.push(candidates.shift()!.path);
  }
  return { paths: found, truncated: false };
}

function compare(a: readonly string[], b: readonly string[]): number {
  const [x, y] = [a.join('\u0000'), b.join('\u0000')];
  return x < y ? -1 : x > y ? 1 : 0;
}
