/** Prints slice scores side by side as a Markdown table, the shape the team pastes into its climb tables. */
import type { SliceScore } from './slices.js';

const COLUMNS = ['slice', 'P', 'R', 'F1', 'AUC', 'best threshold', 'gold sentences', 'extractions'] as const;

function cellsOf(row: SliceScore): string[] {
  const fixed = (n: number): string => n.toFixed(3);
  // No prediction at all leaves no best point; a dash says so rather than a made-up zero threshold.
  const best = row.best;
  return [
    row.name,
    best === null ? '-' : fixed(best.precision),
    best === null ? '-' : fixed(best.recall),
    best === null ? '-' : fixed(best.f1),
    fixed(row.auc),
    best === null ? '-' : String(best.threshold),
    String(row.goldSentences),
    String(row.extractions),
  ];
}

export function formatHalvesTable(rows: readonly SliceScore[]): string {
  const table = [[...COLUMNS], ...rows.map(cellsOf)];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((cells) => cells[c]!.length)));
  // Names read left-aligned, figures right-aligned so their decimals line up.
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return `${[line(table[0]!), rule, ...table.slice(1).map(line)].join('\n')}\n`;
}
