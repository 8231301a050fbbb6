/**
 * One triple as a line of the OpenIE/CaRB tabbed layout: sentence, confidence, relation, arg1, arg2[,
 * arg3...]. A passive is printed in the sentence's own order (`the letter | was made public by |
 * media`), as OpenIE systems do; the triple itself holds the active reading the graph needs.
 */
import type { Construction } from '../types.js';

export interface TabbedTriple {
  confidence: number;
  relation: string;
  construction: Construction | string;
  subject: { text: string };
  object: { text: string };
  complement?: string | undefined;
  setting?: string | undefined;
}

export function openieFields(sentence: string, triple: TabbedTriple): string[] {
  const [first, second] = triple.construction === 'passive' ? [triple.object, triple.subject] : [triple.subject, triple.object];
  const fields = [sentence, String(triple.confidence), triple.relation, first.text, second.text];
  if (triple.complement !== undefined) fields.push(triple.complement);
  if (triple.setting !== undefined) fields.push(triple.setting);
  return fields.map((field) => field.replace(/[\t\n\r]+/g, ' '));
}

export function openieLine(sentence: string, triple: TabbedTriple): string {
  return `${openieFields(sentence, triple).join('\t')}\n`;
}
