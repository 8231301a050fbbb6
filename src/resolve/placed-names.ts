/**
 * Names the texts place the way news places a town: followed by a comma and a state or country the
 * gazetteer knows (`Marksville, Louisiana`, `Yonkers, New York`, `Guayanilla, Puerto Rico`). A name
 * with a given name or surname in it is left out (`Don Blankenship, West Virginia's …`).
 */
import { personalNameWords } from '../nlp/compromise-world.js';
import { gazetteerType } from './gazetteer.js';

/** One to three capitalised words, a comma, then one to three capitalised words. */
const NAME_COMMA_NAME = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})/gu;

export function placedNames(texts: Iterable<string>): Set<string> {
  const placed = new Set<string>();
  for (const text of texts) {
    for (const [, name, after] of text.matchAll(NAME_COMMA_NAME)) {
      if (gazetteerType(name!) !== undefined || !isPlaceAfter(after!) || isPersonalName(name!)) continue;
      placed.add(name!);
    }
  }
  return placed;
}

/** The words after the comma, or their longest opening run, name a place of the gazetteer. */
function isPlaceAfter(words: string): boolean {
  const parts = words.split(' ');
  for (let n = parts.length; n > 0; n--) if (gazetteerType(parts.slice(0, n).join(' ')) === 'place') return true;
  return false;
}

function isPersonalName(name: string): boolean {
  return name.split(' ').some((word) => personalNameWords.has(word.toLowerCase()));
}
