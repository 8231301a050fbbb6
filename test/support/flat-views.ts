/**
 * What a reader should give back for each node and edge of a store, after an export in a
 * flattening format: the flat record, with every string as XML leaves it for the XML formats.
 */
import type { StoreContents } from '../../src/graph/store.js';
import { flattenEdge, flattenNode, type FlatEdge, type FlatNode } from '../../src/export/flatten.js';
import { storeInput } from '../../src/export/input.js';
import { xmlClean } from '../../src/export/xml.js';

export function flatNodes(store: StoreContents): FlatNode[] {
  return store.graph.nodes.map((node) => flattenNode(node.key, node.attributes!));
}

export function flatEdges(store: StoreContents): FlatEdge[] {
  const { documentById } = storeInput(store);
  return store.graph.edges.map((edge) => flattenEdge(edge.key!, edge.source, edge.target, edge.attributes!, documentById));
}

/** Every string field as an XML reader gets it back: characters XML forbids are gone. */
export function xmlCleaned<Flat extends object>(flat: Flat): Flat {
  return Object.fromEntries(Object.entries(flat).map(([name, value]) => [name, typeof value === 'string' ? xmlClean(value) : value])) as Flat;
}
