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
