/**
 * Breadth-first from both ends of a path query at once, one SQL query per frontier, always growing
 * the side with the smaller frontier (as query/bounded-bfs.ts does in memory). After side A has
 * grown `a` times and side B `b` times, every edge at a node within a-1 steps of A or b-1 steps
 * of B is known, so every path of at most a+b hops lies among them: a shortest path found there
 * that short is a shortest path of the whole graph. Edges are taken whatever the query's filters:
 * the area holds more than the walk may use, never less.
 */
import type { PoolClient } from 'pg';
import { incidentEdges } from './incident-edges.js';

export interface AreaLimits {
  /** Most nodes the area may reach before it stops growing. */
  maxNodes: number;
  /** Most edges one frontier may bring. */
  maxEdges: number;
}

interface Side {
  reached: Set<string>;
  frontier: string[];
  grown: number;
}

export class AreaSearch {
  readonly nodes = new Set<string>();
  readonly edges = new Set<string>();
  readonly #sides: [Side, Side];
  /** The area hit a limit and stopped growing: what it holds may miss a path. */
  capped = false;

  constructor(from: string, to: string, private readonly limits: AreaLimits) {
    this.#sides = [{ reached: new Set([from]), frontier: [from], grown: 0 }, { reached: new Set([to]), frontier: [to], grown: 0 }];
    this.nodes.add(from).add(to);
  }

  /** Paths of at most this many hops all lie in the area. */
  get radius(): number {
    return this.#sides[0].grown + this.#sides[1].grown;
  }

  /** One side has reached all it can: every path from it lies in the area, whatever its length. */
  get exhausted(): boolean {
    return this.#sides.some((side) => side.frontier.length === 0);
  }

  /** Some node is reached from both ends (ignoring direction and filters). */
  get met(): boolean {
    const [a, b] = this.#sides;
    const [small, large] = a.reached.size <= b.reached.size ? [a.reached, b.reached] : [b.reached, a.reached];
    for (const node of small) if (large.has(node)) return true;
    return false;
  }

  /** Whether it can grow again. */
  get open(): boolean {
    return !this.exhausted && !this.capped;
  }

  /** Grows the side with the smaller frontier by one step. */
  async grow(client: PoolClient): Promise<void> {
    const [a, b] = this.#sides;
    const side = a.frontier.length <= b.frontier.length ? a : b;
    const found = await incidentEdges(client, side.frontier, this.limits.maxEdges);
    if (found === null) {
      this.capped = true;
      return;
    }
    const next: string[] = [];
    for (const { key, source, target } of found) {
      this.edges.add(key);
      for (const end of [source, target]) {
        if (side.reached.has(end)) continue;
        side.reached.add(end);
        this.nodes.add(end);
        next.push(end);
      }
    }
    side.frontier = next;
    side.grown++;
    if (this.nodes.size > this.limits.maxNodes) this.capped = true;
  }
}
