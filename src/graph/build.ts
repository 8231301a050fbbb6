/** Builds the graph from extracted documents: resolved actors as nodes, one edge per (subject, lemma, object). */
import { MultiDirectedGraph } from 'graphology';
import type { AliasMerge, AliasOverride, EdgeAttributes, Evidence, ExtractedDocument, Mention, NodeAttributes, ResolvedPronoun, Triple } from '../types.js';
import { spokenOfAsPeople } from '../resolve/04-short-names.js';
import { resolveMentions, type Entity, type MentionRecord, type Resolution } from '../resolve/index.js';
import { roleCue } from '../resolve/role-cues.js';
import { nameSurface } from '../resolve/surface.js';
import { documentConceptKey, isNoThing, sharedConcepts, showsName, type ConceptReading, type ScopedTriple } from './concept-scope.js';
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
export function buildGraph(documents: readonly ExtractedDocument[], overrides: readonly AliasOverride[] = []): BuiltGraph {
  const ordered = [...documents].sort(byDateThenId);
  const dates = new Map(ordered.map((doc) => [doc.id, doc.date]));
  const texts = new Map(ordered.map((doc) => [doc.id, `${doc.title}\n${doc.text}`]));
  const resolution = resolveMentions(ordered.flatMap(mentionRecords), { dates, texts, overrides, spokenOf: spokenOfAsPeople(ordered) });
  const ends = ordered.map((doc) => doc.triples.map((triple) => endsOf(doc, triple, resolution)));
  const shared = sharedConcepts(ends.flat(), (key) => resolution.entities.get(key)!.label);
  const nodeOf = (doc: string, end: ConceptReading): string | undefined =>
    end.key === undefined || !end.isConcept || shared.has(end.key) ? end.key : documentConceptKey(end.key, doc);
  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const places = new Map<string, Set<string>>(); // node → the places in the text that name it
  const kept = new Map<string, Map<string, number>>(); // a document's own concept → its surface forms there
  ordered.forEach((doc, d) => {
    doc.triples.forEach((triple, t) => {
      const { subject, object } = ends[d]![t]!;
      const [source, target] = [nodeOf(doc.id, subject), nodeOf(doc.id, object)];
      if (source === undefined || target === undefined || source === target) return;
      for (const [key, end, mention] of [[source, subject, triple.subject], [target, object, triple.object]] as const) {
        addActor(graph, resolution.entities.get(end.key!)!, key, doc.id);
        const seen = places.get(key) ?? new Set<string>();
        places.set(key, seen);
        // a pronoun or a description names nobody: the node's mentions count its names
        if (mention.antecedent === undefined) seen.add(`${doc.id}:${mention.nameSpan.start}`);
        if (key !== end.key) count(kept, key, nameSurface(mention.name));
      }
      addEvidence(graph, doc, triple, source, target);
    });
  });
  // a name read in several triples of one sentence is still one mention
  for (const [node, seen] of places) graph.setNodeAttribute(node, 'mentions', seen.size);
  for (const [node, forms] of kept) graph.setNodeAttribute(node, 'aliases', Object.fromEntries([...forms].sort(([a], [b]) => (a < b ? -1 : 1))));
  graph.forEachEdge((edge, attributes) => graph.mergeEdgeAttributes(edge, summariseEvidence(attributes.evidence, attributes.lemma)));
  return { graph, merges: resolution.merges };
}

/** Whether a mention can be a node: clauses and pronouns stand for something said elsewhere. */
const isActorMention = (mention: Mention): boolean => mention.clause !== true && mention.pronoun !== true;

/**
 * A pronoun or a description read as a person (`he`, `the president`) stands in the graph for that
 * person's name, which resolution reads elsewhere in the document, so neither is ever an alias; any
 * other pronoun is left out.
 */
function standIn(mention: Mention): Mention | undefined {
  if (mention.antecedent === undefined) return isActorMention(mention) ? mention : undefined;
  const { name, nameSpan, type } = mention.antecedent;
  return { start: nameSpan.start, end: nameSpan.end, text: name, name, nameSpan, type: type ?? 'person', typeSource: 'fallback' };
}

/** Evidence read through a pronoun or a description is as sure as its reading and the resolver's together. */
const RESOLVED_CONFIDENCE = 0.8;

function mentionRecords(doc: ExtractedDocument): MentionRecord[] {
  return doc.triples.flatMap((triple) =>
    (['subject', 'object'] as const)
      .filter((role) => isActorMention(triple[role]))
      .map((role) => ({ doc: doc.id, mention: triple[role], cue: roleCue(triple.lemma, role) })),
  );
}

/** What each end of a triple resolved to; no key for a pronoun, a clause, an idiom's noun or a measure. */
function endsOf(doc: ExtractedDocument, triple: Triple, resolution: Resolution): ScopedTriple {
  const read = (written: Mention): ConceptReading => {
    const mention = standIn(written);
    if (mention === undefined || isNoThing(triple, mention)) return { key: undefined, isConcept: false };
    const key = resolution.keyOf({ doc: doc.id, mention });
    if (key === undefined || resolution.entities.get(key)!.type !== 'concept') return { key, isConcept: false };
    return { key, isConcept: true, showsName: showsName(mention, doc.text, doc.sentences[triple.sentence]?.start ?? 0) };
  };
  return { doc: doc.id, subject: read(triple.subject), object: read(triple.object) };
}

function resolvedEnds(triple: Triple): ResolvedPronoun[] {
  return (['subject', 'object'] as const).flatMap((end) => {
    const { antecedent, name, nameSpan } = triple[end];
    return antecedent === undefined ? [] : [{ end, pronoun: name, pronounSpan: nameSpan, antecedent }];
  });
}

function addEvidence(graph: KgGraph, doc: ExtractedDocument, triple: Triple, source: string, target: string): void {
  const resolved = resolvedEnds(triple);
  const evidence: Evidence = {
    doc: doc.id,
    sentence: triple.sentence,
    relation: triple.relation,
    start: triple.span.start,
    end: triple.span.end,
    text: doc.text.slice(triple.span.start, triple.span.end),
    flags: triple.flags,
    confidence: resolved.length > 0 ? triple.confidence * RESOLVED_CONFIDENCE : triple.confidence,
    ...(resolved.length > 0 ? { resolved } : {}),
    ...(triple.complement === undefined ? {} : { complement: triple.complement }),
    ...(triple.setting === undefined ? {} : { setting: triple.setting }),
    ...(triple.construction === 'passive' ? { passive: true as const } : {}),
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

function addActor(graph: KgGraph, entity: Entity, key: string, doc: string): void {
  const existing = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
  if (existing !== undefined) {
    if (existing.documents[existing.documents.length - 1] !== doc && !existing.documents.includes(doc)) existing.documents.push(doc);
    return;
  }
  graph.addNode(key, { label: entity.label, type: entity.type, aliases: entity.aliases, mentions: 0, documents: [doc] });
}

function count(counts: Map<string, Map<string, number>>, key: string, form: string): void {
  const forms = counts.get(key) ?? new Map<string, number>();
  counts.set(key, forms.set(form, (forms.get(form) ?? 0) + 1));
}

/** Code-unit order, so the same documents sort the same on every machine. */
function byDateThenId(a: ExtractedDocument, b: ExtractedDocument): number {
  const [x, y] = [`${a.date ?? ''}\u0000${a.id}`, `${b.date ?? ''}\u0000${b.id}`];
  return x < y ? -1 : x > y ? 1 : 0;
}
