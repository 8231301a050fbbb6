/** An actor's card: what it is called, why its aliases were merged, and its relations grouped by lemma. */
import { NotFoundError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { NodeCard, RelationGroup } from '../api-types.js';
import type { Evidence } from '../types.js';
import { EVIDENCE_IN_SUMMARIES, evidenceView, nodeRef } from './evidence.js';
import { relationKind } from './relation-kind.js';

export function nodeCard(loaded: LoadedGraph, key: string): NodeCard {
  const { graph } = loaded;
  if (!graph.hasNode(key)) throw new NotFoundError(`no actor ${JSON.stringify(key)} in this graph`, key);
  const attributes = graph.getNodeAttributes(key);
  return {
    ...nodeRef(loaded, key),
    mentions: attributes.mentions,
    degree: loaded.degree(key),
    documents: attributes.documents.map((id) => ({ id, title: loaded.documents.get(id)?.title ?? id })),
    aliases: Object.entries(attributes.aliases)
      .map(([alias, count]) => ({ alias, count }))
      .sort((a, b) => b.count - a.count || compare(a.alias, b.alias)),
    merges: (loaded.mergesByNode.get(key) ?? []).map(({ alias, reason }) => ({ alias, reason })),
    out: relationGroups(loaded, graph.outEdges(key), (edge) => graph.target(edge)),
    in: relationGroups(loaded, graph.inEdges(key), (edge) => graph.source(edge)),
  };
}

interface Gathered {
  group: RelationGroup;
  evidence: Evidence[];
}

/**
 * Groups by lemma. Actions come before states (`is`, `has`: a hub has hundreds of them and they
 * would bury what it did); within each, the groups with the most evidence first, and within a
 * group, the edges with the most.
 */
function relationGroups(loaded: LoadedGraph, edges: string[], otherEnd: (edge: string) => string): RelationGroup[] {
  const groups = new Map<string, Gathered>();
  for (const edge of edges) {
    const attributes = loaded.graph.getEdgeAttributes(edge);
    const gathered = groups.get(attributes.lemma) ??
      { group: { lemma: attributes.lemma, label: attributes.label, kind: 'action', sentences: 0, edges: [] }, evidence: [] };
    gathered.group.edges.push({
      edge,
      other: nodeRef(loaded, otherEnd(edge)),
      weight: attributes.weight,
      evidence: attributes.evidence.slice(0, EVIDENCE_IN_SUMMARIES).map((evidence) => evidenceView(loaded, evidence)),
    });
    gathered.evidence.push(...attributes.evidence);
    groups.set(attributes.lemma, gathered);
  }
  for (const { group, evidence } of groups.values()) {
    group.kind = relationKind(group.lemma, evidence, loaded.documents);
    group.sentences = new Set(evidence.map((piece) => `${piece.doc}:${piece.sentence}`)).size;
    group.edges.sort((a, b) => b.weight - a.weight || compare(a.other.label, b.other.label));
  }
  const weight = ({ evidence }: Gathered): number => evidence.length;
  return [...groups.values()]
    .sort((a, b) => kindOrder(a.group) - kindOrder(b.group) || weight(b) - weight(a) || compare(a.group.lemma, b.group.lemma))
    .map(({ group }) => group);
}

const kindOrder = (group: RelationGroup): number => (group.kind === 'action' ? 0 : 1);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
