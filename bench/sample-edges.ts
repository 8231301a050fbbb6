/**
 * `npm run sample:edges -- --graph FILE [--count 30] [--seed 13]`: edges drawn at random (seeded,
 * so the same store gives the same draw) with the sentence behind each, for a person to judge
 * right / partly / wrong. The seed audit in the parse issue's note is this draw on the seed graph.
 */
import { parseArgs } from 'node:util';
import { loadStore } from '../src/graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../src/types.js';
import { numberOption } from './support/options.js';

/** mulberry32: a small seeded generator, so a draw can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { graph: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } } });
  if (values.graph === undefined) throw new Error('sample:edges: --graph FILE is required');
  const count = numberOption('count', 30);
  const seed = numberOption('seed', 13);
  const next = random(seed);
  const store = await loadStore(values.graph);
  const nodes = new Map(store.graph.nodes.map((n) => [n.key, n.attributes as NodeAttributes]));
  const edges = [...store.graph.edges];
  // Fisher–Yates on a copy, then the first `count`
  for (let i = edges.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [edges[i], edges[j]] = [edges[j]!, edges[i]!];
  }
  const documents = new Map(store.documents.map((d) => [d.id, d]));
  process.stdout.write(`${edges.length} edges in ${values.graph}; ${Math.min(count, edges.length)} drawn with seed ${seed}\n\n`);
  edges.slice(0, count).forEach((edge, k) => {
    const attributes = edge.attributes as EdgeAttributes;
    const evidence = attributes.evidence[0]!;
    const doc = documents.get(evidence.doc);
    const span = doc?.sentences[evidence.sentence];
    const sentence = doc !== undefined && span !== undefined ? doc.text.slice(span.start, span.end) : evidence.text;
    const from = nodes.get(edge.source)?.label ?? edge.source;
    const to = nodes.get(edge.target)?.label ?? edge.target;
    process.stdout.write(`${k + 1}. ${from} → ${attributes.label} → ${to}${evidence.complement ? ` (${evidence.complement})` : ''}\n   "${sentence}"\n`);
  });
}

await main();
