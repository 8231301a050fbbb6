/**
 * A server on a PostgreSQL store answers as one on the store file does: the same JSON for search,
 * cards, edges, documents, the page's graph, stats and console queries, read per request from SQL.
 */
import assert from 'node:assert/strict';
import pg from 'pg';
import type { GraphPayload, QueryAnswer } from '../../src/api-types.js';
import type { StoreContents } from '../../src/graph/store.js';
import { serveSource, startServer, type ListeningServer } from '../../src/server/start.js';
import { storeName } from '../../src/store/postgres/connection.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { PgSource, READ_ONLY } from '../../src/store/postgres/serve/pg-source.js';
import { handBuiltStore } from '../support/hand-built.js';
import { initialise } from '../support/kg-database.js';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { endsWithin, startKg, until } from '../support/run-kg.js';
import { corpusStore, seedStore } from '../support/stores.js';

/** The SQL this process sends while `work` runs. */
async function sqlSent<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    // the parameters after the text, so a test can tell which keys were read
    if (text !== undefined) sql.push(`${text.replace(/\s+/g, ' ')} -- ${JSON.stringify(Array.isArray(args[1]) ? args[1] : [])}`);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    return { result: await work(), sql };
  } finally {
    pg.Client.prototype.query = query;
  }
}

