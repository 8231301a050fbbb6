/**
 * `npm run sample:edges -- --graph FILE [--count 30] [--seed 13]`: edges drawn at random (seeded,
 * so the same store gives the same draw) with the sentence behind each, for a person to judge
 * right / partly / wrong. The seed audit in the parse issue's note is this draw on the seed graph.
 */
import { parseArgs } from 'node:util';
import { loadStore } from '../src/graph/store.js';
import { seededRandom, shuffle } from '../src/parse/random.js';
import type { EdgeAttributes, NodeAttributes } from '../src/types.js';
import { numberOption } from './support/options.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { graph: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } } });
  if (values.graph === undefined) throw new Error('sample:edges: --graph FILE is required');
  const count = numberOption('count', 30);
  const seed = numberOption('seed', 13);
  const next = seededRandom(seed);
  const store = await loadStore(values.graph);
  const nodes = new Map(store.graph.nodes.map((n) => [n.key, n.attributes as NodeAttributes]));
  const edges = [...store.graph.edges];
  shuffle(edges, next);
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
