/** Alias resolution: the mentions of one actor become one node, and every merge keeps its reason. */
import type { AliasMerge, EntityType } from '../types.js';
import { dotLinks } from './01-dots.js';
import { spellingLinks } from './02-spelling.js';
import { acronymLinks } from './03-acronyms.js';
import { surnameLinks } from './04-surnames.js';
import { assignByDocument } from './05-documents.js';
import { draftNodes, type Placement } from './entities.js';
import { groupNames, recordReader, type MentionRecord, type ReadRecord } from './groups.js';
import type { Link } from './links.js';
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

/** The same multiset of records gives the same resolution in any order: every choice is by sorted key. */
export function resolveMentions(records: readonly MentionRecord[]): Resolution {
  const readRecord = recordReader();
  const read = records.map(readRecord).filter((record): record is ReadRecord => record !== undefined);
  const groups = groupNames(read);
  const sets = new UnionFind();
  for (const key of groups.keys()) sets.add(key);
  const links: Link[] = [];
  const apply = (found: Link[]): void => {
    for (const link of found) {
      sets.union(link.from, link.to);
      links.push(link);
    }
  };
  const find = (key: string): string => sets.find(key);
  // each pass reads the actors the passes before it made, and finds all its links before applying any
  apply(dotLinks(groups));
  apply(spellingLinks(groups));
  apply(acronymLinks(groups, find));
  const surnames = surnameLinks(groups, find);
  apply(surnames.links);
  const lent = assignByDocument(read, surnames.shared, find);

  const placementOf = (record: Pick<ReadRecord, 'slug' | 'doc'>): Placement | undefined => {
    const lending = lent.get(record.slug)?.get(record.doc);
    if (lending !== undefined) return { root: lending.root, lentBy: lending.rule };
    return sets.has(record.slug) ? { root: find(record.slug) } : undefined;
  };
  const acronyms = new Set(links.filter((link) => link.kind === 'acronym').map((link) => link.from));
  const drafts = draftNodes(read, { placementOf: (record) => placementOf(record)!, acronyms, surnames: surnames.surnames });
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
