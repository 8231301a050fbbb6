/** Where the score is lost at the best-F1 threshold: extractions that match nothing, and gold tuples nobody found. */
import { assignByPrecision } from './assign.js';
import { GOLD_CATEGORIES, goldCategory } from './gold-category.js';
import { keptAt } from './score-pairs.js';
import type { Extraction, ScoredSentence } from './types.js';

/**
 * A gold tuple counts as missed when no kept prediction recovers a quarter of its words. Dev gold tuples
 * average 11.4 words, so sharing only the relation word gives about 0.09 and the relation plus an
 * argument head about 0.2: those are touches, not finds. Our dev run has 46% of gold tuples at exactly 0
 * and 8% between 0 and 0.25, against a flat spread above.
 */
export const MISSED_RECALL_CUTOFF = 0.25;

export interface ErrorExample {
  sentence: string;
  /** The unmatched extraction, or the missed gold tuple. */
  tuple: Extraction;
  /** Our extractions for the sentence that are kept at the threshold. */
  ours: Extraction[];
  /** Gold tuples of the sentence (shown with unmatched extractions). */
  gold: Extraction[];
}

export interface ErrorGroup {
  name: string;
  count: number;
  examples: ErrorExample[];
}

export interface ErrorBreakdown {
  threshold: number;
  kept: number;
  unmatched: number;
  /** Unmatched extractions by our `construction`, most frequent first. */
  unmatchedBy: ErrorGroup[];
  goldTuples: number;
  missed: number;
  /** Missed gold tuples by guessed construction, in GOLD_CATEGORIES order. */
  missedBy: ErrorGroup[];
}

export interface ErrorOptions {
  threshold: number;
  constructionOf: (e: Extraction) => string;
  examples: number;
}

/** Adds an example unless the group already has `limit` of them or one from the same sentence. */
function collect(groups: Map<string, ErrorGroup>, name: string, example: ErrorExample, limit: number): void {
  const group = groups.get(name) ?? { name, count: 0, examples: [] };
  groups.set(name, group);
  group.count++;
  if (group.examples.length < limit && !group.examples.some((e) => e.sentence === example.sentence)) group.examples.push(example);
}

export function errorBreakdown(sentences: readonly ScoredSentence[], options: ErrorOptions): ErrorBreakdown {
  const unmatched = new Map<string, ErrorGroup>();
  const missed = new Map<string, ErrorGroup>();
  let kept = 0;
  let goldTuples = 0;
  for (const sentence of sentences) {
    const keptHere = keptAt(sentence, options.threshold);
    const ours = keptHere.map((i) => sentence.predicted[i]!);
    kept += keptHere.length;
    goldTuples += sentence.gold.length;
    const matched = new Set(assignByPrecision(sentence.scores, keptHere).filter((a) => a.precision > 0).map((a) => a.predicted));
    for (const i of keptHere) {
      if (matched.has(i)) continue;
      const tuple = sentence.predicted[i]!;
      collect(unmatched, options.constructionOf(tuple), { sentence: tuple.sentence, tuple, ours, gold: sentence.gold }, options.examples);
    }
    for (const [row, tuple] of sentence.gold.entries()) {
      const bestRecall = Math.max(0, ...keptHere.map((i) => sentence.scores[row]![i]![1]));
      if (bestRecall >= MISSED_RECALL_CUTOFF) continue;
      collect(missed, goldCategory(tuple), { sentence: tuple.sentence, tuple, ours, gold: sentence.gold }, options.examples);
    }
  }
  const count = (groups: Map<string, ErrorGroup>): number => [...groups.values()].reduce((sum, g) => sum + g.count, 0);
  return {
    threshold: options.threshold,
    kept,
    unmatched: count(unmatched),
    unmatchedBy: [...unmatched.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    goldTuples,
    missed: count(missed),
    missedBy: GOLD_CATEGORIES.flatMap((name) => missed.get(name) ?? []),
  };
}
