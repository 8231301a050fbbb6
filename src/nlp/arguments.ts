/** An argument of a triple: the noun phrases it names (one per conjunct) and the words it spans. */
import type { Mention } from '../types.js';
import type { Token } from './token.js';
import type { NounPhrase } from './03-phrases.js';

export interface Argument {
  conjuncts: NounPhrase[];
  /** Per conjunct, the words it spans with its own modifiers (`the Star of David`), when it has more than its name. */
  conjunctTokens?: Token[][];
  tokens: Token[];
}

/** Names an actor: neither a concept nor a pronoun. */
export const isNamed = (mention: Mention): boolean => mention.type !== 'concept' && mention.pronoun !== true;
