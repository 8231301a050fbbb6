/** A split of the UD English EWT copy in `data/`, each word carrying compromise's hints read from the sentence's raw text. */
import { readFileSync } from 'node:fs';
import { readConllu, readConlluTexts } from '../../src/parse/conllu.js';
import type { TreebankSentence } from '../../src/parse/types.js';
import { treebankHints } from './treebank-hints.js';

export const TREEBANK = 'data/treebanks/ud-english-ewt';

export function readTreebank(split: string, limit = Infinity): TreebankSentence[] {
  const text = readFileSync(`${TREEBANK}/en_ewt-ud-${split}.conllu`, 'utf8');
  const sentences = readConllu(text).slice(0, limit);
  const texts = readConlluTexts(text);
  if (texts.length < sentences.length) throw new Error(`treebank: ${split} has ${sentences.length} sentences but ${texts.length} texts`);
  return sentences.map((sentence, k) => {
    const hints = treebankHints(texts[k]!, sentence.map((w) => w.form));
    return sentence.map((word, i) => ({ ...word, hints: hints[i]! }));
  });
}
