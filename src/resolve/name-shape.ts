/** What the shape of a name says: an acronym, the initials of a long name, a person's first and last name. */
import { INITIALS_SKIP, NAME_SUFFIXES } from './data.js';
import { slug } from './slug.js';
import { wordsOf } from './surface.js';

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const CAPITALISED = /^\p{Lu}/u;

/** `U.S.` → `US`, `NATO` → `NATO`; undefined for anything but 2–6 capitals, each with or without a dot. */
export function acronymLetters(surface: string): string | undefined {
  return ACRONYM.test(surface) ? surface.replace(/\./g, '') : undefined;
}

/**
 * `United Nations` → `UN`: the capitals of a name of two or more capitalised words, small words
 * skipped; an acronym inside gives all its letters (`US Senate` → `USS`, never `US`).
 */
export function initialsOf(surface: string): string | undefined {
  const words = wordsOf(surface).filter((word) => !INITIALS_SKIP.has(word.toLowerCase()));
  if (words.length < 2 || words.length > 6 || !words.every(isCapitalised)) return undefined;
  return words.map((word) => acronymLetters(word) ?? String.fromCodePoint(word.codePointAt(0)!)).join('');
}

/** A full name's first and last word as keys (`Antony J. Blinken` → antony, blinken); undefined for one word. */
export function personParts(surface: string): { first: string; last: string } | undefined {
  const words = wordsOf(surface);
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length < 2) return undefined;
  const first = slug(words[0]!);
  const last = slug(words[words.length - 1]!);
  return first === '' || last === '' ? undefined : { first, last };
}

export function isCapitalised(surface: string): boolean {
  return CAPITALISED.test(surface);
}

export function isOneWord(surface: string): boolean {
  return wordsOf(surface).length === 1;
}
