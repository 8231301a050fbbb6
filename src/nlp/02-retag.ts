/** Corrects compromise's coarse tags in context: unseen names, `to`, `that`, plural nouns read as verbs. */
import { knownWords } from './compromise-world.js';
import type { Token } from './token.js';
import {
  BARE_INFINITIVE_TAKERS, CALENDAR_WORDS, COMMON_NOUN_ENDINGS, DEMONSTRATIVES, NOUN_ADVERBS, OPENING_PUNCTUATION,
  ORDINAL_ADVERBS, PREDETERMINERS, PREPOSITIONS, TIME_ADJECTIVES,
} from './data/words.js';

const standsAlone = (next: Token | undefined, after?: Token): boolean =>
  next === undefined || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT' || next.pos === 'PREP' || next.pos === 'NEG' ||
  (next.pos === 'ADV' && (after?.pos === 'VERB' || after?.pos === 'AUX'));

const FINITE = ['PastTense', 'PresentTense'];

export function retag(tokens: Token[]): Token[] {
  for (const token of tokens) {
    markNames(tokens, token);
  }
  for (const token of tokens) {
    if (token.pos === 'PROPN' && !token.capital && !isNameParticle(tokens, token.i)) token.pos = 'NOUN';
    else if (token.pos === 'VERB' && isParticipleModifier(tokens, token.i)) token.pos = 'ADJ';
    else if (token.pos === 'VERB' && isGerundNoun(tokens, token.i)) token.pos = 'NOUN';
  }
  for (const token of tokens) {
    if (token.lower === 'according' && tokens[token.i + 1]?.lower === 'to') token.pos = 'PREP';
    else if (token.lower === 'to') token.pos = readsAsInfinitive(tokens, token.i) ? 'TO' : 'PREP';
    else if (token.lower === 'that') token.pos = thatRole(tokens, token.i);
    else if ((token.pos === 'ADJ' || token.pos === 'ADV') && PREPOSITIONS.has(token.lower) && opensNounPhrase(tokens[token.i + 1])) token.pos = 'PREP';
  }
  for (const token of tokens) {
    if (token.pos === 'DET' && DEMONSTRATIVES.has(token.lower) && standsAlone(tokens[token.i + 1], tokens[token.i + 2])) token.pos = 'PRON';
    else if (PREDETERMINERS.has(token.lower) && tokens[token.i + 1]?.pos === 'DET') token.pos = 'DET'; // `all the clubs`
    else if (TIME_ADJECTIVES.has(token.lower) && tokens[token.i + 1]?.tags.has('Date') === true) token.pos = 'ADJ'; // `last week`
    else if (token.pos === 'ADJ' && /ed$/.test(token.lower) && tokens[token.i - 1]?.pos === 'CONJ' && opensNounPhrase(tokens[token.i + 1])) {
      token.pos = 'VERB'; // `and recorded seven albums`
      token.tags.add('PastTense');
    } else if (ORDINAL_ADVERBS.has(token.lower) && tokens[token.i - 1]?.pos === 'AUX' && tokens[token.i + 1]?.pos === 'VERB') token.pos = 'ADV';
  }
  for (const token of tokens) {
    if (token.pos === 'VERB' && readsAsNoun(tokens, token.i)) {
      token.pos = 'NOUN';
    } else if (token.pos === 'NOUN' && isVerbReadAsPlural(tokens, token.i)) {
      token.pos = 'VERB';
      token.tags.add('PresentTense');
    }
  }
  return tokens;
}

/** A word compromise read as a verb where only a noun fits (see each rule below). */
function readsAsNoun(tokens: Token[], i: number): boolean {
  return (
    isNounPluralReadAsVerb(tokens, i) || breaksAgreement(tokens, i) || precedesItsVerb(tokens, i) ||
    followsDeterminer(tokens, i) || followsFiniteVerb(tokens, i)
  );
}

/** The first word of a sentence, or of a quotation or clause opened by punctuation. */
function isClauseInitial(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous === undefined || (previous.pos === 'PUNCT' && OPENING_PUNCTUATION.has(previous.text));
}

