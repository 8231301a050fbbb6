/** Gathers the mentions of each actor into a node: its type by vote, its label, key and aliases. */
import type { EntityType } from '../types.js';
import type { ReadRecord } from './groups.js';
import { chooseLabel } from './label.js';
import { isOneWord } from './name-shape.js';
import { slug } from './slug.js';
import { addVote, winningType, type TypeTally } from './type-vote.js';

/** Where a mention goes: the actor's root group, and whether a surname was lent to it by its document. */
export interface Placement {
  root: string;
  byDocument: boolean;
}

export interface NodeDraft {
  root: string;
  key: string;
  label: string;
  type: EntityType;
  /** Surface form, titled forms included → mentions. */
  aliases: Map<string, number>;
  /** Surface forms read in this node's own groups. */
  own: Set<string>;
  /** Surface forms of a shared surname that their documents gave to this node. */
  lent: Set<string>;
  /** Titled form → the name after the title. */
  titled: Map<string, string>;
}

export interface DraftContext {
  placementOf(record: ReadRecord): Placement;
  /** Groups that are acronyms of a long name of their node: the long name is the better label. */
  acronyms: ReadonlySet<string>;
  /** Groups that are a person's surname: their fallback guesses vote person. */
  surnames: ReadonlySet<string>;
}

export function draftNodes(records: readonly ReadRecord[], context: DraftContext): NodeDraft[] {
  const byRoot = new Map<string, { records: ReadRecord[]; lent: ReadRecord[] }>();
  for (const record of records) {
    const { root, byDocument } = context.placementOf(record);
    const node = byRoot.get(root) ?? { records: [], lent: [] };
    byRoot.set(root, node);
    (byDocument ? node.lent : node.records).push(record);
  }
  return [...byRoot].map(([root, { records: own, lent }]) => draftNode(root, own, lent, context));
}

function draftNode(root: string, own: ReadRecord[], lent: ReadRecord[], context: DraftContext): NodeDraft {
  const type = typeOf([...own, ...lent], context.surnames);
  const label = labelOf(own.length > 0 ? own : lent, type, context.acronyms);
  const draft: NodeDraft = {
    root, key: slug(label), label, type,
    aliases: new Map(), own: new Set(), lent: new Set(), titled: new Map(),
  };
  for (const [records, forms] of [[own, draft.own], [lent, draft.lent]] as const) {
    for (const record of records) {
      forms.add(record.surface);
      count(draft.aliases, record.surface);
      if (record.titled === undefined) continue;
      count(draft.aliases, record.titled);
      const name = draft.titled.get(record.titled);
      if (name === undefined || record.surface < name) draft.titled.set(record.titled, record.surface);
    }
  }
  return draft;
}

/** A node with any named mention is never a concept. */
function typeOf(records: readonly ReadRecord[], surnames: ReadonlySet<string>): EntityType {
  const tally: TypeTally = new Map();
  for (const record of records) {
    if (!record.named) continue;
    const guessedSurname = record.typeSource === 'fallback' && surnames.has(record.slug);
    addVote(tally, guessedSurname ? 'person' : record.type, record.typeSource);
  }
  return winningType(tally) ?? 'concept';
}

/** Prefers a long name over its acronym, and a person's full name over the surname. */
function labelOf(records: readonly ReadRecord[], type: EntityType, acronyms: ReadonlySet<string>): string {
  let candidates = records;
  const narrow = (keep: (record: ReadRecord) => boolean): void => {
    const kept = candidates.filter(keep);
    if (kept.length > 0) candidates = kept;
  };
  narrow((record) => !acronyms.has(record.slug));
  if (type === 'person') narrow((record) => !isOneWord(record.surface));
  const counts = new Map<string, number>();
  for (const record of candidates) count(counts, record.surface);
  return chooseLabel(counts)!;
}

function count(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}
