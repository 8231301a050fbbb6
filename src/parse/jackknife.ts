/**
 * Jackknifed tags: each of k folds is tagged by a tagger trained on the other folds, so the
 * parser trains on tags with realistic errors instead of gold ones.
 */
import { trainTagger, type TaggerTraining } from './train-tagger.js';
import { DependencyParser } from './dependency-parser.js';
import { moveSet } from './transitions.js';
import { Weights } from './weights.js';
import type { TreebankSentence } from './types.js';

/** Returns per sentence the predicted tag classes, as indices into `classes`. */
export function jackknifeTags(
  sentences: readonly TreebankSentence[],
  folds: number,
  classes: readonly string[],
  options: TaggerTraining,
  onFold?: (fold: number) => void,
): Int32Array[] {
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const out: Int32Array[] = new Array<Int32Array>(sentences.length);
  // A parser with no parser weights: only its tagger half is used here.
  const noMoves = moveSet(['root'], ['root'], []);
  const empty = Weights.build(1, 1, new Uint32Array(0), new Uint32Array(1), new Uint8Array(0), new Int16Array(0));
  for (let fold = 0; fold < folds; fold++) {
    const train = sentences.filter((_, i) => i % folds !== fold);
    const tagger = trainTagger(train, options);
    const parser = new DependencyParser({ tagger, parser: { moves: noMoves, weights: empty }, about: '' });
    sentences.forEach((s, i) => {
      if (i % folds !== fold) return;
      const predicted = parser.tagClasses(s.map((w) => w.form), s.map((w) => w.hints));
      // A fold's tagger may lack a rare class; map through the names to the full class list.
      out[i] = Int32Array.from(predicted, (c) => classIndex.get(tagger.classes[c]!) ?? 0);
    });
    onFold?.(fold + 1);
  }
  return out;
}
