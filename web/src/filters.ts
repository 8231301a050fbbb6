/** The legend's filters and the date range as questions about one node or edge: hidden by type or relation, or left with no evidence. */
import { matchesRelation } from '../../src/query/relation-match.js';
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import type { ViewState } from './view-state.js';

type Filters = Pick<ViewState, 'hiddenTypes' | 'hideHedged' | 'hideNegated' | 'hideResolved' | 'relation' | 'dateWindow'>;

/** Flags per piece of evidence (hedged 1, negated 2, read through a pronoun 4): `dated` holds `day * 8 + flags`. */
const FLAG_COMBINATIONS = 8;

/**
 * Evidence that survives the flag filters and the date range: the payload counts it by its flags
 * (hedged 1, negated 2, read through a pronoun 4), and lists the dated pieces with their days.
 */
export function evidenceLeft(edge: Pick<PageEdge, 'flagCounts' | 'dated'>, filters: Filters): number {
  const hidden = (filters.hideHedged ? 1 : 0) | (filters.hideNegated ? 2 : 0) | (filters.hideResolved ? 4 : 0);
  const range = filters.dateWindow;
  if (range !== null) {
    // an undated piece is outside every range, as in the console's `since`/`until`
    let kept = 0;
    for (const piece of edge.dated ?? []) {
      const day = Math.floor(piece / FLAG_COMBINATIONS);
      if (day >= range.first && day <= range.last && ((piece % FLAG_COMBINATIONS) & hidden) === 0) kept++;
    }
    return kept;
  }
  let left = 0;
  edge.flagCounts.forEach((count, flags) => {
    if ((flags & hidden) === 0) left += count;
  });
  return left;
}

export function nodeFilteredOut(node: Pick<PageNode, 'entityType'>, filters: Filters): boolean {
  return filters.hiddenTypes.has(node.entityType);
}

/**
 * An edge goes when its evidence is all filtered out, its relation is not the one chosen (matched as
 * the console's `via` matches it), or either end is filtered out; a node left without edges stays.
 */
export function edgeFilteredOut(graph: PageGraph, edge: string, filters: Filters): boolean {
  const attributes = graph.getEdgeAttributes(edge);
  if (filters.relation !== null && !matchesRelation(attributes, filters.relation)) return true;
  if (evidenceLeft(attributes, filters) <= 0) return true;
  return (
    nodeFilteredOut(graph.getNodeAttributes(graph.source(edge)), filters) ||
    nodeFilteredOut(graph.getNodeAttributes(graph.target(edge)), filters)
  );
}
