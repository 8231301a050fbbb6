/** Verb lemmas from compromise's conjugation tables, cached because relations repeat. */
import nlp from 'compromise';
import type { Token } from './token.js';

interface VerbTransforms {
  toInfinitive: (word: string, model: unknown, tense?: string) => string;
}

const world = nlp.world() as unknown as {
  methods: { two: { transform: { verb: VerbTransforms } } };
  model: unknown;
};
const cache = new Map<string, string>();

const IRREGULAR_AUX: Record<string, string> = {
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be', "'s": 'be', "'re": 'be',
  has: 'have', had: 'have', having: 'have', "'ve": 'have', does: 'do', did: 'do',
};

export function verbLemma(token: Token): string {
  const lower = token.lower;
  const irregular = IRREGULAR_AUX[lower];
  if (irregular !== undefined) return irregular;
  const tense = ['PastTense', 'Participle', 'Gerund', 'PresentTense'].find((t) => token.tags.has(t));
  if (tense === undefined || token.tags.has('Infinitive')) return lower;
  const key = `${lower}|${tense}`;
  let lemma = cache.get(key);
  if (lemma === undefined) {
    const { toInfinitive } = world.methods.two.transform.verb;
    lemma = toInfinitive(lower, world.model, tense) || lower;
    // `seen`, `known` come tagged past tense; the participle table knows them
    if (lemma === lower && tense === 'PastTense') lemma = toInfinitive(lower, world.model, 'Participle') || lower;
    cache.set(key, lemma);
  }
  return lemma;
}
