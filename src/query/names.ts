/** Every name an actor goes by (its label and its aliases), normalised once per graph for search and lookup. */
import type { LoadedGraph } from '../graph/loaded-graph.js';

export interface NameEntry {
  node: string;
  /** The name as read. */
  name: string;
  /** Lower case, no accents, no dots (`U.S.` → `us`), other punctuation as spaces. */
  normal: string;
  /** `normal`'s words. */
  words: string[];
}

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

export interface NameIndex {
  /** The label first, then aliases by how often they were read; one entry per distinct normal form of a node. */
  entries: NameEntry[];
  /** Entries by normal form, for exact lookups without a scan. */
  byNormal: Map<string, NameEntry[]>;
  /**
   * Every name read from each of its words on (`secretary antony blinken`, `antony blinken`,
   * `blinken`), sorted, so a prefix search is a binary search and a walk over the matches only.
   */
  fromEachWord: { text: string; entry: NameEntry }[];
}

const indexes = new WeakMap<LoadedGraph, NameIndex>();

export function nameIndex(loaded: LoadedGraph): NameIndex {
  let index = indexes.get(loaded);
  if (index === undefined) {
    const entries: NameEntry[] = [];
    const byNormal = new Map<string, NameEntry[]>();
    loaded.graph.forEachNode((node, attributes) => {
      const seen = new Set<string>();
      const aliases = Object.entries(attributes.aliases).sort((a, b) => b[1] - a[1]).map(([alias]) => alias);
      for (const name of [attributes.label, ...aliases]) {
        const normal = normaliseName(name);
        if (normal === '' || seen.has(normal)) continue;
        seen.add(normal);
        const entry = { node, name, normal, words: normal.split(' ') };
        entries.push(entry);
        byNormal.set(normal, [...(byNormal.get(normal) ?? []), entry]);
      }
    });
    const fromEachWord = entries.flatMap((entry) => {
      let at = 0;
      return entry.words.map((word) => {
        const text = entry.normal.slice(at);
        at += word.length + 1;
        return { text, entry };
      });
    });
    fromEachWord.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    index = { entries, byNormal, fromEachWord };
    indexes.set(loaded, index);
  }
  return index;
}
