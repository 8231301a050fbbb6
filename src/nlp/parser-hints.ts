/**
 * What compromise already knows about each word, handed to the parser as features: its coarse
 * class after 02-retag, and the form of a verb or noun. compromise reads news well and the
 * treebank is web text, so the parser learns how far to trust it.
 */
import type { Token } from './token.js';

const FORMS = ['Gerund', 'Participle', 'PastTense', 'Infinitive', 'PresentTense', 'Plural', 'ProperNoun'] as const;

export function parserHints(tokens: readonly Token[]): string[][] {
  return tokens.map((t) => [t.pos, FORMS.find((form) => t.tags.has(form)) ?? '-']);
}

/** The hints of a word kg did not split the same way as the treebank. */
export const UNALIGNED_HINTS: readonly string[] = ['?', '?'];
