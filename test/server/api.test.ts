/** The JSON API over real HTTP on a free port: every route on the seed graph, and every error as `{error, detail}`. */
import assert from 'node:assert/strict';
import type { ApiError, DocumentView, EdgeView, GraphPayload, NodeCard, QueryAnswer, SearchResults, StatsView } from '../../src/api-types.js';
import { MAX_JSON_DEPTH } from '../../src/server/json-depth.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { seedStore } from '../support/stores.js';

describe('the JSON API on the seed graph', function () {
  this.timeout(60000);
  let server: RunningServer;

  before(async () => {
    server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0, bodyLimit: '2kb' });
  });
  after(() => server.close());

  async function get<T>(path: string, status = 200): Promise<T> {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, status, `GET ${path}`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    return (await response.json()) as T;
  }

  async function post<T>(path: string, body: string, status = 200, type = 'application/json'): Promise<T> {
    const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
    assert.equal(response.status, status, `POST ${path} ${body.slice(0, 60)}`);
    return (await response.json()) as T;
  }

  const edgeUrl = (key: string): string => `/api/edges/${encodeURIComponent(key)}`;

  it('listens on loopback', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('GET /api/graph gives every node with a position, size and colour, and every edge with flag counts', async () => {
    const payload = await get<GraphPayload>('/api/graph');
    const { graph } = server.state.loaded;
    assert.equal(payload.nodes.length, graph.order);
    assert.equal(payload.edges.length, graph.size);
    for (const node of payload.nodes) {
      assert.ok(Number.isFinite(node.x) && Number.isFinite(node.y), node.key);
      assert.ok(node.size > 0 && /^#[0-9a-f]{6}$/.test(node.color), node.key);
    }
    const spread = new Set(payload.nodes.map((node) => `${node.x},${node.y}`));
    assert.equal(spread.size, payload.nodes.length, 'no two nodes share a position');
    const hedged = payload.edges.find((edge) => edge.key.startsWith('antony-blinken|offer|comprehensive-plan--'));
    // one piece of evidence, hedged only: counted at flags index 1
    assert.deepEqual([hedged?.weight, hedged?.flagCounts], [1, [0, 1, 0, 0, 0, 0, 0, 0]]);
    const resolved = payload.edges.filter((edge) => edge.flagCounts.slice(4).some((count) => count > 0));
    assert.ok(resolved.some((edge) => edge.key.startsWith('zalmay-khalilzad|discuss|')), 'the seeds’ “he discussed” is counted as read through a pronoun');
    assert.deepEqual(payload.types.map((t) => t.type).sort(), ['concept', 'group', 'organization', 'person', 'place']);
    assert.equal(payload.types.reduce((sum, t) => sum + t.count, 0), payload.nodes.length);
  });

  it('GET /api/search finds by alias prefix, any case, the exact and best-connected first', async () => {
    const found = await get<SearchResults>('/api/search?q=BLINK');
    assert.equal(found.results[0]?.key, 'antony-blinken');
    assert.equal(found.results[0]?.label, 'Antony Blinken');
    const bySurname = await get<SearchResults>('/api/search?q=ghani');
    assert.equal(bySurname.results[0]?.key, 'ashraf-ghani');
    const byAlias = await get<SearchResults>('/api/search?q=anthony');
    assert.deepEqual(byAlias.results.map((hit) => [hit.key, hit.matched]), [['antony-blinken', 'Anthony Blinken']]);
    assert.equal((await get<SearchResults>('/api/search?q=zzzz')).results.length, 0);
    assert.equal((await get<SearchResults>('/api/search?q=a&limit=3')).results.length, 3);
  });

  it('GET /api/search refuses a missing query or a bad limit with 400', async () => {
    const missing = await get<ApiError>('/api/search', 400);
    assert.equal(missing.error, 'InvalidRequest');
    assert.match(missing.detail, /"q"/);
    assert.equal((await get<ApiError>('/api/search?q=a&limit=0', 400)).error, 'InvalidRequest');
    assert.equal((await get<ApiError>('/api/search?q=a&limit=abc', 400)).error, 'InvalidRequest');
  });

  it('GET /api/nodes/:id gives aliases with merge reasons and relations grouped by lemma, with sentences', async () => {
    const card = await get<NodeCard>('/api/nodes/antony-blinken');
    assert.equal(card.type, 'person');
    assert.ok(card.aliases.some((a) => a.alias === 'Anthony Blinken'));
    assert.ok(card.merges.some((m) => m.alias === 'Anthony Blinken' && /spelling/i.test(m.reason)), JSON.stringify(card.merges));
    const wrote = card.out.find((group) => group.lemma === 'write to');
    assert.equal(wrote?.label, 'wrote to');
    const toGhani = wrote?.edges.find((edge) => edge.other.key === 'ashraf-ghani');
    assert.ok(toGhani, 'wrote to → Ashraf Ghani');
    for (const evidence of toGhani.evidence) {
      assert.ok(evidence.sentenceText.includes(evidence.text), evidence.text);
      assert.equal(evidence.sentenceText.indexOf(evidence.text), evidence.start - evidence.sentenceStart);
      assert.ok(evidence.docTitle.length > 0);
    }
    assert.ok(card.in.length > 0 || card.out.length > 1);
    assert.equal(card.documents.length, 4);
  });

  it('GET /api/nodes/:id answers 404 for an unknown actor', async () => {
    const missing = await get<ApiError>('/api/nodes/no-such-actor', 404);
    assert.deepEqual(Object.keys(missing).sort(), ['detail', 'error']);
    assert.equal(missing.error, 'NotFound');
    assert.match(missing.detail, /no-such-actor/);
  });

  it('GET /api/edges/:id gives the evidence: sentence, document title and span', async () => {
    const edge = await get<EdgeView>(edgeUrl('antony-blinken|urge|ashraf-ghani'));
    assert.equal(edge.source.label, 'Antony Blinken');
    assert.equal(edge.target.label, 'Ashraf Ghani');
    assert.equal(edge.evidence.length, edge.weight);
    const seen = edge.evidence[0]!;
    const doc = server.state.loaded.documents.get(seen.doc)!;
    assert.equal(doc.text.slice(seen.start, seen.end), seen.text);
    assert.equal(seen.docTitle, doc.title);
    assert.match(seen.sentenceText, /Blinken urged Ghani/);
    assert.equal((await get<ApiError>(edgeUrl('a|b|c'), 404)).error, 'NotFound');
  });

  it('GET /api/documents/:id gives the text with every evidence span marked, in order', async () => {
    const [id] = server.state.loaded.documents.keys();
    const doc = await get<DocumentView>(`/api/documents/${id}`);
    assert.ok(doc.text.length > 0 && doc.marks.length > 0 && doc.sentences.length > 0);
    for (const mark of doc.marks) {
      assert.ok(mark.start < mark.end && mark.end <= doc.text.length);
      assert.ok(server.state.loaded.graph.hasEdge(mark.edge), mark.edge);
    }
    assert.deepEqual(doc.marks.map((m) => m.start), [...doc.marks.map((m) => m.start)].sort((a, b) => a - b));
    assert.equal((await get<ApiError>('/api/documents/0000000000000000', 404)).error, 'NotFound');
  });

  it('POST /api/query answers path US -> Afghanistan with a path whose every hop has evidence', async () => {
    const answer = await post<QueryAnswer>('/api/query', JSON.stringify({ query: 'path US -> Afghanistan' }));
    assert.equal(answer.kind, 'path');
    const path = answer.path!;
    assert.equal(path.nodes[0]?.key, 'united-states');
    assert.equal(path.nodes.at(-1)?.key, 'afghanistan');
    assert.equal(path.hops.length, path.nodes.length - 1);
    for (const hop of path.hops) assert.ok(hop.evidence.length > 0, hop.edge);
    assert.match(answer.text, /United States/);
  });

  it('POST /api/query answers neighbors, with the actor first and edges among the neighbours', async () => {
    const answer = await post<QueryAnswer>('/api/query', JSON.stringify({ query: 'neighbors ghani' }));
    assert.equal(answer.nodes[0]?.key, 'ashraf-ghani');
    assert.ok(answer.nodes.some((n) => n.key === 'antony-blinken'));
    const listed = new Set(answer.nodes.map((n) => n.key));
    for (const edge of answer.edges) assert.ok(listed.has(edge.source.key) && listed.has(edge.target.key));
  });

  it('POST /api/query: a syntax error is 400 InvalidQuery with its position; an unknown name is 404', async () => {
    const syntax = await post<ApiError>('/api/query', JSON.stringify({ query: 'path Blinken Taliban' }), 400);
    assert.equal(syntax.error, 'InvalidQuery');
    assert.equal(syntax.position, 'path Blinken Taliban'.length);
    const unknown = await post<ApiError>('/api/query', JSON.stringify({ query: 'path Blinkn -> Taliban' }), 404);
    assert.equal(unknown.error, 'NotFound');
    assert.match(unknown.detail, /Antony Blinken/, 'suggests the closest name');
  });

  it('POST /api/query refuses bad bodies: not JSON, no query, the wrong type, over the size limit', async () => {
    assert.equal((await post<ApiError>('/api/query', '{"query":', 400)).error, 'InvalidRequest');
    assert.equal((await post<ApiError>('/api/query', '{}', 400)).error, 'InvalidRequest');
    assert.equal((await post<ApiError>('/api/query', '{"query": 3}', 400)).error, 'InvalidRequest');
    assert.equal((await post<ApiError>('/api/query', 'path a -> b', 400, 'text/plain')).error, 'InvalidRequest');
    const big = JSON.stringify({ query: `find ${'x'.repeat(4000)}` });
    assert.equal((await post<ApiError>('/api/query', big, 413)).error, 'PayloadTooLarge');
  });

  it('POST /api/query refuses JSON nested deeper than the limit before parsing it, and JSON in a charset other than UTF-8', async () => {
    const deep = await post<ApiError>('/api/query', `{"query":${'['.repeat(1000)}${']'.repeat(1000)}}`, 400);
    assert.deepEqual([deep.error, deep.detail], ['InvalidRequest', `the JSON body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`]);
    const atLimit = `{"query":"find blinken","extra":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
    assert.equal((await post<QueryAnswer>('/api/query', atLimit)).kind, 'find');
    const utf16 = await fetch(`${server.url}/api/query`, {
      method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16le' }, body: Buffer.from('{"query":"find blinken"}', 'utf16le'),
    });
    assert.equal(utf16.status, 415);
    assert.match(((await utf16.json()) as ApiError).detail, /unsupported charset "UTF-16LE"; send JSON as UTF-8/);
  });

  it('GET /api/stats gives the counts', async () => {
    const stats = await get<StatsView>('/api/stats');
    assert.equal(stats.documents, 4);
    assert.equal(stats.nodes, server.state.loaded.graph.order);
    assert.equal((await get<ApiError>('/api/stats?top=-1', 400)).error, 'InvalidRequest');
  });

  it('answers an unknown API route with 404 JSON', async () => {
    assert.equal((await get<ApiError>('/api/nope', 404)).error, 'NotFound');
  });

  it('sends a Content-Security-Policy with no inline script, and no x-powered-by', async () => {
    const response = await fetch(`${server.url}/api/stats`);
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('x-powered-by'), null);
    // the page's own POSTs carry its Origin in every browser (no-referrer makes some send "null")
    assert.equal(response.headers.get('referrer-policy'), 'same-origin');
  });
});

describe('starting the server', () => {
  it('says clearly when the port is taken', async () => {
    const first = await startServer({ store: await seedStore(), port: 0 });
    try {
      const port = Number(new URL(first.url).port);
      await assert.rejects(startServer({ store: await seedStore(), port }), /in use; choose another port/);
    } finally {
      await first.close();
    }
  });
});
