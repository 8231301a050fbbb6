/** A mention's name as resolution reads it: Unicode-composed, one space between words, no `the`, no `'s`. */
import { LEADING_DETERMINERS, POSSESSIVE_ENDING } from './data.js';

export function nameSurface(name: string): string {
  const collapsed = collapse(name).replace(POSSESSIVE_ENDING, '').trimEnd();
  const words = collapsed.split(' ');
  // a lone `The` is a name in its own right, not a determiner
  if (words.length > 1 && LEADING_DETERMINERS.has(words[0]!.toLowerCase())) return words.slice(1).join(' ');
  return collapsed;
}

export function titleSurface(title: string): string {
  return collapse(title);
}

export function wordsOf(surface: string): string[] {
  return surface.split(' ').filter((word) => word !== '');
}

/** The form two names are compared in: case and curly apostrophes do not tell names apart. */
export function foldForMatch(surface: string): string {
  return surface.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

function collapse(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A phrase opened by an indefinite determiner, a quantifier or a number word (`a Trump rally`, `any
 * other Democrat`, `two Presidents`) is one or some of a kind: no name of one thing. Not digits: `2020
 * election` opens with a year.
 */
export function isIndefinite(text: string): boolean {
  return INDEFINITE_OPENING.test(text);
}

const INDEFINITE_OPENING =
  /^(?:an?|another|any|every|each|several|many|some|few|numerous|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s/iu;
