/** A title or honorific the extractor left at the front of a person's name (`President Trump`, `Cde Mugabe`). */
import { personalNameWords } from '../nlp/compromise-world.js';
import { HONORIFICS, TITLE_HEADS, TITLE_WORDS } from '../nlp/data/words.js';
import { NAME_SUFFIXES } from './data.js';
import { isCapitalised } from './name-shape.js';
import { wordsOf } from './surface.js';

/**
 * Heads of titles the extractor does not read as titles, because they also open other names or
 * are rare in news: `Chief Executive`, `House Speaker`, `Senators`, `MP`, chess titles (`IM`, `GM`),
 * the `Cde` (comrade) of Zimbabwean usage. A party before a name (`Republican Cory Gardner`) is no
 * title: it also opens organizations' names (`Republican National Convention`), so only a person
 * the corpus names without it takes it off (see affiliations.ts).
 */
const MORE_TITLE_HEADS = new Set([
  'executive', 'speaker', 'senators', 'congressman', 'congresswoman', 'congressmember', 'president-elect',
  'vice-president', 'cde', 'comrade', 'im', 'gm', 'wgm', 'fm', 'cm', 'rev.', 'rev', 'father', 'sister',
  'brother', 'imam', 'rabbi', 'ayatollah', 'mullah', 'marshal', 'major', 'private', 'corporal', 'dean',
  'mp', 'mep', 'mla',
]);

/**
 * Titles that are part of how a monarch, a pope or a character is named (`Pope Francis`, `King
 * Salman`, `Captain America`): before a single name they stay, and the single name joins its
 * titled form as a short name does.
 */
const NAMING_TITLES = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'sultan', 'emir', 'sheikh', 'emperor', 'empress', 'captain', 'major', 'private', 'corporal']);

/** Honorifics and titles only people bear: they say a name is a person's whatever the extractor typed it. */
const PERSONAL_HONORIFICS = new Set([...HONORIFICS, 'cde', 'comrade', 'im', 'gm', 'wgm', 'fm']);

/** A title only people bear, though some are written as acronyms (`IM Dorsa Derakhshani`, `MP Penny Sharpe`). */
export const isPersonalTitle = (word: string): boolean => PERSONAL_HONORIFICS.has(word.toLowerCase()) || MORE_TITLE_HEADS.has(word.toLowerCase());

/** `US Ambassador`, `Prime Minister`: a role, whose initials are no acronym of an actor. */
export function isRole(surface: string): boolean {
  const last = wordsOf(surface).at(-1)?.toLowerCase();
  return last !== undefined && (TITLE_HEADS.has(last) || MORE_TITLE_HEADS.has(last));
}

/**
 * A role said without a name (`House Speaker`, `Republican Senate Majority Leader`, `MP`): no actor
 * but what many hold, so a concept of its document, which joins no stories. Not a body named after
 * one (`Court of Justice`), nor a name that ends like a title (`John Major`).
 */
export function namesRole(surface: string): boolean {
  const words = wordsOf(surface).map((word) => word.toLowerCase());
  return isRole(surface) && !words.includes('of') && !personalNameWords.has(words[0]!);
}

export interface TitledName {
  /** The name without its title: `Trump`. */
  name: string;
  /** The words before it, as written: `President`. */
  title?: string;
}

/**
 * Splits off the longest run of words at the front that ends in a title head, when a name is left
 * behind (`House Speaker Nancy Pelosi` → `House Speaker` + `Nancy Pelosi`). Only for a person (or a
 * name opened by an honorific): `General Motors` and `Prince Edward Island` keep their first word.
 * A run may hold words that are no title words (`House`, `US`) as long as it is capitalised:
 * those name the office. Undefined title when there is nothing to split.
 */
export function splitTitle(surface: string, isPerson: boolean): TitledName {
  const words = wordsOf(surface);
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words[k - 1]!.toLowerCase();
    if (!TITLE_HEADS.has(head) && !MORE_TITLE_HEADS.has(head)) continue;
    if (!isPerson && !PERSONAL_HONORIFICS.has(words[0]!.toLowerCase())) continue;
    const rest = words.slice(k);
    if (!rest.every(isCapitalised) || rest.every((word) => NAME_SUFFIXES.has(word.toLowerCase()))) continue;
    const title = words.slice(0, k);
    if (rest.length === 1 && NAMING_TITLES.has(head)) continue;
    if (!title.every((word) => isCapitalised(word) || TITLE_WORDS.has(word.toLowerCase()))) continue;
    return { name: rest.join(' '), title: title.join(' ') };
  }
  return { name: surface };
}
