/** Pass 3: an acronym names the one long name in the corpus with its initials (`UN` = `United Nations`). */
import { isPerson, type NameGroup } from './groups.js';
import type { Link } from './links.js';
import { acronymLetters, initialsOf } from './name-shape.js';
import { slug } from './slug.js';

/**
 * People are left out of the long names: `AG` is far more often an attorney general than
 * the initials of an `Ashraf Ghani`.
 */
export function acronymLinks(groups: ReadonlyMap<string, NameGroup>, find: (slug: string) => string): Link[] {
  // initials → actor (root) → its groups with those initials
  const longNames = new Map<string, Map<string, Set<string>>>();
  const acronyms: Array<{ group: string; letters: string }> = [];
  for (const group of groups.values()) {
    if (!group.named) continue;
    for (const form of group.forms.keys()) {
      const letters = acronymLetters(form);
      if (letters !== undefined) {
        acronyms.push({ group: group.slug, letters: slug(letters) });
        continue;
      }
      const initials = isPerson(group) ? undefined : initialsOf(form);
      if (initials === undefined) continue;
      const actors = longNames.get(slug(initials)) ?? new Map<string, Set<string>>();
      longNames.set(slug(initials), actors);
      const root = find(group.slug);
      actors.set(root, (actors.get(root) ?? new Set()).add(group.slug));
    }
  }
  const links: Link[] = [];
  for (const { group, letters } of acronyms) {
    const actors = longNames.get(letters);
    // two long names with the same initials: the acronym could be either, so it is neither
    if (actors?.size !== 1) continue;
    for (const long of [...actors.values()][0]!) links.push({ from: group, to: long, kind: 'acronym' });
  }
  return links;
}
