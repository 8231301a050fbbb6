/** Gathers the mentions of each actor into a node: its type by vote, its label, key and aliases. */
import type { EntityType } from '../types.js';
import type { Lending } from './04-short-names.js';
import type { ReadRecord } from './groups.js';
import { isPersonNoun, personalNameWords } from '../nlp/compromise-world.js';
import { readsAsCommonWords } from './common-words.js';
import { chooseLabel } from './label.js';
import { acronymLetters, isCapitalised, isOneWord } from './name-shape.js';
import { slug } from './slug.js';
import { isRole } from './titles.js';
import { nameTypes } from './name-type.js';
import { addVote, addWeight, NAME_TYPE_WEIGHT, TYPE_SOURCE_WEIGHT, winningType, type TypeTally } from './type-vote.js';

/** Where a mention goes: the actor's root group, and how it was lent there if it is a short name. */
export interface Placement {
  root: string;
  lentBy?: Lending;
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
  /** Surface forms of a short name lent to this node → how, in each document that lent them (see 04-short-names). */
  lent: Map<string, Lending[]>;
  /** Titled form → the name after the title. */
  titled: Map<string, string>;
}

export interface DraftContext {
  placementOf(record: ReadRecord): Placement;
  /** Groups that are other names of their node's usual name (`US`, `America`, a storm's `Dorian`): that name is the better label. */
  otherNames: ReadonlySet<string>;
  /** Groups that are some person's surname: their fallback guesses vote person. */
  surnames: ReadonlySet<string>;
  /** Words the corpus writes in lower case: a guessed person whose name is made of such words votes concept. */
  lowerCase: ReadonlySet<string>;
  /** Roles in a clause that say a type (see role-cues): they type a mention compromise only tagged or guessed. */
  cueTypes: ReadonlyMap<string, EntityType>;
  /** Names the texts place as a town is placed (`Marksville, Louisiana`): one place vote for their node. */
  placed: ReadonlySet<string>;
}

export function draftNodes(records: readonly ReadRecord[], context: DraftContext): NodeDraft[] {
  const byRoot = new Map<string, { own: ReadRecord[]; lent: Array<{ record: ReadRecord; lending: Lending }> }>();
  for (const record of records) {
    const { root, lentBy } = context.placementOf(record);
    const node = byRoot.get(root) ?? { own: [], lent: [] };
    byRoot.set(root, node);
    if (lentBy === undefined) node.own.push(record);
    else node.lent.push({ record, lending: lentBy });
  }
  return [...byRoot].map(([root, { own, lent }]) => draftNode(root, own, lent, context));
}

function draftNode(root: string, own: ReadRecord[], lent: Array<{ record: ReadRecord; lending: Lending }>, context: DraftContext): NodeDraft {
  const lentRecords = lent.map(({ record }) => record);
  const type = typeOf([...own, ...lentRecords], context);
  const label = labelOf(own.length > 0 ? own : lentRecords, type, context.otherNames);
  const draft: NodeDraft = {
    root, key: slug(label), label, type,
    aliases: new Map(), own: new Set(), lent: new Map(), titled: new Map(),
  };
  for (const record of own) draft.own.add(record.surface);
  for (const { record, lending } of lent) {
    const lendings = draft.lent.get(record.surface) ?? [];
    draft.lent.set(record.surface, lendings);
    lendings.push(lending);
  }
  for (const record of [...own, ...lentRecords]) {
    count(draft.aliases, record.surface);
    if (record.titled === undefined) continue;
    count(draft.aliases, record.titled);
    const name = draft.titled.get(record.titled);
    if (name === undefined || record.surface < name) draft.titled.set(record.titled, record.surface);
  }
  return draft;
}

/**
 * A name the extractor typed a person only because a word for no person stood before it (`a
 * community enterprise Operating System`, `the state-run Indian Railways`): no more than a guess,
 * like a capitalised name with nothing else to go on, and weighed as one. A given name says more
 * (`presidential nominee Darrell Castle`).
 */
