/** How a relation named by a reader matches an edge: the console's `via` and the page's relation filter alike. */
import type { EdgeAttributes } from '../types.js';

/** `ask` matches the lemma `ask` and `ask to`; `wrote to` matches as read or as the lemma. */
export function matchesRelation(attributes: Pick<EdgeAttributes, 'lemma' | 'label'>, relation: string): boolean {
  const lemma = attributes.lemma.toLowerCase();
  return lemma === relation || lemma.startsWith(`${relation} `) || attributes.label.toLowerCase() === relation;
}
