/** CaRB's `compare`: the corpus precision–recall curve over confidence thresholds, its best F1 and its AUC. */
import { areaUnderCurve } from './auc.js';
import { assignByPrecision } from './assign.js';
import { keptAt } from './score-pairs.js';
import type { CarbScore, CurvePoint, ScoredSentence } from './types.js';

/** carb.py's f1; its ZeroDivisionError guard never fires on numpy floats (see CarbScore.carbWouldPrintNaN). */
const f1 = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

/** Adds `value` to `array[from..to]` inclusive, like numpy's `a[from:to+1] += value`. */
function addRange(array: number[], from: number, to: number, value: number): void {
  for (let k = from; k <= to && k < array.length; k++) array[k]! += value;
}

/**
 * `thresholds` must hold every prediction's confidence (thresholdsOf). Each sentence only
 * recomputes at its own confidences and fills the threshold range below, since between two of its
 * confidences the same predictions stay kept.
 */
export function precisionRecallCurve(sentences: readonly ScoredSentence[], thresholds: readonly number[]): CarbScore {
  const size = thresholds.length;
  const precisionSum = new Array<number>(size).fill(0);
  const keptCount = new Array<number>(size).fill(0);
  const recallSum = new Array<number>(size).fill(0);
  const goldCount = new Array<number>(size).fill(0);
  const index = new Map(thresholds.map((t, i) => [t, i]));
  for (const sentence of sentences) {
    const confidences = sentence.predicted.map((p) => p.confidence).sort((a, b) => a - b);
    let from = 0;
    for (const confidence of confidences) {
      const to = index.get(confidence);
      if (to === undefined) throw new Error(`carb: confidence ${confidence} is not among the thresholds`);
      if (to < from) continue; // a repeated confidence: carb.py recomputes it, then adds to an empty range
      const kept = keptAt(sentence, confidence);
      let recall = 0;
      for (const row of sentence.scores) {
        let best = 0; // carb.py's max(..., default=0)
        for (const [i, column] of kept.entries()) best = i === 0 ? row[column]![1] : Math.max(best, row[column]![1]);
        recall += best;
      }
      let precision = 0;
      for (const assignment of assignByPrecision(sentence.scores, kept)) precision += assignment.precision;
      addRange(precisionSum, from, to, precision);
      addRange(keptCount, from, to, kept.length);
      addRange(recallSum, from, to, recall);
      addRange(goldCount, from, to, sentence.gold.length);
      from = to + 1;
    }
    // Above the sentence's top confidence nothing of it is kept, but its gold tuples still count for recall.
    addRange(goldCount, from, size - 1, sentence.gold.length);
  }
  let carbWouldPrintNaN = false;
  const curve: CurvePoint[] = thresholds.map((threshold, k) => {
    const precision = keptCount[k]! > 0 ? precisionSum[k]! / keptCount[k]! : 1;
    const recall = goldCount[k]! > 0 ? recallSum[k]! / goldCount[k]! : 0;
    if (keptCount[k]! > 0 && goldCount[k]! > 0 && precision === 0 && recall === 0) carbWouldPrintNaN = true;
    return { threshold, precision, recall, f1: f1(precision, recall) };
  });
  let best: CurvePoint | null = null;
  for (const point of curve) if (best === null || point.f1 > best.f1) best = point;
  // The (recall 0, precision 1) end point closes the area; recall falls as the threshold rises.
  const auc = curve.length === 0 ? 0 : areaUnderCurve([...curve.map((p) => p.recall), 0], [...curve.map((p) => p.precision), 1]);
  return { curve, best, auc, carbWouldPrintNaN };
}
