/**
 * Chooses how hard to prune a trained parser: the largest threshold whose dev LAS stays within
 * `tolerance` points of the unpruned model's. Fewer weights make a smaller file and a faster parser
 * (its lookup table then fits better in cache).
 */
import { DependencyParser } from './dependency-parser.js';
import { evaluate, type Scores } from './evaluate.js';
import type { Model } from './model.js';
import type { TreebankSentence } from './types.js';

export interface PruneChoice {
  model: Model;
  threshold: number;
  scores: Scores;
}

/** The model without the parser's weights below `threshold`; the tagger is left whole (it is small). */
export function prunedModel(model: Model, threshold: number): Model {
  return { ...model, parser: { ...model.parser, weights: model.parser.weights.pruned(threshold) } };
}

export function choosePruning(
  model: Model,
  dev: readonly TreebankSentence[],
  thresholds: readonly number[],
  tolerance: number,
  onTry?: (choice: PruneChoice) => void,
): PruneChoice {
  const baseline = evaluate(new DependencyParser(model), dev);
  let chosen: PruneChoice = { model, threshold: 0, scores: baseline };
  for (const threshold of thresholds) {
    const pruned = prunedModel(model, threshold);
    const scores = evaluate(new DependencyParser(pruned), dev);
    onTry?.({ model: pruned, threshold, scores });
    if (scores.las >= baseline.las - tolerance && threshold > chosen.threshold) chosen = { model: pruned, threshold, scores };
  }
  return chosen;
}
