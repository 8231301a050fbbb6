/**
 * Pass 2b: a person's name read with a place or an organization in front (`United States Joe Biden`
 * of `Vice President of the United States Joe Biden`, `MSNBC Cummings`) is the person's name: the
 * front part is an actor the corpus names on its own, and the rest a person it names too.
 */
import { TITLE_WORDS } from '../nlp/data/words.js';
import { isFullName } from './04-short-names.js';
import { isPerson, type NameGroup } from './groups.js';
import type { Link } from './links.js';
import { slug } from './slug.js';
import { wordsOf } from './surface.js';

export function affiliationLinks(groups: ReadonlyMap<string, NameGroup>): Link[] {
  const links: Link[] = [];
  for (const group of groups.values()) {
    if (!isPerson(group)) continue;
    for (const form of group.forms.keys()) {
      const words = wordsOf(form);
      // the longest front part first: `United States` before `United`
      for (let k = words.length - 1; k >= 1; k--) {
        const front = groups.get(slug(words.slice(0, k).join(' ')));
        const restWords = words.slice(k);
        const rest = groups.get(slug(restWords.join(' ')));
        if (front === undefined || rest === undefined || !front.named || isPerson(front) || !isPerson(rest)) continue;
        // a full name: `US Senator` is a role with its country, and `Rocky` no place before `De La Fuente`
        if (!isFullName(restWords.join(' ')) || restWords.every((word) => TITLE_WORDS.has(word.toLowerCase()))) continue;
        links.push({ from: group.slug, to: rest.slug, kind: 'affiliation' });
        break;
      }
    }
  }
  return links;
}