/**
 * Capitalisation is the strongest cue for a name compromise has never seen: mid-sentence it marks
 * a proper noun; at the start, a capitalised "verb" directly followed by a finite verb is a name
 * too (`Blinken wrote to Ghani.`), since English does not put two finite verbs side by side.
 */
function markNames(tokens: Token[], token: Token): void {
  if (!token.capital || token.text === 'I' || token.pos === 'PROPN' || token.pos === 'PUNCT') return;
  if (CALENDAR_WORDS.has(token.lower) || token.tags.has('Date')) return;
  if (!isClauseInitial(tokens, token.i)) {
    if (token.pos === 'VERB' || token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'ADV') {
      token.pos = 'PROPN';
    }
    return;
  }
  let next = tokens[token.i + 1];
  if (next?.pos === 'ADV') next = tokens[token.i + 2];
  const beforeFiniteVerb = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && FINITE.some((t) => next!.tags.has(t))));
  if (token.pos === 'VERB' && beforeFiniteVerb) token.pos = 'PROPN';
  // `Khalilzad also stopped`, `Khalilzad, a remnant of ...`: a bare singular noun compromise does not
  // know, opening a clause without a determiner, is a name
  const beforeApposition = next?.text === ',' && tokens[token.i + 2]?.pos === 'DET';
  const nominal = token.pos === 'NOUN' || token.pos === 'ADJ'; // `Courtelary is ...`: compromise guesses an adjective from `-ary`
  if (nominal && (beforeFiniteVerb || beforeApposition) && looksLikeUnknownName(token)) token.pos = 'PROPN';
}

function looksLikeUnknownName(token: Token): boolean {
  return !token.tags.has('Plural') && !knownWords.has(token.lower) && !COMMON_NOUN_ENDINGS.test(token.lower);
}

/** `to` before a verb (possibly after an adverb) opens an infinitive; otherwise it is a preposition. */
function readsAsInfinitive(tokens: Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (next?.pos === 'ADV' || next?.pos === 'NEG') next = tokens[i + 2];
  if (next === undefined) return false;
  if (next.pos === 'AUX') return next.tags.has('Infinitive') || next.lower === 'be' || next.lower === 'have';
  return next.pos === 'VERB' && !next.tags.has('PastTense') && !next.tags.has('Gerund') && !next.capital;
}

/** `said that` opens a clause, `a letter that` a relative clause, `that letter` is a determiner. */
function thatRole(tokens: Token[], i: number): Token['pos'] {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous === undefined) return next?.pos === 'NOUN' ? 'DET' : 'PRON';
  if (previous.pos === 'VERB' || previous.pos === 'ADV' || previous.pos === 'ADJ') return 'SCONJ';
  if (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PUNCT' || previous.pos === 'NUM') {
    if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && previous.pos !== 'NOUN' && previous.pos !== 'PROPN') {
      return 'DET';
    }
    return 'REL';
  }
  if (previous.pos === 'PREP') return next?.pos === 'NOUN' || next?.pos === 'ADJ' ? 'DET' : 'PRON';
  return 'SCONJ';
}

/**
 * compromise reads `talks` in `the next round of peace talks` as a verb. A present-tense `-s` word
 * closing a noun run that follows a preposition or a verb is a plural noun: a subject cannot sit there.
 */
function isNounPluralReadAsVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.tags.has('PresentTense') || token.tags.has('Auxiliary')) return false;
  const nounLike = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM';
  let k = i - 1;
  while (k >= 0 && (nounLike(tokens[k]!) || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'HYPH')) k--;
  if (k === i - 1 || !nounLike(tokens[i - 1]!)) return false;
  const before = tokens[k];
  const after = tokens[i + 1];
  const closesPhrase =
    after === undefined || after.pos === 'PREP' || after.pos === 'PUNCT' || after.pos === 'CONJ' || after.pos === 'AUX' || after.pos === 'SCONJ' || after.pos === 'REL';
  return closesPhrase && (before?.pos === 'PREP' || before?.pos === 'VERB');
}

