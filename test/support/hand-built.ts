/** Small stores built by hand, where the right answer to a query is known: one sentence per piece of evidence. */
import { MultiDirectedGraph } from 'graphology';
import { STORE_VERSION, type StoreContents } from '../../src/graph/store.js';
import { slug } from '../../src/resolve/index.js';
import type { EdgeAttributes, EntityType, Evidence, ExtractedDocument, NodeAttributes, Sentence } from '../../src/types.js';

export interface HandEdge {
  from: string;
  relation: string;
  to: string;
  /** One flag set per piece of evidence; default one plain piece. */
  evidence?: { hedged?: boolean; negated?: boolean }[];
}

export interface HandActor {
  name: string;
  type?: EntityType;
  aliases?: string[];
}

/** Actors named in `edges` but not listed in `actors` are people with no other alias. */
export function handBuiltStore(edges: readonly HandEdge[], actors: readonly HandActor[] = []): StoreContents {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const docId = 'd0c0000000000001';
  const sentences: Sentence[] = [];
  let text = '';
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
      const start = text.length;
      text += `${sentence} `;
      sentences.push({ index: sentences.length, start, end: start + sentence.length });
      return {
        doc: docId, sentence: sentences.length - 1, relation: edge.relation, start, end: start + sentence.length - 1,
        text: sentence.slice(0, -1), confidence: 0.9,
        flags: { negated: flags.negated === true, hedged: flags.hedged === true, tense: 'past' },
      };
    });
    graph.addDirectedEdgeWithKey(`${source}|${edge.relation}|${target}`, source, target, {
      label: edge.relation, lemma: edge.relation, weight: evidence.length, evidence,
      negated: evidence.every((e) => e.flags.negated), hedged: evidence.every((e) => e.flags.hedged), tense: 'past',
    });
  }
  const document: ExtractedDocument = { id: docId, source: 'hand-built', title: 'Hand-built', text, sentences, triples: [] };
  return { format: 'kg-store', version: STORE_VERSION, documents: [document], lexicon: {}, merges: [], overrides: [], graph: graph.export() };
}
