/** An actor's card: what it is called, why its aliases were merged, and its relations grouped by lemma. */
import { NotFoundError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { NodeCard, RelationGroup } from '../server/api-types.js';
import { EVIDENCE_IN_SUMMARIES, evidenceView, nodeRef } from './evidence.js';

export function nodeCard(loaded: LoadedGraph, key: string): NodeCard {
  const { graph } = loaded;
  if (!graph.hasNode(key)) throw new NotFoundError(`no actor ${JSON.stringify(key)} in this graph`, key);
  const attributes = graph.getNodeAttributes(key);
  return {
    ...nodeRef(loaded, key),
    mentions: attributes.mentions,
    degree: graph.degree(key),
    documents: attributes.documents.map((id) => ({ id, title: loaded.documents.get(id)?.title ?? id })),
    aliases: Object.entries(attributes.aliases)
      .map(([alias, count]) => ({ alias, count }))
      .sort((a, b) => b.count - a.count || compare(a.alias, b.alias)),
    merges: (loaded.mergesByNode.get(key) ?? []).map(({ alias, reason }) => ({ alias, reason })),
    out: relationGroups(loaded, graph.outEdges(key), (edge) => graph.target(edge)),
    in: relationGroups(loaded, graph.inEdges(key), (edge) => graph.source(edge)),
  };
}

/** Groups by lemma; the groups with the most evidence come first, and within one, the edges with the most. */
function relationGroups(loaded: LoadedGraph, edges: string[], otherEnd: (edge: string) => string): RelationGroup[] {
  const groups = new Map<string, RelationGroup & { evidence: number }>();
  for (const edge of edges) {
    const attributes = loaded.graph.getEdgeAttributes(edge);
    const group = groups.get(attributes.lemma) ?? { lemma: attributes.lemma, label: attributes.label, edges: [], evidence: 0 };
    group.edges.push({
      edge,
      other: nodeRef(loaded, otherEnd(edge)),
      weight: attributes.weight,
      evidence: attributes.evidence.slice(0, EVIDENCE_IN_SUMMARIES).map((evidence) => evidenceView(loaded, evidence)),
    });
    group.evidence += attributes.weight;
    groups.set(attributes.lemma, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.evidence - a.evidence || compare(a.lemma, b.lemma))
    .map(({ evidence: _count, ...group }) => ({
      ...group,
      edges: group.edges.sort((a, b) => b.weight - a.weight || compare(a.other.label, b.other.label)),
    }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
