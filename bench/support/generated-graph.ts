/**
 * A large store generated from a seeded random draw: actors with names and aliases, edges with a
 * relation and one piece of evidence each, pointing at sentences of generated documents.
 */
import { MultiDirectedGraph } from 'graphology';
import { STORE_VERSION, type StoreContents } from '../../src/graph/store.js';
import type { EdgeAttributes, EntityType, Evidence, ExtractedDocument, NodeAttributes } from '../../src/types.js';
import { seededRandom } from '../../test/support/seeded-random.js';

const RELATIONS = ['meet', 'ask', 'write to', 'call', 'visit', 'fund', 'warn', 'praise', 'criticize', 'sign with', 'sue', 'hire', 'support', 'accuse', 'invite'];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'group', 'concept'];


export const actorName = (i: number): string => `Actor ${i}`;

export function generatedStore(order: number, size: number, seed = 1): StoreContents {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const documentCount = Math.max(1, Math.round(size / 500));
  const documents: ExtractedDocument[] = [];
  for (let d = 0; d < documentCount; d++) {
    const text = 'Actor 1 met Actor 2 in the capital.';
    documents.push({ id: `g${String(d).padStart(15, '0')}`, source: 'generated', title: `Generated report ${d}`, text, sentences: [{ index: 0, start: 0, end: text.length }], triples: [] });
  }
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < order; i++) {
    const label = actorName(i);
    graph.addNode(`actor-${i}`, {
      label, type: TYPES[i % TYPES.length]!, aliases: { [label]: 2, [`A. ${i}`]: 1 }, mentions: 3,
      documents: [documents[i % documentCount]!.id], x: random() * 1000, y: random() * 1000, size: 4, color: '#8c8c8c',
    });
  }
  while (graph.size < size) {
    // a skewed draw for sources, as in news: a few actors take part in much of what happens
    const source = Math.floor(order * random() ** 2);
    const target = pick(order);
    const relation = RELATIONS[pick(RELATIONS.length)]!;
    const key = `actor-${source}|${relation}|actor-${target}`;
    if (source === target || graph.hasEdge(key)) continue;
    const flags = { negated: random() < 0.05, hedged: random() < 0.1, tense: 'past' as const };
    const evidence: Evidence = { doc: documents[pick(documentCount)]!.id, sentence: 0, relation, start: 0, end: 20, text: 'Actor 1 met Actor 2', flags, confidence: 0.8 };
    graph.addDirectedEdgeWithKey(key, `actor-${source}`, `actor-${target}`, {
      label: relation, lemma: relation, weight: 1, evidence: [evidence], negated: flags.negated, hedged: flags.hedged, tense: 'past',
    });
  }
  return { format: 'kg-store', version: STORE_VERSION, documents, lexicon: {}, merges: [], overrides: [], graph: graph.export() };
}
