/**
 * Whether a name reads as common words rather than a person's name (`Cotton Candy`, `Too Much`):
 * each of its words is one the corpus writes in lower case, and none is a given name or surname
 * compromise knows (`Will Smith`, `Grace Kelly` stay people; `Rocky McGaugh` too, for `McGaugh`).
 */
import { personalNameWords } from '../nlp/compromise-world.js';
import { NAME_PARTICLES } from './kind-words.js';
import { wordsOf } from './surface.js';

/** A word in lower case, not glued to a capital or a digit (`iPhone`, `mRNA` are names). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;

/** The words the texts write in lower case, name particles (`de`, `van`) left out. */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(LOWER_CASE_WORD)) words.add(word);
  for (const particle of NAME_PARTICLES) words.delete(particle);
  return words;
}

export function readsAsCommonWords(surface: string, lowerCase: ReadonlySet<string>): boolean {
  const words = wordsOf(surface).map((word) => word.toLowerCase());
  return words.every((word) => lowerCase.has(word) && !personalNameWords.has(word));
}
