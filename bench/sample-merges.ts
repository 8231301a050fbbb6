/**
 * `npx tsc -p . && node dist/bench/sample-merges.js --graph FILE [--count 60] [--seed 14]`: merges of
 * `kg aliases` drawn at random (seeded, from the merges sorted, so the same store gives the same
 * draw), each with the sentence around its alias in up to two of its node's documents, for a person
 * to judge whether alias and canonical name one actor. Spelling-level merges, whose every reason is
 * a case, accent or title difference, are left out. The wrong-merge audit of issue 14 is this draw
 * on the corpus graph; the path audit runs `bench/entity-audit-paths.txt` through `kg query`.
 */
import { parseArgs } from 'node:util';
import { loadStore } from '../src/graph/store.js';
import { seededRandom, shuffle } from '../src/parse/random.js';
import type { AliasMerge, NodeAttributes } from '../src/types.js';
import { numberOption } from './support/options.js';

const SPELLING_LEVEL = new Set(['same name ignoring case', 'same name ignoring accents and punctuation', 'title before the name']);
const CONTEXT_CHARS = 160;
const DOCUMENTS_SHOWN = 2;

const isSpellingLevel = (merge: AliasMerge): boolean => merge.reason.split(';').every((part) => SPELLING_LEVEL.has(part.trim()));
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (text: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}(?![\\p{L}\\p{N}])`, 'u');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { graph: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } } });
  if (values.graph === undefined) throw new Error('sample-merges: --graph FILE is required');
  const count = numberOption('count', 60);
  const seed = numberOption('seed', 14);
  const store = await loadStore(values.graph);
  const documents = new Map(store.documents.map((d) => [d.id, d]));
  const nodes = new Map(store.graph.nodes.map((n) => [n.key, n.attributes as NodeAttributes]));
  const key = (m: AliasMerge): string => [m.alias, m.canonical, m.node, m.reason].join('\u0001');
  const pool = store.merges.filter((merge) => !isSpellingLevel(merge)).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  shuffle(pool, seededRandom(seed));
  const drawn = pool.slice(0, count);
  process.stdout.write(`${store.merges.length} merges in ${values.graph}, ${pool.length} beyond spelling; ${drawn.length} drawn with seed ${seed}\n`);
  drawn.forEach((merge, k) => {
    process.stdout.write(`\n${k + 1}. ${merge.alias} → ${merge.canonical} (${merge.node}) :: ${merge.reason}\n`);
    let shown = 0;
    for (const id of nodes.get(merge.node)?.documents ?? []) {
      const doc = documents.get(id);
      const hit = doc === undefined ? null : wholeWord(merge.alias).exec(doc.text);
      if (doc === undefined || hit === null) continue;
      const around = doc.text.slice(Math.max(0, hit.index - CONTEXT_CHARS), hit.index + merge.alias.length + CONTEXT_CHARS).replace(/\s+/g, ' ');
      const canonical = wholeWord(merge.canonical).test(doc.text) ? '' : ' | canonical not in this document';
      process.stdout.write(`   {${doc.title}${canonical}} …${around}…\n`);
      if (++shown >= DOCUMENTS_SHOWN) break;
    }
  });
}

await main();
