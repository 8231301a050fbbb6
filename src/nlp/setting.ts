/** The time or place phrase that opens a sentence and frames what it says (`On 12 July 2006 , ...`). */
import { ofChainEnd } from './arguments.js';
import { opensClause } from './clause-extent.js';
import type { Sentence } from './sentence.js';

/** `On 12 July 2006 , Hezbollah launched ...`: a prepositional phrase before the first comma frames the sentence. */
export function openingSetting(sentence: Sentence): string | undefined {
  const first = sentence.phrases[0];
  // `This week , ...`, `Last year , ...`: a time phrase alone
  if (first?.kind === 'np' && first.tokens.some((t) => t.tags.has('Date')) && sentence.wordAt(1)?.text === ',') {
    return sentence.textOf(first.tokens);
  }
  const preposition = sentence.wordAt(0);
  if (preposition?.pos !== 'PREP' || sentence.phrases[1]?.kind !== 'np' || preposition.lower === 'according') return undefined;
  const end = ofChainEnd(sentence, 1);
  // `In 1991 he started ...`: without a comma, only when a subject and its verb follow at once
  const framed = sentence.wordAt(end + 1)?.text === ',' || (sentence.phrases[end + 1]?.kind === 'np' && opensClause(sentence, end + 1));
  return framed ? sentence.textOf(sentence.tokensOf(0, end)) : undefined;
}
