/** What a node's colour and size stand for, as the legend sets them: type or community; degree, PageRank or betweenness. */
import type { PageGraph, PageNode } from './graph-data.js';
import { COMMUNITY_COLORS, OTHER_COMMUNITY } from './palette.js';
import type { ViewState } from './view-state.js';

export interface Encodings {
  /** The overview's largest communities, each with its colour; the rest are OTHER_COMMUNITY. */
  communityColors: Map<number, string>;
  /** Each metric's largest value, for scaling sizes. */
  maxPagerank: number;
  maxBetweenness: number;
}

/** The range of the sizes the build gives by degree (ACTOR_SIZES in src/graph/layout.ts), which the other metrics are fitted to. */
const [SMALLEST, LARGEST] = [2.5, 16];

export function encodingsOf(graph: PageGraph): Encodings {
  const members = new Map<number, number>();
  let [maxPagerank, maxBetweenness] = [0, 0];
  graph.forEachNode((_key, node) => {
    if (node.overview) members.set(node.community, (members.get(node.community) ?? 0) + 1);
    maxPagerank = Math.max(maxPagerank, node.pagerank);
    maxBetweenness = Math.max(maxBetweenness, node.betweenness);
  });
  const largest = [...members].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, COMMUNITY_COLORS.length);
  return { communityColors: new Map(largest.map(([community], rank) => [community, COMMUNITY_COLORS[rank]!])), maxPagerank, maxBetweenness };
}

export function colorOf(node: PageNode, state: ViewState, encodings: Encodings): string {
  if (state.colorBy === 'type') return node.color;
  return encodings.communityColors.get(node.community) ?? OTHER_COMMUNITY;
}

export function sizeOf(node: PageNode, state: ViewState, encodings: Encodings): number {
  if (state.sizeBy === 'degree') return node.size;
  const [value, max] = state.sizeBy === 'pagerank' ? [node.pagerank, encodings.maxPagerank] : [node.betweenness, encodings.maxBetweenness];
  // area in proportion to the metric, as degree sizes are
  return SMALLEST + (LARGEST - SMALLEST) * Math.sqrt(max > 0 ? value / max : 0);
}

/** How important a node is for labelling: the measure its size shows, so the largest nodes are named first. */
export function importanceOf(node: PageNode, state: ViewState): number {
  return state.sizeBy === 'pagerank' ? node.pagerank : state.sizeBy === 'betweenness' ? node.betweenness : node.degree;
}
