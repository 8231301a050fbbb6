/** Sentence keys as carb.py builds them, so gold and system lines about the same sentence meet. */
import type { BySentence, Extraction } from './types.js';

/** Penn Treebank bracket escapes, in carb.py's order (taken there from brat's gtbtokenize). */
const PTB_ESCAPES: ReadonlyArray<readonly [raw: string, escaped: string]> = [
  ['(', '-LRB-'], [')', '-RRB-'], ['[', '-LSB-'], [']', '-RSB-'], ['{', '-LCB-'], ['}', '-RCB-'],
];

/** Python's string.punctuation: ASCII only, so curly quotes survive and stop a sentence matching. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Drops spaces, undoes PTB escapes, then drops ASCII punctuation (carb.py's normalizeKey, in its order). */
export function sentenceKey(sentence: string): string {
  let key = sentence.replaceAll(' ', '');
  for (const [raw, escaped] of PTB_ESCAPES) key = key.replaceAll(escaped, raw);
  return key.replace(ASCII_PUNCTUATION, '');
}

/**
 * Rekeys raw-sentence groups by sentenceKey. Like carb.py's dict(), a later group with the same key replaces
 * an earlier one, so a sentence spelt two ways (a trailing space) on non-adjacent lines keeps only its last group.
 */
export function keyBySentence(raw: Map<string, Extraction[]>): BySentence {
  const keyed: BySentence = new Map();
  for (const [sentence, extractions] of raw) keyed.set(sentenceKey(sentence), extractions);
  return keyed;
}

/** Python's universal newlines: carb.py reads files in text mode, where \r\n and a lone \r also end a line. */
export function fileLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
