/** The little the user changes about what is shown: scope, hover, selection, query highlight, filters and encodings; reducers read it. */
import type { GraphNode } from '../../src/api-types.js';

type EntityType = GraphNode['type'];

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
  /** The colour of each lit edge when the answer has several paths (`paths A -> B k 3`); the rest get HIGHLIGHT_EDGE. */
  edgeColours?: Map<string, string>;
}

export type ColorBy = 'type' | 'community';
export type SizeBy = 'degree' | 'pagerank' | 'betweenness';

export interface ViewState {
  /** Concepts and actors tied only through them are drawn too, not just the actor overview. */
  showConcepts: boolean;
  /** Nodes brought into the view by "expand", kept until the view is reset. */
  expanded: Set<string>;
  hoveredNode: string | null;
  /** The hovered node and its neighbours, computed once per hover rather than in every reducer call. */
  hoveredNeighbors: Set<string>;
  selectedNode: string | null;
  /** The selected node and its neighbours: its neighbourhood is brought out as hover brings one out. */
  selectedNeighbors: Set<string>;
  selectedEdge: string | null;
  /** What the last console query lit up, growing hop by hop while a path animates. */
  highlight: Highlight | null;
  hiddenTypes: Set<EntityType>;
  hideHedged: boolean;
  hideNegated: boolean;
  /** Hide evidence read through a pronoun (`he` = Ashraf Ghani). */
  hideResolved: boolean;
  /** Only edges of this relation (lemma), as the console's `via`; null for all. */
  relation: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** From 0 (only the few most important labels) to 1 (as many as fit without overlapping). */
  labelDensity: number;
  /** The nodes whose labels are drawn: chosen by importance where they fit (labels.ts). */
  labelled: Set<string>;
  /** Show only evidence of these days (indexes into the payload's `days`, both included); null: every piece, dated or not. */
  dateWindow: DateWindow | null;
}

export interface DateWindow {
  first: number;
  last: number;
}

export function initialViewState(): ViewState {
  return {
    showConcepts: false,
    expanded: new Set(),
    hoveredNode: null,
    hoveredNeighbors: new Set(),
    selectedNode: null,
    selectedNeighbors: new Set(),
    selectedEdge: null,
    highlight: null,
    hiddenTypes: new Set(),
    hideHedged: false,
    hideNegated: false,
    hideResolved: false,
    relation: null,
    colorBy: 'type',
    sizeBy: 'degree',
    labelDensity: 0.35,
    labelled: new Set(),
    dateWindow: null,
  };
}
