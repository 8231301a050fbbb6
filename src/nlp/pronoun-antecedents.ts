/**
 * Gives each end of a triple that the coreference pass read as a named actor (a he/she pronoun, or
 * a description such as `the president` or `the group`) that actor: the pronoun by its span, the description by
 * the end of its head noun, which is where the extractor's name for it ends too.
 */
import type { Coreference, PronounLink } from '../coref/index.js';
import type { Mention, Triple } from '../types.js';

export function markAntecedents(triples: readonly Triple[], coreference: Coreference): void {
  const pronouns = new Map<number, PronounLink>();
  const descriptions = new Map<number, PronounLink>();
  for (const link of coreference.links) (link.pronoun.kind === 'pronoun' ? pronouns : descriptions).set(link.pronoun.end, link);
  for (const triple of triples) {
    for (const mention of [triple.subject, triple.object]) {
      const link = mention.pronoun === true ? pronouns.get(mention.nameSpan.end) : mention.type === 'concept' ? descriptions.get(mention.nameSpan.end) : undefined;
      if (link === undefined || (mention.pronoun === true && link.pronoun.start !== mention.nameSpan.start)) continue;
      mention.antecedent = antecedentOf(link);
    }
  }
}

function antecedentOf({ entity, antecedent }: PronounLink): NonNullable<Mention['antecedent']> {
  const read = { name: entity.name, nameSpan: { start: antecedent.start, end: antecedent.end }, sentence: antecedent.sentence };
  return entity.body === true ? { ...read, type: 'organization' } : read;
}
