/**
 * Which nodes the view takes in, before any filter: the actor overview, or everything once concepts
 * are shown; plus what the reader brought in (expanded nodes, the neighbourhood hovered or selected,
 * a lit answer), so nothing asked for stays out of sight.
 */
import type { PageNode } from './graph-data.js';
import type { ViewState } from './view-state.js';

export function inScope(key: string, node: Pick<PageNode, 'overview'>, state: ViewState): boolean {
  return (
    state.showConcepts ||
    node.overview ||
    state.expanded.has(key) ||
    state.selectedNeighbors.has(key) ||
    state.hoveredNeighbors.has(key) ||
    state.highlight?.nodes.has(key) === true
  );
}
