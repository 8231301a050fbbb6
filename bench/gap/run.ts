/**
 * `npm run bench:gap`: our coreference resolver on GAP, snippet-context. With no arguments it scores
 * gap-development (where the rules are developed) and gap-validation (only ever run to report).
 * Usage: node dist/bench/gap/run.js [--input FILE] [--predictions OUT]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { shippedParser } from '../../src/pipeline/parser-model.js';
import { parseGap } from './gap-file.js';
import { predictRow } from './predict.js';
import { formatPredictions, scoreGap, type GapAnswer, type GapScore } from './score.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SPLITS = ['gap-development.tsv', 'gap-validation.tsv'].map((file) => path.join(root, 'data/gap', file));

function main(): void {
  const { values } = parseArgs({ options: { input: { type: 'string' }, predictions: { type: 'string' } } });
  if (values.predictions !== undefined && values.input === undefined) throw new Error('bench:gap: --predictions needs --input FILE');
  const parser = shippedParser();
  const rows: string[] = ['| file | rows | O P | O R | O F1 | M F1 | F F1 | bias F/M | seconds |', '|:--|--:|--:|--:|--:|--:|--:|--:|--:|'];
  for (const file of values.input === undefined ? SPLITS : [values.input]) {
    const gap = parseGap(readFileSync(file, 'utf8'), file);
    const started = performance.now();
    const answers = new Map<string, GapAnswer>(gap.map((row) => [row.id, predictRow(row, parser)]));
    const seconds = (performance.now() - started) / 1000;
    if (values.predictions !== undefined) writeFileSync(values.predictions, formatPredictions(gap, answers));
    rows.push(row(path.basename(file), gap.length, scoreGap(gap, answers), seconds));
  }
  process.stdout.write(`GAP, snippet-context, kg's resolver (src/coref)\n\n${rows.join('\n')}\n`);
}

function row(file: string, count: number, score: GapScore, seconds: number): string {
  const pct = (value: number): string => (100 * value).toFixed(1);
  const { overall, masculine, feminine, bias } = score;
  return `| ${file} | ${count} | ${pct(overall.precision)} | ${pct(overall.recall)} | ${pct(overall.f1)} | ${pct(masculine.f1)} | ${pct(feminine.f1)} | ${bias.toFixed(2)} | ${seconds.toFixed(1)} |`;
}

main();
