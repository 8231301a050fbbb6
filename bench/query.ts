/**
 * `npm run bench:query`: query latency on a generated graph (100,000 actors, 500,000 edges by
 * default): median and 99th percentile of `path` (and `path +concepts`, without the concept rule),
 * `paths k 5`, `neighbors depth 2`, and of the
 * same shortest path through graphology-shortest-path called directly (the engine's overhead);
 * then the latency of `path` through HTTP, driven by autocannon.
 * Usage: node dist/bench/query.js [--order N] [--size M] [--runs R] [--seconds S]
 */
import autocannon from 'autocannon';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { LoadedGraph } from '../src/graph/loaded-graph.js';
import { QueryClock, runToEnd, type Steps } from '../src/query/clock.js';
import { shortestPath } from '../src/query/path.js';
import { runQuery } from '../src/query/run.js';
import { startServer } from '../src/server/start.js';
import { seededRandom } from '../test/support/seeded-random.js';
import { actorName, generatedStore } from './support/generated-graph.js';
import { median, ms, percentile } from './support/stats.js';
import { numberOption } from './support/options.js';

const order = numberOption('order', 100_000);
const size = numberOption('size', 500_000);
const runs = numberOption('runs', 300);
const seconds = numberOption('seconds', 10);

let started = performance.now();
const store = generatedStore(order, size);
const loaded = new LoadedGraph(store);
console.log(`generated graph: ${loaded.graph.order} actors, ${loaded.graph.size} edges in ${ms(performance.now() - started)}`);

const random = seededRandom(42);
const someActor = (): number => Math.floor(random() * order);
// pairs joined along the arrows, so the engine and graphology answer the same question
const pairs: (readonly [number, number])[] = [];
let unjoined = 0;
while (pairs.length < runs) {
  const pair = [someActor(), someActor()] as const;
  if (bidirectional(loaded.graph, `actor-${pair[0]}`, `actor-${pair[1]}`) !== null) pairs.push(pair);
  else unjoined++;
}
console.log(`${runs} random pairs joined along the arrows (${unjoined} drawn pairs were not, and were skipped)`);

function unlimited<T>(walk: (clock: QueryClock) => Steps<T>): T {
  const clock = new QueryClock(Infinity);
  return runToEnd(walk(clock), clock);
}

function timed(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

function time(label: string, count: number, run: (i: number) => void): void {
  run(0); // warm the indexes and the JIT
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    run(i);
    samples.push(performance.now() - t);
  }
  console.log(`  ${label.padEnd(36)} median ${ms(median(samples)).padStart(9)}   p99 ${ms(percentile(samples, 99)).padStart(9)}   (${count} queries)`);
}

console.log('in process:');
started = performance.now();
runQuery(loaded, `show ${actorName(0)}`);
console.log(`  first query (builds the name index)  ${ms(performance.now() - started)}`);
// the two take turns on the same pairs, each going first on every other pair, so both meet the
// same heap, the same garbage collector and equally warm caches
const direct: number[] = [];
const search: number[] = [];
const engine: number[] = [];
for (let round = 0; round < 2; round++) {
  for (const samples of [direct, search, engine]) samples.length = 0;
  pairs.forEach(([a, b], i) => {
    const runs = [
      (): void => void direct.push(timed(() => bidirectional(loaded.graph, `actor-${a}`, `actor-${b}`))),
      (): void => void search.push(timed(() => unlimited((clock) => shortestPath(loaded.graph, `actor-${a}`, `actor-${b}`, { directed: true, clock, notThrough: loaded.roles() })))),
      (): void => void engine.push(timed(() => runQuery(loaded, `path ${actorName(a)} -> ${actorName(b)}`))),
    ];
    // each goes first on every third pair
    for (let k = 0; k < runs.length; k++) runs[(i + k) % runs.length]!();
  });
}
const report = (label: string, samples: number[]): void =>
  console.log(`  ${label.padEnd(36)} median ${ms(median(samples)).padStart(9)}   p99 ${ms(percentile(samples, 99)).padStart(9)}   (${samples.length} queries)`);
report('graphology bidirectional (direct)', direct);
report('our search alone (shortestPath)', search);
report('path A -> B (answer with evidence)', engine);
let pathsFound = 0;
time('paths A -> B k 5 max 10', Math.min(runs, 100), (i) => {
  const [a, b] = pairs[i]!;
  pathsFound += runQuery(loaded, `paths ${actorName(a)} -> ${actorName(b)} k 5 max 10`).paths?.length ?? 0;
});
console.log(`    (${pathsFound} paths found over those queries and the warm-up)`);
time('path A -- B (either direction)', runs, (i) => {
  const [a, b] = pairs[i]!;
  runQuery(loaded, `path ${actorName(a)} -- ${actorName(b)}`);
});
// the same query with concepts passed freely: what the rule that holds a concept to one document costs
time('path A -> B +concepts (no rule)', runs, (i) => {
  const [a, b] = pairs[i]!;
  runQuery(loaded, `path ${actorName(a)} -> ${actorName(b)} +concepts`);
});
time('neighbors A depth 2', runs, (i) => runQuery(loaded, `neighbors ${actorName(pairs[i]![0])} depth 2`));
time('find (prefix search)', Math.min(runs, 100), (i) => runQuery(loaded, `find actor ${pairs[i]![0]}`));
const ratio = (samples: number[]): string =>
  `median ${(median(samples) / median(direct)).toFixed(2)}×, p99 ${(percentile(samples, 99) / percentile(direct, 99)).toFixed(2)}×`;
console.log(`  against graphology's shortest path on the same pairs, taken in turn (goal ≤ 1.2×):`);
console.log(`    our search alone ${ratio(search)}; the whole query, evidence included, ${ratio(engine)}`);

const server = await startServer({ store, loaded, port: 0 });
let next = 0;
const result = await autocannon({
  url: `${server.url}/api/query`,
  connections: 10,
  duration: seconds,
  requests: [{
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => {
      const [a, b] = pairs[next++ % pairs.length]!;
      return { ...request, body: JSON.stringify({ query: `path ${actorName(a)} -> ${actorName(b)}` }) };
    },
  }],
});
await server.close();
console.log(`through HTTP (autocannon, 10 connections, ${seconds} s, POST /api/query path A -> B):`);
console.log(`  ${result.requests.average.toFixed(0)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
  `${result.errors + result.non2xx} errors or non-2xx of ${result.requests.total}`);
