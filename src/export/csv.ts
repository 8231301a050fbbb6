/** Nodes and edges as two CSV tables (RFC 4180: quoted where needed, quotes doubled, CRLF line ends). */
import { flattenEdge, flattenNode, type FlatEdge, type FlatNode } from './flatten.js';
import type { ExportInput } from './input.js';

type Cell = string | number | boolean | undefined;

interface Column<Flat> {
  name: string;
  value(flat: Flat): Cell;
}

const NODE_COLUMNS: readonly Column<FlatNode>[] = [
  { name: 'key', value: (node) => node.key },
  { name: 'label', value: (node) => node.label },
  { name: 'type', value: (node) => node.type },
  { name: 'aliases', value: (node) => node.aliases },
  { name: 'mentions', value: (node) => node.mentions },
  { name: 'documents', value: (node) => node.documents },
  { name: 'x', value: (node) => node.x },
  { name: 'y', value: (node) => node.y },
  { name: 'size', value: (node) => node.size },
  { name: 'color', value: (node) => node.color },
];

const EDGE_COLUMNS: readonly Column<FlatEdge>[] = [
  { name: 'key', value: (edge) => edge.key },
  { name: 'source', value: (edge) => edge.source },
  { name: 'target', value: (edge) => edge.target },
  { name: 'label', value: (edge) => edge.label },
  { name: 'lemma', value: (edge) => edge.lemma },
  { name: 'weight', value: (edge) => edge.weight },
  { name: 'negated', value: (edge) => edge.negated },
  { name: 'hedged', value: (edge) => edge.hedged },
  { name: 'attributedTo', value: (edge) => edge.attributedTo },
  { name: 'modality', value: (edge) => edge.modality },
  { name: 'tense', value: (edge) => edge.tense },
  { name: 'evidence_count', value: (edge) => edge.evidence },
  { name: 'first_sentence', value: (edge) => edge.firstSentence },
  { name: 'first_document', value: (edge) => edge.firstDocument },
];

export function* csvNodePieces(input: ExportInput): Generator<string> {
  yield header(NODE_COLUMNS);
  for (const { key, attributes } of input.nodes()) yield row(NODE_COLUMNS, flattenNode(key, attributes));
}

export function* csvEdgePieces(input: ExportInput): Generator<string> {
  yield header(EDGE_COLUMNS);
  for (const { key, source, target, attributes } of input.edges()) {
    yield row(EDGE_COLUMNS, flattenEdge(key, source, target, attributes, input.documentById));
  }
}

/** A field is quoted only when it holds a quote, a comma or a line break; an absent value is an empty field. */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function header<Flat>(columns: readonly Column<Flat>[]): string {
  return `${columns.map((column) => column.name).join(',')}\r\n`;
}

function row<Flat>(columns: readonly Column<Flat>[], flat: Flat): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : ',') + csvField(columns[i]!.value(flat));
  return `${line}\r\n`;
}
