/** Pass 1: an acronym written with dots is the acronym written without (`U.S.` = `US`). */
import type { Link } from './links.js';
import { acronymLetters } from './name-shape.js';
import type { NameGroup } from './groups.js';
import { slug } from './slug.js';

export function dotLinks(groups: ReadonlyMap<string, NameGroup>): Link[] {
  const links: Link[] = [];
  for (const group of groups.values()) {
    if (!group.named) continue;
    for (const form of group.forms.keys()) {
      const letters = acronymLetters(form);
      if (letters === undefined) continue;
      const bare = slug(letters);
      if (bare !== group.slug && groups.get(bare)?.named) links.push({ from: group.slug, to: bare, kind: 'dots' });
    }
  }
  return links;
}
