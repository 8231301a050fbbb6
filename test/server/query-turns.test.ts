/** Queries run a slice at a time, in turn: a heavy query never holds up a search or another query. */
import assert from 'node:assert/strict';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { QueryClock, type Steps } from '../../src/query/clock.js';
import type { QueryAnswer, SearchResults } from '../../src/api-types.js';
import { QueryTurns } from '../../src/server/query-turns.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { actorName, generatedStore } from '../../bench/support/generated-graph.js';

/** A walk that pauses after every step, noting each step in `log`. */
function* walk(name: string, steps: number, log: string[]): Steps<string> {
  for (let i = 0; i < steps; i++) {
    log.push(`${name}${i}`);
    yield;
  }
  return `${name} done`;
}

describe('queries in turns', function () {
  this.timeout(120_000);

  it('two walks take turns, one slice each, and each returns its own result', async () => {
    const turns = new QueryTurns();
    const log: string[] = [];
    const results = await Promise.all([turns.run(walk('a', 3, log), new QueryClock(60_000)), turns.run(walk('b', 3, log), new QueryClock(60_000))]);
    assert.deepEqual(results, ['a done', 'b done']);
    assert.deepEqual(log, ['a0', 'b0', 'a1', 'b1', 'a2', 'b2']);
  });

  it('an error thrown by a walk reaches its caller and the others go on', async () => {
    const turns = new QueryTurns();
    const log: string[] = [];
    function* failing(): Steps<string> {
      yield;
      throw new Error('no actor named Zed');
    }
    const [failed, done] = await Promise.allSettled([turns.run(failing(), new QueryClock(60_000)), turns.run(walk('b', 2, log), new QueryClock(60_000))]);
    assert.equal(failed.status === 'rejected' && (failed.reason as Error).message, 'no actor named Zed');
    assert.equal(done.status === 'fulfilled' && done.value, 'b done');
  });

  describe('a server on a generated graph (20,000 actors, 100,000 edges)', () => {
    let server: RunningServer;
    before(async () => {
      const store = generatedStore(20_000, 100_000);
      server = await startServer({ store, loaded: new LoadedGraph(store), host: '127.0.0.1', port: 0, limits: { maxResults: 500, timeBudgetMs: 3000 } });
    });
    after(() => server.close());

    it('answers searches while a heavy query runs (regression: they waited for the whole query)', async () => {
      let running = true;
      const heavy = fetch(`${server.url}/api/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `paths ${actorName(3)} -- ${actorName(19_993)} k 50 max 10 -hedged` }),
      }).then(async (response) => {
        running = false;
        return (await response.json()) as QueryAnswer;
      });
      // one search every 20 ms while the heavy query runs: each must be answered before it ends
      const answeredMeanwhile: string[] = [];
      for (let i = 0; running; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const search = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(actorName(40 + i))}`)).json()) as SearchResults;
        if (running) answeredMeanwhile.push(search.results[0]?.label ?? 'nothing');
      }
      const answer = await heavy;
      assert.equal(answer.kind, 'paths', answer.summary);
      assert.ok(answeredMeanwhile.length >= 3, `only ${answeredMeanwhile.length} search(es) answered while ${JSON.stringify(answer.summary)} ran`);
      assert.deepEqual(answeredMeanwhile, answeredMeanwhile.map((_label, i) => actorName(40 + i)));
    });
  });
});
