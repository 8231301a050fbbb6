/** Pass 3: an acronym names the long name with its initials that one of its documents also names (`UN` = `United Nations`). */
import { isPerson, type NameGroup } from './groups.js';
import type { Link } from './links.js';
import { acronymLetters, initialsOf } from './name-shape.js';
import { slug } from './slug.js';
import { containsWords } from './text-search.js';
import { isRole } from './titles.js';

/**
 * Matching initials alone are no evidence: across a corpus `CIA` has the initials of a Calicut
 * International Airport as well as of the agency. So an acronym joins a long name only where one
 * document has both (which a definition, `Central Intelligence Agency (CIA)`, always does) — in its
 * triples, or anywhere in its text — and only when that long name is the one actor with those
 * initials beside it; a well-known acronym no document spells out stays a node of its own. People
 * and roles are left out of the long names: `AG` is far more often an attorney general than the
 * initials of an `Ashraf Ghani`, and `USA` is no `US Ambassador`.
 */
export function acronymLinks(
  groups: ReadonlyMap<string, NameGroup>,
  find: (slug: string) => string,
  documentsOf: ReadonlyMap<string, ReadonlySet<string>>,
  texts: ReadonlyMap<string, string>,
): Link[] {
  // initials → long-name groups with those initials
  const longNames = new Map<string, Set<string>>();
  const acronyms: Array<{ group: string; letters: string }> = [];
  for (const group of groups.values()) {
    if (!group.named) continue;
    for (const form of group.forms.keys()) {
      const letters = acronymLetters(form);
      if (letters !== undefined) {
        acronyms.push({ group: group.slug, letters: slug(letters) });
        continue;
      }
      const initials = isPerson(group) || isRole(form) ? undefined : initialsOf(form);
      if (initials !== undefined) longNames.set(slug(initials), (longNames.get(slug(initials)) ?? new Set()).add(group.slug));
    }
  }
  // one of `a`'s documents has `b`: as a triple's argument, or written in its text
  const besideIn = (a: string, b: string): boolean =>
    [...documentsOf.get(a)!].some((doc) => documentsOf.get(b)!.has(doc) || [...groups.get(b)!.forms.keys()].some((form) => containsWords(texts.get(doc) ?? '', form)));
  const links: Link[] = [];
  for (const { group, letters } of acronyms) {
    const together = [...(longNames.get(letters) ?? [])].filter((long) => besideIn(group, long) || besideIn(long, group));
    // two actors with the same initials beside it: the acronym could be either, so it is neither
    if (new Set(together.map(find)).size !== 1) continue;
    for (const long of together) links.push({ from: group, to: long, kind: 'acronym' });
  }
  return links;
}
