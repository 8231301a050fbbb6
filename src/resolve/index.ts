/** Alias resolution: the mentions of one actor become one node, and every merge keeps its reason. */
import type { AliasMerge, AliasOverride, EntityType } from '../types.js';
import { dotLinks } from './01-dots.js';
import { spellingLinks, wordVariantLinks } from './02-spelling.js';
import { acronymLinks } from './03-acronyms.js';
import { isNameLike, shortNameLending, type SpokenOf } from './04-short-names.js';
import { lowerCaseWords } from './common-words.js';
import { learnCueTypes } from './role-cues.js';
import { placedNames } from './placed-names.js';
import { draftNodes, type Placement } from './entities.js';
import { documentsOf, groupNames, recordReader, type MentionRecord, type ReadRecord } from './groups.js';
import type { Link, LinkKind } from './links.js';
import { NearbyDocuments } from './nearby-documents.js';
import { affiliationLinks } from './affiliations.js';
import { knownNameLinks } from './known-names.js';
import { stormNameLinks } from './storm-names.js';
import { lastWordLending } from './last-words.js';
import { handDecisions } from './overrides.js';
import { adjacencyOf, mergesOf } from './reasons.js';
import { UnionFind } from './union-find.js';

export type { MentionRecord } from './groups.js';
export { slug } from './slug.js';

export interface Entity {
  key: string;
  label: string;
  type: EntityType;
  /** Surface form, titled forms included → mentions. */
  aliases: Record<string, number>;
}

export interface Resolution {
  /** Node key for a mention, or undefined for pronouns, clauses and names the corpus never gave. */
  keyOf(record: MentionRecord): string | undefined;
  /** In sorted key order. */
  entities: Map<string, Entity>;
  /** Sorted by node, then alias; one per alias that differs from its node's label. */
  merges: AliasMerge[];
}

export interface ResolveContext {
  /** Document → its date, where known: a short name is read across documents of one period only. */
  dates?: ReadonlyMap<string, string | undefined>;
  /** Merges and unmerges decided by hand, in the order they were made. */
  overrides?: readonly AliasOverride[];
  /** Document → its title and text: where a short name's document names a person in full. */
  texts?: ReadonlyMap<string, string>;
  /** Document → the people its he/she pronouns were read as (see spokenOfAsPeople). */
  spokenOf?: SpokenOf;
}

/** Links whose alias side is never the label: an acronym, another name, a storm's bare name, a name with a place in front. */
const OTHER_NAME_KINDS = new Set<LinkKind>(['acronym', 'known name', 'storm name', 'affiliation']);

/** The same multiset of records gives the same resolution in any order: every choice is by sorted key. */
export function resolveMentions(records: readonly MentionRecord[], context: ResolveContext = {}): Resolution {
  const readRecord = recordReader();
  const read = records.map(readRecord).filter((record): record is ReadRecord => record !== undefined);
  const groups = groupNames(read);
  const hand = handDecisions(context.overrides ?? []);
  const sets = new UnionFind();
  for (const key of groups.keys()) sets.add(key);
  const links: Link[] = [];
  const apply = (found: Link[]): void => {
    for (const link of found) {
      if (hand.keptApart.has(link.from) || hand.keptApart.has(link.to)) continue;
      if (!sets.has(link.from) || !sets.has(link.to)) continue; // a hand-made merge of a name no document has
      sets.union(link.from, link.to);
      links.push(link);
    }
  };
  const find = (key: string): string => sets.find(key);
  // each pass reads the actors the passes before it made, and finds all its links before applying any
  apply(dotLinks(groups));
  apply(spellingLinks(groups));
  apply(affiliationLinks(groups));
  const texts = context.texts ?? new Map<string, string>();
  const nearby = new NearbyDocuments(read, context.dates ?? new Map());
  const documents = documentsOf(read);
  apply(acronymLinks(groups, find, documents, texts, nearby));
  apply(wordVariantLinks(groups, documents, nearby));
  apply(knownNameLinks(groups));
  apply(stormNameLinks(groups, documents));
  apply(hand.links);
  const decidedByHand = new Set([...hand.keptApart, ...hand.settled]);
  const short = shortNameLending(read, groups, find, nearby, decidedByHand, texts, context.spokenOf);
  for (const [word, byDocument] of lastWordLending(groups, read, find, decidedByHand)) {
    const lent = short.lending.get(word) ?? new Map();
    for (const [doc, lending] of byDocument) if (!lent.has(doc)) lent.set(doc, lending);
    short.lending.set(word, lent);
  }

  const placementOf = (record: Pick<ReadRecord, 'slug' | 'doc' | 'named' | 'surface'>): Placement | undefined => {
    const lending = isNameLike(record) ? short.lending.get(record.slug)?.get(record.doc) : undefined;
    if (lending !== undefined) return { root: lending.root, lentBy: lending };
    return sets.has(record.slug) ? { root: find(record.slug) } : undefined;
  };
  // an acronym, another name, a storm's bare name or a name with a place in front is never the label
  const otherNames = new Set(links.filter((link) => OTHER_NAME_KINDS.has(link.kind)).map((link) => link.from));
  const lowerCase = lowerCaseWords(texts.values());
  const cueTypes = learnCueTypes(read);
  const placed = placedNames(texts.values());
  const drafts = draftNodes(read, {
    placementOf: (record) => placementOf(record)!, otherNames, surnames: short.surnames, lowerCase, cueTypes, placed,
  });
  drafts.sort((a, b) => compare(a.key, b.key));

  const adjacency = adjacencyOf(links);
  const keyByRoot = new Map(drafts.map((draft) => [draft.root, draft.key]));
  const entities = new Map<string, Entity>();
  const merges: AliasMerge[] = [];
  for (const draft of drafts) {
    const aliases = Object.fromEntries([...draft.aliases].sort(([a], [b]) => compare(a, b)));
    entities.set(draft.key, { key: draft.key, label: draft.label, type: draft.type, aliases });
    merges.push(...mergesOf(draft, adjacency));
  }
  merges.sort((a, b) => compare(a.node, b.node) || compare(a.alias, b.alias));

  return {
    keyOf(record) {
      const readOne = readRecord(record);
      const placement = readOne === undefined ? undefined : placementOf(readOne);
      return placement === undefined ? undefined : keyByRoot.get(placement.root);
    },
    entities,
    merges,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