/** `bin` in `Osama bin Laden`, `de` in `Charles de Gaulle`: lower-case words inside a name. */
function isNameParticle(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.pos === 'PROPN' && tokens[i - 1]!.capital && tokens[i + 1]?.pos === 'PROPN' && tokens[i + 1]!.capital;
}

/** `the stalled peace process`: a participle between a determiner and a noun modifies the noun. */
function isParticipleModifier(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.tags.has('PastTense') && !token.tags.has('Participle') && !token.tags.has('Gerund')) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const opens = previous !== undefined && (previous.pos === 'DET' || previous.pos === 'ADJ' || previous.pos === 'NUM');
  return opens && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM');
}

/** `a surge in fighting in past months`: a gerund after a preposition with no object is a noun. */
function isGerundNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const closes = next === undefined || next.pos === 'PREP' || next.pos === 'PUNCT' || next.pos === 'CONJ';
  return tokens[i]!.tags.has('Gerund') && tokens[i - 1]?.pos === 'PREP' && closes;
}

function opensNounPhrase(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON');
}

/** `Ely Cathedral was never vaulted and retains a wooden ceiling`: an `-s` word between `and` and a determiner is a verb. */
function isVerbReadAsPlural(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token.lower.endsWith('s') || token.capital || previous === undefined || next === undefined) return false;
  // `The lodge also hosts events`, `a fund that currently stands at`: an adverb after the subject is followed by its verb
  if (previous.pos === 'ADV' && !NOUN_ADVERBS.has(previous.lower) && tokens[i - 2] !== undefined && tokens[i - 2]!.pos !== 'DET') {
    return next.pos !== 'VERB' && next.pos !== 'AUX';
  }
  return (
    (previous.pos === 'CONJ' || previous.pos === 'ADV' || previous.text === ',') &&
    (next.pos === 'DET' || (next.pos === 'PRON' && /^(him|her|them|us|me|it)$/.test(next.lower)))
  );
}

/**
 * `the NATO mission there`: a bare present form after a singular noun cannot be its verb (that
 * would need `-s`), so it is a noun, unless an auxiliary or `to` governs it.
 */
const NOUN_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

function breaksAgreement(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (!token.tags.has('PresentTense') || token.lower.endsWith('s') || token.tags.has('PastTense')) return false;
  if (previous === undefined || (previous.pos !== 'NOUN' && previous.pos !== 'PROPN') || previous.tags.has('Plural')) return false;
  if (previous.possessive || /s$/.test(previous.lower)) return false;
  // an object after it means a verb after all (`a meteorite hit the Earth`: past tense, same form)
  const next = tokens[i + 1];
  if (next !== undefined && (NOUN_OPENERS.has(next.pos) || next.pos === 'TO')) return false;
  return tokens.slice(Math.max(0, i - 4), i).every((t) => t.pos !== 'AUX' && t.pos !== 'TO');
}

/** `Jaguar shares closed at`: an `-s` word right before a finite verb is the subject's noun, not a verb. */
function precedesItsVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (!token.tags.has('PresentTense') || !token.lower.endsWith('s') || next === undefined) return false;
  const finiteNext = next.pos === 'AUX' || (next.pos === 'VERB' && (next.tags.has('PastTense') || next.tags.has('PresentTense')));
  return finiteNext && previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'ADJ');
}

/** `another successful run`, `a $ 500 reward`: a determiner (with adjectives) opens a noun phrase, so what closes it is a noun. */
function followsDeterminer(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.tags.has('PastTense') || token.tags.has('Gerund') || token.tags.has('Participle')) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k--;
  return k >= 0 && tokens[k]!.pos === 'DET' && tokens[k]!.lower !== 'that';
}

/** `Plant communities include creosote`: a base form right after a finite verb is its object, not a second verb. */
function followsFiniteVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (previous?.pos !== 'VERB' || BARE_INFINITIVE_TAKERS.has(previous.lower)) return false;
  if (!previous.tags.has('PresentTense') && !previous.tags.has('PastTense')) return false;
  return !token.tags.has('PastTense') && !token.tags.has('Gerund') && !token.tags.has('Participle') && !token.tags.has('Particle');
}
