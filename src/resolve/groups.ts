/** Reads each mention's name and gathers the names that slug alike (`TOLOnews`, `TOLONews`) into name groups. */
import type { EntityType, Mention } from '../types.js';
import { isCapitalised, isOneWord } from './name-shape.js';
import { slug } from './slug.js';
import { isIndefinite, nameSurface, titleSurface } from './surface.js';
import { splitTitle } from './titles.js';
import { addVote, winningType, type TypeTally } from './type-vote.js';

export interface MentionRecord {
  doc: string;
  mention: Mention;
  /** Its role in its clause, as role-cues reads it (`subject say`, `object in`). */
  cue?: string;
}

/** A mention as resolution needs it. */
export interface ReadRecord {
  doc: string;
  surface: string;
  slug: string;
  /** `${title} ${surface}` when the mention carries a title. */
  titled?: string;
  type: EntityType;
  typeSource: Mention['typeSource'];
  named: boolean;
  /** Read after `the` (`the House`): a description as much as a name. */
  definite: boolean;
  cue?: string;
}

/** Every spelling of one name that gives the same slug, and what its mentions say about it. */
export interface NameGroup {
  slug: string;
  /** Surface form → mentions. */
  forms: Map<string, number>;
  /** Some mention is a name, not a concept. */
  named: boolean;
  /** Some mention is a concept in lower case: the words are also read as a common noun (`west`). */
  common: boolean;
  /** The votes of its named mentions. */
  votes: TypeTally;
  /** The votes of its named mentions whose type was not a fallback guess. */
  firmVotes: TypeTally;
}

/** Its mentions, guesses included, vote person (a title weighs most). */
export function isPerson(group: NameGroup): boolean {
  return winningType(group.votes) === 'person';
}

/**
 * Its mentions vote person without the extractor's guesses. A guess alone is too weak to link
 * names by: the extractor guesses person for any two unknown capitalised words (`Crew Dragon`).
 */
export function isSurelyPerson(group: NameGroup): boolean {
  return winningType(group.firmVotes) === 'person';
}

export type RecordReader = (record: MentionRecord) => ReadRecord | undefined;

/**
 * Reads records, each distinct name and title once: a corpus repeats its names, and normalising
 * Unicode is the costly part of resolution. Undefined for pronouns, clauses and names without a
 * letter or digit, which give nothing to key a node on.
 */
export function recordReader(): RecordReader {
  const names = new Map<string, { surface: string; slug: string; leftTitle: string }>();
  const titles = new Map<string, string>();
  return ({ doc, mention, cue }) => {
    if (mention.pronoun || mention.clause) return undefined;
    const personal = mention.type === 'person';
    const nameKey = `${personal ? 'p' : 'n'}${mention.name}`;
    let name = names.get(nameKey);
    if (name === undefined) {
      const split = splitTitle(nameSurface(mention.name), personal);
      name = { surface: split.name, slug: slug(split.name), leftTitle: split.title ?? '' };
      names.set(nameKey, name);
    }
    if (name.slug === '') return undefined;
    let title = mention.title === undefined ? '' : titles.get(mention.title);
    if (title === undefined) {
      title = titleSurface(mention.title!);
      titles.set(mention.title!, title);
    }
    // a title left on the name (`President Trump`) joins the one the extractor split off
    if (name.leftTitle !== '') title = title === '' ? name.leftTitle : `${title} ${name.leftTitle}`;
    const record: ReadRecord = {
      doc,
      surface: name.surface,
      slug: name.slug,
      type: mention.type,
      typeSource: mention.typeSource,
      // `a former Marine`, `any other Democrat`: one of a kind, not the name of one actor
      named: mention.type !== 'concept' && !(isOneWord(name.surface) && isIndefinite(mention.text)),
      definite: /^the\s/iu.test(mention.text),
    };
    if (title !== '') record.titled = `${title} ${name.surface}`;
    if (cue !== undefined) record.cue = cue;
    return record;
  };
}

export function groupNames(records: Iterable<ReadRecord>): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const record of records) {
    let group = groups.get(record.slug);
    if (group === undefined) {
      group = { slug: record.slug, forms: new Map(), named: false, common: false, votes: new Map(), firmVotes: new Map() };
      groups.set(record.slug, group);
    }
    group.forms.set(record.surface, (group.forms.get(record.surface) ?? 0) + 1);
    if (!record.named) {
      // the extractor reads a capitalised `Trump` as a concept at times; a lower-case one is a noun
      if (!isCapitalised(record.surface)) group.common = true;
      continue;
    }
    group.named = true;
    addVote(group.votes, record.type, record.typeSource);
    if (record.typeSource !== 'fallback') addVote(group.firmVotes, record.type, record.typeSource);
  }
  return groups;
}

/** Name group → the documents that mention it (those `keep` accepts). */
export function documentsOf(records: Iterable<ReadRecord>, keep: (record: ReadRecord) => boolean = () => true): Map<string, Set<string>> {
  const documents = new Map<string, Set<string>>();
  for (const record of records) {
    if (keep(record)) documents.set(record.slug, (documents.get(record.slug) ?? new Set()).add(record.doc));
  }
  return documents;
}
