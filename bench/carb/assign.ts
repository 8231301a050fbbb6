/** CaRB's one-to-one assignment of kept predictions to gold tuples, greedily by precision. */
import type { PairScore } from './types.js';

export interface Assignment {
  gold: number;
  predicted: number;
  precision: number;
}

/**
 * Repeats min(#gold, #kept) times: take the unused (gold row, kept column) pair of highest precision,
 * scanning rows then kept columns in order and replacing only on strictly greater, from -1 so a
 * zero-precision pair is still taken. This is carb.py's "optimised global match".
 */
export function assignByPrecision(scores: readonly (readonly PairScore[])[], kept: readonly number[]): Assignment[] {
  const usedRows = new Set<number>();
  const usedColumns = new Set<number>();
  const assignments: Assignment[] = [];
  const rounds = Math.min(scores.length, kept.length);
  for (let round = 0; round < rounds; round++) {
    let best: Assignment = { gold: -1, predicted: -1, precision: -1 };
    for (const [row, rowScores] of scores.entries()) {
      if (usedRows.has(row)) continue;
      for (const column of kept) {
        if (usedColumns.has(column)) continue;
        const precision = rowScores[column]![0];
        if (precision > best.precision) best = { gold: row, predicted: column, precision };
      }
    }
    usedRows.add(best.gold);
    usedColumns.add(best.predicted);
    assignments.push(best);
  }
  return assignments;
}
