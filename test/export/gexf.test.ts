/**
 * GEXF on the seed graph, the corpus graph and a graph of awkward text: the official GEXF 1.3
 * RELAX NG schema accepts it, networkx reads every node and edge (parallel edges as a
 * MultiDiGraph), and graphology-gexf's parser gives back the same nodes, edges and values.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { FlatEdge, FlatNode } from '../../src/export/flatten.js';
import { emptyStore } from '../../src/graph/corpus.js';
import type { StoreContents } from '../../src/graph/store.js';
import { AWKWARD_ACTOR, awkwardStore } from '../support/awkward-store.js';
import { exportText, exportToFile } from '../support/export-files.js';
import { flatEdges, flatNodes, xmlCleaned } from '../support/flat-views.js';
import { assertValidGexf, readWithNetworkx } from '../support/graph-readers.js';
import { handBuiltStore } from '../support/hand-built.js';
import { corpusStore, seedStore } from '../support/stores.js';

/** The attributes graphology-gexf's parser gives a node: viz colours come back as `rgb(r,g,b)`, and z as 0. */
function parsedNode(flat: FlatNode): Record<string, unknown> {
  const view: Record<string, unknown> = { label: flat.label, type: flat.type, aliases: flat.aliases, mentions: flat.mentions, documents: flat.documents };
  if (flat.rgb !== undefined) view['color'] = `rgb(${flat.rgb.r},${flat.rgb.g},${flat.rgb.b})`;
  if (flat.size !== undefined) view['size'] = flat.size;
  if (flat.x !== undefined) Object.assign(view, { x: flat.x, y: flat.y, z: 0 });
  return view;
}

function parsedEdge(flat: FlatEdge): Record<string, unknown> {
  const { key: _key, source: _source, target: _target, ...attributes } = flat;
  return attributes;
}

/** Writes the store as GEXF, reads it back with graphology-gexf and compares every node and edge. */
function assertRoundTrip(store: StoreContents): void {
  const parsed = parse(MultiDirectedGraph, exportText('gexf', store));
  const nodes = flatNodes(store).map(xmlCleaned);
  const edges = flatEdges(store).map(xmlCleaned);
  assert.equal(parsed.order, nodes.length);
  assert.equal(parsed.size, edges.length);
  for (const node of nodes) assert.deepEqual(parsed.getNodeAttributes(node.key), parsedNode(node), node.key);
  for (const edge of edges) {
    assert.ok(parsed.hasEdge(edge.key), `no edge ${edge.key}`);
    assert.deepEqual(parsed.extremities(edge.key), [edge.source, edge.target], edge.key);
    assert.deepEqual(parsed.getEdgeAttributes(edge.key), parsedEdge(edge), edge.key);
  }
}

