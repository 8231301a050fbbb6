/**
 * Property-based fuzzing of the API over real HTTP: whatever the body and content type,
 * `POST /api/query` answers 200 or a 4xx JSON `{error, detail}`, never a 5xx, and in time; hostile
 * Host and Origin headers get through only when they name the server; deeply nested JSON is a 4xx.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadStore, saveStore } from '../../src/graph/store.js';
import type { ApiError } from '../../src/api-types.js';
import { MAX_JSON_DEPTH } from '../../src/server/json-depth.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { grammarQuery, SEED_NAMES } from '../support/fuzz-query.js';
import { fuzzRuns, shown } from '../support/fuzz-run.js';
import { randomUnicode } from '../support/fuzz-text.js';
import { httpRequest } from '../support/raw-http.js';
import { seedStore } from '../support/stores.js';

/** A 200 ms query budget, plus the round trip and JSON on loopback. */
const MAX_MS = 2_000;

const query = fc.oneof(grammarQuery(SEED_NAMES), randomUnicode);
const body: fc.Arbitrary<string | Blob> = fc.oneof(
  { weight: 4, arbitrary: query.map((text) => JSON.stringify({ query: text })) },
  { weight: 1, arbitrary: fc.tuple(query, fc.jsonValue()).map(([text, extra]) => JSON.stringify({ query: text, extra })) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify({ query: value })) },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: query.map((text) => JSON.stringify({ query: text }).slice(0, -1 - (text.length % 5))) },
  { weight: 1, arbitrary: randomUnicode },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => new Blob([Buffer.from(bytes)])) },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ query: `find ${'x'.repeat(70_000)}` })) },
);
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', '');

