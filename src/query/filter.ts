/** Applies a query's filters: which evidence counts, which edges stand, which actors may be passed through. */
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../graph/build.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.js';
import type { Filters } from './ast.js';

export function hasFilters(filters: Filters): boolean {
  return filters.hideHedged || filters.hideNegated || filters.types !== undefined || filters.minEvidence !== undefined || filters.via !== undefined;
}

/** The evidence that survives `-hedged` and `-negated`. */
export function keptEvidence(attributes: EdgeAttributes, filters: Filters): Evidence[] {
  if (!filters.hideHedged && !filters.hideNegated) return attributes.evidence;
  return attributes.evidence.filter((e) => !(filters.hideHedged && e.flags.hedged) && !(filters.hideNegated && e.flags.negated));
}

export function edgeStands(attributes: EdgeAttributes, filters: Filters): boolean {
  if (filters.via !== undefined && !filters.via.some((relation) => matchesRelation(attributes, relation))) return false;
  return keptEvidence(attributes, filters).length >= (filters.minEvidence ?? 1);
}

/** `ask` matches the lemma `ask` and `ask to`; `wrote to` matches as read or as the lemma. */
export function matchesRelation(attributes: EdgeAttributes, relation: string): boolean {
  const lemma = attributes.lemma.toLowerCase();
  return lemma === relation || lemma.startsWith(`${relation} `) || attributes.label.toLowerCase() === relation;
}

export function actorAllowed(attributes: NodeAttributes, filters: Filters): boolean {
  return filters.types === undefined || filters.types.includes(attributes.type);
}

/**
 * The graph the filters leave, with `keep` (a query's own actors) always in it. Without filters it
 * is the graph itself, so plain queries cost no copy.
 */
export function filteredGraph(graph: KgGraph, filters: Filters, keep: readonly string[] = []): KgGraph {
  if (!hasFilters(filters)) return graph;
  const kept = new Set(keep);
  const result: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((node, attributes) => {
    if (kept.has(node) || actorAllowed(attributes, filters)) result.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (result.hasNode(source) && result.hasNode(target) && edgeStands(attributes, filters)) {
      result.addDirectedEdgeWithKey(edge, source, target, { ...attributes, evidence: keptEvidence(attributes, filters) });
    }
  });
  return result;
}
