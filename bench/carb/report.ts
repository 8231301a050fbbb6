/** Turns scores and error breakdowns into the plain-text report `npm run bench:carb` prints. */
import type { ErrorBreakdown, ErrorExample } from './errors.js';
import type { CarbScore, Extraction } from './types.js';

const fixed = (n: number): string => n.toFixed(3);

/** `(subject ; relation ; object ; …)`, the order papers print tuples in, with the confidence after. */
export function formatTuple(e: Extraction, withConfidence = true): string {
  const [subject = '', ...rest] = e.args;
  const parts = [subject, e.relation, ...rest].map((p) => p.trim());
  return `(${parts.join(' ; ')})${withConfidence ? ` ${e.confidence}` : ''}`;
}

export interface ScoreContext {
  label: string;
  goldSentences: number;
  goldTuples: number;
  extractions: number;
  extractionsOnGold: number;
  sentencesWithout: number;
  speed?: { sentences: number; seconds: number };
}

export function formatScore(score: CarbScore, context: ScoreContext): string {
  const best = score.best ?? { threshold: Number.NaN, precision: 0, recall: 0, f1: 0 };
  const lines = [
    `CaRB dev, ${context.label}: ${context.goldSentences} gold sentences, ${context.goldTuples} gold tuples`,
    `  P ${fixed(best.precision)}  R ${fixed(best.recall)}  F1 ${fixed(best.f1)}  (best F1 at confidence >= ${best.threshold})`,
    `  AUC ${fixed(score.auc)}  (${score.curve.length} threshold${score.curve.length === 1 ? '' : 's'})`,
    `  extractions: ${context.extractionsOnGold} on these gold sentences (${context.extractions} in the output)`,
    `  gold sentences with no extraction: ${context.sentencesWithout} of ${context.goldSentences}`,
  ];
  if (context.speed) {
    const { sentences, seconds } = context.speed;
    lines.push(`  speed: ${sentences} sentences in ${seconds.toFixed(2)} s wall = ${(sentences / seconds).toFixed(1)} sentences/s (whole CLI run)`);
  }
  if (score.carbWouldPrintNaN) lines.push('  note: a threshold has P = R = 0, where carb.py itself would print F1 nan');
  return `${lines.join('\n')}\n`;
}

function formatExample(example: ErrorExample, unmatched: boolean): string[] {
  const lines = [`    sentence: ${example.sentence}`, `    ${unmatched ? 'extraction' : 'gold'}: ${formatTuple(example.tuple, unmatched)}`];
  const others = example.ours.filter((e) => e !== example.tuple);
  if (!unmatched && others.length === 0) lines.push('      ours: none kept');
  for (const e of others) lines.push(`      ${unmatched ? 'also ours' : 'ours'}: ${formatTuple(e)}`);
  if (unmatched) for (const g of example.gold) lines.push(`      gold: ${formatTuple(g, false)}`);
  lines.push('');
  return lines;
}

export function formatErrors(breakdown: ErrorBreakdown, missedCutoff: number): string {
  const pad = Math.max(...[...breakdown.unmatchedBy, ...breakdown.missedBy].map((g) => g.name.length), 10);
  const share = (n: number, of: number): string => `${String(n).padStart(5)}  ${of === 0 ? '' : `${((100 * n) / of).toFixed(1)}%`}`;
  const lines = [
    `Errors at the best-F1 threshold (confidence >= ${breakdown.threshold})`,
    '',
    `Unmatched extractions: ${breakdown.unmatched} of ${breakdown.kept} kept (assigned no gold tuple, or precision 0), by our construction:`,
    ...breakdown.unmatchedBy.map((g) => `  ${g.name.padEnd(pad)} ${share(g.count, breakdown.unmatched)}`),
    '',
    `Missed gold tuples: ${breakdown.missed} of ${breakdown.goldTuples} (best recall against any kept extraction < ${missedCutoff}), by guessed construction:`,
    ...breakdown.missedBy.map((g) => `  ${g.name.padEnd(pad)} ${share(g.count, breakdown.missed)}`),
    '',
  ];
  for (const g of breakdown.unmatchedBy.filter((group) => group.examples.length > 0)) {
    lines.push(`-- unmatched, ${g.name} (${g.count}):`, '', ...g.examples.flatMap((e) => formatExample(e, true)));
  }
  for (const g of breakdown.missedBy.filter((group) => group.examples.length > 0)) {
    lines.push(`-- missed, ${g.name} (${g.count}):`, '', ...g.examples.flatMap((e) => formatExample(e, false)));
  }
  return `${lines.join('\n')}\n`;
}

/** The curve as TSV, one row per threshold in increasing order. */
export function formatCurve(score: CarbScore): string {
  return `threshold\tprecision\trecall\tf1\n${score.curve.map((p) => `${p.threshold}\t${p.precision}\t${p.recall}\t${p.f1}\n`).join('')}`;
}
