/** A node's type by vote of its mentions, trusting a title or a head noun over a tag or a guess. */
import type { EntityType, Mention } from '../types.js';

export const TYPE_SOURCE_WEIGHT: Record<Mention['typeSource'], number> = { title: 8, head: 4, tag: 2, fallback: 1 };

/**
 * The weight of a mention whose name the gazetteer or a head noun types (see name-type): more than
 * a head noun the extractor read or compromise's tag, less than a title, which alone says a person.
 */
export const NAME_TYPE_WEIGHT = 6;

/** The order that settles a tied vote. */
const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'group', 'place', 'concept'];

export type TypeTally = Map<EntityType, number>;

export function addVote(tally: TypeTally, type: EntityType, source: Mention['typeSource']): void {
  addWeight(tally, type, TYPE_SOURCE_WEIGHT[source]);
}

export function addWeight(tally: TypeTally, type: EntityType, weight: number): void {
  tally.set(type, (tally.get(type) ?? 0) + weight);
}

/** The type with the most weight, or undefined when nobody voted. */
export function winningType(tally: TypeTally): EntityType | undefined {
  let best: EntityType | undefined;
  for (const type of TYPE_ORDER) {
    const weight = tally.get(type) ?? 0;
    if (weight > 0 && (best === undefined || weight > (tally.get(best) ?? 0))) best = type;
  }
  return best;
}
