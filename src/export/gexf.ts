/**
 * GEXF 1.3 that Gephi opens as a directed multigraph and that passes the official RELAX NG schema
 * and networkx: declared, typed attributes, unique edge ids, `viz:*` from the layout, `<meta>`,
 * and `start` days for Gephi's timeline when the documents are dated.
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type DeclaredAttribute } from './attributes.js';
import { FirstDays } from './first-days.js';
import { flattenEdge, flattenNode, type FlatNode } from './flatten.js';
import type { ExportInput } from './input.js';
import { isoDate, type ExportOptions } from './options.js';
import { xmlAttribute, xmlEscape } from './xml.js';

/**
 * Yields the file piece by piece (one node or edge at a time), for `writeChunks`. No `xsi:`
 * attributes on the root: RELAX NG has no exemption for them, and no reader needs them.
 */
export function* gexfPieces(input: ExportInput, options: ExportOptions): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta${xmlAttribute('lastmodifieddate', isoDate(options.now))}>\n`;
  yield `    <creator>${xmlEscape(options.creator)}</creator>\n`;
  yield `    <description>${xmlEscape(describe(input))}</description>\n`;
  yield '  </meta>\n';
  const days = new FirstDays(input.documentById);
  // dated documents make a timeline: each node and edge `start`s on its first day (Gephi's timeline
  // shows the graph growing); an element without a dated document has no `start` and is there throughout
  yield days.any ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' : '  <graph defaultedgetype="directed" mode="static">\n';
  yield declarations('node', NODE_ATTRIBUTES);
  yield declarations('edge', EDGE_ATTRIBUTES);
  yield `    <nodes${xmlAttribute('count', input.order)}>\n`;
  for (const { key, attributes } of input.nodes()) yield node(flattenNode(key, attributes), days.of(attributes.documents));
  yield '    </nodes>\n';
  // always written, even empty: the schema requires <edges>
  yield `    <edges${xmlAttribute('count', input.size)}>\n`;
  for (const { key, source, target, attributes } of input.edges()) {
    const flat = flattenEdge(key, source, target, attributes, input.documentById);
    // the key `subject|lemma|object` is unique, so parallel edges (two relations between one pair) keep apart
    yield `      <edge${xmlAttribute('id', key)}${xmlAttribute('source', source)}${xmlAttribute('target', target)}` +
      `${xmlAttribute('label', flat.label)}${xmlAttribute('weight', flat.weight)}${start(days.ofEvidence(attributes.evidence))}>\n` +
      `${attvalues(EDGE_ATTRIBUTES, flat)}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function describe(input: ExportInput): string {
  return `Who did what to whom, read from ${input.documents.length} document(s): ${input.order} actors, ${input.size} relations.`;
}

function declarations<Flat>(of: 'node' | 'edge', declared: readonly DeclaredAttribute<Flat>[]): string {
  const lines = declared.map(({ name, type }) => `      <attribute${xmlAttribute('id', name)}${xmlAttribute('title', name)}${xmlAttribute('type', type)}/>\n`);
  return `    <attributes class="${of}">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<Flat>(declared: readonly DeclaredAttribute<Flat>[], flat: Flat): string {
  let values = '';
  for (const attribute of declared) {
    const value = attribute.value(flat);
    if (value !== undefined) values += `          <attvalue${xmlAttribute('for', attribute.name)}${xmlAttribute('value', value)}/>\n`;
  }
  return values === '' ? '' : `        <attvalues>\n${values}        </attvalues>\n`;
}

/** GEXF's `start` as an `xsd:date`, or nothing. */
function start(day: string | undefined): string {
  return day === undefined ? '' : xmlAttribute('start', day);
}

function node(flat: FlatNode, firstDay: string | undefined): string {
  let viz = '';
  // r, g, b rather than `hex`: networkx cannot read GEXF 1.3's hex colours
  if (flat.rgb !== undefined) viz += `        <viz:color${xmlAttribute('r', flat.rgb.r)}${xmlAttribute('g', flat.rgb.g)}${xmlAttribute('b', flat.rgb.b)}/>\n`;
  if (flat.size !== undefined) viz += `        <viz:size${xmlAttribute('value', flat.size)}/>\n`;
  if (flat.x !== undefined && flat.y !== undefined) viz += `        <viz:position${xmlAttribute('x', flat.x)}${xmlAttribute('y', flat.y)} z="0"/>\n`;
  return `      <node${xmlAttribute('id', flat.key)}${xmlAttribute('label', flat.label)}${start(firstDay)}>\n${attvalues(NODE_ATTRIBUTES, flat)}${viz}      </node>\n`;
}
