/** The mentions a coreference pass works on, read from parsed sentences: names, personal pronouns and descriptions of a role (`the president`). */
import type { ParsedSentence } from '../nlp/parse-document.js';
import { OPENING_QUOTES, SPEECH_VERBS, TITLE_WORDS } from '../nlp/data/words.js';
import { verbLemma } from '../nlp/lemma.js';
import { isCreed } from '../resolve/head-nouns.js';
import { LAST_WORD_KINDS } from '../resolve/kind-words.js';
import { gazetteerType } from '../resolve/gazetteer.js';
import { isPersonalTitle } from '../resolve/titles.js';
import type { Token } from '../nlp/token.js';
import type { Span } from '../types.js';

export type Gender = 'masculine' | 'feminine' | 'neuter' | 'plural';

/** How a pronoun stands in its clause, which binding and parallelism read. */
export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive';

export interface CorefMention extends Span {
  kind: 'name' | 'pronoun' | 'description';
  text: string;
  sentence: number;
  /** The token that heads the mention in its sentence's tree. */
  head: number;
  /** The tree's relation of the head, without subtype (`nsubj`, `obj`, `nmod`). */
  role: string;
  /** The head's own head: the verb or noun the mention depends on. */
  governor: number;
  /** The tokens above the head, up to the root. */
  ancestors: number[];
  /** Pronouns: their gender and case. */
  gender?: Gender;
  pronounCase?: PronounCase;
  /** Names: their words, and whether compromise reads them as a person's (not only a place's or an organization's). */
  words?: string[];
  personLike?: boolean;
  /** Inside a quotation. */
  quoted: boolean;
  /** A name that is the subject of a verb of saying (`McCready commented, "…"`): the speaker of a quotation near it. */
  speaker?: boolean;
  /**
   * Names: the roles the text gives the person here, in the name (`President Ashraf Ghani`) or beside
   * it (`Ashraf Ghani, the Afghan president`). Descriptions: the one role they name.
   */
  roles?: string[];
  /** Names: compromise or the name's kind word says it is an organization's. */
  organization?: boolean;
  /** The peoples the mention's words name (`French` of `the French president`, `Brazilian` of `Brazilian President Jair Bolsonaro`). */
  demonyms?: string[];
}

/** Roles a definite description names a person by (`the president`, `the envoy`), and a title or apposition gives. */
export const DESCRIBED_ROLES = new Set([
  'president', 'minister', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'governor',
  'senator', 'chancellor', 'premier', 'king', 'queen', 'ambassador', 'secretary', 'mayor', 'chairman',
  'chairwoman', 'ceo', 'prince', 'princess', 'pope', 'judge', 'prosecutor', 'commander', 'sultan',
  'emperor', 'nominee', 'candidate', 'coach', 'singer', 'actor', 'actress', 'rapper', 'astronomer',
  'professor', 'lawyer', 'author',
]);

/**
 * Nouns a definite description names an organization or a group by (`the group`, `the ministry`),
 * each with the word its name must hold, if any; else the document must have given the name that
 * noun (`the Taliban militant group`, `Abu Sayyaf, a militant group`).
 */
export const DESCRIBED_BODIES: ReadonlyMap<string, string | undefined> = new Map([
  ['ministry', 'ministry'],
  ['party', 'party'],
  ['company', undefined],
  ['firm', undefined],
  ['group', undefined],
  ['militants', undefined],
]);

const PRONOUNS: Record<string, { gender: Gender; pronounCase: PronounCase }> = {
  he: { gender: 'masculine', pronounCase: 'subject' },
  him: { gender: 'masculine', pronounCase: 'object' },
  his: { gender: 'masculine', pronounCase: 'possessive' },
  himself: { gender: 'masculine', pronounCase: 'reflexive' },
  she: { gender: 'feminine', pronounCase: 'subject' },
  her: { gender: 'feminine', pronounCase: 'object' },
  hers: { gender: 'feminine', pronounCase: 'possessive' },
  herself: { gender: 'feminine', pronounCase: 'reflexive' },
};

