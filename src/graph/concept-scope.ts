/**
 * Which concept nodes a story keeps to itself. A common-noun phrase (`call`, `agreement`,
 * `people`) read in two articles is almost never one thing: joined, it makes one node of two
 * unrelated phone calls and runs paths between stories through it. So a concept is a node of its
 * document, unless it names one specific thing the corpus shares:
 *
 * 1. it contains a name (`Doha agreement`, `Green New Deal`, `COVID-19 pandemic`): in at least
 *    half its mentions, a word written with a capital where no sentence starts, other than a day, a
 *    month or a title word (`Monday`, `the Prime Minister` are no one thing across stories); a
 *    stray capital (`People` after an interview's speaker tag) does not make a name, nor does a
 *    name after an indefinite determiner (`a Trump rally` is one of many); or
 * 2. it is a phrase of two words or more tied to the same named actor in two documents or more
 *    (`peace talks` with the Taliban in each article on them): a single word (`people`, `party`)
 *    is too general to be one thing even then.
 *
 * Idioms and adverbials (`took place`, `over time`, `part of`) make no node at all.
 */
import { CALENDAR_WORDS, TITLE_WORDS } from '../nlp/data/words.js';
import { isIndefinite, nameSurface } from '../resolve/surface.js';
import type { Mention, Triple } from '../types.js';

/** A node key and its document: the key a concept gets when its document keeps it. */
export function documentConceptKey(key: string, doc: string): string {
  // slugs never hold two dashes in a row, so this cannot be another node's key
  return `${key}--${doc}`;
}

/** The document a document-kept concept's key names, or undefined for any other key. */
export function documentOfConceptKey(key: string): string | undefined {
  const at = key.lastIndexOf('--');
  return at === -1 ? undefined : key.slice(at + 2);
}

export interface ConceptReading {
  /** Its node key, before scoping; undefined when the mention is no node. */
  key: string | undefined;
  isConcept: boolean;
  /** A concept mention that contains a name (rule 1). */
  showsName?: boolean;
}

/** A triple as scoping reads it: its document, and what each end resolved to. */
export interface ScopedTriple {
  doc: string;
  subject: ConceptReading;
  object: ConceptReading;
}

/** Concept keys the corpus shares: by rule 1 ({@link showsName}, read per mention) or rule 2. */
export function sharedConcepts(triples: Iterable<ScopedTriple>, labelOf: (key: string) => string): Set<string> {
  const shared = new Set<string>();
  const named = new Map<string, number>(); // concept → its mentions that show a name, less those that do not
  const documents = new Map<string, Set<string>>(); // `concept|actor` → documents
  for (const { doc, subject, object } of triples) {
    for (const [concept, other] of [[subject, object], [object, subject]] as const) {
      if (concept.isConcept) named.set(concept.key!, (named.get(concept.key!) ?? 0) + (concept.showsName === true ? 1 : -1));
      if (!concept.isConcept || other.isConcept || concept.key === undefined || other.key === undefined) continue;
      if (!labelOf(concept.key).includes(' ')) continue;
      const pair = `${concept.key}|${other.key}`;
      documents.set(pair, (documents.get(pair) ?? new Set()).add(doc));
    }
  }
  for (const [concept, balance] of named) if (balance >= 0) shared.add(concept);
  for (const [pair, docs] of documents) if (docs.size >= 2) shared.add(pair.slice(0, pair.indexOf('|')));
  return shared;
}

/** Rule 1, for one mention of a concept: `sentenceStart` is where its sentence starts in `text`. */
export function showsName(mention: Mention, text: string, sentenceStart: number): boolean {
  if (isIndefinite(mention.text)) return false;
  const { start, end } = mention.nameSpan;
  for (const word of text.slice(start, end).matchAll(/\S+/gu)) {
    if (!/^\p{Lu}/u.test(word[0])) continue;
    const at = start + word.index;
    // only quotes, brackets and spaces before it: the sentence starts with this word
    if (/^[\s"'“‘(\[]*$/u.test(text.slice(sentenceStart, at))) continue;
    const lower = word[0].toLowerCase().replace(/[.,;:]$/, '');
    if (!CALENDAR_WORDS.has(lower) && !TITLE_WORDS.has(lower)) return true;
  }
  return false;
}

/**
 * Light verbs with the noun that makes an idiom of them: `take place` says something happened, and
 * `place` is no thing it happened to.
 */
const IDIOM_OBJECTS: Record<string, ReadonlySet<string>> = {
  take: new Set(['place', 'part', 'effect', 'hold', 'shape', 'care', 'note', 'office', 'turns', 'advantage', 'root', 'time']),
  make: new Set(['sure', 'sense', 'way', 'progress', 'headway']),
  give: new Set(['way', 'rise']),
  play: new Set(['role', 'part']),
};

/** Nouns that, after a preposition, make a phrase of time or manner (`over time`, `by way of`, `in part`). */
const ADVERBIAL_NOUNS = new Set(['time', 'times', 'way', 'part', 'days', 'moment', 'meantime', 'end', 'least', 'most', 'first', 'all', 'fact', 'general', 'particular', 'addition', 'turn', 'order', 'case']);

/**
 * Partitive and quantity heads (`part of`, `most of`, `a number of`, `a total of`): what they
 * measure is the thing, not the measure itself.
 */
const PARTITIVE_HEADS = new Set([
  'part', 'parts', 'most', 'number', 'total', 'majority', 'minority', 'lot', 'lots', 'half', 'rest',
  'some', 'all', 'many', 'few', 'several', 'couple', 'handful', 'dozens', 'hundreds', 'thousands',
  'millions', 'billions', 'percent', 'per cent', 'range', 'series', 'variety', 'kind', 'sort', 'type',
  'amount', 'portion', 'share', 'bulk', 'none', 'each', 'both', 'either', 'neither', 'one',
]);

/**
 * Question, relative and indefinite words the extractor can leave as an argument (`what happens`,
 * `whose names`, `nobody knows`), and days said relative to now: they stand for no one thing.
 */
const WH_WORDS = new Set([
  'what', 'whose', 'which', 'who', 'whom', 'whatever', 'whoever', 'where', 'when', 'why', 'how',
  'nobody', 'no one', 'nothing', 'anything', 'anyone', 'anybody', 'something', 'someone', 'somebody',
  'everything', 'everyone', 'everybody', 'a lot', 'today', 'yesterday', 'tomorrow', 'tonight',
]);

/** An end of a triple that is an idiom's noun, an adverbial, a measure or a wh-word: no node. */
export function isNoThing(triple: Triple, mention: Mention): boolean {
  if (mention.type !== 'concept') return false;
  const word = nameSurface(mention.name).toLowerCase();
  if (WH_WORDS.has(word) || PARTITIVE_HEADS.has(word)) return true;
  if (mention !== triple.object) return false;
  const [verb, ...rest] = triple.lemma.split(' ');
  if (rest.length === 0 && IDIOM_OBJECTS[verb!]?.has(word)) return true;
  // `changed over time`, `alleged, by way of example`: a preposition ends the relation
  return rest.length > 0 && ADVERBIAL_NOUNS.has(word);
}
