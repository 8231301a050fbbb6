/** Small stores built by hand, where the right answer to a query is known: one sentence per piece of evidence. */
import { MultiDirectedGraph } from 'graphology';
import { STORE_VERSION, type StoreContents } from '../../src/graph/store.js';
import { slug } from '../../src/resolve/index.js';
import type { EdgeAttributes, EntityType, Evidence, ExtractedDocument, NodeAttributes, Sentence } from '../../src/types.js';

export interface HandEdge {
  from: string;
  relation: string;
  to: string;
  /** One flag set per piece of evidence; default one plain piece. `doc` numbers the document telling it (default 0). */
  evidence?: { hedged?: boolean; negated?: boolean; doc?: number }[];
}

export interface HandActor {
  name: string;
  type?: EntityType;
  aliases?: string[];
}

/** Actors named in `edges` but not listed in `actors` are people with no other alias. */
export function handBuiltStore(edges: readonly HandEdge[], actors: readonly HandActor[] = []): StoreContents {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const docIdOf = (n: number): string => `d0c${String(n + 1).padStart(13, '0')}`;
  const docId = docIdOf(0);
  // each document's sentences and text, document 0 first (it is always there)
  const written = new Map<number, { sentences: Sentence[]; text: string }>([[0, { sentences: [], text: '' }]]);
  const described = new Map(actors.map((actor) => [actor.name, actor]));
  const addActor = (name: string): string => {
    const key = slug(name);
    if (!graph.hasNode(key)) {
      const actor = described.get(name);
      const aliases = Object.fromEntries([name, ...(actor?.aliases ?? [])].map((alias) => [alias, 1]));
      graph.addNode(key, { label: name, type: actor?.type ?? 'person', aliases, mentions: 1, documents: [docId] });
    }
    return key;
  };
  for (const actor of actors) addActor(actor.name);
  for (const edge of edges) {
    const [source, target] = [addActor(edge.from), addActor(edge.to)];
    const evidence: Evidence[] = (edge.evidence ?? [{}]).map((flags) => {
      const sentence = `${edge.from} ${flags.negated === true ? 'did not ' : ''}${edge.relation} ${edge.to}.`;
      const n = flags.doc ?? 0;
      const doc = written.get(n) ?? { sentences: [], text: '' };
      written.set(n, doc);
      const start = doc.text.length;
      doc.text += `${sentence} `;
      doc.sentences.push({ index: doc.sentences.length, start, end: start + sentence.length });
      return {
        doc: docIdOf(n), sentence: doc.sentences.length - 1, relation: edge.relation, start, end: start + sentence.length - 1,
        text: sentence.slice(0, -1), confidence: 0.9,
        flags: { negated: flags.negated === true, hedged: flags.hedged === true, tense: 'past' },
      };
    });
    graph.addDirectedEdgeWithKey(`${source}|${edge.relation}|${target}`, source, target, {
      label: edge.relation, lemma: edge.relation, weight: evidence.length, evidence,
      negated: evidence.every((e) => e.flags.negated), hedged: evidence.every((e) => e.flags.hedged), tense: 'past',
    });
  }
  const documents: ExtractedDocument[] = [...written].sort(([a], [b]) => a - b).map(([n, { text, sentences }]) =>
    ({ id: docIdOf(n), source: 'hand-built', title: n === 0 ? 'Hand-built' : `Hand-built ${n}`, text, sentences, triples: [] }));
  return { format: 'kg-store', version: STORE_VERSION, documents, lexicon: {}, merges: [], overrides: [], graph: graph.export() };
}
