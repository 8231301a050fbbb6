/**
 * The typed attributes GEXF and GraphML declare for nodes and edges, read from the flat records.
 * The label, the weight and the drawing (position, size, colour) are not here: each format has
 * its own place for them, where Gephi and networkx look.
 */
import type { FlatEdge, FlatNode } from './flatten.js';

export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean | undefined;

export interface DeclaredAttribute<Flat> {
  /** Used as both the id and the title, so every reader shows the same name. */
  name: string;
  type: AttributeType;
  /** `undefined` writes no value (an edge nobody is said to have reported). */
  value(flat: Flat): AttributeValue;
}

export const NODE_ATTRIBUTES: readonly DeclaredAttribute<FlatNode>[] = [
  { name: 'type', type: 'string', value: (node) => node.type },
  { name: 'aliases', type: 'string', value: (node) => node.aliases },
  { name: 'mentions', type: 'integer', value: (node) => node.mentions },
  { name: 'documents', type: 'integer', value: (node) => node.documents },
];

export const EDGE_ATTRIBUTES: readonly DeclaredAttribute<FlatEdge>[] = [
  { name: 'lemma', type: 'string', value: (edge) => edge.lemma },
  { name: 'negated', type: 'boolean', value: (edge) => edge.negated },
  { name: 'hedged', type: 'boolean', value: (edge) => edge.hedged },
  { name: 'attributedTo', type: 'string', value: (edge) => edge.attributedTo },
  { name: 'modality', type: 'string', value: (edge) => edge.modality },
  { name: 'tense', type: 'string', value: (edge) => edge.tense },
  { name: 'evidence', type: 'integer', value: (edge) => edge.evidence },
  { name: 'firstSentence', type: 'string', value: (edge) => edge.firstSentence },
  { name: 'firstDocument', type: 'string', value: (edge) => edge.firstDocument },
];
