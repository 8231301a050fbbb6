/** `GET /api/export/:file` over real HTTP: each format as a download, the right headers, formulas neutralised unless `?raw=1`, 404 for an unknown one, and a client that hangs up. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiError } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { generatedStore } from '../../bench/support/generated-graph.js';
import { csvRecords } from '../support/csv-reader.js';
import { exportText } from '../support/export-files.js';
import { formulaStore, HYPERLINK } from '../support/formula-store.js';
import { assertValidGexf } from '../support/graph-readers.js';
import { seedStore } from '../support/stores.js';

describe('GET /api/export/:file', function () {
  this.timeout(60000);
  let server: RunningServer;
  let folder: string;

  before(async () => {
    server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0, exportName: 'seeds' });
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-api-export-'));
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function download(file: string): Promise<{ type: string; disposition: string; text: string }> {
    const response = await fetch(`${server.url}/api/export/${file}`);
    assert.equal(response.status, 200, file);
    return { type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', text: await response.text() };
  }

  /** The same bytes `kg export` writes, but for the date, which is the time of the request. */
  const undated = (text: string): string => text.replace(/lastmodifieddate="[^"]+"/, '').replace(/<creator>[^<]+<\/creator>/, '').replace(/<desc>[^<]+<\/desc>/, '');

  it('sends GEXF as an attachment named after the store, valid against the GEXF 1.3 schema', async () => {
    const { type, disposition, text } = await download('gexf');
    assert.match(type, /^application\/gexf\+xml; charset=utf-8/);
    assert.equal(disposition, 'attachment; filename="seeds.gexf"');
    const file = path.join(folder, 'seeds.gexf');
    writeFileSync(file, text);
    assertValidGexf(file);
    assert.equal(undated(text), undated(exportText('gexf', server.state.store)));
  });

  it('sends GraphML, JSON and TSV, and CSV as nodes.csv and edges.csv', async () => {
    const expected: [string, RegExp, string][] = [
      ['graphml', /^application\/graphml\+xml/, 'seeds.graphml'],
      ['json', /^application\/json/, 'seeds.json'],
      ['tsv', /^text\/tab-separated-values/, 'seeds.tsv'],
      ['nodes.csv', /^text\/csv/, 'seeds-nodes.csv'],
      ['edges.csv', /^text\/csv/, 'seeds-edges.csv'],
    ];
    for (const [file, type, name] of expected) {
      const got = await download(file);
      assert.match(got.type, type, file);
      assert.equal(got.disposition, `attachment; filename="${name}"`);
      assert.equal(undated(got.text), undated(exportText(file, server.state.store)), file);
    }
    // the store's own checksum line is the one key a store in memory does not have
    const { checksum, ...json } = JSON.parse((await download('json')).text) as Record<string, unknown>;
    assert.match(String(checksum), /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(json, JSON.parse(JSON.stringify(server.state.store)));
  });

  it('answers an unknown format, csv itself included, with 404 and the list of downloads', async () => {
    for (const file of ['csv', 'xml', 'gexf.zip']) {
      const response = await fetch(`${server.url}/api/export/${file}`);
      assert.equal(response.status, 404, file);
      const body = (await response.json()) as ApiError;
      assert.equal(body.error, 'NotFound');
      assert.match(body.detail, /gexf, graphml, nodes\.csv, edges\.csv, json, tsv/);
    }
  });

  it('neutralises formulas in CSV and TSV downloads unless ?raw=1, and refuses any other raw', async () => {
    const formulas = await startServer({ store: formulaStore(), host: '127.0.0.1', port: 0 });
    try {
      const get = (query: string): Promise<Response> => fetch(`${formulas.url}/api/export/${query}`);
      const labels = async (query: string): Promise<string[]> => {
        const response = await get(query);
        assert.equal(response.status, 200, query);
        return csvRecords(await response.text()).map((record) => record['label']!);
      };
      assert.ok((await labels('nodes.csv')).includes(`'${HYPERLINK}`));
      assert.ok((await labels('nodes.csv?raw=1')).includes(HYPERLINK));
      assert.ok((await (await get('tsv')).text()).startsWith(`'${HYPERLINK} met Ashraf Ghani.\t`));
      assert.ok((await (await get('tsv?raw=1')).text()).startsWith(`${HYPERLINK} met Ashraf Ghani.\t`));
      const refused: [string, RegExp][] = [
        ['edges.csv?raw=yes', /^raw=yes: raw takes 1/],
        ['edges.csv?raw=1&raw=1', /^raw=1,1: raw takes 1/],
        ['gexf?raw=1', /^raw=1: only CSV and TSV guard their cells against formulas; gexf is sent as it is$/],
      ];
      for (const [query, detail] of refused) {
        const response = await get(query);
        assert.equal(response.status, 400, query);
        const body = (await response.json()) as ApiError;
        assert.equal(body.error, 'InvalidRequest', query);
        assert.match(body.detail, detail, query);
      }
    } finally {
      await formulas.close();
    }
  });

  it('keeps serving when a client hangs up in the middle of a large download', async () => {
    const big = await startServer({ store: generatedStore(20000, 100000), host: '127.0.0.1', port: 0 });
    try {
      const abort = new AbortController();
      const response = await fetch(`${big.url}/api/export/gexf`, { signal: abort.signal });
      assert.equal(response.headers.get('content-disposition'), 'attachment; filename="graph.gexf"');
      const reader = response.body!.getReader();
      const first = await reader.read();
      assert.ok(first.value !== undefined && first.value.length > 0);
      abort.abort();
      await reader.read().catch(() => undefined);
      const stats = await fetch(`${big.url}/api/stats`);
      assert.equal(stats.status, 200);
    } finally {
      await big.close();
    }
  });

  it('exports the current view (?view=1 with the page URL\'s parameters): the overview by default, then the filters, focus and expanded nodes; bad values named', async () => {
    const store = server.state.store;
    const json = async (query: string) => JSON.parse((await download(`json?${query}`)).text) as typeof store;
    const overview = store.graph.nodes.filter(({ attributes }) => attributes!.overview === true).map(({ key }) => key).sort();
    const plain = await json('view=1');
    assert.deepEqual(plain.graph.nodes.map(({ key }) => key).sort(), overview);
    assert.ok(plain.graph.edges.every(({ source, target }) => overview.includes(source) && overview.includes(target)));
    assert.equal((await download('gexf?view=1')).disposition, 'attachment; filename="seeds-view.gexf"');

    const everything = await json('view=1&concepts=1');
    assert.equal(everything.graph.nodes.length, store.graph.nodes.length);
    const noPlaces = await json('view=1&concepts=1&hide=place');
    assert.ok(noPlaces.graph.nodes.length < store.graph.nodes.length && noPlaces.graph.nodes.every(({ attributes }) => attributes!.type !== 'place'));
    const oneRelation = store.graph.edges[0]!.attributes!.lemma;
    const via = await json(`view=1&concepts=1&relation=${encodeURIComponent(oneRelation)}`);
    assert.ok(via.graph.edges.length > 0 && via.graph.edges.every(({ attributes }) => attributes!.lemma.toLowerCase().startsWith(oneRelation.toLowerCase())));
    const cited = new Set(via.graph.edges.flatMap(({ attributes }) => attributes!.evidence.map((e) => e.doc)));
    assert.deepEqual(via.documents.map((d) => d.id).sort(), [...cited].sort(), 'the view carries the documents its evidence cites, no others');

    // the seeds' overview holds actors; a concept comes in with a focused neighbour or as expanded
    const concept = store.graph.nodes.find(({ attributes }) => attributes!.type === 'concept')!.key;
    const neighbour = store.graph.edges.find(({ source, target }) => source === concept || target === concept)!;
    const focus = neighbour.source === concept ? neighbour.target : neighbour.source;
    assert.ok((await json(`view=1&focus=${encodeURIComponent(focus)}`)).graph.nodes.some(({ key }) => key === concept));
    assert.ok((await json(`view=1&also=${encodeURIComponent(concept)}`)).graph.nodes.some(({ key }) => key === concept));

    const file = path.join(folder, 'view.gexf');
    writeFileSync(file, (await download('gexf?view=1&without=hedged,negated')).text);
    assertValidGexf(file);

    for (const [query, message] of [['view=2', /view=2: view takes 1/], ['view=1&hide=planet', /hide=planet: not a type/], ['view=1&without=rumour', /without=rumour/], ['view=1&concepts=yes', /concepts=yes/], ['view=1&since=2020-02-30', /since=2020-02-30: since takes a day written YYYY-MM-DD/], ['view=1&until=June', /until=June/]] as const) {
      const response = await fetch(`${server.url}/api/export/json?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(((await response.json()) as ApiError).detail, message);
    }
  });
});
