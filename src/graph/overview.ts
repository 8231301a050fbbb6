/**
 * The actor network the page opens on: named actors (not concepts) with at least one relation to
 * another named actor. Concepts (`letter`, `talks`) and actors linked only through them come on demand.
 */
import { UndirectedGraph } from 'graphology';
import type { EntityType, NodeAttributes } from '../types.js';
import type { KgGraph } from './build.js';

export const isNamedActor = (type: EntityType): boolean => type !== 'concept';

/** Whether a stored node is in the overview; in a store saved before the metrics existed, every actor is. */
export function inOverview(attributes: Pick<NodeAttributes, 'overview' | 'type' | 'community'>): boolean {
  return attributes.overview ?? (isNamedActor(attributes.type) && attributes.community === undefined);
}

/** The keys of the overview's nodes. */
export function overviewNodes(graph: KgGraph): Set<string> {
  const keys = new Set<string>();
  graph.forEachEdge((_edge, _attributes, source, target, sourceAttributes, targetAttributes) => {
    if (isNamedActor(sourceAttributes.type) && isNamedActor(targetAttributes.type)) keys.add(source).add(target);
  });
  return keys;
}

export type PairGraph = UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

/**
 * One undirected edge per linked pair, weighted by the evidence of all relations between them:
 * communities, centralities and the overview's layout ask who is tied to whom, not which way a verb reads.
 */
export function pairGraph(graph: KgGraph, keep: (key: string) => boolean = () => true): PairGraph {
  const pairs: PairGraph = new UndirectedGraph();
  graph.forEachNode((key, { x, y, size }) => {
    if (keep(key)) pairs.addNode(key, { x: x ?? 0, y: y ?? 0, size: size ?? 1 });
  });
  graph.forEachEdge((_edge, { weight }, source, target) => {
    if (!pairs.hasNode(source) || !pairs.hasNode(target)) return;
    pairs.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  });
  return pairs;
}
