/**
 * `npx tsc -p . && node dist/bench/sample-actors.js --graph FILE [--count 40] [--seed 14] [--top N]`:
 * named actors (any type but concept) drawn at random (seeded, so the same store gives the same
 * draw), each with its type, aliases and a sentence or two behind it, for a person to judge whether
 * the type is right. `--top N` lists the N actors of highest degree instead. The type audit in
 * issue 14 is this draw on the corpus graph.
 */
import { parseArgs } from 'node:util';
import { loadStore } from '../src/graph/store.js';
import { seededRandom, shuffle } from '../src/parse/random.js';
import type { EdgeAttributes, NodeAttributes } from '../src/types.js';
import { numberOption } from './support/options.js';

const SENTENCES_SHOWN = 2;
const ALIASES_SHOWN = 6;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { graph: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' }, top: { type: 'string' } },
  });
  if (values.graph === undefined) throw new Error('sample-actors: --graph FILE is required');
  const count = numberOption('count', 40);
  const seed = numberOption('seed', 14);
  const top = numberOption('top', 0);
  const store = await loadStore(values.graph);
  const documents = new Map(store.documents.map((d) => [d.id, d]));

  // the sentences behind each node's edges, in edge order, and its degree
  const sentences = new Map<string, string[]>();
  const degree = new Map<string, number>();
  const note = (key: string, sentence: string): void => {
    degree.set(key, (degree.get(key) ?? 0) + 1);
    const list = sentences.get(key) ?? [];
    if (list.length < SENTENCES_SHOWN && !list.includes(sentence)) list.push(sentence);
    sentences.set(key, list);
  };
  for (const edge of store.graph.edges) {
    const evidence = (edge.attributes as EdgeAttributes).evidence[0]!;
    const doc = documents.get(evidence.doc);
    const span = doc?.sentences[evidence.sentence];
    const sentence = doc !== undefined && span !== undefined ? doc.text.slice(span.start, span.end) : evidence.text;
    note(edge.source, sentence);
    note(edge.target, sentence);
  }

  // sorted by key first, so the draw depends on the store's contents and not the order it was saved in
  const actors = store.graph.nodes
    .map((n) => ({ key: n.key, attributes: n.attributes as NodeAttributes }))
    .filter((n) => n.attributes.type !== 'concept')
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let drawn: typeof actors;
  if (top > 0) {
    drawn = [...actors].sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || (a.key < b.key ? -1 : 1)).slice(0, top);
    process.stdout.write(`${actors.length} named actors in ${values.graph}; the ${drawn.length} of highest degree\n\n`);
  } else {
    shuffle(actors, seededRandom(seed));
    drawn = actors.slice(0, count);
    process.stdout.write(`${actors.length} named actors in ${values.graph}; ${drawn.length} drawn with seed ${seed}\n\n`);
  }
  drawn.forEach(({ key, attributes }, k) => {
    const aliases = Object.entries(attributes.aliases)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, ALIASES_SHOWN)
      .map(([alias, n]) => `${alias} ×${n}`)
      .join(', ');
    process.stdout.write(`${k + 1}. ${attributes.label} [${attributes.type}] (${key}, degree ${degree.get(key) ?? 0})\n   aliases: ${aliases}\n`);
    for (const sentence of sentences.get(key) ?? []) process.stdout.write(`   "${sentence.replace(/\s+/g, ' ').trim()}"\n`);
  });
}

await main();