/** The graph's tables read without a condition or a bound: what a server on a large store must never do. */
function unbounded(statement: string): boolean {
  // each SELECT on its own, subqueries included: `(SELECT count(*) FROM edges)` is a count, not a read
  return statement.split(/\bUNION\b|\(SELECT\b/i).some((part) => {
    const table = /\bFROM (nodes|edges|evidence|node_names|merges)\b/i.exec(part);
    if (table === null) return false;
    const aggregate = /^\s*(SELECT )?(count|max|sum)\(/i.test(part) || /\bGROUP BY type\b/i.test(part);
    return !aggregate && !/\bWHERE\b/i.test(part) && !/\bLIMIT\b/i.test(part);
  });
}

describe('serving from PostgreSQL', function () {
  this.timeout(300_000);
  let cluster: PgCluster;

  before(async () => {
    cluster = await startCluster();
  });
  after(async () => cluster?.stop());

  async function savedStore(contents: StoreContents): Promise<PgStore> {
    return savedStoreAt(await cluster.createDatabase(), contents);
  }

  async function savedStoreAt(url: string, contents: StoreContents): Promise<PgStore> {
    await initialise(url);
    const store = await PgStore.open(url);
    await store.save(contents);
    return store;
  }

  async function getJson(base: string, path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: await response.json() };
  }

  async function ask(base: string, query: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${base}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: response.status, body: await response.json() };
  }

  describe('on the seed graph', () => {
    let seeds: StoreContents;
    let store: PgStore;
    let file: ListeningServer;
    let sql: ListeningServer;

    before(async () => {
      seeds = await seedStore();
      store = await savedStore(seeds);
      file = await startServer({ store: seeds, host: '127.0.0.1', port: 0 });
      sql = await serveSource(new PgSource(store), { host: '127.0.0.1', port: 0, readOnly: READ_ONLY });
    });
    after(async () => {
      await file?.close();
      await sql?.close();
      await store?.close();
    });

    /** The same status and the same JSON from both servers. */
    async function same(path: string): Promise<void> {
      assert.deepEqual(await getJson(sql.url, path), await getJson(file.url, path), `GET ${path}`);
    }

    it('gives every card, edge and document as the file-backed server does', async () => {
      for (const node of seeds.graph.nodes) await same(`/api/nodes/${encodeURIComponent(node.key)}`);
      for (const edge of seeds.graph.edges) await same(`/api/edges/${encodeURIComponent(edge.key!)}`);
      for (const doc of seeds.documents) await same(`/api/documents/${doc.id}`);
      await same('/api/nodes/no-such-actor');
      await same('/api/edges/no%7Csuch%7Cedge');
      await same('/api/documents/0000');
    });

    it('finds the same actors in the same order, by any name and any part of one', async () => {
      for (const q of ['blinken', 'BLINK', 'b', 'a', 'u.s.', 'us', 'united', 'ghani', 'secretary', 'taliban', 'zzz', '  ', 'state department']) {
        for (const limit of [1, 10, 50]) await same(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
      }
    });

    it('answers console queries with the same JSON, filters included', async () => {
      const queries = [
        'path Blinken -> Taliban', 'path Blinken -- Taliban', 'path US -> Afghanistan -hedged', 'path Ghani -> Khalilzad +concepts',
        'path Ghani -> Khalilzad -concepts', 'path Blinken -> Blinken', 'paths Blinken -> Ghani k 5 max 4', 'paths US -- Turkey k 3 max 3 -negated', 'paths Blinken -- Taliban k 4 max 5',
        'neighbors Blinken depth 1', 'neighbors Blinken depth 2', 'neighbors US depth 2 -hedged', 'neighbors Ghani depth 3 +concepts',
        'edges from US', 'edges from US rel ask', 'edges rel ask', 'edges to Ghani', 'edges from Blinken to Ghani', 'edges', 'edges rel write -hedged',
        'find bl', 'find a', 'show Blinken', 'show US -hedged', 'show Ghani since 2021-01-01', 'show Ghani until 2021-12-31 -hedged', 'find gh until 2020-01-01',
        'help', 'path Nobody -> Blinken', 'path Blinkn -> Ghani', 'show secretary', 'path Blinken ->', 'neighbors Blinken depth 2 via ask',
      ];
      const statuses: number[] = [];
      for (const query of queries) {
        const answer = await ask(file.url, query);
        assert.deepEqual(await ask(sql.url, query), answer, query);
        statuses.push(answer.status);
      }
      // the comparison is worth something only if most queries found something to answer
      assert.ok(statuses.filter((status) => status === 200).length >= queries.length - 5, statuses.join(' '));
    });

    it('draws the same graph and stats when the graph is smaller than the page asks for; fewer nodes when it is not', async () => {
      await same('/api/graph?scope=overview');
      await same('/api/graph?scope=all');
      await same('/api/graph');
      await same('/api/stats');
      await same('/api/stats?top=3');
      const part = (await getJson(sql.url, '/api/graph?scope=all&limit=5')).body as GraphPayload;
      const whole = (await getJson(file.url, '/api/graph?scope=all')).body as GraphPayload;
      assert.equal(part.nodes.length, 5);
      assert.deepEqual([part.total, part.types, part.days], [whole.total, whole.types, whole.days]);
      const keys = new Set(part.nodes.map((node) => node.key));
      assert.ok(part.edges.every((edge) => keys.has(edge.source) && keys.has(edge.target)), 'edges among the nodes sent only');
    });

    it('is what `kg serve` runs with KG_STORE set: it names the store, never the password, and stops on SIGTERM', async () => {
      const url = await cluster.createDatabase();
      await (await savedStoreAt(url, seeds)).close();
      const kg = startKg(['serve', '--port', '0'], { env: { KG_STORE: url } });
      await until(() => /at http:\/\/127\.0\.0\.1:\d+/.test(kg.stdout), kg);
      const base = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(kg.stdout)![1]!;
      const found = (await getJson(base, '/api/search?q=blinken')).body as { results: { key: string }[] };
      assert.equal(found.results[0]?.key, 'antony-blinken');
      kg.child.kill('SIGTERM');
      const run = await endsWithin(kg, 10_000);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`Serving ${storeName(url).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} at`));
      assert.ok(!`${run.stdout}${run.stderr}`.includes(new URL(url).password), 'the password is never printed');
    });

    it('exports the same files, read whole from the store', async () => {
      for (const download of ['nodes.csv', 'edges.csv', 'tsv', 'json', 'edges.csv?view=1&without=hedged']) {
        const [a, b] = await Promise.all([fetch(`${sql.url}/api/export/${download}`), fetch(`${file.url}/api/export/${download}`)]);
        assert.equal(a.status, 200, download);
        assert.equal(await a.text(), await b.text(), download);
      }
    });

    it('refuses writes, saying where documents go instead', async () => {
      const response = await fetch(`${sql.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"A met B."}' });
      assert.equal(response.status, 405);
      assert.match(((await response.json()) as { detail: string }).detail, /kg ingest/);
    });

    it('never reads the graph’s tables without a condition or a bound', async () => {
      const { sql: sent } = await sqlSent(async () => {
        await getJson(sql.url, '/api/graph?scope=overview');
        await getJson(sql.url, '/api/search?q=a');
        await getJson(sql.url, '/api/nodes/antony-blinken');
        await getJson(sql.url, '/api/stats');
        for (const query of ['path Blinken -> Taliban', 'paths US -> Ghani k 3 max 3', 'neighbors US depth 3', 'edges', 'show US', 'find a']) await ask(sql.url, query);
      });
      assert.ok(sent.some((statement) => /FROM edges WHERE source = ANY/.test(statement)), 'the walks read edges by their ends');
      assert.deepEqual(sent.filter(unbounded), []);
    });
  });

  describe('on the Wikinews corpus (15,000 nodes: paths that grow over several frontiers, names shared by many actors)', () => {
    let corpus: StoreContents;
    let store: PgStore;
    let file: ListeningServer;
    let sql: ListeningServer;

    before(async () => {
      corpus = await corpusStore();
      store = await savedStore(corpus);
      file = await startServer({ store: corpus, host: '127.0.0.1', port: 0 });
      sql = await serveSource(new PgSource(store), { host: '127.0.0.1', port: 0 });
    });
    after(async () => {
      await file?.close();
      await sql?.close();
      await store?.close();
    });

    it('answers cards, searches and console queries with the same JSON', async () => {
      const { nodes } = corpus.graph;
      // a spread of actors: every 97th, so hubs and leaves alike
      for (let i = 0; i < nodes.length; i += 97) {
        const path = `/api/nodes/${encodeURIComponent(nodes[i]!.key)}`;
        assert.deepEqual(await getJson(sql.url, path), await getJson(file.url, path), path);
      }
      for (const q of ['trump', 'u', 'new', 'united states', 'pres', 'john', 'minister']) {
        const path = `/api/search?q=${encodeURIComponent(q)}&limit=50`;
        assert.deepEqual(await getJson(sql.url, path), await getJson(file.url, path), path);
      }
      const queries = [
        'path Trump -> Putin', 'path Trump -- Merkel', 'path Boris Johnson -- Bolsonaro -hedged', 'path Trump -- Greta Thunberg +concepts',
        'paths Trump -- Putin k 5 max 3', 'neighbors Putin depth 2', 'neighbors Trump depth 2 -concepts', 'edges from Trump rel say', 'edges rel meet',
        'show Trump', 'find john', 'path John -- Trump', 'show minister', 'path Trump -> Pelosi since 2020-01-01',
      ];
      let answered = 0;
      for (const query of queries) {
        const expected = await ask(file.url, query);
        assert.deepEqual(await ask(sql.url, query), expected, query);
        if (expected.status === 200) answered++;
      }
      assert.ok(answered >= queries.length - 3, `${answered} of ${queries.length} queries answered`);
    });
  });

  describe('path search over frontiers', () => {
    // A—B—C—D—E along the arrows, plus a shortcut A—X—E told only with hedging, and a long tail off E
    const chain = handBuiltStore([
      { from: 'Alpha', relation: 'meet', to: 'Bravo' },
      { from: 'Bravo', relation: 'meet', to: 'Charlie' },
      { from: 'Charlie', relation: 'meet', to: 'Delta' },
      { from: 'Delta', relation: 'meet', to: 'Echo' },
      { from: 'Alpha', relation: 'call', to: 'Xray', evidence: [{ hedged: true }] },
      { from: 'Xray', relation: 'call', to: 'Echo', evidence: [{ hedged: true }] },
      ...Array.from({ length: 30 }, (_, i) => ({ from: i === 0 ? 'Echo' : `Tail ${i}`, relation: 'follow', to: `Tail ${i + 1}` })),
    ]);
    let store: PgStore;
    let file: ListeningServer;
    let sql: ListeningServer;

    before(async () => {
      store = await savedStore(chain);
      file = await startServer({ store: chain, host: '127.0.0.1', port: 0 });
      sql = await serveSource(new PgSource(store), { host: '127.0.0.1', port: 0 });
    });
    after(async () => {
      await file?.close();
      await sql?.close();
      await store?.close();
    });

    const hopsOf = (body: unknown): string[] => ((body as QueryAnswer).path?.nodes ?? []).map((node) => node.key);

    it('reads the frontiers its two-sided search grows, one SQL query each, and nothing beyond the meeting point', async () => {
      const { result, sql: sent } = await sqlSent(() => ask(sql.url, 'path Alpha -> Echo'));
      assert.deepEqual(hopsOf(result.body), ['alpha', 'xray', 'echo']);
      const frontiers = sent.filter((statement) => /FROM edges WHERE source = ANY/.test(statement));
      assert.ok(frontiers.length >= 2 && frontiers.length <= 3, `${frontiers.length} frontier queries`);
      // the tail lies beyond the meeting point: it is never read
      assert.ok(sent.some((statement) => /tail-1\b/.test(statement)), 'the edges at Echo are read');
      assert.ok(!sent.some((statement) => /tail-3\b/.test(statement)), 'nothing two steps down the tail is');
    });

    it('reads on when the filters refuse the way first found, and finds the shortest path they allow', async () => {
      const { result, sql: sent } = await sqlSent(() => ask(sql.url, 'path Alpha -> Echo -hedged'));
      assert.deepEqual(hopsOf(result.body), ['alpha', 'bravo', 'charlie', 'delta', 'echo']);
      assert.deepEqual(result, await ask(file.url, 'path Alpha -> Echo -hedged'));
      assert.ok(sent.filter((statement) => /FROM edges WHERE source = ANY/.test(statement)).length >= 4, 'four frontiers read');
    });

    it('answers as the file-backed server does when no path follows the arrows, and for paths up to a length', async () => {
      for (const query of ['path Echo -> Alpha', 'path Alpha -- Echo -hedged', 'path Tail 30 -> Alpha -hedged', 'paths Alpha -> Echo k 3 max 4', 'paths Alpha -- Tail 5 k 2 max 9']) {
        assert.deepEqual(await ask(sql.url, query), await ask(file.url, query), query);
      }
    });
  });
});
