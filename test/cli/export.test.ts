/** `kg export` end to end on the seeds: every format to a file or stdout, CSV's layouts, formulas neutralised or --raw, bad formats, atomic writes. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../src/cli/atomic-file.js';
import { loadStore, saveStore } from '../../src/graph/store.js';
import type { StoreContents } from '../../src/graph/store.js';
import { csvRecords } from '../support/csv-reader.js';
import { formulaStore, HYPERLINK } from '../support/formula-store.js';
import { assertValidGexf, readWithNetworkx } from '../support/graph-readers.js';
import { runKg } from '../support/run-kg.js';
import { seedStore } from '../support/stores.js';

describe('kg export', function () {
  this.timeout(120000);
  let folder: string;
  let graph: string;
  let store: StoreContents;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
    graph = path.join(folder, 'seeds.json');
    store = await seedStore();
    await saveStore(graph, store);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const summary = /^Wrote .+ \(\d+ actors, \d+ relations\)\n$/;

  it('--format gexf writes a file the GEXF 1.3 schema and networkx accept, and says so', async () => {
    const out = path.join(folder, 'seeds.gexf');
    const run = await runKg(['export', '--graph', graph, '--format', 'gexf', '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, summary);
    assertValidGexf(out);
    assert.equal(readWithNetworkx(out, 'gexf').edges, store.graph.edges.length);
    assert.match(readFileSync(out, 'utf8'), /<creator>kg \d+\.\d+\.\d+<\/creator>/);
  });

  it('--format graphml, json and tsv write their files; the JSON is a store kg reads back', async () => {
    for (const format of ['graphml', 'json', 'tsv']) {
      const run = await runKg(['export', '-g', graph, '-f', format, '-o', path.join(folder, `out.${format}`)]);
      assert.equal(run.code, 0, `${format}: ${run.stderr}`);
    }
    assert.equal(readWithNetworkx(path.join(folder, 'out.graphml'), 'graphml').nodes, store.graph.nodes.length);
    assert.deepEqual(await loadStore(path.join(folder, 'out.json')), store);
    assert.equal(readFileSync(path.join(folder, 'out.tsv'), 'utf8').split('\n').length - 1, store.documents.reduce((n, d) => n + d.triples.length, 0));
  });

  it('--format csv into a folder writes nodes.csv and edges.csv; to NAME.csv writes NAME-nodes.csv and NAME-edges.csv', async () => {
    const tables = path.join(folder, 'tables') + path.sep;
    assert.equal((await runKg(['export', '-g', graph, '-f', 'csv', '-o', tables])).code, 0);
    assert.deepEqual(readdirSync(tables).sort(), ['edges.csv', 'nodes.csv']);
    assert.ok(readFileSync(path.join(tables, 'nodes.csv'), 'utf8').startsWith('key,label,type,'));
    const named = await runKg(['export', '-g', graph, '-f', 'csv', '-o', path.join(folder, 'seeds.csv')]);
    assert.equal(named.code, 0, named.stderr);
    assert.ok(existsSync(path.join(folder, 'seeds-nodes.csv')) && existsSync(path.join(folder, 'seeds-edges.csv')));
    assert.ok(!existsSync(path.join(folder, 'seeds.csv')));
  });

  it('--out - writes to stdout; CSV needs --table there, being two tables', async () => {
    const gexf = await runKg(['export', '-g', graph, '-f', 'gexf', '-o', '-']);
    assert.equal(gexf.code, 0, gexf.stderr);
    assert.ok(gexf.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf'));
    assert.ok(gexf.stdout.endsWith('</gexf>\n'));
    const edges = await runKg(['export', '-g', graph, '-f', 'csv', '--table', 'edges', '-o', '-']);
    assert.equal(edges.code, 0, edges.stderr);
    assert.ok(edges.stdout.startsWith('key,source,target,'));
    const both = await runKg(['export', '-g', graph, '-f', 'csv', '-o', '-']);
    assert.equal(both.code, 1);
    assert.match(both.stderr, /--table nodes or --table edges/);
  });

  it('CSV and TSV put a quote before a cell that opens with a formula; --raw writes it as it is', async () => {
    const formulas = path.join(folder, 'formulas.json');
    await saveStore(formulas, formulaStore());
    const labels = async (...flags: string[]): Promise<string[]> => {
      const run = await runKg(['export', '-g', formulas, '-f', 'csv', '--table', 'nodes', '-o', '-', ...flags]);
      assert.equal(run.code, 0, run.stderr);
      assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      return csvRecords(run.stdout).map((record) => record['label']!);
    };
    assert.ok((await labels()).includes(`'${HYPERLINK}`));
    assert.ok((await labels('--raw')).includes(HYPERLINK));
    const tsv = path.join(folder, 'formulas.tsv');
    assert.equal((await runKg(['export', '-g', formulas, '-f', 'tsv', '-o', tsv, '--raw'])).code, 0);
    assert.ok(readFileSync(tsv, 'utf8').startsWith(`${HYPERLINK} met Ashraf Ghani.\t0.9\tmet\t${HYPERLINK}\t`));
  });

  it('--raw with a format that has no cells to guard fails in one line and writes nothing', async () => {
    const out = path.join(folder, 'raw.gexf');
    const run = await runKg(['export', '-g', graph, '-f', 'gexf', '-o', out, '--raw']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /--raw: only CSV and TSV guard their cells against formulas; gexf is written as it is/);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.ok(!existsSync(out));
  });

  it('an unknown format fails with the list of formats and writes nothing', async () => {
    const out = path.join(folder, 'seeds.xml');
    const run = await runKg(['export', '-g', graph, '-f', 'xml', '-o', out]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /gexf, graphml, csv, json, tsv/);
    assert.ok(!existsSync(out));
  });

  it('refuses to write over the store it exports, and leaves the store as it was', async () => {
    const before = readFileSync(graph);
    const run = await runKg(['export', '-g', graph, '-f', 'json', '-o', graph]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /is the store being exported/);
    assert.deepEqual(readFileSync(graph), before);
  });

  it('a missing store fails with one line and no file', async () => {
    const out = path.join(folder, 'missing.gexf');
    const run = await runKg(['export', '-g', path.join(folder, 'nope.json'), '-f', 'gexf', '-o', out]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /nope\.json: no such store/);
    assert.ok(!existsSync(out));
  });

  it('a write that fails half way leaves the old file and no temporary one behind', async () => {
    const place = path.join(folder, 'atomic');
    mkdirSync(place);
    const file = path.join(place, 'graph.gexf');
    writeFileSync(file, 'the previous export');
    await assert.rejects(
      writeFileAtomically(file, async (out) => {
        out.write('<?xml version="1.0"?>\n<gexf>');
        throw new Error('the export broke');
      }),
      /the export broke/,
    );
    assert.deepEqual(readdirSync(place), ['graph.gexf']);
    assert.equal(readFileSync(file, 'utf8'), 'the previous export');
  });
});
