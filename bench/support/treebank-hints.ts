/**
 * compromise's hints for the words of a treebank sentence: kg reads the sentence's raw text as it
 * reads any text, and each gold word takes the hints of our token with the same characters.
 */
import { tagText } from '../../src/nlp/01-tag.js';
import { retag } from '../../src/nlp/02-retag.js';
import { parserHints, UNALIGNED_HINTS } from '../../src/nlp/parser-hints.js';
import { treebankTokens } from '../../src/nlp/treebank-tokens.js';

/** `forms` are the gold words in order; their characters are found in `text` from left to right. */
export function treebankHints(text: string, forms: readonly string[]): (readonly string[])[] {
  const byStart = new Map<number, { end: number; hints: string[] }>();
  for (const sentence of tagText(text)) {
    const tokens = retag(treebankTokens(sentence.tokens));
    const hints = parserHints(tokens);
    tokens.forEach((t, i) => byStart.set(t.start, { end: t.end, hints: hints[i]! }));
  }
  let cursor = 0;
  return forms.map((form) => {
    const start = text.indexOf(form, cursor);
    if (start < 0) return UNALIGNED_HINTS;
    cursor = start + form.length;
    const ours = byStart.get(start);
    return ours !== undefined && ours.end === cursor ? ours.hints : UNALIGNED_HINTS;
  });
}
