/** Reads a noun phrase as a mention: the name it gives an actor, the actor's type, and any title. */
import type { EntityType, Mention, Span } from '../types.js';
import type { Token } from './token.js';
import nlp from 'compromise';
import { knownWords } from './compromise-world.js';
import { ADJECTIVE_ENDING, GROUP_HEADS, ORGANIZATION_DESCRIPTORS, ORGANIZATION_HEADS, PLACE_HEADS, PERSONAL_PRONOUNS, THING_DESCRIPTORS, TITLE_HEADS, TITLE_WORDS } from './data/words.js';

type TypeSource = Mention['typeSource'];

/**
 * `phrase` is the noun phrase proper; `argument` the wider span the argument covers (with its
 * `of` phrases and conjuncts), which becomes the mention's text.
 */
export function readMention(phrase: Token[], argument: Token[], text: string): Mention {
  const first = argument[0]!;
  const last = argument[argument.length - 1]!;
  const span = { start: first.start, end: last.end };
  const whole = text.slice(span.start, span.end);
  const name = nameOf(phrase, text);
  return { ...span, text: whole, ...name };
}

type NameReading = Pick<Mention, 'name' | 'nameSpan' | 'type' | 'typeSource' | 'title' | 'pronoun'>;

function nameOf(phrase: Token[], text: string): NameReading {
  const slice = (all: Token[]): { name: string; nameSpan: Span } => {
    // quotation marks around a name are not part of it: `“all options`, `"urgent leadership`
    const tokens = trimPunctuation(all);
    const last = tokens[tokens.length - 1]!;
    // an owner's name ends before its `'s`: `Joe Biden’s administration` → `Joe Biden`
    const ending = last.possessive ? (/['’]s$/i.exec(last.text)?.[0].length ?? 0) : 0;
    const nameSpan = { start: tokens[0]!.start, end: last.end - ending };
    return { name: text.slice(nameSpan.start, nameSpan.end), nameSpan };
  };
  if (phrase.length === 1 && (phrase[0]!.pos === 'PRON' || PERSONAL_PRONOUNS.has(phrase[0]!.lower))) {
    return { ...slice(phrase), type: 'concept', typeSource: 'fallback', pronoun: true };
  }
  const owned = afterLastPossessive(phrase);
  const core = dropDeterminers(owned.length > 0 ? owned : phrase);
  if (core.length === 0) return { ...slice(phrase), type: 'concept', typeSource: 'fallback' };
  // `the President`, `Prime Minister` alone name a role, not an actor
  if (!core.some(isNameWord) || core.every((t) => TITLE_WORDS.has(t.lower) || !isNameWord(t))) {
    // `Joe Biden's administration` keeps its owner so it does not collapse into every `administration`
    const owner = phrase.slice(0, phrase.length - owned.length);
    const named = owned.length > 0 && owner.some(isNameWord);
    return { ...slice(named ? dropDeterminers(phrase) : core), type: 'concept', typeSource: 'fallback' };
  }
  const titleLength = titleLengthOf(core);
  const title = titleLength > 0 ? text.slice(core[0]!.start, core[titleLength - 1]!.end) : undefined;
  const rest = core.slice(titleLength);
  const head = rest[rest.length - 1]!;
  if (!isNameWord(head)) {
    const names = rest.filter(isNameWord);
    if (GROUP_HEADS.has(head.lower) && names.length > 0 && names.every((t) => !t.tags.has('Demonym'))) {
      // `NATO members`, `Trump supporters`: people of the body or person named, which is no group
      if (BELONGING_HEADS.has(head.lower)) return { ...slice(leadingNames(rest)), ...typeFromTags(leadingNames(rest)) };
      return { ...slice(leadingNames(rest)), type: 'group', typeSource: 'head' };
    }
    if (ORGANIZATION_HEADS.has(head.lower)) return { ...slice(rest), type: 'organization', typeSource: 'head' };
    return { ...slice(rest), type: 'concept', typeSource: 'fallback' };
  }
  const descriptor = descriptorLengthOf(rest);
  if (title === undefined && descriptor > 0) {
    // a common-noun description in front of a name: `Afghan network TOLONews`, `CNN anchor Dana Bash`
    const noun = rest[descriptor - 1]!;
    const named = rest.slice(descriptor);
    if (GROUP_HEADS.has(noun.lower) && !ORGANIZATION_HEADS.has(noun.lower)) return { ...slice(named), type: 'group', typeSource: 'head' };
    // `Denmark-based retailer Salling Group`: the name's own head noun says what the description describes
    const organization = ORGANIZATION_HEADS.has(noun.lower) || ORGANIZATION_DESCRIPTORS.has(noun.lower);
    if (organization || ORGANIZATION_HEADS.has(named[named.length - 1]!.lower)) {
      return { ...slice(named), type: 'organization', typeSource: 'head' };
    }
    if (THING_DESCRIPTORS.has(noun.lower)) return { ...slice(named), type: 'concept', typeSource: 'head' };
    const description = text.slice(rest[0]!.start, noun.end);
    // a plural (`Hees executives Manfred Walt`) describes several people, so it is no one's title
    const personal = !noun.tags.has('Plural') && (noun.tags.has('Actor') || named.some((t) => t.tags.has('Person')) || named.length >= 2);
    if (personal) return { ...slice(named), title: description, type: 'person', typeSource: 'title' };
    return { ...slice(named), ...typeFromTags(named) };
  }
  const reading = { ...slice(trimNonNames(rest)), ...(title === undefined ? {} : { title }) };
  if (title !== undefined) return { ...reading, type: 'person', typeSource: 'title' };
  const located = owned.length === phrase.length && LOCATING_BEFORE.test(text.slice(Math.max(0, phrase[0]!.start - 12), phrase[0]!.start));
  return { ...reading, ...typeFromTags(rest, located) };
}

/** Group heads that name people belonging to what the name names (`NATO members`), not the group it is (`Taliban militants`). */
const BELONGING_HEADS = new Set(['members', 'supporters', 'leaders', 'delegation']);

const isNameWord = (t: Token): boolean => t.pos === 'PROPN' && t.capital && !t.tags.has('Date');

function afterLastPossessive(phrase: Token[]): Token[] {
  for (let k = phrase.length - 1; k >= 0; k--) {
    const t = phrase[k]!;
    if (t.pos === 'POSS' || t.possessive) return phrase.slice(k + 1);
  }
  return phrase;
}

function trimPunctuation(tokens: Token[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end - 1 && tokens[start]!.pos === 'PUNCT') start++;
  while (end > start + 1 && tokens[end - 1]!.pos === 'PUNCT') end--;
  return tokens.slice(start, end);
}

function dropDeterminers(tokens: Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'HYPH')) k++;
  return tokens.slice(k);
}

