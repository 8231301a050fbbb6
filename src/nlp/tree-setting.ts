/** The time or place phrase that opens a sentence and frames what it says (`On 12 July 2006, ...`), read off the tree. */
import type { Sentence } from './sentence.js';
import type { Token } from './token.js';
import type { DependencyTree } from './tree.js';

/** Dependents of a clause that say when or where: `On 12 July 2006`, `In 1991`, `This week`, `Last year`. */
const FRAMES = new Set(['obl', 'obl:tmod', 'obl:unmarked', 'obl:npmod', 'nmod:tmod']);

/**
 * The phrase the sentence opens with, when it hangs on a clause's verb as a time or place and a
 * comma or that clause's subject follows it. `According to X` names a source, not a setting.
 */
export function treeSetting(sentence: Sentence, tree: DependencyTree): string | undefined {
  const words = settingWords(tree);
  return words === undefined ? undefined : sentence.textOf(words);
}

/** The words of the opening setting, when the sentence has one. */
export function settingWords(tree: DependencyTree): Token[] | undefined {
  let first = 0;
  while (first < tree.tokens.length && tree.isPunctuation(first)) first++;
  // the opening word's ancestor that hangs on a verb
  let phrase = first;
  while (phrase >= 0 && !FRAMES.has(tree.label(phrase))) phrase = tree.head(phrase);
  if (phrase < 0 || tree.tokens[first]!.lower === 'according') return undefined;
  const words = tree.subtree(phrase);
  if (words[0] !== first) return undefined;
  let last = first;
  while (words.includes(last + 1)) last++;
  while (last > first && tree.isPunctuation(last)) last--;
  const next = last + 1 < tree.tokens.length ? last + 1 : undefined;
  const framed = next !== undefined && (tree.tokens[next]!.text === ',' || tree.base(next) === 'nsubj' || tree.head(next) !== tree.head(phrase));
  return framed ? tree.tokens.slice(first, last + 1) : undefined;
}
