/**
 * What sigma draws, computed from the graph and the view state alone: the scope and filters set
 * `hidden`, the legend sets colour and size, hover, selection and query highlights dim the rest and
 * force labels. The graph itself is never changed for display.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { colorOf, sizeOf, type Encodings } from './encodings.js';
import { edgeFilteredOut, nodeFilteredOut } from './filters.js';
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import { DIMMED_EDGE, DIMMED_NODE, FOCUSED_EDGE, HIGHLIGHT_EDGE, PLAIN_EDGE } from './palette.js';
import { inScope } from './scope.js';
import type { ViewState } from './view-state.js';

/** Up to this many nodes lit by an answer are all labelled, overlapping or not. */
const LIT_LABELS_FORCED = 12;

/** The nodes to keep bright: the hovered one and its neighbours, else the selected one's, else the query's, else all. */
export function focusedNodes(state: ViewState): Set<string> | null {
  if (state.hoveredNode !== null) return state.hoveredNeighbors;
  if (state.selectedNode !== null) return state.selectedNeighbors;
  return state.highlight?.nodes ?? null;
}

export function nodeShown(graph: PageGraph, key: string, state: ViewState): boolean {
  const node = graph.getNodeAttributes(key);
  return inScope(key, node, state) && !nodeFilteredOut(node, state);
}

export function edgeShown(graph: PageGraph, edge: string, state: ViewState): boolean {
  // the ends first: most edges of a large graph are out of the overview, and that is the cheaper question
  return nodeShown(graph, graph.source(edge), state) && nodeShown(graph, graph.target(edge), state) && !edgeFilteredOut(graph, edge, state);
}

export function nodeReducer(state: ViewState, encodings: Encodings): (node: string, data: PageNode) => Partial<NodeDisplayData> {
  return (node, data) => {
    if (!inScope(node, data, state) || nodeFilteredOut(data, state)) return { ...data, type: 'circle', hidden: true };
    const shown: Partial<NodeDisplayData> = { ...data, type: 'circle', color: colorOf(data, state, encodings), size: sizeOf(data, state, encodings), forceLabel: state.labelled.has(node) };
    const focus = focusedNodes(state);
    const selected = node === state.selectedNode;
    // dimmed nodes shrink and turn see-through, so what is lit stays readable under and around them
    if (focus !== null && !focus.has(node) && !selected) return { ...shown, color: DIMMED_NODE, size: (shown.size ?? 1) * 0.6, label: '', forceLabel: false, zIndex: 0 };
    // labels in a neighbourhood come from the label chooser, which puts it first: forcing them all would pile them up
    if (focus !== null) shown.zIndex = 1;
    const lit = state.highlight?.nodes.has(node) === true;
    if (selected || lit || node === state.hoveredNode) Object.assign(shown, { highlighted: true, zIndex: 2 });
    // a path's few nodes are all named; a large answer (a neighbourhood) is named where labels fit (labels.ts)
    if (selected || node === state.hoveredNode || (lit && state.highlight!.nodes.size <= LIT_LABELS_FORCED)) shown.forceLabel = true;
    return shown;
  };
}

export function edgeReducer(graph: PageGraph, state: ViewState): (edge: string, data: PageEdge) => Partial<EdgeDisplayData> {
  return (edge, data) => {
    // edge labels only where they are read: around the hovered or selected node (where both ends are
    // labelled, as sigma decides), and on query results
    const shown: Partial<EdgeDisplayData> = { ...data, type: data.curvature === 0 ? 'arrow' : 'curved', color: PLAIN_EDGE, label: null };
    if (!edgeShown(graph, edge, state)) return { ...shown, hidden: true };
    const touches = (node: string | null) => node !== null && (graph.source(edge) === node || graph.target(edge) === node);
    if (state.hoveredNode !== null) {
      if (!touches(state.hoveredNode)) return { ...shown, hidden: true };
      return { ...shown, color: FOCUSED_EDGE, label: data.label, zIndex: 1 };
    }
    if (state.highlight !== null && state.highlight.edges.has(edge)) {
      return { ...shown, color: state.highlight.edgeColours?.get(edge) ?? HIGHLIGHT_EDGE, label: data.label, forceLabel: true, size: (data.size ?? 1) + 1.5, zIndex: 2 };
    }
    if (edge === state.selectedEdge) return { ...shown, color: HIGHLIGHT_EDGE, label: data.label, forceLabel: true, zIndex: 2 };
    if (touches(state.selectedNode)) return { ...shown, color: FOCUSED_EDGE, label: data.label, zIndex: 1 };
    if (state.selectedNode !== null || state.highlight !== null) return { ...shown, color: DIMMED_EDGE, zIndex: 0 };
    return shown;
  };
}