describe('GEXF export', function () {
  this.timeout(180000);
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-gexf-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('of the seed graph passes the official GEXF 1.3 RELAX NG schema, and networkx reads every node and edge', async () => {
    const store = await seedStore();
    const file = await exportToFile('gexf', store, path.join(folder, 'seeds.gexf'));
    assertValidGexf(file);
    const read = readWithNetworkx(file, 'gexf');
    assert.deepEqual([read.nodes, read.edges], [store.graph.nodes.length, store.graph.edges.length]);
  });

  it('of the seed graph reads back through graphology-gexf with the same nodes, edges and attribute values', async () => {
    assertRoundTrip(await seedStore());
  });

  it('of the corpus graph passes the schema, and networkx reads every node and edge', async () => {
    const store = await corpusStore();
    const file = await exportToFile('gexf', store, path.join(folder, 'corpus.gexf'));
    assertValidGexf(file);
    const read = readWithNetworkx(file, 'gexf');
    assert.deepEqual([read.nodes, read.edges], [store.graph.nodes.length, store.graph.edges.length]);
    assert.equal(read.kind, 'MultiDiGraph');
  });

  it('of the corpus graph reads back through graphology-gexf with the same nodes, edges and values', async () => {
    assertRoundTrip(await corpusStore());
  });

  it('escapes quotes, ampersands, angle brackets and emoji and drops the control characters and lone surrogates XML forbids: schema and networkx', async () => {
    const file = await exportToFile('gexf', awkwardStore(), path.join(folder, 'awkward.gexf'));
    assertValidGexf(file);
    const read = readWithNetworkx(file, 'gexf', true);
    assert.equal(read.nodeData?.['mullah-baradar-sons-kabul-ltd']?.['label'], 'Mullah "Baradar" & <Sons>, Kabul 🇦🇫 Ltd');
    const answered = read.edgeData?.find(([, , key]) => key.startsWith('ashraf-ghani|answered'));
    assert.equal(answered?.[3]['label'], 'answered\twith\nlines\r\nand more', 'tabs and line breaks survive as character references');
  });

  it('of awkward text reads back through graphology-gexf with every value, less the characters XML forbids', () => {
    assertRoundTrip(awkwardStore());
    const text = exportText('gexf', awkwardStore());
    assert.ok(AWKWARD_ACTOR.includes('\u0001') && AWKWARD_ACTOR.includes('\ud800'));
    assert.doesNotMatch(text, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, 'a control character reached the file');
    assert.doesNotMatch(text, /\p{Cs}/u, 'a lone surrogate reached the file');
    assert.ok(text.includes('🇦🇫'), 'the emoji flag is kept');
  });

  it('keeps parallel edges apart: two relations between one pair are two edges with their own ids, a MultiDiGraph in networkx', async () => {
    const store = handBuiltStore([
      { from: 'Antony Blinken', relation: 'wrote to', to: 'Ashraf Ghani' },
      { from: 'Antony Blinken', relation: 'met', to: 'Ashraf Ghani' },
    ]);
    const file = await exportToFile('gexf', store, path.join(folder, 'parallel.gexf'));
    assertValidGexf(file);
    const read = readWithNetworkx(file, 'gexf', true);
    assert.equal(read.kind, 'MultiDiGraph');
    assert.deepEqual(read.edgeData?.map(([source, target, key]) => [source, target, key]), [
      ['antony-blinken', 'ashraf-ghani', 'antony-blinken|wrote to|ashraf-ghani'],
      ['antony-blinken', 'ashraf-ghani', 'antony-blinken|met|ashraf-ghani'],
    ]);
  });

  it('names kg and the export date in <meta>, declares typed attributes, and writes colours as r, g, b', () => {
    const text = exportText('gexf', awkwardStore());
    assert.match(text, /<gexf xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz" version="1\.3">/);
    assert.match(text, /<meta lastmodifieddate="2024-05-01">\s*<creator>kg test<\/creator>\s*<description>[^<]+<\/description>\s*<\/meta>/);
    assert.match(text, /<graph defaultedgetype="directed" mode="static">/);
    assert.match(text, /<attribute id="mentions" title="mentions" type="integer"\/>/);
    assert.match(text, /<attribute id="negated" title="negated" type="boolean"\/>/);
    assert.match(text, /<viz:color r="213" g="94" b="0"\/>/);
    assert.ok(!text.includes('hex='), 'networkx cannot read hex colours');
    assert.ok(!text.includes('xsi:'), 'RELAX NG has no exemption for xsi attributes');
  });

  it('of dated documents is dynamic: each edge starts on its first evidence day, each node on its first document day, undated ones stay static; schema and networkx', async () => {
    // Blinken wrote to Ghani in a document of 2020-03-01 and again in one of 2019-05-02 (given with a time);
    // Khalilzad met Ghani only in an undated document
    const store = handBuiltStore([
      { from: 'Antony Blinken', relation: 'wrote to', to: 'Ashraf Ghani', evidence: [{ doc: 0 }, { doc: 1 }] },
      { from: 'Zalmay Khalilzad', relation: 'met', to: 'Ashraf Ghani', evidence: [{ doc: 2 }] },
    ]);
    const [first, second, undated] = store.documents;
    first!.date = '2020-03-01';
    second!.date = '2019-05-02T08:30:00Z';
    assert.equal(undated!.date, undefined);
    const documentsOf: Record<string, string[]> = { 'antony-blinken': [first!.id, second!.id], 'ashraf-ghani': [first!.id, second!.id, undated!.id], 'zalmay-khalilzad': [undated!.id] };
    for (const node of store.graph.nodes) node.attributes!.documents = documentsOf[node.key]!;
    const text = exportText('gexf', store);
    assert.match(text, /<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    const file = await exportToFile('gexf', store, path.join(folder, 'dated.gexf'));
    assertValidGexf(file);
    const read = readWithNetworkx(file, 'gexf', true);
    const nodeStarts = Object.fromEntries(Object.entries(read.nodeData ?? {}).map(([key, data]) => [key, data['start']]));
    assert.deepEqual(nodeStarts, { 'antony-blinken': '2019-05-02', 'ashraf-ghani': '2019-05-02', 'zalmay-khalilzad': undefined });
    const edgeStarts = Object.fromEntries((read.edgeData ?? []).map(([, , key, data]) => [key, data['start']]));
    assert.deepEqual(edgeStarts, { 'antony-blinken|wrote to|ashraf-ghani': '2019-05-02', 'zalmay-khalilzad|met|ashraf-ghani': undefined });
  });

  it('of the corpus graph is dynamic: every edge starts on the day of its earliest evidence, every node on its first document, read so by networkx', async () => {
    const store = await corpusStore();
    const file = await exportToFile('gexf', store, path.join(folder, 'corpus-dates.gexf'));
    const read = readWithNetworkx(file, 'gexf', true);
    const dayOf = new Map(store.documents.map((doc) => [doc.id, doc.date?.slice(0, 10)]));
    const earliest = (docs: string[]): string | undefined => docs.map((doc) => dayOf.get(doc)).filter((day) => day !== undefined).sort()[0];
    const edgeData = new Map(read.edgeData!.map(([, , key, data]) => [key, data]));
    let dated = 0;
    for (const edge of store.graph.edges) {
      const data = edgeData.get(edge.key!);
      const expected = earliest(edge.attributes!.evidence.map((evidence) => evidence.doc));
      assert.equal(data?.['start'], expected, edge.key!);
      if (expected !== undefined) dated++;
    }
    for (const node of store.graph.nodes) assert.equal(read.nodeData?.[node.key]?.['start'], earliest(node.attributes!.documents), node.key);
    // every corpus article has a date
    assert.equal(dated, store.graph.edges.length);
  });

  it('writes <viz:*> only for a laid-out node, and <edges> even for a graph without any', async () => {
    const bare = handBuiltStore([{ from: 'Antony Blinken', relation: 'wrote to', to: 'Ashraf Ghani' }]);
    assert.ok(!exportText('gexf', bare).includes('<viz:'));
    const empty = exportText('gexf', emptyStore());
    assert.match(empty, /<nodes count="0">\s*<\/nodes>\s*<edges count="0">\s*<\/edges>/);
    const file = await exportToFile('gexf', emptyStore(), path.join(folder, 'empty.gexf'));
    assertValidGexf(file);
  });
});
