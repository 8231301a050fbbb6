/**
 * What sigma draws, computed from the graph and the view state alone: filters set `hidden`, hover and
 * query highlights dim the rest and force labels. The graph itself is never changed for display.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { edgeFilteredOut, nodeFilteredOut } from './filters.js';
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import { DIMMED_EDGE, DIMMED_NODE, FOCUSED_EDGE, HIGHLIGHT_EDGE, PLAIN_EDGE } from './palette.js';
import type { ViewState } from './view-state.js';

/** The nodes to keep bright: the hovered one and its neighbours, else the query's, else all. */
function focusedNodes(state: ViewState): Set<string> | null {
  if (state.hoveredNode !== null) return state.hoveredNeighbors;
  return state.highlight?.nodes ?? null;
}

export function nodeReducer(state: ViewState): (node: string, data: PageNode) => Partial<NodeDisplayData> {
  return (node, data) => {
    const shown: Partial<NodeDisplayData> = { ...data, type: 'circle' };
    if (nodeFilteredOut(data, state)) return { ...shown, hidden: true };
    const focus = focusedNodes(state);
    const selected = node === state.selectedNode;
    if (focus !== null && !focus.has(node) && !selected) return { ...shown, color: DIMMED_NODE, label: '', zIndex: 0 };
    if (focus !== null) Object.assign(shown, { forceLabel: true, zIndex: 1 });
    const lit = state.highlight?.nodes.has(node) === true;
    if (selected || lit || node === state.hoveredNode) Object.assign(shown, { highlighted: true, forceLabel: true, zIndex: 2 });
    return shown;
  };
}

export function edgeReducer(graph: PageGraph, state: ViewState): (edge: string, data: PageEdge) => Partial<EdgeDisplayData> {
  return (edge, data) => {
    // edge labels only where they are read: around the hovered or selected node, and on query results
    const shown: Partial<EdgeDisplayData> = { ...data, color: PLAIN_EDGE, label: null };
    if (edgeFilteredOut(graph, edge, state)) return { ...shown, hidden: true };
    const touches = (node: string | null) => node !== null && (graph.source(edge) === node || graph.target(edge) === node);
    if (state.hoveredNode !== null) {
      if (!touches(state.hoveredNode)) return { ...shown, hidden: true };
      return { ...shown, color: FOCUSED_EDGE, label: data.label, forceLabel: true, zIndex: 1 };
    }
    if (state.highlight !== null) {
      if (state.highlight.edges.has(edge)) return { ...shown, color: HIGHLIGHT_EDGE, label: data.label, forceLabel: true, size: (data.size ?? 1) + 1.5, zIndex: 2 };
      return { ...shown, color: DIMMED_EDGE };
    }
    if (edge === state.selectedEdge) return { ...shown, color: HIGHLIGHT_EDGE, label: data.label, forceLabel: true, zIndex: 2 };
    if (touches(state.selectedNode)) return { ...shown, color: FOCUSED_EDGE, label: data.label, zIndex: 1 };
    return shown;
  };
}