function describedAsThing(record: ReadRecord): boolean {
  if (record.typeSource !== 'title' || record.titled === undefined || !record.titled.endsWith(record.surface)) return false;
  const title = record.titled.slice(0, -record.surface.length).trim();
  const head = title.split(' ').at(-1) ?? '';
  const givenName = personalNameWords.has(record.surface.split(' ')[0]!.toLowerCase()) && !isOneWord(record.surface);
  return head === head.toLowerCase() && !isRole(title) && !isPersonNoun(head) && !givenName;
}

/**
 * The vote of a node's mentions, each weighted by how it was typed (a title counts most, then what
 * the name's own words say by gazetteer or head noun, then a head noun the extractor read, a capital
 * letter alone least). Concept mentions (lower-case `people`) each vote concept with the weight of a
 * guess, so a word read 173 times in lower case stays a concept even if compromise once tagged
 * `People` as a name; a tie goes to the name.
 */
function typeOf(records: readonly ReadRecord[], { surnames, lowerCase, cueTypes, placed }: DraftContext): EntityType {
  const tally: TypeTally = new Map();
  const named = records.filter((record) => record.named);
  const titled = new Set(named.filter((record) => record.typeSource === 'title').map((record) => record.surface));
  const byName = nameTypes(named.map((record) => record.surface), surnames, titled);
  for (const record of named) {
    const nameType = record.typeSource === 'title' ? undefined : byName.get(record.surface);
    if (nameType !== undefined) {
      addWeight(tally, nameType, NAME_TYPE_WEIGHT);
      continue;
    }
    const guessedSurname = record.typeSource === 'fallback' && surnames.has(record.slug);
    // the extractor's guess of a person for unknown capitalised words says nothing of `Too Much`;
    // its guess of an organization stands (`Red Hat`, and `Senate`, `Parliament` alone)
    const described = describedAsThing(record);
    const guessedPerson = (record.typeSource === 'fallback' && record.type === 'person' && !guessedSurname) || described;
    const commonWords = guessedPerson && readsAsCommonWords(record.surface, lowerCase);
    addVote(tally, guessedSurname ? 'person' : commonWords ? 'concept' : cuedType(record, cueTypes), described ? 'fallback' : record.typeSource);
  }
  // placed as a town once is one vote for the node, less than a few mentions that say otherwise
  if (named.some((record) => placed.has(record.surface))) addWeight(tally, 'place', NAME_TYPE_WEIGHT);
  const concepts = records.length - named.length;
  if (concepts > 0) addWeight(tally, 'concept', concepts * TYPE_SOURCE_WEIGHT.fallback);
  return winningType(tally) ?? 'concept';
}

/**
 * The type a mention's role in its clause says (role-cues), in place of one compromise only tagged
 * or guessed for an actor; never for a concept or an acronym (`in physics`, `in DNA`).
 */
function cuedType(record: ReadRecord, cueTypes: ReadonlyMap<string, EntityType>): EntityType {
  const weak = (record.typeSource === 'tag' || record.typeSource === 'fallback') && record.type !== 'concept';
  if (!weak || record.cue === undefined || acronymLetters(record.surface) !== undefined) return record.type;
  return cueTypes.get(record.cue) ?? record.type;
}

/**
 * Prefers a long name over its acronym, and a person's full name over the surname. A concept is
 * labelled by its concept mentions, in lower case where it has any: a capital is then most likely
 * the start of a sentence (`People said`), or the word read as a bare title (`the President said`).
 */
function labelOf(records: readonly ReadRecord[], type: EntityType, otherNames: ReadonlySet<string>): string {
  let candidates = records;
  const narrow = (keep: (record: ReadRecord) => boolean): void => {
    const kept = candidates.filter(keep);
    if (kept.length > 0) candidates = kept;
  };
  narrow((record) => !otherNames.has(record.slug));
  if (type === 'person') narrow((record) => !isOneWord(record.surface));
  if (type === 'concept') {
    narrow((record) => !record.named);
    narrow((record) => !isCapitalised(record.surface));
  }
  const counts = new Map<string, number>();
  for (const record of candidates) count(counts, record.surface);
  return chooseLabel(counts)!;
}

function count(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}
