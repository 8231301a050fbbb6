/**
 * Splits CaRB dev into two fixed halves, so changes are chosen on dev-A and dev-B is kept for reporting:
 * dev-A is the sentences on odd lines of dev.txt (1, 3, 5, … counting from 1), dev-B those on even lines.
 */
import { KgError } from '../../src/errors/index.js';
import { fileLines, sentenceKey } from './normalise.js';

export const HALVES = ['A', 'B'] as const;
export type Half = (typeof HALVES)[number];

/** `--half a` is accepted as A: the letter is the half's name, its case carries nothing. */
export function parseHalf(value: string): Half {
  const half = HALVES.find((h) => h === value.trim().toUpperCase());
  if (half === undefined) throw new KgError(`carb: --half must be ${HALVES.join(' or ')}, got ${JSON.stringify(value)}`, value);
  return half;
}

/**
 * The sentence keys of one half. Lines are numbered as fileLines splits them, so a blank line keeps its
 * number (and the parity of those after it) but adds no sentence; dev.txt has none, nor a sentence on two lines.
 */
export function halfKeys(devText: string, half: Half): Set<string> {
  const parity = half === 'A' ? 1 : 0;
  const keys = new Set<string>();
  for (const [index, line] of fileLines(devText).entries()) {
    if ((index + 1) % 2 === parity && line.trim() !== '') keys.add(sentenceKey(line));
  }
  return keys;
}
