/** Reads system output in CaRB's tabbed format (SENTENCE, CONFIDENCE, RELATION, ARG1, ARG2…) as carb.py's TabReader does. */
import { InputError } from '../../src/errors/index.js';
import { fileLines, keyBySentence } from './normalise.js';
import type { BySentence, Extraction } from './types.js';

/** One line, or null for a blank one; the line is trimmed before splitting, so empty trailing arguments vanish. */
export function parseTabbedLine(line: string, input = 'tabbed', lineNumber?: number): Extraction | null {
  const stripped = line.trim();
  if (stripped === '') return null;
  const [sentence, confidence, relation, ...args] = stripped.split('\t');
  if (confidence === undefined || relation === undefined) throw new InputError(input, 'needs sentence, confidence and relation separated by tabs', lineNumber);
  // Python's float() rejects '' and junk, which Number() would read as 0 or NaN.
  const value = confidence.trim() === '' ? Number.NaN : Number(confidence);
  if (Number.isNaN(value)) throw new InputError(input, `confidence ${JSON.stringify(confidence)} is not a number`, lineNumber);
  // Fields are kept unstripped, as TabReader keeps them; the matcher splits on whitespace anyway.
  return { sentence: sentence ?? '', relation, args, confidence: value };
}

export function parseTabbed(text: string, input = 'tabbed'): BySentence {
  const raw = new Map<string, Extraction[]>();
  for (const [index, line] of fileLines(text).entries()) {
    const extraction = parseTabbedLine(line, input, index + 1);
    if (extraction === null) continue;
    const group = raw.get(extraction.sentence);
    if (group) group.push(extraction);
    else raw.set(extraction.sentence, [extraction]);
  }
  return keyBySentence(raw);
}