function leadingNames(tokens: Token[]): Token[] {
  const start = tokens.findIndex(isNameWord);
  let end = start;
  while (end < tokens.length && (isNameWord(tokens[end]!) || tokens[end]!.pos === 'HYPH')) end++;
  return tokens.slice(start, end);
}

/** Adjectives and numbers before the first name word are not part of the name. */
function trimNonNames(tokens: Token[]): Token[] {
  const start = tokens.findIndex(isNameWord);
  return tokens.slice(Math.max(start, 0));
}

/**
 * A title is a run of role words (with their country or demonym: `U.S. Secretary of State`,
 * `Afghan President`) ending in a title head, followed by at least one name word.
 */
function titleLengthOf(core: Token[]): number {
  let length = 0;
  for (let k = 0; k < core.length - 1; k++) {
    const t = core[k]!;
    const roleWord = TITLE_WORDS.has(t.lower) || t.tags.has('Actor');
    // who the role is for: `U.S.`, `Afghan`, `Taliban` in `Taliban spokesman Zabihullah Mujahid`;
    // a participle (`airing President ...`) or an owner (`Shearson Lehman 's Mr.`) ends the search
    const verbal = t.tags.has('Gerund') || t.tags.has('PastTense') || t.tags.has('Participle');
    const qualifier = (t.pos === 'PROPN' || t.pos === 'ADJ') && !verbal;
    if ((!roleWord && !qualifier) || t.possessive || t.pos === 'POSS') break;
    const isHead = TITLE_HEADS.has(t.lower) || (t.tags.has('Actor') && !t.capital && t.pos === 'NOUN');
    if (isHead || (t.lower === 'state' && core[k - 1]?.lower === 'of')) length = k + 1;
  }
  // `Prime Minister of Great Britain Boris Johnson`: the role runs on to the place it is for
  if (core[length]?.lower === 'of') length = placeEnd(core, length + 1);
  const rest = core.slice(length);
  if (length === 0 || !rest.some(isNameWord) || rest.every((t) => TITLE_WORDS.has(t.lower))) return 0;
  // `State Department`, `Sultan Qaboos Grand Mosque` are no person
  if (ORGANIZATION_HEADS.has(rest[rest.length - 1]!.lower) || PLACE_HEADS.has(rest[rest.length - 1]!.lower)) return 0;
  if (core[length - 1]!.tags.has('Plural')) return 0; // `Hees executives Manfred Walt` names no single role
  if (rest.some((t) => isNameWord(t) && t.tags.has('Organization'))) return 0; // `General Motors`, `General Dynamics Corp.`
  // `General Motors`: a lone plural after the role word is a company's name, not a person's
  const lone = rest.length === 1 ? rest[0]! : undefined;
  if (lone !== undefined && lone.tags.has('Plural') && !lone.tags.has('Person') && !lone.tags.has('FirstName')) return 0;
  // `President of Afghanistan` is a role, not a person named Afghanistan
  if (rest.filter(isNameWord).every((t) => t.tags.has('Place'))) return 0;
  return length;
}

