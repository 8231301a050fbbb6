/** Scores one system output on several slices of the dev gold (all, each half, each domain) without rerunning it. */
import { DOMAINS, domainKeys, restrictGold } from './domain.js';
import { HALVES, halfKeys } from './half.js';
import { scoreCarb } from './score.js';
import type { BySentence, CurvePoint } from './types.js';

export interface Slice {
  name: string;
  /** The sentence keys to keep; null keeps the whole gold. */
  keys: ReadonlySet<string> | null;
}

export interface SliceScore {
  name: string;
  best: CurvePoint | null;
  auc: number;
  goldSentences: number;
  /** Extractions on this slice's gold sentences: a slice's precision is over these. */
  extractions: number;
}

export function scoreSlices(gold: BySentence, predicted: BySentence, slices: readonly Slice[]): SliceScore[] {
  return slices.map(({ name, keys }) => {
    const evaluation = scoreCarb(keys === null ? gold : restrictGold(gold, keys), predicted);
    return {
      name,
      best: evaluation.best,
      auc: evaluation.auc,
      goldSentences: evaluation.sentences.length,
      extractions: evaluation.sentences.reduce((sum, s) => sum + s.predicted.length, 0),
    };
  });
}

/** The rows of `--halves`: the whole dev set, dev-A, dev-B, then each domain. */
export function devSlices(devText: string, domainTsv: string, domainInput = 'domain.tsv'): Slice[] {
  return [
    { name: 'all', keys: null },
    ...HALVES.map((half) => ({ name: `dev-${half}`, keys: halfKeys(devText, half) })),
    ...DOMAINS.map((domain) => ({ name: domain, keys: domainKeys(devText, domainTsv, domain, domainInput) })),
  ];
}
