/** Scores system extractions against CaRB gold end to end: pair scores, then the curve (carb.py's Benchmark.compare). */
import { precisionRecallCurve } from './curve.js';
import { scorePairs, thresholdsOf } from './score-pairs.js';
import type { BySentence, CarbScore, ScoredSentence } from './types.js';

export interface CarbEvaluation extends CarbScore {
  sentences: ScoredSentence[];
}

export function scoreCarb(gold: BySentence, predicted: BySentence): CarbEvaluation {
  const sentences = scorePairs(gold, predicted);
  return { ...precisionRecallCurve(sentences, thresholdsOf(predicted)), sentences };
}
