/** Verb lemmas from compromise's conjugation tables, cached because relations repeat. */
import { toInfinitive } from './compromise-world.js';
import { IRREGULAR_AUX } from './data/words.js';
import type { Token } from './token.js';

const cache = new Map<string, string>();

export function verbLemma(token: Token): string {
  const lower = token.lower;
  const irregular = IRREGULAR_AUX[lower];
  if (irregular !== undefined) return irregular;
  const tense = ['PastTense', 'Participle', 'Gerund', 'PresentTense'].find((t) => token.tags.has(t));
  if (tense === undefined || token.tags.has('Infinitive')) return lower;
  const key = `${lower}|${tense}`;
  let lemma = cache.get(key);
  if (lemma === undefined) {
    lemma = toInfinitive(lower, tense) || lower;
    // `seen`, `known` come tagged past tense; the participle table knows them
    if (lemma === lower && tense === 'PastTense') lemma = toInfinitive(lower, 'Participle') || lower;
    cache.set(key, lemma);
  }
  return lemma;
}
