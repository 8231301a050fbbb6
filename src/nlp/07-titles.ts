/** Titles before names (`Secretary of State Antony Blinken`): the one relation read inside a single noun phrase rather than off the tree. */
import type { NounPhrase } from './03-phrases.js';
import type { Sentence } from './sentence.js';
import type { TripleBuilder } from './triple.js';
import { HONORIFICS } from './data/words.js';

export function readTitles(sentence: Sentence, triples: TripleBuilder): void {
  for (const phrase of sentence.phrases) if (phrase.kind === 'np') readTitle(sentence, triples, phrase);
}

/** `Secretary of State Antony Blinken` says Blinken is Secretary of State; an honorific alone (`Mr.`) says nothing. */
function readTitle(sentence: Sentence, triples: TripleBuilder, phrase: NounPhrase): void {
  const mention = sentence.mention(phrase, phrase.tokens);
  if (mention.title === undefined || mention.type !== 'person') return;
  const titleTokens = phrase.tokens.filter((t) => t.start < mention.nameSpan.start && t.pos !== 'DET');
  if (titleTokens.every((t) => HONORIFICS.has(t.lower))) return;
  triples.emitIs(mention, titleTokens, 'apposition', 0.55, true);
}
