/**
 * What the page colours, sizes and labels by, computed at build time and stored on each node:
 * a Louvain community, PageRank, and betweenness within the actor overview. Everything is
 * deterministic (Louvain draws from a seeded generator), so a rebuild gives the same picture.
 */
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { seededRandom } from '../parse/random.js';
import type { KgGraph } from './build.js';
import { overviewNodes, pairGraph } from './overview.js';

// CommonJS packages with ES-style typings: Node hands over module.exports, which their types call `default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

/** Any fixed seed: Louvain visits nodes in a random order, and a fixed one makes its answer repeatable. */
const LOUVAIN_SEED = 0x6b67;

/** Sets `community`, `pagerank`, `betweenness` and `overview` on every node. */
export function measure(graph: KgGraph): void {
  const pairs = pairGraph(graph);
  const communities = louvain(pairs, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const ranks = pairs.size > 0 ? pagerank(pairs, { getEdgeWeight: 'weight' }) : {};
  // betweenness costs nodes × edges, so it is measured where it is read: the actor overview
  const overview = overviewNodes(graph);
  const between = overview.size > 0 ? betweenness(pairGraph(graph, (key) => overview.has(key)), { getEdgeWeight: null, normalized: true }) : {};
  const renumbered = bySize(communities);
  graph.forEachNode((key, attributes) => {
    attributes.community = renumbered.get(communities[key]!)!;
    attributes.pagerank = round(ranks[key] ?? 0);
    attributes.betweenness = round(between[key] ?? 0);
    if (overview.has(key)) attributes.overview = true;
    else delete attributes.overview;
  });
}

/** Community 0 is the largest, then 1, …: the page gives the largest ones the distinct colours. */
function bySize(communities: Record<string, number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Map(order.map(([community], rank) => [community, rank]));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
