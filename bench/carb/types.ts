/** The shapes the CaRB scorer's modules pass between them: tuples, pair scores and the precision–recall curve. */

/** One tuple, gold or predicted: a relation with its arguments, read from one line. */
export interface Extraction {
  /** The sentence exactly as the line gave it (before normalisation). */
  sentence: string;
  relation: string;
  /** Subject first, then the object and any further complements, in order. */
  args: string[];
  /** Higher is more confident; gold tuples have 1. */
  confidence: number;
}

/** Normalised sentence key → its tuples in file order. */
export type BySentence = Map<string, Extraction[]>;

/** [precision, recall] of one prediction against one gold tuple, as CaRB's matcher returns it. */
export type PairScore = readonly [precision: number, recall: number];

/** One gold sentence with its predictions and the matcher's score for every (gold, predicted) pair. */
export interface ScoredSentence {
  key: string;
  gold: Extraction[];
  predicted: Extraction[];
  /** scores[gold index][predicted index]. */
  scores: PairScore[][];
}

/** The corpus precision and recall when only predictions at or above `threshold` are kept. */
export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CarbScore {
  /** One point per distinct confidence, in increasing threshold order. */
  curve: CurvePoint[];
  /** The point with the best F1 (the first on ties); null when there is no prediction at all. */
  best: CurvePoint | null;
  /** Area under the curve with (recall 0, precision 1) added, as carb.py prints it (unrounded here). */
  auc: number;
  /**
   * True when some threshold has P = R = 0 with predictions kept: carb.py's numpy division then gives
   * NaN, np.argmax picks it and carb.py prints F1 nan; we count that F1 as 0 instead.
   */
  carbWouldPrintNaN: boolean;
}
