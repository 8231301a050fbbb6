/** Reads CaRB's gold TSV (SENTENCE, RELATION, ARG1, ARG2…) the way carb.py's GoldReader does. */
import { InputError } from '../../src/errors/index.js';
import { fileLines, keyBySentence } from './normalise.js';
import type { BySentence, Extraction } from './types.js';

/** `C: ` marks a context argument (`C: Kasim Mehaddi Hilas said that`); CaRB skips any argument containing it. */
const CONTEXT_MARKER = 'C: ';

export function parseGold(text: string, input = 'gold'): BySentence {
  const raw = new Map<string, Extraction[]>();
  for (const [index, line] of fileLines(text).entries()) {
    // carb.py would crash on a blank line; the file's final newline leaves one here, so skip them.
    if (line.trim() === '') continue;
    const fields = line.trim().split('\t');
    const [sentence, relation, ...args] = fields;
    if (sentence === undefined || relation === undefined) throw new InputError(input, `needs a sentence and a relation, got ${fields.length} field(s)`, index + 1);
    const extraction: Extraction = {
      sentence: sentence.trim(),
      relation: relation.trim(),
      args: args.filter((arg) => !arg.includes(CONTEXT_MARKER)).map((arg) => arg.trim()),
      confidence: 1,
    };
    const group = raw.get(extraction.sentence);
    if (group) group.push(extraction);
    else raw.set(extraction.sentence, [extraction]);
  }
  return keyBySentence(raw);
}
