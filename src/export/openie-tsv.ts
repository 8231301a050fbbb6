/**
 * One triple as a line of the OpenIE/CaRB tabbed layout: sentence, confidence, relation, arg1, arg2[,
 * arg3...]. A passive is printed in the sentence's own order (`the letter | was made public by |
 * media`), as OpenIE systems do; the triple itself holds the active reading the graph needs.
 */
import type { Construction, Span } from '../types.js';
import { tsvText } from './spreadsheet-cells.js';

export interface TabbedTriple {
  confidence: number;
  relation: string;
  construction: Construction | string;
  subject: { text: string };
  object: { text: string };
  complement?: string | undefined;
  setting?: string | undefined;
}

export interface OpenieOptions {
  /**
   * Put a quote before a cell a spreadsheet would run as a formula, for the file `kg export`
   * writes. Off for `kg extract`, whose lines go to scorers that match sentences by their text.
   */
  neutralise?: boolean;
}

/** Every field without control characters, and tabs and line breaks as spaces, so a line is always one row of its fields. */
export function openieFields(sentence: string, triple: TabbedTriple, options: OpenieOptions = {}): string[] {
  const [first, second] = triple.construction === 'passive' ? [triple.object, triple.subject] : [triple.subject, triple.object];
  const fields = [sentence, String(triple.confidence), triple.relation, first.text, second.text];
  if (triple.complement !== undefined) fields.push(triple.complement);
  if (triple.setting !== undefined) fields.push(triple.setting);
  return fields.map((field) => tsvText(field, options.neutralise !== true));
}

/** The whole sentence a triple was read from, its line's first cell; the document's text if the sentence is unknown. */
export function tripleSentence(doc: { text: string; sentences: readonly Span[] }, triple: { sentence: number }): string {
  const sentence = doc.sentences[triple.sentence];
  return sentence === undefined ? doc.text : doc.text.slice(sentence.start, sentence.end);
}

export function openieLine(sentence: string, triple: TabbedTriple, options: OpenieOptions = {}): string {
  return `${openieFields(sentence, triple, options).join('\t')}\n`;
}
