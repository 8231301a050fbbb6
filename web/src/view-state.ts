/** The little the user changes about what is shown: hover, selection, query highlight and filters; reducers read it. */
import type { GraphNode } from '../../src/server/api-types.js';

type EntityType = GraphNode['type'];

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface ViewState {
  hoveredNode: string | null;
  /** The hovered node and its neighbours, computed once per hover rather than in every reducer call. */
  hoveredNeighbors: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** What the last console query lit up, growing hop by hop while a path animates. */
  highlight: Highlight | null;
  hiddenTypes: Set<EntityType>;
  hideHedged: boolean;
  hideNegated: boolean;
  /** Hide evidence read through a pronoun (`he` = Ashraf Ghani). */
  hideResolved: boolean;
}

export function initialViewState(): ViewState {
  return {
    hoveredNode: null,
    hoveredNeighbors: new Set(),
    selectedNode: null,
    selectedEdge: null,
    highlight: null,
    hiddenTypes: new Set(),
    hideHedged: false,
    hideNegated: false,
    hideResolved: false,
  };
}
