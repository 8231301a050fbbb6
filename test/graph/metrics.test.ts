/** The metrics stored at build time for the page: the actor overview, Louvain communities, PageRank and betweenness. */
import assert from 'node:assert/strict';
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../../src/graph/build.js';
import { layOut } from '../../src/graph/layout.js';
import { handBuiltStore } from '../support/hand-built.js';

/** Two triangles of people joined by one bridge (Cleo → Dora), a concept on Ann, and an actor tied only to that concept. */
function twoStories(): KgGraph {
  const store = handBuiltStore([
    { from: 'Ann', relation: 'meet', to: 'Bob' },
    { from: 'Bob', relation: 'meet', to: 'Cleo' },
    { from: 'Cleo', relation: 'meet', to: 'Ann' },
    { from: 'Dora', relation: 'call', to: 'Eve' },
    { from: 'Eve', relation: 'call', to: 'Finn' },
    { from: 'Finn', relation: 'call', to: 'Dora' },
    { from: 'Gus', relation: 'call', to: 'Dora' },
    { from: 'Cleo', relation: 'visit', to: 'Dora' },
    { from: 'Ann', relation: 'sign', to: 'treaty' },
    { from: 'Hal', relation: 'read', to: 'treaty' },
  ], [{ name: 'treaty', type: 'concept' }]);
  const graph: KgGraph = new MultiDirectedGraph();
  graph.import(store.graph);
  layOut(graph);
  return graph;
}

describe('the metrics the page reads', () => {
  it('puts actors tied to another actor in the overview, not concepts or actors tied only through them', () => {
    const graph = twoStories();
    assert.deepEqual(graph.filterNodes((_key, node) => node.overview === true).sort(), ['ann', 'bob', 'cleo', 'dora', 'eve', 'finn', 'gus']);
  });

  it('finds the two stories as communities, the larger numbered 0, and the bridge as the most between', () => {
    const graph = twoStories();
    const community = (key: string): number => graph.getNodeAttribute(key, 'community')!;
    assert.equal(community('ann'), community('bob'));
    assert.equal(community('dora'), community('eve'));
    assert.notEqual(community('ann'), community('dora'));
    assert.equal(community('dora'), 0, 'Dora, Eve, Finn and Gus are the larger community');
    const between = graph.mapNodes((key, node) => [key, node.betweenness!] as const).sort((a, b) => b[1] - a[1]);
    assert.deepEqual(between.slice(0, 2).map(([key]) => key).sort(), ['cleo', 'dora']);
    assert.equal(graph.getNodeAttribute('hal', 'betweenness'), 0);
    assert.ok(graph.getNodeAttribute('dora', 'pagerank')! > graph.getNodeAttribute('gus', 'pagerank')!);
  });

  it('gives the same communities, ranks and positions on every build', () => {
    const [a, b] = [twoStories(), twoStories()];
    assert.deepEqual(a.export().nodes, b.export().nodes);
  });
});