/** Every name and he/she pronoun of the sentences, in text order. */
export function findMentions(sentences: readonly ParsedSentence[]): CorefMention[] {
  const mentions: CorefMention[] = [];
  let quoted = false;
  for (const sentence of sentences) {
    const { tokens, tree } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      quoted = quoteState(token.text, quoted);
      const pronoun = PRONOUNS[token.lower];
      if (pronoun !== undefined) {
        // `her` is possessive before a noun (`her book`): the tree says which
        const pronounCase = token.lower === 'her' && tree.base(i) === 'nmod' ? 'possessive' : pronoun.pronounCase;
        mentions.push({ ...at(sentence, i, i, token.text), kind: 'pronoun', gender: pronoun.gender, pronounCase, quoted });
        continue;
      }
      if (isDescription(tokens, i) && tree.childrenOf(i, 'cop').length === 0) {
        // (`Hawkins is the nominee of …` says what Hawkins is: a predicate refers to nobody else)
        const demonyms = demonymsOf(tokens.slice(Math.max(0, i - 4), i));
        mentions.push({ ...at(sentence, i, i, token.text), kind: 'description', roles: [token.lower], demonyms, quoted });
        continue;
      }
      if (!isNameWord(token, tree.upos[i])) continue;
      let end = i;
      while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!, tree.upos[end + 1]) && !tokens[end]!.possessive) end++;
      // `the President said`: a role alone is no name
      if (tokens.slice(i, end + 1).every((t) => TITLE_WORDS.has(t.lower))) {
        i = end;
        continue;
      }
      const words = tokens.slice(i, end + 1).map((t) => t.text.replace(/['’]s$/u, ''));
      const mention = at(sentence, i, end, words.join(' '));
      const personLike = isPersonLike(tokens.slice(i, end + 1));
      const governor = tokens[mention.governor];
      const speaker = mention.role === 'nsubj' && governor !== undefined && tree.upos[mention.governor] === 'VERB' && SPEECH_VERBS.has(verbLemma(governor));
      const roles = [...words.map((word) => word.toLowerCase()).filter((word) => DESCRIBED_ROLES.has(word)), ...appositiveRoles(sentence, mention.head)];
      const demonyms = demonymsOf(tokens.slice(Math.max(0, i - 2), end + 1));
      const organization = !personLike && (tokens.slice(i, end + 1).some((t) => t.tags.has('Organization')) || LAST_WORD_KINDS.get(words.at(-1)!.toLowerCase()) === 'organization' || ACRONYM.test(words.join('')));
      mentions.push({ ...mention, kind: 'name', words, personLike, organization, quoted, speaker, roles, demonyms, end: mention.start + nameLength(tokens, i, end) });
      i = end;
    }
  }
  return mentions;
}

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];

/**
 * A name that may be one person's: none of its words is an acronym (`NPR`, `RAF Croughton`) but a
 * title (`IM Dorsa Derakhshani`); it is no plural or people (`Russians`, `Chinese`, `Israeli Grand
 * Master`, but `Afghan President Ashraf Ghani` for the title) and no place the gazetteer knows; its
 * last word is no kind of organization or place and no creed (`Howard University`, `Marxism`); and
 * compromise tags a word of it as a person's name or title, or else none as a place or organization.
 */
function isPersonLike(words: readonly Token[]): boolean {
  // `Afghan President Ashraf Ghani`, `IM Dorsa Derakhshani`: a title before more name words makes it a person's
  const titled = (t: Token, k: number): boolean => k < words.length - 1 && (TITLE_WORDS.has(t.lower) || isPersonalTitle(t.lower));
  if (words.some((t, k) => ACRONYM.test(t.text) && !titled(t, k))) return false;
  const givenName = words.some((t, k) => GIVEN_NAME_TAGS.some((tag) => t.tags.has(tag)) || titled(t, k));
  if (!givenName && words.some((t) => t.tags.has('Demonym') || (words.length === 1 && t.tags.has('Plural')))) return false;
  // `Egypt`, `West Bengal`: a place or people the gazetteer knows, unless a given name says otherwise (`Chad`)
  if (!givenName && gazetteerType(words.map((t) => t.text).join(' ')) !== undefined) return false;
  if (LAST_WORD_KINDS.has(words.at(-1)!.lower) || isCreed(words.at(-1)!.lower)) return false;
  if (words.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)))) return true;
  return !words.some((t) => t.tags.has('Place') || t.tags.has('Organization'));
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

