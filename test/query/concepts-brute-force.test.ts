/**
 * The concept rule against brute force on random small graphs with several documents: every simple
 * path is enumerated, kept when some choice of its hops' edges shares a document at each concept
 * it passes, and `path` / `paths` must find the same lengths, each path obeying the rule.
 */
import assert from 'node:assert/strict';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { runQuery } from '../../src/query/run.js';
import { QueryClock, runToEnd } from '../../src/query/clock.js';
import { conceptRule } from '../../src/query/document-rule.js';
import { walkFilter } from '../../src/query/filter.js';
import { documentsEntering } from '../../src/query/hops.js';
import * as kShortest from '../../src/query/k-shortest.js';
import type { KgGraph } from '../../src/graph/build.js';
import type { EntityType } from '../../src/types.js';
import { handBuiltStore, type HandEdge } from '../support/hand-built.js';
import { seededRandom } from '../support/seeded-random.js';

const NAMES = ['Ann', 'Bob', 'Cyd', 'Dan', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida'];
const RELATIONS = ['meet', 'sign', 'call'];

function randomGraph(seed: number): LoadedGraph {
  const random = seededRandom(seed);
  const edges: HandEdge[] = [];
  for (const from of NAMES) {
    for (const to of NAMES) {
      if (from === to || random() > 0.22) continue;
      const pieces = 1 + Math.floor(random() * 2);
      const relation = RELATIONS[Math.floor(random() * RELATIONS.length)]!;
      edges.push({ from, relation, to, evidence: Array.from({ length: pieces }, () => ({ doc: Math.floor(random() * 3), hedged: random() < 0.15 })) });
      // now and then a second edge between the same two, told elsewhere
      if (random() < 0.2) edges.push({ from, relation: 'praise', to, evidence: [{ doc: Math.floor(random() * 3) }] });
    }
  }
  const actors = NAMES.map((name) => ({ name, type: (random() < 0.5 ? 'concept' : 'person') as EntityType }));
  return new LoadedGraph(handBuiltStore(edges, actors));
}

/** The documents of an edge's evidence that `-hedged` (when asked) keeps. */
function documents(graph: KgGraph, edge: string, hideHedged: boolean): string[] {
  return [...new Set(graph.getEdgeAttribute(edge, 'evidence').filter((e) => !(hideHedged && e.flags.hedged)).map((e) => e.doc))];
}

/** Some choice of an edge per hop, each with evidence left, shares a document at every concept passed. */
function obeysRule(graph: KgGraph, path: readonly string[], directed: boolean, hideHedged: boolean): boolean {
  const hopEdges = path.slice(1).map((to, i) => [
    ...graph.outEdges(path[i]!, to),
    ...(directed ? [] : graph.outEdges(to, path[i]!)),
  ].filter((edge) => documents(graph, edge, hideHedged).length > 0));
  const choose = (i: number, before: string | undefined): boolean => {
    if (i === hopEdges.length) return true;
    const concept = i > 0 && graph.getNodeAttribute(path[i]!, 'type') === 'concept';
    return hopEdges[i]!.some((edge) =>
      (!concept || documents(graph, edge, hideHedged).some((doc) => documents(graph, before!, hideHedged).includes(doc))) && choose(i + 1, edge));
  };
  return choose(0, undefined);
}

function simplePaths(graph: KgGraph, source: string, target: string, maxLength: number, directed: boolean): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path.at(-1)!;
    if (last === target) {
      found.push([...path]);
      return;
    }
    if (path.length > maxLength) return;
    const next = new Set(directed ? graph.outNeighbors(last) : graph.neighbors(last));
    for (const node of [...next].sort()) if (!path.includes(node)) walk([...path, node]);
  };
  walk([source]);
  return found;
}

describe('the concept rule against brute force', () => {
  let compared = 0;
  for (let seed = 1; seed <= 60; seed++) {
    const directed = seed % 2 === 0;
    const hideHedged = seed % 3 === 0;
    it(`random graph ${seed} (${directed ? 'along the arrows' : 'either direction'}${hideHedged ? ', -hedged' : ''})`, () => {
      const loaded = randomGraph(seed);
      const { graph } = loaded;
      const [source, target] = ['ann', NAMES[1 + (seed % 8)]!.toLowerCase()];
      const maxLength = 4;
      const arrow = directed ? '->' : '--';
      const flags = hideHedged ? ' -hedged' : '';
      const valid = simplePaths(graph, source, target, maxLength, directed).filter((path) => obeysRule(graph, path, directed, hideHedged));
      const lengths = valid.map((path) => path.length).sort((a, b) => a - b);

      const k = 6;
      const answer = runQuery(loaded, `paths ${NAMES[0]} ${arrow} ${graph.getNodeAttribute(target, 'label')} k ${k} max ${maxLength}${flags}`);
      const found = (answer.paths ?? []).map((path) => path.nodes.map((node) => node.key));
      assert.deepEqual(found.map((path) => path.length), lengths.slice(0, k), 'paths: the k shortest lengths');
      for (const path of found) assert.ok(obeysRule(graph, path, directed, hideHedged), `obeys the rule: ${path.join(' ')}`);
      for (const path of answer.paths ?? []) {
        // the hops shown are edges that obey it too: at a concept, the two hops share a document
        path.hops.forEach((hop, i) => {
          if (i === 0 || path.nodes[i]!.type !== 'concept') return;
          assert.ok(documents(graph, hop.edge, hideHedged).some((doc) => documents(graph, path.hops[i - 1]!.edge, hideHedged).includes(doc)), `hops ${i} and ${i + 1} share a document`);
        });
      }

      const shortest = runQuery(loaded, `path ${NAMES[0]} -- ${graph.getNodeAttribute(target, 'label')}${flags}`).path;
      const either = simplePaths(graph, source, target, NAMES.length, false).filter((path) => obeysRule(graph, path, false, hideHedged));
      const best = Math.min(...either.map((path) => path.length));
      assert.equal(shortest == null ? Infinity : shortest.nodes.length, best, 'path: the shortest length');
      // the same with every concept's edges read from the index a hub gets
      const { kShortestPaths } = kShortest;
      const rule = conceptRule(graph, { hideHedged, hideNegated: false }, 0);
      const filter = walkFilter({ hideHedged, hideNegated: false }, [source, target]);
      const clock = new QueryClock(Infinity);
      const indexed = runToEnd(kShortestPaths(graph, source, target, {
        k, maxLength, directed, clock, passable: filter.passable,
        withinDocuments: { rule, entering: (root) => documentsEntering(graph, root, directed, rule, filter) },
      }), clock);
      assert.deepEqual(indexed.paths.map((path) => path.length), lengths.slice(0, k), 'paths from the index: the k shortest lengths');
      for (const path of indexed.paths) assert.ok(obeysRule(graph, path, directed, hideHedged), `obeys the rule: ${path.join(' ')}`);
      compared += found.length;
    });
  }
  after(() => assert.ok(compared > 60, `compared ${compared} paths`));
});
