/** Evidence and edges as the API and query answers show them: each sentence with its document's title. */
import { NotFoundError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { Evidence } from '../types.js';
import type { EdgeView, EvidenceView, NodeRef } from '../server/api-types.js';

export function nodeRef(loaded: LoadedGraph, key: string): NodeRef {
  const { label, type } = loaded.graph.getNodeAttributes(key);
  return { key, label, type };
}

export function evidenceView(loaded: LoadedGraph, evidence: Evidence): EvidenceView {
  const doc = loaded.documents.get(evidence.doc);
  const sentence = doc?.sentences[evidence.sentence];
  // a sentence is always in its document; falling back to the span keeps a damaged store readable
  const [sentenceStart, sentenceEnd] = sentence === undefined ? [evidence.start, evidence.end] : [sentence.start, sentence.end];
  return {
    doc: evidence.doc,
    docTitle: doc?.title ?? evidence.doc,
    sentence: evidence.sentence,
    sentenceText: doc?.text.slice(sentenceStart, sentenceEnd) ?? evidence.text,
    sentenceStart,
    start: evidence.start,
    end: evidence.end,
    text: evidence.text,
    relation: evidence.relation,
    flags: evidence.flags,
    confidence: evidence.confidence,
    ...(evidence.complement === undefined ? {} : { complement: evidence.complement }),
    ...(evidence.setting === undefined ? {} : { setting: evidence.setting }),
  };
}

export function edgeView(loaded: LoadedGraph, key: string): EdgeView {
  const { graph } = loaded;
  if (!graph.hasEdge(key)) throw new NotFoundError(`no edge ${JSON.stringify(key)} in this graph`, key);
  const attributes = graph.getEdgeAttributes(key);
  return {
    key,
    source: nodeRef(loaded, graph.source(key)),
    target: nodeRef(loaded, graph.target(key)),
    label: attributes.label,
    lemma: attributes.lemma,
    weight: attributes.weight,
    negated: attributes.negated,
    hedged: attributes.hedged,
    tense: attributes.tense,
    ...(attributes.attributedTo === undefined ? {} : { attributedTo: attributes.attributedTo }),
    ...(attributes.modality === undefined ? {} : { modality: attributes.modality }),
    evidence: attributes.evidence.map((evidence) => evidenceView(loaded, evidence)),
  };
}
