/** Arguments read off noun phrases: their `of` phrases, their conjuncts, and appositions between commas. */
import type { Mention } from '../types.js';
import type { Token } from './token.js';
import type { NounPhrase } from './03-phrases.js';
import type { Sentence } from './sentence.js';

/** An argument: the noun phrases it names (one per conjunct) and the tokens it spans. */
export interface Argument {
  conjuncts: NounPhrase[];
  tokens: Token[];
}

/** Two noun phrases side by side between commas: where each side starts and ends, and how each reads. */
export interface Apposition {
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  left: Mention;
  right: Mention;
}

/** Names an actor: neither a concept nor a pronoun. */
export const isNamed = (mention: Mention): boolean => mention.type !== 'concept' && mention.pronoun !== true;

/** An argument from the noun phrase at `q`: its `of` phrases and its conjuncts. */
export function argumentFrom(sentence: Sentence, q: number, agent: boolean): { argument: Argument; end: number } {
  const conjuncts = [sentence.phrases[q] as NounPhrase];
  let end = q;
  for (;;) {
    const word = sentence.wordAt(end + 1);
    const np = sentence.phrases[end + 2];
    if (word === undefined || np?.kind !== 'np') break;
    if (word.lower === 'of' || (word.lower === 'for' && !agent)) {
      end += 2;
      continue;
    }
    if (word.pos === 'CONJ' || (word.text === ',' && isListComma(sentence, end + 1))) {
      conjuncts.push(np);
      end += 2;
      // `and` after a list comma is read as the next conjunct on the next turn
      continue;
    }
    break;
  }
  return { argument: { conjuncts: splitConjuncts(sentence, conjuncts), tokens: sentence.tokensOf(q, end) }, end };
}

/** Noun phrases `from` to `to` joined by single words: `and` or a comma starts a conjunct, `of` or `in` extends one. */
export function argumentBetween(sentence: Sentence, from: number, to: number): Argument {
  const conjuncts: NounPhrase[] = [];
  let k = from;
  conjuncts.push(sentence.phrases[k] as NounPhrase);
  while (k + 2 <= to) {
    const word = sentence.wordAt(k + 1);
    const next = sentence.phrases[k + 2];
    if ((word?.pos === 'CONJ' || word?.text === ',') && next?.kind === 'np') conjuncts.push(next);
    k += 2;
  }
  return { conjuncts: splitConjuncts(sentence, conjuncts), tokens: sentence.tokensOf(from, to) };
}

/**
 * Lists that name actors split into one argument per conjunct (`Russia, China and India`); a list
 * of common nouns only (`lesbian relationships, roommate relationships and ...`) is one argument.
 */
function splitConjuncts(sentence: Sentence, conjuncts: NounPhrase[]): NounPhrase[] {
  if (conjuncts.length < 2) return conjuncts;
  return conjuncts.some((np) => isNamed(sentence.mention(np, np.tokens))) ? conjuncts : conjuncts.slice(0, 1);
}

/** A comma in a list: only noun phrases and commas follow it up to an `and`. */
export function isListComma(sentence: Sentence, q: number): boolean {
  for (let k = q + 1; k < sentence.phrases.length; k++) {
    const phrase = sentence.phrases[k]!;
    if (phrase.kind === 'np') continue;
    if (phrase.kind === 'word' && phrase.token.text === ',') continue;
    return phrase.kind === 'word' && phrase.token.pos === 'CONJ';
  }
  return false;
}

/** Walks left over `of`/`for` phrases to the noun phrase they hang from. */
export function chainStart(sentence: Sentence, q: number): number {
  let start = q;
  while ((sentence.wordAt(start - 1)?.lower === 'of' || sentence.wordAt(start - 1)?.lower === 'for') && sentence.phrases[start - 2]?.kind === 'np') start -= 2;
  return start;
}

/** Walks right over the `of`/`for` phrases that hang from the noun phrase at `q`. */
export function ofChainEnd(sentence: Sentence, q: number): number {
  let end = q;
  while ((sentence.wordAt(end + 1)?.lower === 'of' || sentence.wordAt(end + 1)?.lower === 'for') && sentence.phrases[end + 2]?.kind === 'np') end += 2;
  return end;
}

/** Two noun phrases (each with its `of` phrases) side by side between commas, with no `and` to make a list. */
export function appositionAt(sentence: Sentence, c: number): Apposition | undefined {
  if (sentence.wordAt(c)?.text !== ',' || sentence.phrases[c - 1]?.kind !== 'np' || sentence.phrases[c + 1]?.kind !== 'np') return undefined;
  if (isListComma(sentence, c)) return undefined;
  const leftStart = chainStart(sentence, c - 1);
  const rightEnd = ofChainEnd(sentence, c + 1);
  const after = sentence.phrases[rightEnd + 1];
  const closed = after === undefined || (after.kind === 'word' && after.token.pos === 'PUNCT');
  if (!closed || sentence.wordAt(rightEnd + 2)?.pos === 'CONJ') return undefined;
  const left = sentence.phrases[leftStart] as NounPhrase;
  const right = sentence.phrases[c + 1] as NounPhrase;
  return {
    leftStart,
    leftEnd: c - 1,
    rightStart: c + 1,
    rightEnd,
    left: sentence.mention(left, left.tokens),
    right: sentence.mention(right, right.tokens),
  };
}
