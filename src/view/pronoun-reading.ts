/** How a pronoun in a piece of evidence was read, as the console and the page's cards say it. */
import type { ResolvedPronoun } from '../types.js';

/** `he = Ashraf Ghani, from the sentence before`. */
export function readAs({ pronoun, antecedent }: ResolvedPronoun, sentence: number): string {
  const back = sentence - antecedent.sentence;
  const where = back === 0 ? 'in this sentence' : back === 1 ? 'from the sentence before' : `from ${back} sentences before`;
  return `${pronoun} = ${antecedent.name}, ${where}`;
}