const isNameWord = (token: Token, upos: string | undefined): boolean =>
  token.capital && (token.pos === 'PROPN' || upos === 'PROPN') && !token.tags.has('Date') && /\p{L}/u.test(token.text);

/**
 * A role noun after `the`, with only adjectives, demonyms or other nouns between (`the Afghan
 * president`, `the US special envoy`), and no name after it (`the president Ashraf Ghani` is a title).
 */
function isDescription(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const role = DESCRIBED_ROLES.has(token.lower) && !token.tags.has('Plural');
  if (!role && !DESCRIBED_BODIES.has(token.lower)) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.capital && next.pos === 'PROPN') return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const before = tokens[k]!;
    if (before.lower === 'the') return true;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(before.pos) || before.possessive || OTHER_ONE.has(before.lower)) return false;
  }
  return false;
}

/** Words that make a description another one than any named so far (`the opposing party`, `the other group`). */
const OTHER_ONE = new Set(['other', 'opposing', 'rival', 'opposition', 'another']);

const demonymsOf = (tokens: readonly Token[]): string[] => tokens.filter((t) => t.tags.has('Demonym')).map((t) => t.lower);

/** Roles set beside a name by apposition, either way round: `Ashraf Ghani, the Afghan president` or `the envoy, Zalmay Khalilzad`. */
function appositiveRoles(sentence: ParsedSentence, head: number): string[] {
  const { tokens, tree } = sentence;
  const roles = tree.childrenOf(head, 'appos').map((k) => tokens[k]!.lower);
  // `the Taliban militant group`: the noun a name modifies says what it is, as an apposition does
  if ((tree.base(head) === 'appos' || tree.base(head) === 'compound') && tree.head(head) >= 0) roles.push(tokens[tree.head(head)]!.lower);
  return roles.filter((role) => DESCRIBED_ROLES.has(role) || DESCRIBED_BODIES.has(role));
}

/** Whether the text after `token` is inside a quotation: `“` opens, `”` closes, a straight `"` turns it over. */
function quoteState(token: string, quoted: boolean): boolean {
  if (token === '"') return !quoted;
  if (OPENING_QUOTES.has(token) && token.length > 1) return true;
  if (token === '“') return true;
  if (token === '”' || token === "''") return false;
  return quoted;
}

/** The characters of a name from its first word to its last, without a possessive ending. */
function nameLength(tokens: readonly Token[], first: number, last: number): number {
  const end = tokens[last]!.possessive ? tokens[last]!.end - (/['’]s$/u.exec(tokens[last]!.text)?.[0].length ?? 0) : tokens[last]!.end;
  return end - tokens[first]!.start;
}

/** Span, head and role of the tokens first..last: the head is the one whose own head lies outside. */
function at(sentence: ParsedSentence, first: number, last: number, text: string): Omit<CorefMention, 'kind' | 'quoted'> {
  const { tokens, tree } = sentence;
  let head = last;
  for (let k = first; k <= last; k++) {
    const up = tree.head(k);
    if (up < first || up > last) {
      head = k;
      break;
    }
  }
  const ancestors: number[] = [];
  for (let up = tree.head(head); up >= 0 && !ancestors.includes(up); up = tree.head(up)) ancestors.push(up);
  return { start: tokens[first]!.start, end: tokens[last]!.end, text, sentence: sentence.index, head, role: tree.base(head), governor: tree.head(head), ancestors };
}
