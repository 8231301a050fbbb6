/**
 * GraphML on the seed graph and a graph of awkward text: networkx's `read_graphml` reads every
 * node and edge with typed values, and graphology-graphml's parser gives back the same values.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { FlatEdge, FlatNode } from '../../src/export/flatten.js';
import type { StoreContents } from '../../src/graph/store.js';
import { awkwardStore } from '../support/awkward-store.js';
import { exportText, exportToFile } from '../support/export-files.js';
import { flatEdges, flatNodes, xmlCleaned } from '../support/flat-views.js';
import { readWithNetworkx } from '../support/graph-readers.js';
import { seedStore } from '../support/stores.js';

/** graphology-graphml turns the `r`, `g`, `b` keys back into one `#rrggbb` colour. */
function parsedNode(flat: FlatNode): Record<string, unknown> {
  const { key: _key, rgb: _rgb, ...attributes } = flat;
  return attributes;
}

function parsedEdge(flat: FlatEdge): Record<string, unknown> {
  const { key: _key, source: _source, target: _target, ...attributes } = flat;
  return attributes;
}

function assertRoundTrip(store: StoreContents): void {
  const parsed = parse(MultiDirectedGraph, exportText('graphml', store));
  const nodes = flatNodes(store).map(xmlCleaned);
  const edges = flatEdges(store).map(xmlCleaned);
  assert.deepEqual([parsed.order, parsed.size], [nodes.length, edges.length]);
  for (const node of nodes) assert.deepEqual(parsed.getNodeAttributes(node.key), parsedNode(node), node.key);
  for (const edge of edges) {
    assert.deepEqual(parsed.extremities(edge.key), [edge.source, edge.target], edge.key);
    assert.deepEqual(parsed.getEdgeAttributes(edge.key), parsedEdge(edge), edge.key);
  }
}

describe('GraphML export', function () {
  this.timeout(120000);
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-graphml-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('of the seed graph is read by networkx with every node and edge, and typed values', async () => {
    const store = await seedStore();
    const file = await exportToFile('graphml', store, path.join(folder, 'seeds.graphml'));
    const read = readWithNetworkx(file, 'graphml', true);
    assert.deepEqual([read.nodes, read.edges], [store.graph.nodes.length, store.graph.edges.length]);
    const blinken = read.nodeData?.['antony-blinken'];
    assert.equal(blinken?.['label'], 'Antony Blinken');
    assert.equal(typeof blinken?.['mentions'], 'number');
    assert.equal(typeof blinken?.['x'], 'number');
    const edge = read.edgeData?.find(([, , key]) => key.startsWith('antony-blinken|offer|comprehensive-plan--'));
    assert.deepEqual([edge?.[3]['hedged'], edge?.[3]['weight']], [true, 1]);
  });

  it('of the seed graph reads back through graphology-graphml with the same nodes, edges and values', async () => {
    assertRoundTrip(await seedStore());
  });

  it('of awkward text is read by networkx and graphology-graphml with every value, less the characters XML forbids', async () => {
    const file = await exportToFile('graphml', awkwardStore(), path.join(folder, 'awkward.graphml'));
    const read = readWithNetworkx(file, 'graphml', true);
    assert.equal(read.kind, 'MultiDiGraph', 'the two relations from one actor to Ghani are parallel edges');
    assert.equal(read.nodeData?.['mullah-baradar-sons-kabul-ltd']?.['label'], 'Mullah "Baradar" & <Sons>, Kabul 🇦🇫 Ltd');
    assertRoundTrip(awkwardStore());
  });
});
