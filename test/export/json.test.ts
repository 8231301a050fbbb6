/** JSON: a kg store that `loadStore` reads back whole, every character kept, from a store or a loaded graph alike. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { loadStore } from '../../src/graph/store.js';
import { jsonPieces } from '../../src/export/json.js';
import { loadedInput } from '../../src/export/input.js';
import { AWKWARD_ACTOR, awkwardStore } from '../support/awkward-store.js';
import { formulaStore } from '../support/formula-store.js';
import { exportText, exportToFile } from '../support/export-files.js';
import { seedStore } from '../support/stores.js';

describe('JSON export', function () {
  this.timeout(60000);
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-json-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('of the seed graph is a store loadStore reads back equal: graph, documents, lexicon and merges', async () => {
    const store = await seedStore();
    const file = await exportToFile('json', store, path.join(folder, 'seeds.json'));
    assert.deepEqual(await loadStore(file), store);
  });

  it('of awkward text keeps every character, control characters and the lone surrogate too', async () => {
    const store = awkwardStore();
    const file = await exportToFile('json', store, path.join(folder, 'awkward.json'));
    const read = await loadStore(file);
    assert.deepEqual(read, store);
    assert.equal(read.graph.nodes.find((node) => node.key === 'mullah-baradar-sons-kabul-ltd')?.attributes?.label, AWKWARD_ACTOR);
  });

  it('escapes every control character (JSON.stringify writes \\u0000 and the like), so the only one in the file is the line break between elements', () => {
    const store = formulaStore();
    const text = exportText('json', store);
    assert.doesNotMatch(text.replace(/\n/g, ''), /[\u0000-\u001F]/);
    assert.ok(text.includes('Mullah\\u0000 Baradar\\u0001\\u001b[31m'), 'NUL, SOH and ESC are written as escapes');
    // documents and graph, not the whole file: the file's own keys (format, version) are not what this pins
    const read = JSON.parse(text) as typeof store;
    assert.deepEqual([read.documents, read.graph], JSON.parse(JSON.stringify([store.documents, store.graph])));
  });

  it('writes one node, edge or document a line', async () => {
    const store = await seedStore();
    const lines = exportText('json', store).split('\n');
    assert.ok(lines.length > store.documents.length + store.graph.nodes.length + store.graph.edges.length);
  });

  it('from a loaded graph gives the same graph (the loaded form keeps no lexicon)', async () => {
    const store = await seedStore();
    const text = [...jsonPieces(loadedInput(new LoadedGraph(store)))].join('');
    const read = JSON.parse(text) as typeof store;
    assert.deepEqual(read.graph.nodes, store.graph.nodes);
    assert.deepEqual(read.graph.edges, JSON.parse(JSON.stringify(store.graph.edges)));
    assert.deepEqual(read.documents, store.documents);
    assert.deepEqual(read.lexicon, {});
    assert.equal(read.merges.length, store.merges.length);
  });
});
