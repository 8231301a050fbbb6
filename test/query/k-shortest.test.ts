/** k shortest simple paths against graphology-simple-path's brute-force enumeration on random small graphs. */
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import { erdosRenyi } from 'graphology-generators/random/index.js';
import { allSimplePaths } from 'graphology-simple-path';
import type { AbstractGraph } from 'graphology-types';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../../src/graph/build.js';
import { QueryClock, runToEnd } from '../../src/query/clock.js';
import { kShortestPaths as kShortestSteps, type KShortestOptions } from '../../src/query/k-shortest.js';
import { shortestPath } from '../../src/query/path.js';
import { seededRandom } from '../support/seeded-random.js';


function isWalk(graph: AbstractGraph, path: readonly string[], directed: boolean): boolean {
  return path.every((node, i) => i === 0 || (directed ? graph.hasDirectedEdge(path[i - 1]!, node) : graph.areNeighbors(path[i - 1]!, node)));
}

/** Every simple path of at most `maxLength` steps, ignoring direction when asked (through an undirected copy). */
function bruteForce(graph: DirectedGraph, source: string, target: string, maxLength: number, directed: boolean): string[][] {
  const walked = directed ? graph : (() => {
    const copy = graph.copy();
    graph.forEachEdge((_e, _a, s, t) => copy.mergeDirectedEdge(t, s));
    return copy;
  })();
  return allSimplePaths(walked, source, target, { maxDepth: maxLength + 1 }).filter((path) => path.length - 1 <= maxLength);
}

const kShortestPaths = (graph: AbstractGraph, source: string, target: string, options: KShortestOptions<object, object>) =>
  runToEnd(kShortestSteps(graph, source, target, options), options.clock);

describe('k shortest simple paths', () => {
  const never = (): QueryClock => new QueryClock(Infinity);
  let compared = 0;

  for (let seed = 1; seed <= 40; seed++) {
    for (const directed of [true, false]) {
      it(`match brute force on random graph ${seed} (${directed ? 'directed' : 'either direction'})`, () => {
        const rng = seededRandom(seed);
        const graph = erdosRenyi(DirectedGraph, { order: 9, probability: directed ? 0.3 : 0.18, rng });
        const [source, target] = ['0', String(1 + (seed % 8))];
        const [k, maxLength] = [1 + (seed % 7), 2 + (seed % 4)];
        const expected = bruteForce(graph, source, target, maxLength, directed).map((path) => path.length).sort((a, b) => a - b).slice(0, k);
        const { paths, truncated } = kShortestPaths(graph, source, target, { k, maxLength, directed, clock: never() });
        assert.equal(truncated, false);
        assert.deepEqual(paths.map((path) => path.length), expected, 'the same lengths, shortest first');
        assert.equal(new Set(paths.map((path) => path.join(' '))).size, paths.length, 'no path twice');
        for (const path of paths) {
          assert.deepEqual([path[0], path.at(-1)], [source, target]);
          assert.equal(new Set(path).size, path.length, `simple: ${path.join(' ')}`);
          assert.ok(isWalk(graph, path, directed), `walkable: ${path.join(' ')}`);
        }
        compared += paths.length;
      });
    }
  }

  it('shortest paths are as short as graphology-shortest-path finds, along the arrows and not', () => {
    let joined = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const drawn = erdosRenyi(DirectedGraph, { order: 40, probability: 0.06, rng: seededRandom(seed) });
      const graph = new MultiDirectedGraph() as unknown as KgGraph;
      drawn.forEachNode((node) => graph.addNode(node));
      drawn.forEachEdge((_e, _a, s, t) => graph.addDirectedEdge(s, t));
      const either = drawn.copy();
      drawn.forEachEdge((_e, _a, s, t) => either.mergeDirectedEdge(t, s));
      for (let target = 1; target < 40; target += 3) {
        for (const directed of [true, false]) {
          const expected = bidirectional(directed ? drawn : either, '0', String(target));
          const clock = never();
          const found = runToEnd(shortestPath(graph, '0', String(target), { directed, clock }), clock);
          assert.equal(found?.length, expected?.length, `graph ${seed}, 0 → ${target}, ${directed ? 'directed' : 'either'}`);
          if (found !== null) assert.ok(isWalk(drawn, found, directed));
          if (found !== null) joined++;
        }
      }
    }
    assert.ok(joined > 200, String(joined));
  });

  it('compared a real number of paths', () => {
    assert.ok(compared > 100, String(compared));
  });

  it('stops when the time budget is spent and says so', () => {
    const graph = erdosRenyi(DirectedGraph, { order: 30, probability: 0.3, rng: seededRandom(7) });
    const spent = new QueryClock(-1);
    const { truncated } = kShortestPaths(graph, '0', '1', { k: 50, maxLength: 8, directed: false, clock: spent });
    assert.equal(truncated, true);
  });

  it('ranks paths of one length by their score', () => {
    const graph = new DirectedGraph();
    for (const [s, t] of [['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']]) graph.mergeEdge(s, t);
    const { paths } = kShortestPaths(graph, 'a', 'd', { k: 2, maxLength: 3, directed: true, clock: never(), score: (path) => (path.includes('c') ? 1 : 0) });
    assert.deepEqual(paths.map((path) => path.join('')), ['abd', 'acd'], 'the first shortest path is found by search; candidates after it go by score');
  });
});
