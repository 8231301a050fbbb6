/** A node's type by vote of its mentions, trusting a title or a head noun over a tag or a guess. */
import type { EntityType, Mention } from '../types.js';

export const TYPE_SOURCE_WEIGHT: Record<Mention['typeSource'], number> = { title: 8, head: 4, tag: 2, fallback: 1 };

/** The order that settles a tied vote. */
const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'group', 'place', 'concept'];

export type TypeTally = Map<EntityType, number>;

export function addVote(tally: TypeTally, type: EntityType, source: Mention['typeSource']): void {
  tally.set(type, (tally.get(type) ?? 0) + TYPE_SOURCE_WEIGHT[source]);
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
