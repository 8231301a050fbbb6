/**
 * Pass 3c: a storm is called by its name alone once named in full (`Hurricane Dorian`, then
 * `Dorian`), where one document has both: the words before the name say what it is, not which.
 */
import type { NameGroup } from './groups.js';
import type { Link } from './links.js';
import { RANK_WORDS } from './kind-words.js';
import { slug } from './slug.js';
import { wordsOf } from './surface.js';

/** Words that say a name is a storm's, before it (`Tropical Storm Imelda`, `Super Typhoon Hagibis`). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'super', ...RANK_WORDS]);
/** One of them must say what kind of storm it is: `three people` is no storm. */
const STORM_KINDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

export function stormNameLinks(groups: ReadonlyMap<string, NameGroup>, documentsOf: ReadonlyMap<string, ReadonlySet<string>>): Link[] {
  const links: Link[] = [];
  for (const group of groups.values()) {
    for (const form of group.forms.keys()) {
      const words = wordsOf(form);
      const name = words.at(-1)!;
      const before = words.slice(0, -1).map((word) => word.toLowerCase());
      if (before.length === 0 || !before.every((word) => STORM_WORDS.has(word)) || !before.some((word) => STORM_KINDS.has(word))) continue;
      const alone = groups.get(slug(name));
      if (alone === undefined || !alone.named) continue;
      const together = [...documentsOf.get(alone.slug)!].some((doc) => documentsOf.get(group.slug)!.has(doc));
      if (together) links.push({ from: alone.slug, to: group.slug, kind: 'storm name' });
    }
  }
  return links;
}
