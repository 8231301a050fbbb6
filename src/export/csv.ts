/** Nodes and edges as two CSV tables (RFC 4180: quoted where needed, quotes doubled, CRLF line ends). */
import { flattenEdge, flattenNode, type FlatEdge, type FlatNode } from './flatten.js';
import type { ExportInput } from './input.js';
import type { ExportOptions } from './options.js';
import { csvText } from './spreadsheet-cells.js';

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

export function* csvNodePieces(input: ExportInput, options: ExportOptions): Generator<string> {
  const raw = options.raw === true;
  yield header(NODE_COLUMNS);
  for (const { key, attributes } of input.nodes()) yield row(NODE_COLUMNS, flattenNode(key, attributes), raw);
}

export function* csvEdgePieces(input: ExportInput, options: ExportOptions): Generator<string> {
  const raw = options.raw === true;
  yield header(EDGE_COLUMNS);
  for (const { key, source, target, attributes } of input.edges()) {
    yield row(EDGE_COLUMNS, flattenEdge(key, source, target, attributes, input.documentById), raw);
  }
}

/**
 * One field; an absent value is an empty one. Text is cleaned and, unless `raw`, kept from reading
 * as a formula; numbers and booleans are kg's own (`-3.25` is a position, not a formula) and are
 * written as they are. A field is quoted when it holds a quote, a comma or a line break, as RFC 4180
 * requires, and also a semicolon or a tab: a spreadsheet reading those as separators would otherwise
 * split the cell and start a new one with whatever follows.
 */
export function csvField(value: Cell, raw = false): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? csvText(value, raw) : String(value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function header<Flat>(columns: readonly Column<Flat>[]): string {
  return `${columns.map((column) => column.name).join(',')}\r\n`;
}

function row<Flat>(columns: readonly Column<Flat>[], flat: Flat, raw: boolean): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : ',') + csvField(columns[i]!.value(flat), raw);
  return `${line}\r\n`;
}
