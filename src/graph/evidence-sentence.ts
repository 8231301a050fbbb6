/** The whole sentence a piece of evidence comes from, and where it starts, as the page and the exports show it. */
import type { Evidence, ExtractedDocument } from '../types.js';

/** A sentence is always in its document; falling back to the evidence span keeps a damaged store readable. */
export function evidenceSentence(evidence: Evidence, doc: ExtractedDocument | undefined): { text: string; start: number } {
  if (doc === undefined) return { text: evidence.text, start: evidence.start };
  const sentence = doc.sentences[evidence.sentence];
  const start = sentence?.start ?? evidence.start;
  return { text: doc.text.slice(start, sentence?.end ?? evidence.end), start };
}
