/**
 * Pass 4: a short name (`Biden`, `La Riva`, `President Trump` once its title is off, or a first name
 * such as `Hunter`) names a person whose full name ends or starts with it — which person is read
 * document by document, never for the whole corpus at once.
 */
import { CALENDAR_WORDS } from '../nlp/data/words.js';
import type { Triple } from '../types.js';
import { gazetteerType } from './gazetteer.js';
import { headNounType } from './head-nouns.js';
import { nameFormType } from './name-form.js';
import { isPerson, isSurelyPerson, type NameGroup, type ReadRecord } from './groups.js';
import { acronymLetters, isCapitalised, personParts } from './name-shape.js';
import type { NearbyDocuments } from './nearby-documents.js';
import { slug } from './slug.js';
import { wordsOf } from './surface.js';
import { wholeWordsAt } from './text-search.js';
import { winningType } from './type-vote.js';

/**
 * How large a share, in percent, of the full-name mentions in documents of the same story one
 * person must have for a short name to be read as that person in a document that names nobody by it.
 */
const DOMINANT_PERCENT = 80;
/** And how many full-name mentions at least: two mentions out of two say little. */
const DOMINANT_MIN_MENTIONS = 3;

/** Words that open a surname rather than being a first name (`La Riva`, `van der Berg`, `al-Sisi`). */
const SURNAME_PARTICLES = new Set(['la', 'le', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'abu', 'dos', 'das', 'st', 'st.']);

/** How a short name is part of the full name (`last word`: a thing's, see last-words). */
export type ShortNameKind = 'surname' | 'first name' | 'last word';

/**
 * Which rule read a short name as a person in a document:
 * - `only`: the document names exactly one person by a full name with that part;
 * - `before`: it names several, and only this one before it first says the short name alone;
 * - `most`: it names several (before the short name, if any are), and this one most often; on a
 *   tie, the one it names first (news introduces its main actor first);
 * - `nearby`: it names none, and in documents of the same period and topic words one person has
 *   at least {@link DOMINANT_PERCENT}% of the full-name mentions (surnames only: a first name is
 *   shared by too many people to be read across documents).
 */
export type ShortNameRule = 'only' | 'before' | 'most' | 'nearby';

export interface Lending {
  /** The root of the person the short name stands for there. */
  root: string;
  kind: ShortNameKind;
  rule: ShortNameRule;
}

export interface ShortNameReading {
  /** Short name slug → document → the person it names there. */
  lending: Map<string, Map<string, Lending>>;
  /** Groups that are the surname of some person who is more than a guess: their fallback guesses vote person. */
  surnames: Set<string>;
}

/** Document → the names of the people its he/she pronouns were read as (src/coref). */
export type SpokenOf = ReadonlyMap<string, readonly string[]>;

/**
 * The people each document speaks of as he or she: a pronoun read as a name says its bearer is a
 * person, as a title does (`Pranab Mukherjee … He was aged 84`), though the extractor only guessed.
 */
export function spokenOfAsPeople(documents: ReadonlyArray<{ id: string; triples: readonly Triple[] }>): SpokenOf {
  const spoken = new Map<string, string[]>();
  for (const { id, triples } of documents) {
    const names = triples.flatMap(({ subject, object }) => [subject.antecedent, object.antecedent])
      .filter((antecedent) => antecedent !== undefined && antecedent.type === undefined)
      .map((antecedent) => antecedent!.name);
    if (names.length > 0) spoken.set(id, [...new Set(names)]);
  }
  return spoken;
}

interface Person {
  /** Not only the extractor's guess says it is a person. */
  sure: boolean;
  /** Full-name mentions in triples, per document. */
  byDocument: Map<string, number>;
  /** Its full names as written. */
  forms: Set<string>;
}

/** How a document names a person in full: how often, and where first (Infinity when unknown). */
interface Naming {
  count: number;
  first: number;
  /** Where each full name stands in the text, `[start, end)` (none without the text). */
  spans: Array<[number, number]>;
}

