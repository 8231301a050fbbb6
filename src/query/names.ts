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

const indexes = new WeakMap<LoadedGraph, NameEntry[]>();

/** The label first, then aliases by how often they were read; one entry per distinct normal form of a node. */
export function nameIndex(loaded: LoadedGraph): NameEntry[] {
  let index = indexes.get(loaded);
  if (index === undefined) {
    index = [];
    const entries = index;
    loaded.graph.forEachNode((node, attributes) => {
      const seen = new Set<string>();
      const aliases = Object.entries(attributes.aliases).sort((a, b) => b[1] - a[1]).map(([alias]) => alias);
      for (const name of [attributes.label, ...aliases]) {
        const normal = normaliseName(name);
        if (normal === '' || seen.has(normal)) continue;
        seen.add(normal);
        entries.push({ node, name, normal, words: normal.split(' ') });
      }
    });
    indexes.set(loaded, index);
  }
  return index;
}
