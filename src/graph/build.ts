/** Builds the graph from extracted documents: resolved actors as nodes, one edge per (subject, lemma, object). */
import { MultiDirectedGraph } from 'graphology';
import type { AliasMerge, EdgeAttributes, Evidence, ExtractedDocument, Mention, NodeAttributes, Triple } from '../types.js';
import { resolveMentions, type MentionRecord, type Resolution } from '../resolve/index.js';
import { summariseEvidence } from './evidence.js';

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface BuiltGraph {
  graph: KgGraph;
  merges: AliasMerge[];
}

/**
 * Documents are taken in (date, id) order and evidence is appended in that order, so the same
 * documents give the same graph whatever order they were read in.
 */
export function buildGraph(documents: readonly ExtractedDocument[]): BuiltGraph {
  const ordered = [...documents].sort(byDateThenId);
  const resolution = resolveMentions(ordered.flatMap(mentionRecords));
  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const places = new Map<string, Set<string>>(); // node → the places in the text that name it
  for (const doc of ordered) {
    for (const triple of doc.triples) addTriple(graph, resolution, doc, triple, places);
  }
  // a name read in several triples of one sentence is still one mention
  for (const [node, seen] of places) graph.setNodeAttribute(node, 'mentions', seen.size);
  graph.forEachEdge((edge, attributes) => graph.mergeEdgeAttributes(edge, summariseEvidence(attributes.evidence)));
  return { graph, merges: resolution.merges };
}

/** Whether a mention can be a node: clauses and pronouns stand for something said elsewhere. */
const isActorMention = (mention: Mention): boolean => mention.clause !== true && mention.pronoun !== true;

function mentionRecords(doc: ExtractedDocument): MentionRecord[] {
  return doc.triples.flatMap((triple) =>
    [triple.subject, triple.object].filter(isActorMention).map((mention) => ({ doc: doc.id, mention })),
  );
}

function addTriple(graph: KgGraph, resolution: Resolution, doc: ExtractedDocument, triple: Triple, places: Map<string, Set<string>>): void {
  if (!isActorMention(triple.subject) || !isActorMention(triple.object)) return;
  const source = resolution.keyOf({ doc: doc.id, mention: triple.subject });
  const target = resolution.keyOf({ doc: doc.id, mention: triple.object });
  if (source === undefined || target === undefined || source === target) return;
  for (const [key, mention] of [[source, triple.subject], [target, triple.object]] as const) {
    addActor(graph, resolution, key, doc.id);
    const seen = places.get(key) ?? new Set<string>();
    places.set(key, seen.add(`${doc.id}:${mention.nameSpan.start}`));
  }
  const evidence: Evidence = {
    doc: doc.id,
    sentence: triple.sentence,
    relation: triple.relation,
    start: triple.span.start,
    end: triple.span.end,
    text: doc.text.slice(triple.span.start, triple.span.end),
    flags: triple.flags,
    confidence: triple.confidence,
    ...(triple.complement === undefined ? {} : { complement: triple.complement }),
    ...(triple.setting === undefined ? {} : { setting: triple.setting }),
  };
  const edge = `${source}|${triple.lemma}|${target}`;
  if (graph.hasEdge(edge)) {
    const attributes = graph.getEdgeAttributes(edge);
    // the same sentence read twice the same way (e.g. two conjuncts of one name) is one piece of evidence
    if (!attributes.evidence.some((e) => e.doc === evidence.doc && e.start === evidence.start && e.end === evidence.end)) {
      attributes.evidence.push(evidence);
    }
    return;
  }
  graph.addDirectedEdgeWithKey(edge, source, target, {
    label: triple.relation,
    lemma: triple.lemma,
    weight: 1,
    evidence: [evidence],
    negated: false,
    hedged: false,
    tense: triple.flags.tense,
  });
}

function addActor(graph: KgGraph, resolution: Resolution, key: string, doc: string): void {
  const existing = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
  if (existing !== undefined) {
    if (existing.documents[existing.documents.length - 1] !== doc && !existing.documents.includes(doc)) existing.documents.push(doc);
    return;
  }
  const entity = resolution.entities.get(key)!;
  graph.addNode(key, { label: entity.label, type: entity.type, aliases: entity.aliases, mentions: 0, documents: [doc] });
}

/** Code-unit order, so the same documents sort the same on every machine. */
function byDateThenId(a: ExtractedDocument, b: ExtractedDocument): number {
  const [x, y] = [`${a.date ?? ''}\u0000${a.id}`, `${b.date ?? ''}\u0000${b.id}`];
  return x < y ? -1 : x > y ? 1 : 0;
}
