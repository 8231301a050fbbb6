/**
 * Pass 3b: a country's other common name (`America`, `Britain`, `Holland`) is the country. These
 * are facts of usage no document spells out, so they come from a short list rather than a rule;
 * a name is linked only when the corpus also has the country's usual name.
 */
import type { NameGroup } from './groups.js';
import type { Link } from './links.js';
import { slug } from './slug.js';

/** Usual name → other names news uses for the same country. */
const OTHER_NAMES: Record<string, readonly string[]> = {
  'United States': ['America', 'United States of America', 'U.S.A.'],
  'United Kingdom': ['Britain', 'Great Britain', 'U.K.'],
  Netherlands: ['Holland'],
  Russia: ['Russian Federation'],
  China: ["People's Republic of China", 'Mainland China'],
  'North Korea': ["Democratic People's Republic of Korea", 'DPRK'],
  'South Korea': ['Republic of Korea'],
  Iran: ['Islamic Republic of Iran'],
  Myanmar: ['Burma'],
  Turkey: ['Türkiye'],
  'Czech Republic': ['Czechia'],
  'Ivory Coast': ["Côte d'Ivoire"],
  Vietnam: ['Viet Nam'],
  Eswatini: ['Swaziland'],
};

const USUAL_NAME = new Map(Object.entries(OTHER_NAMES).flatMap(([usual, others]) => others.map((other) => [slug(other), slug(usual)] as const)));

export function knownNameLinks(groups: ReadonlyMap<string, NameGroup>): Link[] {
  const links: Link[] = [];
  for (const group of groups.values()) {
    const usual = USUAL_NAME.get(group.slug);
    if (usual !== undefined && group.named && groups.get(usual)?.named) links.push({ from: group.slug, to: usual, kind: 'known name' });
  }
  return links;
}