describe('fuzzing POST /api/query', function () {
  this.timeout(60_000);
  let server: RunningServer;

  before(async () => {
    server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0, limits: { maxResults: 20, timeBudgetMs: 200 } });
  });
  after(() => server.close());

  it('answers any body with 200 or a 4xx {error, detail}, never a 5xx, within 2 s', async () => {
    const seen = new Set<string>();
    await fc.assert(fc.asyncProperty(body, contentType, async (sent, type) => {
      const start = performance.now();
      const response = await fetch(`${server.url}/api/query`, { method: 'POST', headers: type === '' ? {} : { 'content-type': type }, body: sent });
      const answer = (await response.json()) as Partial<ApiError>;
      const ms = performance.now() - start;
      const about = `${type || 'no type'} ${typeof sent === 'string' ? shown(sent) : `${sent.size} bytes`}`;
      assert.ok(response.status === 200 || (response.status >= 400 && response.status < 500), `status ${response.status} for ${about}: ${JSON.stringify(answer)}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/, about);
      if (response.status !== 200) {
        assert.ok(typeof answer.error === 'string' && typeof answer.detail === 'string', `${response.status} without {error, detail} for ${about}`);
        if (answer.error === 'InvalidQuery') assert.ok(Number.isInteger(answer.position), `InvalidQuery without a position for ${about}`);
      }
      assert.ok(ms <= MAX_MS, `took ${Math.round(ms)} ms for ${about}`);
      seen.add(response.status === 200 ? '200' : `${response.status} ${answer.error}`);
    }), fuzzRuns(400));
    assert.deepEqual([...seen].sort(), ['200', '400 InvalidQuery', '400 InvalidRequest', '404 NotFound', '413 PayloadTooLarge', '415 UnsupportedMediaType'], 'the bodies reach every answer');
  });
});

/** Printable ASCII: what an HTTP client lets into a header. */
// not empty: Node's client replaces an empty Host with its own
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 40 });
const NAMED = 'kg.example.org';
/** Names a rebinding page could use, loopback spellings, the named host and look-alikes of it. */
const hostName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('127.0.0.1', 'localhost', 'LocalHost', NAMED, 'KG.Example.org', 'evil.example', '127.0.0.1.nip.io',
    'localhost.evil.example', `${NAMED}.evil.example`, `evil.${NAMED}`, '[::1]', '0.0.0.0', '127.0.0.2', 'localhost.') },
  { weight: 1, arbitrary: fc.domain() },
  { weight: 1, arbitrary: headerText },
);

describe('fuzzing the Host check and deep JSON', function () {
  this.timeout(180_000);
  let folder: string;
  let server: RunningServer;
  let port: string;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-fuzz-hosts-'));
    const file = path.join(folder, 'seeds.json');
    await saveStore(file, await seedStore());
    // a writable server: a write the Host check lets through reaches the document checks (none of these bodies is a document)
    server = await startServer({ store: await loadStore(file), graphFile: file, host: '127.0.0.1', port: 0, allowedHosts: [NAMED] });
    port = new URL(server.url).port;
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lets a request through only when Host names the server (127.0.0.1, localhost, --allowed-host) and Origin, if sent, is its page', async () => {
    const portText = fc.constantFrom('', ':80', ':1', ':443', `:${port}`, `:${port}`);
    const origin = fc.option(fc.oneof(
      fc.tuple(fc.constantFrom('http', 'https'), hostName, portText).map(([scheme, name, p]) => ({ scheme, name, port: p, text: `${scheme}://${name}${p}` })),
      fc.oneof(fc.constant('null'), headerText).map((text) => ({ scheme: '', name: '', port: '', text })),
    ), { nil: undefined });
    const route = fc.constantFrom(['POST', '/api/documents'], ['DELETE', '/api/documents/doc'], ['GET', '/api/stats'], ['POST', '/api/query']);
    const seen = new Set<string>();
    await fc.assert(fc.asyncProperty(hostName, portText, origin, route, async (name, hostPort, sent, [method = '', where = '']) => {
      const host = `${name}${hostPort}`;
      const answer = await httpRequest(server.url, method, where, {
        host, 'content-type': 'application/json', ...(sent === undefined ? {} : { origin: sent.text }),
      }, method === 'POST' ? '{"query": "find blinken", "title": "no text"}' : undefined);
      const about = `${method} ${where} Host ${shown(host)} Origin ${sent === undefined ? 'none' : shown(sent.text)}: ${answer.status} ${answer.body.slice(0, 200)}`;
      const body = JSON.parse(answer.body) as Partial<ApiError>;
      assert.equal(answer.status === 403, body.error === 'ForbiddenHost', about);
      assert.equal(answer.status !== 403, allowed(name, hostPort, sent), about);
      if (answer.status !== 403) assert.ok([200, 400, 404].includes(answer.status), about);
      seen.add(answer.status === 403 ? 'refused' : 'through');
    }), fuzzRuns(300));
    assert.deepEqual([...seen].sort(), ['refused', 'through']);
  });

  /** The rule, written again from the outside: names compare without case; ports count only between Origin and Host. */
  function allowed(name: string, hostPort: string, origin: { scheme: string; name: string; port: string; text: string } | undefined): boolean {
    const own = (text: string): boolean => ['127.0.0.1', 'localhost', NAMED].includes(text.toLowerCase());
    if (!own(name)) return false;
    if (origin === undefined) return true;
    if (origin.name.toLowerCase() === NAMED) return true;
    const portOf = (text: string, fallback: string): string => (text === '' || text === ':' ? fallback : text.slice(1));
    return origin.scheme === 'http' && origin.name.toLowerCase() === name.toLowerCase() && portOf(origin.port, '80') === portOf(hostPort, '80');
  }

  it('answers JSON nested up to thousands of levels with a 4xx {error, detail}, never a 5xx, and keeps answering', async () => {
    /** One level of nesting: how it opens and how it closes, with siblings and bracket-filled strings around. */
    const level = fc.constantFrom(['[', ']'], ['{"k":', '}'], ['["]]}}\\"",', ']'], ['{"a":1,"b":', '}'], ['[1,2,', ']']);
    const nested = fc.tuple(fc.integer({ min: 1, max: 6000 }), fc.array(level, { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
      .map(([depth, pattern, core, cut]) => {
        const levels = Array.from({ length: depth }, (_, i) => pattern[i % pattern.length]!);
        const text = `${levels.map(([open]) => open).join('')}${JSON.stringify(core)}${levels.reverse().map(([, close]) => close).join('')}`;
        return { depth, text: cut ? text.slice(0, -1) : text };
      });
    const wrapper = fc.constantFrom(
      { route: '/api/documents', depth: 2, wrap: (inner: string) => `{"documents":[${inner}]}` },
      { route: '/api/documents', depth: 1, wrap: (inner: string) => `{"text":${inner}}` },
      { route: '/api/documents', depth: 1, wrap: (inner: string) => `{"title":"no text","extra":${inner}}` },
      { route: '/api/query', depth: 1, wrap: (inner: string) => `{"query":"find blinken","extra":${inner}}` },
    );
    const seen = new Set<string>();
    await fc.assert(fc.asyncProperty(nested, wrapper, async (value, { route, depth, wrap }) => {
      const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: wrap(value.text) });
      const answer = (await response.json()) as Partial<ApiError>;
      const about = `${route} nested ${value.depth} levels in ${shown(value.text, 80)}: ${response.status} ${JSON.stringify(answer)}`;
      const deep = depth + value.depth > MAX_JSON_DEPTH;
      assert.ok((response.status >= 400 && response.status < 500) || (route === '/api/query' && response.status === 200), about);
      assert.ok(response.status === 200 || (typeof answer.error === 'string' && typeof answer.detail === 'string'), about);
      // a body over the reading routes' 64 KB is refused (413) before its nesting is looked at
      if (deep && response.status !== 413) assert.match(answer.detail ?? '', /nests arrays or objects deeper than/, about);
      seen.add(deep ? 'deep' : 'shallow');
    }), fuzzRuns(200));
    assert.deepEqual([...seen].sort(), ['deep', 'shallow']);
    assert.equal((await fetch(`${server.url}/api/stats`)).status, 200);
  });
});
