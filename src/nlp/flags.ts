/** Reads negation, hedging, modality and tense off a verb group and its sentence. */
import type { Modality, Tense } from '../types.js';
import type { Token } from './token.js';
import { HEDGE_PHRASES, HEDGE_WORDS, MODALS, NEGATIONS } from './data/words.js';

export function isNegated(verbTokens: Token[], objectTokens: Token[]): boolean {
  if (verbTokens.some((t) => t.pos === 'NEG' || NEGATIONS.has(t.lower))) return true;
  const first = objectTokens[0];
  return first !== undefined && (first.lower === 'no' || first.lower === 'neither');
}

export function modalityOf(verbTokens: Token[]): Modality | undefined {
  for (const t of verbTokens) {
    const modal = MODALS[t.lower];
    if (modal !== undefined && t.pos === 'AUX') return modal;
  }
  return undefined;
}

export function tenseOf(verbTokens: Token[], modality: Modality | undefined): Tense {
  if (modality === 'will') return 'future';
  const first = verbTokens.find((t) => t.pos === 'AUX' || t.pos === 'VERB');
  if (first === undefined) return 'present';
  if (first.tags.has('PastTense') || /^(was|were|had|did)$/.test(first.lower)) return 'past';
  if (first.tags.has('FutureTense')) return 'future';
  return 'present';
}

/** A hedge anywhere in the sentence (`reportedly`, `according to`, `if genuine`) qualifies its statements. */
export function isHedged(sentence: Token[]): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const word = sentence[i]!.lower;
    if (HEDGE_WORDS.has(word)) return true;
    for (const phrase of HEDGE_PHRASES) {
      if (phrase[0] === word && phrase.every((w, k) => sentence[i + k]?.lower === w)) return true;
    }
  }
  return false;
}
