/** Pass 5: a surname shared by several people names the one its document mentions, or else the corpus's main one. */
import type { Bearer } from './04-surnames.js';
import type { ReadRecord } from './groups.js';

/**
 * How large a share, in percent, of the full-name mentions of a surname's bearers one of them must
 * have for a bare surname to be read as that one in a document that names none of them.
 */
const DOMINANT_PERCENT = 80;
/** And how many full-name mentions at least: two mentions out of two say little. */
const DOMINANT_MIN_MENTIONS = 3;

/** Which rule lent a shared surname to a person in a document. */
export type SurnameRule = 'document' | 'corpus';

export interface Lending {
  /** The root of the person the surname names there. */
  root: string;
  rule: SurnameRule;
}

/**
 * Distinct people can share a surname (Joe and Jill Biden), so a bare `Biden` is not merged blindly.
 * Two rules decide, the first that applies:
 *
 * 1. document: in a document that mentions exactly one of them it is that one. In a document that
 *    mentions two or more it is none of them, whatever the corpus says.
 * 2. corpus: in a document that mentions none of them it is the one the corpus names by far the
 *    most often: at least {@link DOMINANT_PERCENT}% of all the bearers' full-name mentions, and at
 *    least {@link DOMINANT_MIN_MENTIONS} of them (Joe Biden 10 times, Jill Biden once: Joe; Joe 3
 *    times, Jill twice: neither).
 *
 * Either way the person must be linkable (sure to be a person by more than the extractor's guess);
 * where no rule applies the surname stays its own node. Both rules read which people a document
 * names and how often the corpus names them, so the answer does not depend on the order of the
 * records.
 *
 * A bearer whose full name ends in another bearer's full name (`President Donald Trump`, `US
 * Vice-President Joe Biden`: a title the extractor left on the name) is no rival of that one: both
 * rules take it for the shorter name (see {@link shorterFormOf}). It stays a node of its own.
 *
 * Returns surname slug → document → the lending.
 */
export function assignByDocument(
  records: readonly ReadRecord[],
  shared: ReadonlyMap<string, readonly Bearer[]>,
  find: (slug: string) => string,
): Map<string, Map<string, Lending>> {
  const mentioned = new Map<string, Set<string>>(); // document → actors (roots) it mentions
  for (const record of records) {
    if (shared.has(record.slug)) continue;
    const actors = mentioned.get(record.doc) ?? new Set<string>();
    mentioned.set(record.doc, actors.add(find(record.slug)));
  }
  const readings = new Map<string, SurnamePeople>();
  const assigned = new Map<string, Map<string, Lending>>();
  const decided = new Set<string>();
  for (const record of records) {
    const bearers = shared.get(record.slug);
    const decision = `${record.slug}\u0000${record.doc}`;
    if (bearers === undefined || decided.has(decision)) continue;
    decided.add(decision);
    let people = readings.get(record.slug);
    if (people === undefined) readings.set(record.slug, (people = readPeople(bearers)));
    const lending = lendingIn(mentioned.get(record.doc) ?? new Set(), people, find);
    if (lending === undefined) continue;
    const byDocument = assigned.get(record.slug) ?? new Map<string, Lending>();
    assigned.set(record.slug, byDocument.set(record.doc, lending));
  }
  return assigned;
}

/** The people behind a shared surname's bearers. */
interface SurnamePeople {
  bearers: readonly Bearer[];
  /** A bearer → the person it is taken for: itself, or the shorter full name it ends in. */
  personOf: ReadonlyMap<Bearer, Bearer>;
  /** The person the corpus names by far the most often, if linkable. */
  dominant: Bearer | undefined;
}

function readPeople(bearers: readonly Bearer[]): SurnamePeople {
  const personOf = new Map(bearers.map((bearer) => [bearer, shorterFormOf(bearer, bearers) ?? bearer]));
  const counts = new Map<Bearer, number>();
  let total = 0;
  for (const bearer of bearers) {
    const person = personOf.get(bearer)!;
    counts.set(person, (counts.get(person) ?? 0) + bearer.fullMentions);
    total += bearer.fullMentions;
  }
  // in whole numbers, so that 8 of 10 is exactly 80%; more than half, so at most one qualifies
  const top = [...counts].find(([, mentions]) => mentions * 100 >= DOMINANT_PERCENT * total);
  const dominant = top !== undefined && top[0].linkable && top[1] >= DOMINANT_MIN_MENTIONS ? top[0] : undefined;
  return { bearers, personOf, dominant };
}

function lendingIn(actors: ReadonlySet<string>, people: SurnamePeople, find: (slug: string) => string): Lending | undefined {
  const inDocument = people.bearers.filter(({ person }) => actors.has(find(person)));
  if (inDocument.length > 0) {
    const named = new Set(inDocument.map((bearer) => people.personOf.get(bearer)!));
    const [person] = named;
    return named.size === 1 && person!.linkable ? { root: find(person!.person), rule: 'document' } : undefined;
  }
  return people.dominant === undefined ? undefined : { root: find(people.dominant.person), rule: 'corpus' };
}

/**
 * The one bearer whose full name some full name of this bearer ends in, word for word, and which
 * itself ends in none; undefined when there is none or more than one.
 */
function shorterFormOf(bearer: Bearer, bearers: readonly Bearer[]): Bearer | undefined {
  const endsIn = (longer: Bearer, shorter: Bearer): boolean =>
    longer !== shorter && longer.fullNames.some((long) => shorter.fullNames.some((short) => long.endsWith(`-${short}`)));
  const shortest = bearers.filter((other) => endsIn(bearer, other) && !bearers.some((third) => endsIn(other, third)));
  return shortest.length === 1 ? shortest[0] : undefined;
}
