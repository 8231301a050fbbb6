/** Pass 2: people's full names with one last name and a first name one letter apart (`Anthony`/`Antony Blinken`). */
import { withinOneEdit } from './edit-distance.js';
import { isPerson, isSurelyPerson, type NameGroup } from './groups.js';
import type { Link } from './links.js';
import { personParts } from './name-shape.js';

/** Shorter first names are too often different names one letter apart (`Joe`, `Jon`). */
const MIN_FIRST_NAME = 4;

export function spellingLinks(groups: ReadonlyMap<string, NameGroup>): Link[] {
  // last name and first letter → first name → groups: only names in one bucket can be variants
  const buckets = new Map<string, Map<string, Set<string>>>();
  for (const group of groups.values()) {
    if (!isPerson(group)) continue;
    for (const form of group.forms.keys()) {
      const parts = personParts(form);
      if (parts === undefined) continue;
      const bucketKey = `${parts.last} ${parts.first[0]}`;
      const firsts = buckets.get(bucketKey) ?? new Map<string, Set<string>>();
      buckets.set(bucketKey, firsts);
      firsts.set(parts.first, (firsts.get(parts.first) ?? new Set()).add(group.slug));
    }
  }
  const links: Link[] = [];
  // a guess on both sides links nothing: the extractor guesses person for any two unknown capitalised words
  const isSure = (a: string, b: string): boolean => isSurelyPerson(groups.get(a)!) || isSurelyPerson(groups.get(b)!);
  const pairUp = (from: Set<string>, to: Set<string>, kind: Link['kind']): void => {
    // within one set each pair once; across two sets every pair
    for (const a of from) {
      for (const b of to) {
        if ((from === to ? a < b : a !== b) && isSure(a, b)) links.push({ from: a, to: b, kind });
      }
    }
  };
  for (const firsts of buckets.values()) {
    const names = [...firsts.keys()];
    for (const [i, first] of names.entries()) {
      const slugs = firsts.get(first)!;
      // the same first and last name with a different middle (`Antony J. Blinken`), at any length
      pairUp(slugs, slugs, 'first-and-last');
      for (const other of names.slice(i + 1)) {
        if (isSpellingVariant(first, other)) pairUp(slugs, firsts.get(other)!, 'spelling');
      }
    }
  }
  return links;
}

function isSpellingVariant(a: string, b: string): boolean {
  return a.length >= MIN_FIRST_NAME && b.length >= MIN_FIRST_NAME && withinOneEdit(a, b);
}

/** Shorter one-word names differ by such a letter too often to be one name (`Tai`, `Thai`). */
const MIN_VARIANT_WORD = 6;

/**
 * One-word names that transliterate one word two ways: an `h` after a consonant dropped
 * (`Neanderthals`/`Neandertals`) or a doubled letter written once (`Mohammed`/`Mohamed`). Only
 * where the two are read in one document or in documents of one story: elsewhere they may name two
 * things. A change of vowel is no such variant (`Colombia`, `Columbia`). People's names are pass 2's
 * and pass 4's.
 */
export function wordVariantLinks(
  groups: ReadonlyMap<string, NameGroup>,
  documentsOf: ReadonlyMap<string, ReadonlySet<string>>,
  nearby: { near(a: string, b: string): boolean },
): Link[] {
  const byFold = new Map<string, string[]>();
  for (const group of groups.values()) {
    if (!group.named || isPerson(group) || group.slug.includes('-') || group.slug.length < MIN_VARIANT_WORD) continue;
    const fold = transliterationFold(group.slug);
    byFold.set(fold, [...(byFold.get(fold) ?? []), group.slug]);
  }
  const links: Link[] = [];
  for (const slugs of byFold.values()) {
    slugs.sort();
    for (const other of slugs.slice(1)) {
      if (sameStory(documentsOf.get(slugs[0]!)!, documentsOf.get(other)!, nearby)) links.push({ from: other, to: slugs[0]!, kind: 'spelling' });
    }
  }
  return links;
}

function transliterationFold(word: string): string {
  return word.replace(/([bcdgkpst])h/g, '$1').replace(/(\p{L})\1/gu, '$1');
}

function sameStory(a: ReadonlySet<string>, b: ReadonlySet<string>, nearby: { near(a: string, b: string): boolean }): boolean {
  for (const doc of a) {
    if (b.has(doc)) return true;
    for (const other of b) if (nearby.near(doc, other)) return true;
  }
  return false;
}
