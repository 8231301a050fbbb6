/** The legend's filters as questions about one node or edge: hidden by type, or left with no evidence. */
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import type { ViewState } from './view-state.js';

type Filters = Pick<ViewState, 'hiddenTypes' | 'hideHedged' | 'hideNegated'>;

/** Evidence that survives the flag filters, counted by inclusion–exclusion from the payload's counts. */
export function evidenceLeft(edge: Pick<PageEdge, 'weight' | 'hedged' | 'negated' | 'hedgedAndNegated'>, filters: Filters): number {
  const dropped =
    (filters.hideHedged ? edge.hedged : 0) +
    (filters.hideNegated ? edge.negated : 0) -
    (filters.hideHedged && filters.hideNegated ? edge.hedgedAndNegated : 0);
  return edge.weight - dropped;
}

export function nodeFilteredOut(node: Pick<PageNode, 'entityType'>, filters: Filters): boolean {
  return filters.hiddenTypes.has(node.entityType);
}

/** An edge goes when its evidence is all filtered out or either end is; a node left without edges stays. */
export function edgeFilteredOut(graph: PageGraph, edge: string, filters: Filters): boolean {
  if (evidenceLeft(graph.getEdgeAttributes(edge), filters) <= 0) return true;
  return (
    nodeFilteredOut(graph.getNodeAttributes(graph.source(edge)), filters) ||
    nodeFilteredOut(graph.getNodeAttributes(graph.target(edge)), filters)
  );
}
