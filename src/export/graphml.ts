/**
 * GraphML that networkx (`read_graphml`) and Gephi read: one typed key per attribute, the label,
 * weight, position, size and colour under the names Gephi's importer looks for (`label`, `weight`,
 * `x`, `y`, `size`, `r`, `g`, `b`), and the edge key as the edge id.
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType, type DeclaredAttribute } from './attributes.js';
import { flattenEdge, flattenNode, type FlatEdge, type FlatNode } from './flatten.js';
import type { ExportInput } from './input.js';
import type { ExportOptions } from './options.js';
import { xmlAttribute, xmlEscape } from './xml.js';

const NODE_KEYS: readonly DeclaredAttribute<FlatNode>[] = [
  { name: 'label', type: 'string', value: (node) => node.label },
  ...NODE_ATTRIBUTES,
  { name: 'x', type: 'double', value: (node) => node.x },
  { name: 'y', type: 'double', value: (node) => node.y },
  { name: 'size', type: 'double', value: (node) => node.size },
  { name: 'r', type: 'integer', value: (node) => node.rgb?.r },
  { name: 'g', type: 'integer', value: (node) => node.rgb?.g },
  { name: 'b', type: 'integer', value: (node) => node.rgb?.b },
];

const EDGE_KEYS: readonly DeclaredAttribute<FlatEdge>[] = [
  { name: 'label', type: 'string', value: (edge) => edge.label },
  { name: 'weight', type: 'double', value: (edge) => edge.weight },
  ...EDGE_ATTRIBUTES,
];

/** GraphML spells `integer` as `int`. */
const GRAPHML_TYPES: Record<AttributeType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

/** Key ids must be unique across nodes and edges (both have a `label`), hence the prefix. */
const keyId = (of: 'node' | 'edge', name: string): string => `${of === 'node' ? 'n' : 'e'}-${name}`;

export function* graphmlPieces(input: ExportInput, options: ExportOptions): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield `  <desc>${xmlEscape(`${options.creator}: ${input.order} actors, ${input.size} relations`)}</desc>\n`;
  yield keys('node', NODE_KEYS);
  yield keys('edge', EDGE_KEYS);
  yield '  <graph id="kg" edgedefault="directed">\n';
  for (const { key, attributes } of input.nodes()) {
    yield `    <node${xmlAttribute('id', key)}>\n${data('node', NODE_KEYS, flattenNode(key, attributes))}    </node>\n`;
  }
  for (const { key, source, target, attributes } of input.edges()) {
    const flat = flattenEdge(key, source, target, attributes, input.documentById);
    yield `    <edge${xmlAttribute('id', key)}${xmlAttribute('source', source)}${xmlAttribute('target', target)}>\n${data('edge', EDGE_KEYS, flat)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function keys<Flat>(of: 'node' | 'edge', declared: readonly DeclaredAttribute<Flat>[]): string {
  return declared
    .map(({ name, type }) => `  <key${xmlAttribute('id', keyId(of, name))} for="${of}"${xmlAttribute('attr.name', name)}${xmlAttribute('attr.type', GRAPHML_TYPES[type])}/>\n`)
    .join('');
}

function data<Flat>(of: 'node' | 'edge', declared: readonly DeclaredAttribute<Flat>[], flat: Flat): string {
  let lines = '';
  for (const attribute of declared) {
    const value = attribute.value(flat);
    if (value !== undefined) lines += `      <data${xmlAttribute('key', keyId(of, attribute.name))}>${typeof value === 'string' ? xmlEscape(value) : String(value)}</data>\n`;
  }
  return lines;
}
