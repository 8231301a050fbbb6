/** The whole graph as the page draws it: positions, sizes, colours, and per-edge flag counts and days for the filters. */
import type { LoadedGraph } from '../graph/loaded-graph.js';
import { nodeSize, TYPE_COLORS } from '../graph/layout.js';
import { inOverview } from '../graph/overview.js';
import { documentDay } from '../graph/document-day.js';
import type { GraphEdge, GraphPayload } from '../api-types.js';
import type { EntityType } from '../types.js';

/** Hedged, negated and read through a pronoun: three flags, eight combinations. */
const EVIDENCE_FLAG_COMBINATIONS = 8;

/**
 * `overview` keeps the actor overview alone (and the edges among its nodes), which the page draws
 * first; the legend's type counts and `total` always describe the whole graph.
 */
export function graphPayload(loaded: LoadedGraph, scope: 'all' | 'overview' = 'all', whole: WholeGraphCounts = countsOf(loaded)): GraphPayload {
  const { graph } = loaded;
  const { counts, maxDegree } = whole;
  const kept = scope === 'all' ? () => true : (key: string) => inOverview(graph.getNodeAttributes(key));
  const nodes = graph.filterNodes(kept).map((key) => {
    const attributes = graph.getNodeAttributes(key);
    const degree = loaded.degree(key);
    return {
      key,
      label: attributes.label,
      type: attributes.type,
      // a store saved before layouts existed still draws: the page lays such nodes out itself
      x: attributes.x ?? 0,
      y: attributes.y ?? 0,
      size: attributes.size ?? nodeSize(attributes.type, degree, maxDegree),
      color: attributes.color ?? TYPE_COLORS[attributes.type],
      degree,
      mentions: attributes.mentions,
      aliases: Object.entries(attributes.aliases).sort((a, b) => b[1] - a[1]).map(([alias]) => alias),
      // a store saved before the metrics existed: one community, no ranks
      community: attributes.community ?? 0,
      pagerank: attributes.pagerank ?? 0,
      betweenness: attributes.betweenness ?? 0,
      overview: inOverview(attributes),
    };
  });
  const days = [...whole.days];
  const position = new Map(days.map((day, index) => [day, index]));
  const edges = graph.filterEdges((_edge, _attributes, source, target) => kept(source) && kept(target)).map((key) => {
    const [attributes, source, target] = [graph.getEdgeAttributes(key), graph.source(key), graph.target(key)];
    const flagCounts = new Array<number>(EVIDENCE_FLAG_COMBINATIONS).fill(0);
    const dated: number[] = [];
    for (const { doc, flags, resolved } of attributes.evidence) {
      const flagIndex = (flags.hedged ? 1 : 0) | (flags.negated ? 2 : 0) | (resolved !== undefined ? 4 : 0);
      flagCounts[flagIndex]!++;
      const day = position.get(whole.dayOf(doc) ?? '');
      if (day !== undefined) dated.push(day * EVIDENCE_FLAG_COMBINATIONS + flagIndex);
    }
    const edge: GraphEdge = { key, source, target, label: attributes.label, lemma: attributes.lemma, weight: attributes.weight, flagCounts };
    // a handful of bytes an edge: the corpus payload grows by about 3% (see the commit that added it)
    if (dated.length > 0) edge.dated = dated.sort((a, b) => a - b);
    return edge;
  });
  const types = (Object.keys(TYPE_COLORS) as EntityType[]).map((type) => ({ type, color: TYPE_COLORS[type], count: counts.get(type) ?? 0 }));
  return { nodes, edges, days, types, total: whole.total };
}

/**
 * What the payload tells of the whole graph besides the part it draws: the legend's counts, the
 * size, the largest degree (sizes nodes saved without one) and the days documents are dated.
 * A server reading PostgreSQL draws part of the graph and asks the database for these.
 */
export interface WholeGraphCounts {
  counts: ReadonlyMap<EntityType, number>;
  total: { nodes: number; edges: number };
  maxDegree: number;
  /** Every day a document is dated, ascending. */
  days: readonly string[];
  /** The day of a document the part's evidence cites, if it is dated. */
  dayOf(doc: string): string | undefined;
}

/** The counts of a graph loaded whole. */
export function countsOf(loaded: LoadedGraph): WholeGraphCounts {
  const { graph } = loaded;
  const counts = new Map<EntityType, number>();
  graph.forEachNode((_key, { type }) => counts.set(type, (counts.get(type) ?? 0) + 1));
  const dayOf = new Map<string, string>();
  for (const [id, doc] of loaded.documents) {
    const day = documentDay(doc.date);
    if (day !== undefined) dayOf.set(id, day);
  }
  return {
    counts,
    total: { nodes: graph.order, edges: graph.size },
    maxDegree: graph.reduceNodes((max, key) => Math.max(max, graph.degree(key)), 0),
    days: [...new Set(dayOf.values())].sort(),
    dayOf: (doc) => dayOf.get(doc),
  };
}
