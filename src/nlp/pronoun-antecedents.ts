/** Gives each he/she pronoun that a triple has as an end the person the coreference pass read it as. */
import type { Coreference } from '../coref/index.js';
import type { Triple } from '../types.js';

export function markAntecedents(triples: readonly Triple[], coreference: Coreference): void {
  const byStart = new Map(coreference.links.map((link) => [link.pronoun.start, link]));
  for (const triple of triples) {
    for (const mention of [triple.subject, triple.object]) {
      if (mention.pronoun !== true) continue;
      const link = byStart.get(mention.nameSpan.start);
      if (link === undefined || link.pronoun.end !== mention.nameSpan.end) continue;
      const { antecedent } = link;
      mention.antecedent = { name: link.entity.name, nameSpan: { start: antecedent.start, end: antecedent.end }, sentence: antecedent.sentence };
    }
  }
}
