/**
 * Property-based fuzzing of `POST /api/query` over real HTTP: whatever the body and content type,
 * the answer is 200 or a 4xx JSON `{error, detail}`, never a 5xx, and it comes back in time.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ApiError } from '../../src/server/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { grammarQuery, SEED_NAMES } from '../support/fuzz-query.js';
import { fuzzRuns, shown } from '../support/fuzz-run.js';
import { randomUnicode } from '../support/fuzz-text.js';
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
