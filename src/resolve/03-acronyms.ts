/** Pass 3: an acronym names the long name with its initials that one of its documents also names (`UN` = `United Nations`). */
import { isPerson, type NameGroup } from './groups.js';
import type { Link } from './links.js';
import { acronymLetters, initialsOf } from './name-shape.js';
import { slug } from './slug.js';
import type { NearbyDocuments } from './nearby-documents.js';
import { containsWords } from './text-search.js';
import { isRole } from './titles.js';

/**
 * Matching initials alone are no evidence: across a corpus `CIA` has the initials of a Calicut
 * International Airport as well as of the agency. So an acronym joins a long name only where a
 * document has both (which a definition, `Central Intelligence Agency (CIA)`, always does) — in
 * its triples, or anywhere in its text — and at least half the acronym's documents are that one or
 * of the same story as one; and only when that long name is the one actor with those initials
 * beside it. A well-known acronym no document spells out stays a node of its own. People
 * and roles are left out of the long names: `AG` is far more often an attorney general than the
 * initials of an `Ashraf Ghani`, and `USA` is no `US Ambassador`.
 */
export function acronymLinks(
  groups: ReadonlyMap<string, NameGroup>,
  find: (slug: string) => string,
  documentsOf: ReadonlyMap<string, ReadonlySet<string>>,
  texts: ReadonlyMap<string, string>,
  nearby: NearbyDocuments,
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
  // one name's documents that have the other: as a triple's argument, or in their text
  const has = (doc: string, group: string): boolean =>
    documentsOf.get(group)!.has(doc) || [...groups.get(group)!.forms.keys()].some((form) => containsWords(texts.get(doc) ?? '', form));
  const documentsWithBoth = (acronym: string, long: string): string[] => [
    ...[...documentsOf.get(acronym)!].filter((doc) => has(doc, long)),
    ...[...documentsOf.get(long)!].filter((doc) => !documentsOf.get(acronym)!.has(doc) && has(doc, acronym)),
  ];
  // at least half its documents have the long name or are of the same story as one that does:
  // `DRM` in a story on railways is a Divisional Railway Manager, but in two unrelated stories on
  // software it is Digital Rights Management, so it is neither for the whole corpus
  const readsAs = (acronym: string, long: string): boolean => {
    const both = documentsWithBoth(acronym, long);
    if (both.length === 0) return false;
    const documents = [...documentsOf.get(acronym)!];
    const told = documents.filter((doc) => both.includes(doc) || both.some((other) => nearby.near(doc, other)));
    return told.length * 2 >= documents.length;
  };
  const links: Link[] = [];
  for (const { group, letters } of acronyms) {
    const together = [...(longNames.get(letters) ?? [])].filter((long) => readsAs(group, long));
    // two actors with the same initials beside it: the acronym could be either, so it is neither
    if (new Set(together.map(find)).size !== 1) continue;
    for (const long of together) links.push({ from: group, to: long, kind: 'acronym' });
  }
  return links;
}