/** After `of`, the end of the place a role is for, or 0 when names follow none. */
function placeEnd(core: Token[], from: number): number {
  let end = from;
  while (end < core.length && core[end]!.tags.has('Place')) end++;
  return end > from && end < core.length ? end : 0;
}

/** Length of a leading description (`Afghan network`, `CNN anchor`) ending in a common noun before a name. */
function descriptorLengthOf(tokens: Token[]): number {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k]!;
    // a determiner the tagger read as a noun (`told the Daily Mail`) describes nothing
    if (t.pos !== 'NOUN' || t.capital || CLOSED_CLASS.has(t.lower)) continue;
    const named = tokens.slice(k + 1);
    return named.every((n) => isNameWord(n) || n.pos === 'HYPH') ? k + 1 : 0;
  }
  return 0;
}

const CLOSED_CLASS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** `in`, `near`, `across` just before a phrase: what follows is most often a place (`an assault in Ghazni`). */
const LOCATING_BEFORE = /\b(?:in|near|across|throughout)\s+$/i;

/** `located`: the phrase follows a word that locates, the guess for one unknown name word is then a place. */
function typeFromTags(tokens: Token[], located = false): { type: EntityType; typeSource: TypeSource } {
  const names = tokens.filter(isNameWord);
  const any = (tag: string): boolean => names.some((t) => t.tags.has(tag));
  const last = names[names.length - 1]!;
  if (ORGANIZATION_HEADS.has(last.lower) && names.length > 1) return { type: 'organization', typeSource: 'head' };
  if (PLACE_HEADS.has(last.lower) && names.length > 1) return { type: 'place', typeSource: 'head' };
  if (any('Person') || any('FirstName') || any('LastName') || any('Honorific')) return { type: 'person', typeSource: 'tag' };
  if (any('Organization')) return { type: 'organization', typeSource: 'tag' };
  if (names.every((t) => t.tags.has('Place'))) return { type: 'place', typeSource: 'tag' };
  if (any('Acronym')) return { type: 'organization', typeSource: 'fallback' };
  // two or more unknown name words with nothing placing them are most often a person's name, unless
  // the first is a demonym or an adjective, which no given name is (`Red Hat`, `Liberal Democrats`)
  const first = names[0]!;
  const givenName = !first.tags.has('Demonym') && !isAdjectiveNotName(first.lower);
  if (givenName && names.filter((t) => !t.tags.has('Demonym')).length >= 2 && !any('Place') && !any('Organization')) {
    return { type: 'person', typeSource: 'fallback' };
  }
  const institution = ORGANIZATION_HEADS.has(last.lower) || GROUP_HEADS.has(last.lower);
  if (located && names.length === 1 && !institution) return { type: 'place', typeSource: 'fallback' };
  return { type: 'organization', typeSource: 'fallback' };
}

const adjectiveAnswers = new Map<string, boolean>();

/**
 * Asked of the word alone, once per word: in lower case it must read as an adjective that the
 * lexicon lists or its ending shows, and capitalised it must not read as a person (`Rich`, `Sandy`,
 * `Dominic` are given names as well).
 */
function isAdjectiveNotName(lower: string): boolean {
  let answer = adjectiveAnswers.get(lower);
  if (answer === undefined) {
    const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
    const adjective = (knownWords.has(lower) || ADJECTIVE_ENDING.test(lower)) && nlp(lower).has('#Adjective');
    answer = adjective && !nlp(capitalised).has('#Person');
    adjectiveAnswers.set(lower, answer);
  }
  return answer;
}
