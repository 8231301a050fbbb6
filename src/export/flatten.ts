/**
 * Nodes and edges as flat records of scalars, for the formats that cannot hold lists or objects
 * (GEXF, GraphML, CSV): the one place that decides what is kept and how.
 */
import { evidenceSentence } from '../graph/evidence-sentence.js';
import type { EdgeAttributes, Evidence, ExtractedDocument, NodeAttributes } from '../types.js';

/** Between the names of `aliases`: a bar is rare in a name and reads as "or". */
export const ALIAS_SEPARATOR = ' | ';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface FlatNode {
  key: string;
  label: string;
  type: string;
  /** Every surface form, the most often read first. */
  aliases: string;
  mentions: number;
  /** How many documents name it (the ids mean nothing outside the store; the JSON export keeps them). */
  documents: number;
  /** Present only when the graph has been laid out. */
  x?: number;
  y?: number;
  size?: number;
  /** `#rrggbb`, and the same as numbers: GEXF readers and Gephi want r, g, b, not hex. */
  color?: string;
  rgb?: Rgb;
}

export interface FlatEdge {
  key: string;
  source: string;
  target: string;
  label: string;
  lemma: string;
  weight: number;
  negated: boolean;
  hedged: boolean;
  attributedTo?: string;
  modality?: string;
  tense: string;
  /** How many pieces of evidence stand behind it. */
  evidence: number;
  /** The sentence of its first piece of evidence, whole, and the document it is in. */
  firstSentence: string;
  firstDocument: string;
}

export type DocumentLookup = ReadonlyMap<string, ExtractedDocument>;

export function flattenNode(key: string, attributes: NodeAttributes): FlatNode {
  const flat: FlatNode = {
    key,
    label: attributes.label,
    type: attributes.type,
    aliases: aliasList(attributes.aliases),
    mentions: attributes.mentions,
    documents: attributes.documents.length,
  };
  // plain assignments, not spreads: this runs once per node of graphs with a million edges
  if (isFiniteNumber(attributes.x) && isFiniteNumber(attributes.y)) {
    flat.x = attributes.x;
    flat.y = attributes.y;
  }
  if (isFiniteNumber(attributes.size) && attributes.size >= 0) flat.size = attributes.size;
  const rgb = attributes.color === undefined ? undefined : hexToRgb(attributes.color);
  if (rgb !== undefined) {
    flat.color = attributes.color!.toLowerCase();
    flat.rgb = rgb;
  }
  return flat;
}

export function flattenEdge(key: string, source: string, target: string, attributes: EdgeAttributes, documents: DocumentLookup): FlatEdge {
  const first = attributes.evidence[0];
  const flat: FlatEdge = {
    key,
    source,
    target,
    label: attributes.label,
    lemma: attributes.lemma,
    weight: attributes.weight,
    negated: attributes.negated,
    hedged: attributes.hedged,
    tense: attributes.tense,
    evidence: attributes.evidence.length,
    firstSentence: first === undefined ? '' : sentenceOf(first, documents),
    firstDocument: first?.doc ?? '',
  };
  if (attributes.attributedTo !== undefined) flat.attributedTo = attributes.attributedTo;
  if (attributes.modality !== undefined) flat.modality = attributes.modality;
  return flat;
}

/** Most often read first; ties keep the store's order, so the same store gives the same text. */
export function aliasList(aliases: Readonly<Record<string, number>>): string {
  return Object.entries(aliases)
    .sort((a, b) => b[1] - a[1])
    .map(([alias]) => alias)
    .join(ALIAS_SEPARATOR);
}

/**
 * The whole sentence behind a piece of evidence, as `evidenceView` shows it; a store damaged
 * outside kg may lack the document, and then the evidence's own text stands in.
 */
export function sentenceOf(evidence: Evidence, documents: DocumentLookup): string {
  return evidenceSentence(evidence, documents.get(evidence.doc)).text;
}

export function hexToRgb(color: string): Rgb | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (match === null) return undefined;
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
