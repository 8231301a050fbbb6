/** Merges and unmerges decided by hand, read as name groups. */
import type { AliasOverride } from '../types.js';
import type { Link } from './links.js';
import { slug } from './slug.js';
import { nameSurface } from './surface.js';
import { splitTitle } from './titles.js';

export interface HandDecisions {
  /** Links for `kg merge`, applied after every rule. */
  links: Link[];
  /** Groups kept apart by `kg unmerge`: no rule links them, and no short name is lent to or from them. */
  keptApart: Set<string>;
  /** Groups a hand-made merge names: what they name is settled, so no short-name rule reads them. */
  settled: Set<string>;
}

/** The group a name typed by a person stands for: its title is no part of it (`President Trump` is `trump`). */
export function groupOfName(name: string): string {
  return slug(splitTitle(nameSurface(name), true).name);
}

/** Later decisions win: an unmerge undoes an earlier merge of that name, and a merge an earlier unmerge. */
export function handDecisions(overrides: readonly AliasOverride[]): HandDecisions {
  const merges = new Map<string, [string, string]>();
  const keptApart = new Set<string>();
  for (const override of overrides) {
    if (override.action === 'unmerge') {
      const group = groupOfName(override.name);
      for (const [key, pair] of merges) if (pair.includes(group)) merges.delete(key);
      keptApart.add(group);
    } else {
      const pair = override.names.map(groupOfName) as [string, string];
      for (const group of pair) keptApart.delete(group);
      merges.set(pair.join('\u0000'), pair);
    }
  }
  const links: Link[] = [...merges.values()].map(([from, to]) => ({ from, to, kind: 'hand' }));
  return { links, keptApart, settled: new Set([...merges.values()].flat()) };
}
