/**
 * Resolves a subject pronoun to an actor named earlier in the same sentence, when the sentence
 * leaves no doubt: `Hezbollah launched raids, where they killed three soldiers` reads
 * Hezbollah → kill → soldiers. `he`/`she` take the nearest person named before them; `it` and
 * `they` take the sentence's first subject when it fits (not a person; for `they`, a plural or a
 * group). Anything else stays a pronoun, which the graph leaves out.
 */
import type { NounPhrase } from './03-phrases.js';
import type { Argument } from './arguments.js';
import type { Sentence } from './sentence.js';
import { PERSON_PRONOUNS } from './data/words.js';

export function antecedentOf(sentence: Sentence, subject: Argument, main: Argument | undefined): Argument | undefined {
  const phrase = subject.conjuncts[0];
  if (subject.conjuncts.length !== 1 || phrase === undefined || phrase.tokens.length !== 1) return undefined;
  const pronoun = phrase.tokens[0]!.lower;
  if (PERSON_PRONOUNS.has(pronoun)) return nearestPerson(sentence, phrase);
  if ((pronoun !== 'it' && pronoun !== 'they') || main === undefined || main.conjuncts.length !== 1) return undefined;
  const head = main.conjuncts[0]!;
  const mention = sentence.mention(head, head.tokens);
  if (mention.pronoun || mention.type === 'person' || head.tokens[0] === phrase.tokens[0]) return undefined;
  const plural = head.tokens[head.tokens.length - 1]!.tags.has('Plural') || mention.type === 'group';
  return (pronoun === 'they') === plural || (pronoun === 'they' && mention.type === 'organization') ? main : undefined;
}

function nearestPerson(sentence: Sentence, pronoun: NounPhrase): Argument | undefined {
  const at = pronoun.tokens[0]!.i;
  for (let k = sentence.phrases.length - 1; k >= 0; k--) {
    const phrase = sentence.phrases[k]!;
    if (phrase.kind !== 'np' || phrase.tokens[phrase.tokens.length - 1]!.i >= at) continue;
    const mention = sentence.mention(phrase, phrase.tokens);
    if (mention.type === 'person' && !mention.pronoun) return { conjuncts: [phrase], tokens: phrase.tokens };
  }
  return undefined;
}
