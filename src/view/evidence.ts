/** Evidence and edges as the API and query answers show them: each sentence with its document's title, day and link, and the triple marked. */
import { NotFoundError } from '../errors/index.js';
import { documentDay } from '../graph/document-day.js';
import { evidenceSentence } from '../graph/evidence-sentence.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { Evidence } from '../types.js';
import type { EdgeView, EvidenceView, NodeRef } from '../api-types.js';
import { tripleMarks } from './triple-marks.js';

export function nodeRef(loaded: LoadedGraph, key: string): NodeRef {
  const { label, type } = loaded.graph.getNodeAttributes(key);
  return { key, label, type };
}

export function evidenceView(loaded: LoadedGraph, evidence: Evidence): EvidenceView {
  const doc = loaded.documents.get(evidence.doc);
  const sentence = evidenceSentence(evidence, doc);
  const view: EvidenceView = {
    doc: evidence.doc,
    docTitle: doc?.title ?? evidence.doc,
    source: doc?.source ?? evidence.doc,
    sentence: evidence.sentence,
    sentenceText: sentence.text,
    sentenceStart: sentence.start,
    start: evidence.start,
    end: evidence.end,
    text: evidence.text,
    relation: evidence.relation,
    flags: evidence.flags,
    confidence: evidence.confidence,
    marks: tripleMarks(evidence, doc),
  };
  const day = documentDay(doc?.date);
  if (day !== undefined) view.date = day;
  if (doc?.url !== undefined) view.url = doc.url;
  // optional fields are set only when present (answers go out as JSON; plain assignment is cheaper than spreads)
  if (evidence.complement !== undefined) view.complement = evidence.complement;
  if (evidence.setting !== undefined) view.setting = evidence.setting;
  if (evidence.resolved !== undefined) view.resolved = evidence.resolved;
  return view;
}

/**
 * Cards and query answers carry this many pieces of evidence per edge, the first read; `weight`
 * counts them all and GET /api/edges/:id gives every one. A hub's card stays small to send.
 */
export const EVIDENCE_IN_SUMMARIES = 3;

/** `evidenceLimit` keeps the first pieces only (for summaries); without it, all of them. */
export function edgeView(loaded: LoadedGraph, key: string, evidenceLimit = Infinity): EdgeView {
  const { graph } = loaded;
  if (!graph.hasEdge(key)) throw new NotFoundError(`no edge ${JSON.stringify(key)} in this graph`, key);
  const attributes = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const view: EdgeView = {
    key,
    source: nodeRef(loaded, source),
    target: nodeRef(loaded, target),
    label: attributes.label,
    lemma: attributes.lemma,
    weight: attributes.weight,
    negated: attributes.negated,
    hedged: attributes.hedged,
    tense: attributes.tense,
    evidence: attributes.evidence.slice(0, evidenceLimit).map((evidence) => evidenceView(loaded, evidence)),
  };
  if (attributes.attributedTo !== undefined) view.attributedTo = attributes.attributedTo;
  if (attributes.modality !== undefined) view.modality = attributes.modality;
  return view;
}
