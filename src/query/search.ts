/** Finds actors by name or alias: case-insensitive, by prefix of the name or of any of its words, ranked. */
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { SearchHit } from '../api-types.js';
import { FixedReverseHeap } from './fixed-reverse-heap.js';
import { nameIndex, normaliseName } from './names.js';

/** Exact names first, then names that start with the query, then names with a word that does. */
function matchRank(normal: string, query: string): number | undefined {
  if (normal === query) return 0;
  if (normal.startsWith(query)) return 1;
  if (normal.includes(` ${query}`)) return 2;
  return undefined;
}

/** The first position whose text sorts at or after `wanted`. */
function firstAtLeast(sorted: readonly { text: string }[], wanted: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.text < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Ranked {
  key: string;
  rank: number;
  matched: string;
  degree: number;
}

/** The better match, then the better-connected actor: `blinken` puts Antony Blinken before a stray `Blinken's letter`. */
const byRank = (a: Ranked, b: Ranked): number => a.rank - b.rank || b.degree - a.degree || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function searchActors(loaded: LoadedGraph, query: string, limit: number): SearchHit[] {
  const wanted = normaliseName(query);
  if (wanted === '') return [];
  const best = new Map<string, { rank: number; matched: string }>();
  const { fromEachWord } = nameIndex(loaded);
  for (let i = firstAtLeast(fromEachWord, wanted); i < fromEachWord.length && fromEachWord[i]!.text.startsWith(wanted); i++) {
    const { entry } = fromEachWord[i]!;
    const rank = matchRank(entry.normal, wanted);
    if (rank === undefined) continue;
    const known = best.get(entry.node);
    if (known === undefined || rank < known.rank) best.set(entry.node, { rank, matched: entry.name });
  }
  const { graph } = loaded;
  // only the best `limit` are kept: a one-letter query on a large graph matches most actors, and sorting them all held up the server
  const top = new FixedReverseHeap<Ranked>(Array, byRank, limit);
  for (const [key, { rank, matched }] of best) top.push({ key, rank, matched, degree: loaded.degree(key) });
  return (top.consume() as Ranked[])
    .map(({ key, matched, degree }) => {
      const { label, type } = graph.getNodeAttributes(key);
      return { key, label, type, degree, matched };
    });
}
