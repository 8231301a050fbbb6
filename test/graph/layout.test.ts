/** The build-time layout: every node placed, sized and coloured, the same picture for the same documents, neighbours near. */
import assert from 'node:assert/strict';
import { addDocuments, emptyStore } from '../../src/graph/corpus.js';
import { TYPE_COLORS } from '../../src/graph/layout.js';
import type { StoreContents } from '../../src/graph/store.js';
import { seedStore } from '../support/stores.js';

type Position = { x: number; y: number };

describe('the layout computed at build time', function () {
  this.timeout(60000);
  let store: StoreContents;
  before(async () => {
    store = await seedStore();
  });

  it('places, sizes and colours every node by its type, larger with more relations, concepts smaller than actors', () => {
    const degree = new Map<string, number>();
    for (const edge of store.graph.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    for (const { key, attributes } of store.graph.nodes) {
      assert.ok(Number.isFinite(attributes!.x) && Number.isFinite(attributes!.y), key);
      assert.equal(attributes!.color, TYPE_COLORS[attributes!.type]);
    }
    for (const concept of [true, false]) {
      const sized = store.graph.nodes
        .filter(({ attributes }) => (attributes!.type === 'concept') === concept)
        .map(({ key, attributes }) => [degree.get(key) ?? 0, attributes!.size!] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (let i = 1; i < sized.length; i++) assert.ok(sized[i]![1] >= sized[i - 1]![1], 'size grows with degree');
    }
    const sizeOf = (key: string): number => store.graph.nodes.find((node) => node.key === key)!.attributes!.size!;
    const concepts = store.graph.nodes.filter(({ attributes }) => attributes!.type === 'concept').map(({ key }) => key);
    const mostCited = concepts.reduce((best, key) => ((degree.get(key) ?? 0) > (degree.get(best) ?? 0) ? key : best));
    assert.ok(sizeOf(mostCited) < sizeOf('ashraf-ghani'), `the most cited concept, ${mostCited}, is drawn smaller than an actor`);
  });

  it('gives the same positions whatever order the documents come in', () => {
    const reversed = addDocuments(emptyStore(), [...store.documents].reverse()).store;
    assert.deepEqual(reversed.graph.nodes, store.graph.nodes);
  });

  it('puts related actors nearer each other than actors picked at random', () => {
    const at = new Map(store.graph.nodes.map(({ key, attributes }) => [key, attributes as Position]));
    const distance = (a: string, b: string): number => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const related = store.graph.edges.map((edge) => distance(edge.source, edge.target));
    const keys = [...at.keys()];
    const random = keys.map((key, i) => distance(key, keys[(i * 7919 + 13) % keys.length]!));
    const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
    assert.ok(mean(related) < mean(random) / 2, `${mean(related)} vs ${mean(random)}`);
  });
});
