/**
 * GAP's scoring, as its README defines it: each row makes two binary decisions (does the pronoun
 * corefer with A, with B); precision, recall and F1 of TRUE over all decisions, overall, for
 * masculine and for feminine pronouns, and the bias F/M (feminine F1 over masculine F1).
 */
import type { GapRow } from './gap-file.js';

export interface GapAnswer {
  a: boolean;
  b: boolean;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface GapScore {
  overall: Scores;
  masculine: Scores;
  feminine: Scores;
  /** Feminine F1 over masculine F1. */
  bias: number;
}

const FEMININE = new Set(['she', 'her', 'hers', 'herself']);

export function scoreGap(rows: readonly GapRow[], answers: ReadonlyMap<string, GapAnswer>): GapScore {
  const tally = (keep: (row: GapRow) => boolean): Scores => {
    let truePositive = 0;
    let predicted = 0;
    let gold = 0;
    for (const row of rows.filter(keep)) {
      const answer = answers.get(row.id) ?? { a: false, b: false };
      for (const [said, right] of [[answer.a, row.a.coref], [answer.b, row.b.coref]] as const) {
        if (said) predicted++;
        if (right) gold++;
        if (said && right) truePositive++;
      }
    }
    const precision = predicted === 0 ? 0 : truePositive / predicted;
    const recall = gold === 0 ? 0 : truePositive / gold;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  };
  const feminine = (row: GapRow): boolean => FEMININE.has(row.pronoun.toLowerCase());
  const scores = { overall: tally(() => true), masculine: tally((row) => !feminine(row)), feminine: tally(feminine) };
  return { ...scores, bias: scores.masculine.f1 === 0 ? 0 : scores.feminine.f1 / scores.masculine.f1 };
}

/** GAP's system format: `ID<TAB>A-coref<TAB>B-coref`, TRUE/FALSE, no header. */
export function formatPredictions(rows: readonly GapRow[], answers: ReadonlyMap<string, GapAnswer>): string {
  const flag = (value: boolean): string => (value ? 'TRUE' : 'FALSE');
  return rows.map((row) => {
    const answer = answers.get(row.id) ?? { a: false, b: false };
    return `${row.id}\t${flag(answer.a)}\t${flag(answer.b)}\n`;
  }).join('');
}
