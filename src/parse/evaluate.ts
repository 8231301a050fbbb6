/** Scores a parser against gold trees: UPOS accuracy, UAS and LAS over all words, punctuation included. */
import type { DependencyParser } from './dependency-parser.js';
import type { TreebankSentence } from './types.js';

export interface Scores {
  words: number;
  upos: number;
  uas: number;
  las: number;
}

export function evaluate(parser: DependencyParser, sentences: readonly TreebankSentence[]): Scores {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  for (const sentence of sentences) {
    const parse = parser.parse(sentence.map((w) => w.form), sentence.map((w) => w.hints));
    sentence.forEach((w, i) => {
      words++;
      if (parse.upos[i] === w.upos) upos++;
      if (parse.heads[i] === w.head) {
        uas++;
        if (parse.labels[i] === w.deprel) las++;
      }
    });
  }
  const pct = (k: number): number => (100 * k) / Math.max(1, words);
  return { words, upos: pct(upos), uas: pct(uas), las: pct(las) };
}
