/**
 * `npm run sample:resolved -- --graph FILE [--count 40] [--seed 15]`: pieces of evidence read through
 * a pronoun, drawn at random (seeded), each with its sentence, the sentences before it back to the
 * name it was read from, and the reading, for a person to judge: right, wrong antecedent, or not a
 * reference to a person at all. The news audit in issue 15's note is this draw on the corpus graph.
 */
import { parseArgs } from 'node:util';
import { loadStore } from '../src/graph/store.js';
import { seededRandom, shuffle } from '../src/parse/random.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../src/types.js';
import { numberOption } from './support/options.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { graph: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } } });
  if (values.graph === undefined) throw new Error('sample:resolved: --graph FILE is required');
  const count = numberOption('count', 40);
  const seed = numberOption('seed', 15);
  const store = await loadStore(values.graph);
  const labels = new Map(store.graph.nodes.map((n) => [n.key, (n.attributes as NodeAttributes).label]));
  const documents = new Map(store.documents.map((d) => [d.id, d]));
  const drawn: Array<{ source: string; target: string; lemma: string; evidence: Evidence }> = [];
  for (const edge of store.graph.edges) {
    const attributes = edge.attributes as EdgeAttributes;
    for (const evidence of attributes.evidence) {
      if (evidence.resolved !== undefined) drawn.push({ source: edge.source, target: edge.target, lemma: attributes.lemma, evidence });
    }
  }
  shuffle(drawn, seededRandom(seed));
  process.stdout.write(`${drawn.length} pieces of evidence read through a pronoun in ${values.graph}; ${Math.min(count, drawn.length)} drawn with seed ${seed}\n\n`);
  drawn.slice(0, count).forEach(({ source, target, lemma, evidence }, k) => {
    const doc = documents.get(evidence.doc)!;
    const first = Math.min(evidence.sentence, ...evidence.resolved!.map((end) => end.antecedent.sentence));
    const context = doc.sentences.slice(first, evidence.sentence + 1).map((span) => doc.text.slice(span.start, span.end)).join(' ');
    const readings = evidence.resolved!.map(({ pronoun, antecedent }) => `${pronoun} = ${antecedent.name}`).join('; ');
    process.stdout.write(`${k + 1}. ${labels.get(source)} —${lemma}→ ${labels.get(target)}   [${readings}]\n   ${context}\n`);
  });
}

await main();
