/**
 * Pass 4b: a product or an organization called by the last word of its name once it was named in full
 * (`CentOS Stream`, then `Stream`), read document by document as pass 4 reads people's short names:
 * only where the document names one whole name ending in the word, and only where the word is written
 * as a name (`the stream` is a noun).
 */
import { functionWords } from '../nlp/compromise-world.js';
import { gazetteerType } from './gazetteer.js';
import { documentsOf, isPerson, type NameGroup, type ReadRecord } from './groups.js';
import { LAST_WORD_KINDS, ROLE_WORDS } from './kind-words.js';
import type { Lending } from './04-short-names.js';
import { isCapitalised } from './name-shape.js';
import { slug } from './slug.js';
import { winningType } from './type-vote.js';
import { wordsOf } from './surface.js';

export function lastWordLending(
  groups: ReadonlyMap<string, NameGroup>,
  records: readonly ReadRecord[],
  find: (slug: string) => string,
  decidedByHand: ReadonlySet<string>,
): Map<string, Map<string, Lending>> {
  // documents that write a name with a capital (`stream` in lower case is a noun), and for a short
  // form also without `the` (`the House`, `the Division` describe, as `the president` does)
  const asName = (record: ReadRecord): boolean => record.named && isCapitalised(record.surface);
  const namedIn = documentsOf(records, asName);
  const bareIn = documentsOf(records, (record) => asName(record) && !record.definite);
  // a one-word name's slug → the names of two or more words that end in it
  const endingIn = new Map<string, Set<string>>();
  for (const group of groups.values()) {
    if (!group.named || isPerson(group) || isKnownPlace(group)) continue;
    for (const form of group.forms.keys()) {
      const words = wordsOf(form);
      if (words.length < 2 || !isWholeName(words)) continue;
      const last = slug(words.at(-1)!);
      endingIn.set(last, (endingIn.get(last) ?? new Set()).add(group.slug));
    }
  }
  const lending = new Map<string, Map<string, Lending>>();
  for (const [word, wholes] of endingIn) {
    const alone = groups.get(word);
    if (alone === undefined || !isBareName(alone) || decidedByHand.has(word)) continue;
    for (const doc of bareIn.get(word) ?? []) {
      const there = [...wholes].filter((whole) => namedIn.get(whole)?.has(doc) && find(whole) !== find(word));
      if (there.length !== 1) continue;
      const byDocument = lending.get(word) ?? new Map<string, Lending>();
      lending.set(word, byDocument.set(doc, { root: find(there[0]!), kind: 'last word', rule: 'only' }));
    }
  }
  return lending;
}

/**
 * A whole name to shorten: capitalised words, no `of` (`Commerce` is no short form of `Chamber of
 * Commerce`), not opened by a function word the sentence began with (`Since ABS-CBN`) or a compass
 * word (`North Karnataka` is a part of Karnataka).
 */
function isWholeName(words: readonly string[]): boolean {
  const first = words[0]!.toLowerCase();
  return words.every((word) => isCapitalised(word)) && !functionWords.has(first) && !COMPASS_WORDS.has(first);
}

const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old']);

/**
 * A word that can be a name's short form: read as a name, no person's (those are short names, pass
 * 4), no place (`Africa` is no `South Africa`) and no kind word or role (`Party`, `Court`,
 * `President`), which stands for many names.
 */
function isBareName(group: NameGroup): boolean {
  if (!group.named || isPerson(group) || isKnownPlace(group) || winningType(group.votes) === 'place') return false;
  return !LAST_WORD_KINDS.has(group.slug) && !ROLE_WORDS.has(group.slug);
}

function isKnownPlace(group: NameGroup): boolean {
  return gazetteerType(group.slug) !== undefined;
}
