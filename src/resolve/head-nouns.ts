/** What the words of a name say about its kind: `Health Ministry`, `University of East Anglia`, `Hurricane Dorian`, `Islam`. */
import type { EntityType } from '../types.js';
import { CREEDS, FIRST_WORD_KINDS, LAST_WORD_KINDS, RANK_WORDS, ROLE_ACRONYMS, ROLE_WORDS } from './kind-words.js';
import { wordsOf } from './surface.js';

/** A one-word name in -ism names a creed or a movement of ideas (`Catholicism`, `Marxism`). */
const CREED_ENDING = /\p{L}{3}ism$/u;

/**
 * The type a name's head noun gives it, or undefined when its words say nothing. The head is the
 * word before the first `of` (`Ministry of Health`), or else the last word (`Health Ministry`); when
 * that says nothing, a leading kind word (`Lake Victoria`) may. A one-word name is typed only as a
 * creed, a role or degree (`CEO`, `PhD`), a plural of members (`Democrats`) or another concept (`UTC`): an organization's or a place's
 * kind word alone may as well be a surname (`Margaret Court`, `Tony Post`).
 */
export function headNounType(surface: string): EntityType | undefined {
  const words = wordsOf(surface).map((word) => word.toLowerCase());
  if (words.length === 1) {
    const word = words[0]!;
    if (isCreed(word) || ROLE_ACRONYMS.has(word)) return 'concept';
    const kind = LAST_WORD_KINDS.get(word);
    return kind === 'group' || kind === 'concept' ? kind : undefined;
  }
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  if (ROLE_WORDS.has(head)) return 'concept';
  const opening = words.find((word) => !RANK_WORDS.has(word)) ?? words[0]!;
  return LAST_WORD_KINDS.get(head) ?? FIRST_WORD_KINDS.get(opening);
}

/** A faith or creed, or any word in -ism (`Islam`, `Marxism`), in lower case. */
export function isCreed(word: string): boolean {
  return CREEDS.has(word) || CREED_ENDING.test(word);
}
