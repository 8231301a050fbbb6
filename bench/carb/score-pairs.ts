/** Pairs each gold sentence with its predictions and scores every (gold, predicted) pair with CaRB's matcher. */
import { matchTuple } from './match.js';
import type { BySentence, ScoredSentence } from './types.js';

/** Every gold sentence, in gold order; predictions for sentences absent from gold are left out, as carb.py leaves them. */
export function scorePairs(gold: BySentence, predicted: BySentence): ScoredSentence[] {
  return [...gold].map(([key, goldTuples]) => {
    const predictions = predicted.get(key) ?? [];
    return { key, gold: goldTuples, predicted: predictions, scores: goldTuples.map((g) => predictions.map((p) => matchTuple(g, p))) };
  });
}

/** The distinct confidences of all predictions, ascending: carb.py's thresholds, taken before gold filtering. */
export function thresholdsOf(predicted: BySentence): number[] {
  const distinct = new Set<number>();
  for (const extractions of predicted.values()) for (const e of extractions) distinct.add(e.confidence);
  return [...distinct].sort((a, b) => a - b);
}

/** Indices of a sentence's predictions kept at `threshold` (confidence ≥ threshold), in order. */
export function keptAt(sentence: ScoredSentence, threshold: number): number[] {
  const kept: number[] = [];
  for (const [i, p] of sentence.predicted.entries()) if (p.confidence >= threshold) kept.push(i);
  return kept;
}