export function shortNameLending(
  records: readonly ReadRecord[],
  groups: ReadonlyMap<string, NameGroup>,
  find: (slug: string) => string,
  nearby: NearbyDocuments,
  keptApart: ReadonlySet<string>,
  texts: ReadonlyMap<string, string>,
  spokenOf: SpokenOf = new Map(),
): ShortNameReading {
  const { people, bearersByPart } = indexPeople(records, groups, find, spokenOf);
  const ownName = namesOnItsOwn(records, bearersByPart, people);
  const reading: ShortNameReading = { lending: new Map(), surnames: new Set() };
  const decided = new Set<string>();
  for (const record of records) {
    const group = groups.get(record.slug)!;
    const parts = bearersByPart.get(record.slug);
    const decision = `${record.slug}\u0000${record.doc}`;
    if (!isNameLike(record) || parts === undefined || decided.has(decision) || keptApart.has(record.slug) || !mayBeShortName(group)) continue;
    decided.add(decision);
    const own = find(record.slug);
    // a people or a place is no one's first name (`Turkish` of a `Turkish Cypriot`)
    const placeOrPeople = gazetteerType(record.surface) !== undefined;
    const bearers = [...parts].filter(([root, kind]) => root !== own && !keptApart.has(root) && !(kind === 'first name' && (ownName.has(record.slug) || placeOrPeople)));
    if (bearers.length === 0) continue;
    const sureShort = isSurelyPerson(group);
    if (bearers.some(([root, kind]) => kind === 'surname' && (sureShort || people.get(root)!.sure))) reading.surnames.add(record.slug);
    const text = texts.get(record.doc);
    // each bearer's full names searched once, for both how often they are named and where
    const namings = new Map(bearers.map(([root]) => [root, namingOf(people.get(root)!, record.doc, text)]));
    const shortAt = text === undefined ? Infinity : firstSaidShort(text, group, [...namings.values()]);
    const inDocument = readInDocument(bearers, people, namings, shortAt, sureShort);
    // a document that names several people alike, or only guesses, leaves its short name apart
    const lending = inDocument !== 'none named' ? inDocument : group.common ? undefined : readNearby(record.doc, bearers, people, sureShort, nearby);
    if (lending === undefined) continue;
    const byDocument = reading.lending.get(record.slug) ?? new Map<string, Lending>();
    reading.lending.set(record.slug, byDocument.set(record.doc, lending));
  }
  return reading;
}

/**
 * Names used mostly in documents that name none of the people they are the first name of
 * (`Wikinews` beside a `Wikinews interviewee Joe Schriner`): a name in their own right, never a first name.
 */
function namesOnItsOwn(records: readonly ReadRecord[], bearersByPart: ReadonlyMap<string, ReadonlyMap<string, ShortNameKind>>, people: ReadonlyMap<string, Person>): Set<string> {
  const documents = new Map<string, { alone: Set<string>; beside: Set<string> }>();
  for (const record of records) {
    const parts = bearersByPart.get(record.slug);
    if (parts === undefined || !isNameLike(record)) continue;
    const uses = documents.get(record.slug) ?? { alone: new Set(), beside: new Set() };
    documents.set(record.slug, uses);
    const beside = [...parts].some(([root, kind]) => kind === 'first name' && people.get(root)!.byDocument.has(record.doc));
    (beside ? uses.beside : uses.alone).add(record.doc);
  }
  return new Set([...documents].filter(([, { alone, beside }]) => alone.size > beside.size).map(([name]) => name));
}

/**
 * The people of the corpus by their full names, and for each surname, each run of last words
 * (`La Riva` of `Gloria La Riva`) and each first name, the people it can be part of.
 */
function indexPeople(records: readonly ReadRecord[], groups: ReadonlyMap<string, NameGroup>, find: (slug: string) => string, spokenOf: SpokenOf) {
  const people = new Map<string, Person>();
  const bearersByPart = new Map<string, Map<string, ShortNameKind>>();
  const addPart = (part: string, root: string, kind: ShortNameKind): void => {
    const bearers = bearersByPart.get(part) ?? new Map<string, ShortNameKind>();
    bearersByPart.set(part, bearers);
    if (bearers.get(root) !== 'surname') bearers.set(root, kind);
  };
  const indexed = new Set<string>();
  for (const record of records) {
    const group = groups.get(record.slug)!;
    if (!isPerson(group) || !isFullName(record.surface) || namesNoPerson(record.surface)) continue;
    const root = find(record.slug);
    const person = people.get(root) ?? { sure: false, byDocument: new Map(), forms: new Set() };
    people.set(root, person);
    person.sure ||= isSurelyPerson(group) || (spokenOf.get(record.doc)?.some((name) => name === record.surface || name.endsWith(` ${record.surface}`)) ?? false);
    person.byDocument.set(record.doc, (person.byDocument.get(record.doc) ?? 0) + 1);
    person.forms.add(record.surface);
    if (indexed.has(record.surface)) continue;
    indexed.add(record.surface);
    const words = wordsOf(record.surface);
    const parts = personParts(record.surface)!;
    addPart(parts.first, root, 'first name');
    let end = words.length; // past the surname: `Jr.` is no part of it
    while (slug(words[end - 1]!) !== parts.last) end--;
    for (let k = 1; k < end; k++) addPart(slug(words.slice(k, end).join(' ')), root, 'surname');
  }
  return { people, bearersByPart };
}

/**
 * A record the short-name rules may place: a name, or a capitalised word the extractor read as a
 * concept (`Ghani` misread); a lower-case `west` is a common noun, whoever the document names.
 */
export function isNameLike(record: Pick<ReadRecord, 'named' | 'surface'>): boolean {
  return record.named || isCapitalised(record.surface);
}

/**
 * A name whose own words say it is no person (`Qaboos Grand Mosque`, `Rocky Linux`), whatever the
 * extractor guessed: no short name stands for it.
 */
function namesNoPerson(surface: string): boolean {
  const type = nameFormType(surface) ?? headNounType(surface) ?? gazetteerType(surface);
  return type !== undefined && type !== 'person';
}

