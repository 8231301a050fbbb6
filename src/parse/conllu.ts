/** Reads CoNLL-U text into sentences of syntactic words (multiword-token and empty-node lines are skipped). */
import type { TreebankSentence, TreebankWord } from './types.js';

/** Splits CoNLL-U text into sentences; throws on a word line that lacks the ten columns. */
export function readConllu(text: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let words: TreebankWord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '') {
      if (words.length > 0) sentences.push(words);
      words = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`conllu: line ${i + 1} has ${cols.length} columns, not 10`);
    const id = cols[0] ?? '';
    // `1-2` spans a multiword token (`don't` = `do` + `n't`), `8.1` is an empty node: neither is a tree word.
    if (id.includes('-') || id.includes('.')) continue;
    words.push({
      form: cols[1] ?? '',
      upos: cols[3] ?? '',
      xpos: cols[4] ?? '',
      head: Number(cols[6]),
      deprel: cols[7] ?? '',
    });
  }
  if (words.length > 0) sentences.push(words);
  return sentences;
}

/** Each sentence's raw text (its `# text =` comment), in the order `readConllu` returns the sentences. */
export function readConlluTexts(text: string): string[] {
  const texts: string[] = [];
  let current = '';
  let words = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('# text = ')) current = line.slice('# text = '.length);
    else if (line === '') {
      if (words > 0) texts.push(current);
      current = '';
      words = 0;
    } else if (!line.startsWith('#')) words++;
  }
  if (words > 0) texts.push(current);
  return texts;
}
