/** How far a clause's parts reach: where an adjective phrase or a complement ends, and whether a clause opens. */
import type { Token } from './token.js';
import { argumentFrom } from './arguments.js';
import type { Sentence } from './sentence.js';
import { CLAUSE_BREAKS, NOUN_ATTACHING_PREPOSITIONS } from './data/words.js';

/**
 * A noun phrase (with its `of` phrases) directly followed by a finite verb group starts a clause;
 * a bare participle before `by` (`the draft authored by ...`) only describes it.
 */
export function opensClause(sentence: Sentence, q: number): boolean {
  let { end } = argumentFrom(sentence, q, false);
  // `since the Taliban’s commitment to the peace agreement is not certain`
  while (sentence.wordAt(end + 1)?.pos === 'PREP' && NOUN_ATTACHING_PREPOSITIONS.has(sentence.wordAt(end + 1)!.lower) && sentence.phrases[end + 2]?.kind === 'np') end += 2;
  const after = sentence.phrases[end + 1];
  if (after?.kind !== 'vg' || after.nonFinite) return false;
  const reducedPassive = !after.tokens.some((t) => t.pos === 'AUX') && sentence.wordAt(end + 2)?.lower === 'by';
  return !reducedPassive;
}

/** `is responsible and accountable for the attack`: adjectives, their conjunctions, and one prepositional phrase. */
export function adjectivePhraseEnd(sentence: Sentence, q: number): number {
  let end = q;
  for (;;) {
    if (sentence.wordAt(end + 1)?.pos === 'ADJ') end++;
    else if (sentence.wordAt(end + 1)?.pos === 'CONJ' && sentence.wordAt(end + 2)?.pos === 'ADJ') end += 2;
    else break;
  }
  if (sentence.wordAt(end + 1)?.pos === 'PREP' && sentence.phrases[end + 2]?.kind === 'np') end += 2;
  return end;
}

/** What follows the object up to the end of the clause: `to host the next round of peace talks`. */
export function complementFrom(sentence: Sentence, q: number, opensWithVerb = false): Token[] | undefined {
  const first = sentence.phrases[q];
  if (first === undefined) return undefined;
  const firstWord = first.kind === 'word' ? first.token : undefined;
  const opens = opensWithVerb ? first.kind === 'vg' : firstWord !== undefined && (firstWord.pos === 'TO' || firstWord.pos === 'PREP');
  if (!opens) return undefined;
  let end = q;
  for (let k = q + 1; k < sentence.phrases.length; k++) {
    const phrase = sentence.phrases[k]!;
    if (phrase.kind === 'word' && phrase.token.text === ',' && continuesAfterComma(sentence, k)) continue;
    if (phrase.kind === 'word' && (CLAUSE_BREAKS.has(phrase.token.text) || phrase.token.text === ',' || phrase.token.pos === 'REL' || phrase.token.pos === 'SCONJ')) break;
    if (phrase.kind === 'word' && phrase.token.pos === 'PUNCT' && k === sentence.phrases.length - 1) break;
    // `... in the third round and the fight ended`, `until he switched`: a new clause starts here
    if (phrase.kind === 'word' && (phrase.token.pos === 'CONJ' || phrase.token.pos === 'PREP') && sentence.phrases[k + 1]?.kind === 'np' && opensClause(sentence, k + 1)) break;
    end = k;
  }
  return sentence.tokensOf(q, end);
}

/** `in 1941 , at Kettering`: a comma followed by another prepositional phrase does not end the clause. */
function continuesAfterComma(sentence: Sentence, k: number): boolean {
  const next = sentence.wordAt(k + 1);
  return next?.pos === 'PREP' && sentence.phrases[k + 2]?.kind === 'np' && sentence.phrases[k + 3]?.kind !== 'vg';
}