/** Two words or more, the first of them a given name rather than a particle of the surname. */
export function isFullName(surface: string): boolean {
  const parts = personParts(surface);
  return parts !== undefined && !SURNAME_PARTICLES.has(wordsOf(surface)[0]!.toLowerCase());
}

/**
 * A name whose typed mentions, if any, say person; a guess does not stop it. An acronym is no short
 * name, and neither is a full name, a lone letter or a month (`May`).
 */
function mayBeShortName(group: NameGroup): boolean {
  if (!group.named || group.slug.length < 2 || CALENDAR_WORDS.has(group.slug)) return false;
  const forms = [...group.forms.keys()];
  if (forms.some((form) => acronymLetters(form) !== undefined || isFullName(form))) return false;
  const type = winningType(group.firmVotes);
  return type === undefined || type === 'person';
}

/**
 * A short name is read as a person its document names in full. The text is searched, not only the
 * triples, since a full name may stand in a sentence no triple was read from; without the text
 * (a test's hand-made records) the triples' mentions count, and no position is known.
 */
function namingOf(person: Person, doc: string, text: string | undefined): Naming {
  if (text === undefined) return { count: person.byDocument.get(doc) ?? 0, first: Infinity, spans: [] };
  const naming: Naming = { count: 0, first: Infinity, spans: [] };
  for (const form of person.forms) {
    for (const at of wholeWordsAt(text, form)) {
      naming.count++;
      naming.first = Math.min(naming.first, at);
      naming.spans.push([at, at + form.length]);
    }
  }
  return naming;
}

/**
 * Where the text first says the short name on its own, not as part of a bearer's full name
 * (`Roosevelt` at `President Roosevelt looked to add justices`, not inside `Franklin Delano Roosevelt`).
 */
function firstSaidShort(text: string, group: NameGroup, namings: readonly Naming[]): number {
  const full = namings.flatMap((naming) => naming.spans);
  let first = Infinity;
  for (const form of group.forms.keys()) {
    for (const at of wholeWordsAt(text, form)) {
      if (at < first && !full.some(([start, end]) => start <= at && at < end)) first = at;
    }
  }
  return first;
}

/**
 * Of the people the document names in full, those named before it first says the short name, if
 * any (`President Roosevelt` after Franklin Delano Roosevelt, though Theodore Roosevelt is named
 * more later); of these, the one named most, then first.
 */
function readInDocument(
  bearers: Array<[string, ShortNameKind]>,
  people: ReadonlyMap<string, Person>,
  namings: ReadonlyMap<string, Naming>,
  shortAt: number,
  sureShort: boolean,
): Lending | undefined | 'none named' {
  let named = bearers.map(([root, kind]) => ({ root, kind, naming: namings.get(root)! })).filter(({ naming }) => naming.count > 0);
  if (named.length === 0) return 'none named';
  const namedBefore = named.filter(({ naming }) => naming.first < shortAt);
  const onlyBefore = namedBefore.length === 1 && named.length > 1;
  if (namedBefore.length > 0) named = namedBefore;
  // `Hunter` in a document that names Robert Hunter and Hunter Biden is Robert's surname first
  if (named.some(({ kind }) => kind === 'surname')) named = named.filter(({ kind }) => kind === 'surname');
  named.sort((a, b) => b.naming.count - a.naming.count || a.naming.first - b.naming.first);
  const [best, next] = named;
  if (next !== undefined && best!.naming.count === next.naming.count && best!.naming.first === next.naming.first) return undefined;
  // a first name stands for a person only if more than a guess says the full name is one (`Rocky` of a `Rocky Linux`)
  const sure = people.get(best!.root)!.sure;
  if (!sure && (best!.kind === 'first name' || !sureShort)) return undefined;
  return { root: best!.root, kind: best!.kind, rule: onlyBefore ? 'before' : named.length === 1 ? 'only' : 'most' };
}

function readNearby(
  doc: string,
  bearers: Array<[string, ShortNameKind]>,
  people: ReadonlyMap<string, Person>,
  sureShort: boolean,
  nearby: NearbyDocuments,
): Lending | undefined {
  let total = 0;
  let best: { root: string; mentions: number } | undefined;
  for (const [root, kind] of bearers) {
    if (kind !== 'surname') continue;
    let mentions = 0;
    for (const [other, count] of people.get(root)!.byDocument) if (nearby.near(doc, other)) mentions += count;
    total += mentions;
    if (mentions > (best?.mentions ?? 0) || (mentions === best?.mentions && root < best.root)) best = { root, mentions };
  }
  // in whole numbers, so that 8 of 10 is exactly 80%
  if (best === undefined || best.mentions < DOMINANT_MIN_MENTIONS || best.mentions * 100 < DOMINANT_PERCENT * total) return undefined;
  if (!people.get(best.root)!.sure && !sureShort) return undefined;
  return { root: best.root, kind: 'surname', rule: 'nearby' };
}
