/** Splits a document into sentences of tagged tokens with compromise, keeping character offsets. */
import nlp from 'compromise';
import type { Pos, TaggedSentence, Token } from './token.js';
import { COORDINATORS, POSSESSIVE_DETERMINERS, WH_WORDS } from './data/words.js';

/** Paragraphs longer than this are cut at sentence-like breaks so compromise's cost stays linear. */
const MAX_PIECE_CHARS = 4000;

const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: string[];
  offset?: { start: number; length: number };
}

/**
 * Tags every sentence of `text`. `lexicon` holds names the corpus taught us (lowercase word):
 * they are applied to compromise's output rather than passed to it, because compromise keeps any
 * word it is given for the rest of the process, which would make one document's reading depend on
 * the documents read before it.
 */
export function tagText(text: string, lexicon: ReadonlyMap<string, string> = new Map()): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  for (const piece of pieces(text)) {
    const doc = nlp(text.slice(piece.start, piece.end));
    const json = doc.json({ offset: true }) as { terms: TermJson[] }[];
    for (const sentence of json) {
      const tokens = toTokens(sentence.terms, text, piece.start);
      if (lexicon.size > 0) markLearntNames(tokens, lexicon);
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (first === undefined || last === undefined) continue;
      sentences.push({ index: sentences.length, start: first.start, end: last.end, tokens });
    }
  }
  return sentences;
}

/**
 * A transcript's speaker label opening a line (`((WN))`, `((Anthony Boccaletti))` in Wikinews
 * interviews) says who speaks; it is no part of the sentence, whose subject it would otherwise become.
 */
const SPEAKER_LABEL = /^\s*\(\([^()\n]{1,80}\)\)\s*/u;

/**
 * Lines (each without its speaker label), and within a very long line, runs of at most
 * MAX_PIECE_CHARS ending at a full stop or space.
 */
function* pieces(text: string): Generator<{ start: number; end: number }> {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart + (SPEAKER_LABEL.exec(text.slice(lineStart, lineEnd))?.[0].length ?? 0);
    while (lineEnd - start > MAX_PIECE_CHARS) {
      const window = text.slice(start, start + MAX_PIECE_CHARS);
      const fullStop = window.lastIndexOf('. ');
      const stop = fullStop > 0 ? fullStop : window.lastIndexOf(' ');
      const end = stop > 0 ? start + stop + 1 : start + MAX_PIECE_CHARS;
      yield { start, end };
      start = end;
    }
    if (text.slice(start, lineEnd).trim() !== '') yield { start, end: lineEnd };
    lineStart = lineEnd + 1;
  }
}

/** A capitalised open-class word the corpus knows as a name becomes one (`Blinken wrote ...`). */
function markLearntNames(tokens: Token[], lexicon: ReadonlyMap<string, string>): void {
  for (const token of tokens) {
    if (!token.capital || !OPEN_CLASS.has(token.pos)) continue;
    const word = token.possessive ? token.lower.replace(/['’]s$/, '') : token.lower;
    if (!lexicon.has(word)) continue;
    token.tags.add('ProperNoun');
    token.pos = 'PROPN';
  }
}

const OPEN_CLASS = new Set<Pos>(['NOUN', 'VERB', 'ADJ', 'ADV']);

/** compromise's terms to tokens: punctuation kept as tokens of its own, offsets checked against the text. */
function toTokens(terms: TermJson[], text: string, base: number): Token[] {
  const tokens: Token[] = [];
  const push = (word: string, start: number, tags: Set<string>, pos: Pos): void => {
    tokens.push({
      i: tokens.length,
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      tags,
      pos,
      capital: /^\p{Lu}/u.test(word),
      // compromise tags every word of `Hong Kong's` possessive; only the one with the ending is
      possessive: tags.has('Possessive') && (pos === 'NOUN' || pos === 'PROPN') && /['’]s?$/iu.test(word),
    });
  };
  terms.forEach((term, k) => {
    if (term.offset === undefined) return;
    const start = base + term.offset.start;
    pushPunctuation(term.pre, start - term.pre.length, text, push);
    if (term.text === '') {
      // compromise expands contractions into a zero-width term (`didn't` → did + not).
      if (term.tags.includes('Negative')) push('', start, new Set(term.tags), 'NEG');
    } else if (text.slice(start, start + term.text.length) !== term.text) {
      return; // an offset compromise could not map back; never invent a span
    } else if (term.text === 's' && term.pre.endsWith("'") && tokens[tokens.length - 1]?.text === "'") {
      // tokenised input: `Pittsburgh 's` arrives as pre `'` + `s`
      tokens.pop();
      push("'s", start - 1, new Set(['Possessive']), 'POSS');
    } else {
      pushWord(term, start, push);
    }
    // a full stop stuck to a word inside a sentence marks an abbreviation (`Inc.`, `Mass.`), not an end
    const next = terms[k + 1];
    // `Inc. agreed`, `Mass. ,`: an abbreviation is followed by lower case or punctuation, a sentence end is not
    // `Emily W. Murphy`: a capital letter alone before a full stop is a middle initial
    const abbreviation =
      next !== undefined && term.post.startsWith('.') && !term.post.startsWith('..') &&
      (term.tags.includes('Abbreviation') || !/^\p{Lu}/u.test(next.text) || /^\p{Lu}$/u.test(term.text));
    const word = tokens[tokens.length - 1];
    if (abbreviation && word !== undefined && word.end === start + term.text.length && text[word.end] === '.') {
      word.text += '.';
      word.end += 1;
      pushPunctuation(term.post.slice(1), word.end, text, push);
    } else {
      pushPunctuation(term.post, start + term.text.length, text, push);
    }
  });
  return tokens;
}

function pushWord(term: TermJson, start: number, push: (w: string, s: number, t: Set<string>, p: Pos) => void): void {
  const tags = new Set(term.tags);
  if ((tags.has('Currency') || term.text === '%') && PUNCTUATION_ONLY.test(term.text)) {
    push(term.text, start, tags, 'NUM'); // `$ 300 million`, `22.2 %`: the symbol belongs to the amount
    return;
  }
  if (PUNCTUATION_ONLY.test(term.text)) {
    push(term.text, start, tags, term.text === '-' ? 'HYPH' : term.text === '&' ? 'CONJ' : 'PUNCT');
    return;
  }
  push(term.text, start, tags, initialPos(term.text.toLowerCase(), tags));
}

function pushPunctuation(
  chars: string,
  from: number,
  text: string,
  push: (w: string, s: number, t: Set<string>, p: Pos) => void,
): void {
  for (let k = 0; k < chars.length; ) {
    const ch = chars[k]!;
    // `...`, `?!`, `--`: a run of these is one word, as the treebanks write it
    let end = k + 1;
    while (end < chars.length && sameRun(ch, chars[end]!)) end++;
    const run = chars.slice(k, end);
    if (!/\s/u.test(ch) && text.slice(from + k, from + end) === run) push(run, from + k, new Set(), run === '-' && chars.trim() === '-' ? 'HYPH' : 'PUNCT');
    k = end;
  }
}

const sameRun = (a: string, b: string): boolean => (a === '-' ? b === '-' : /[.!?]/u.test(a) && /[.!?]/u.test(b));

/** The coarse class of a word from compromise's tags; 02-retag corrects it in context. */
function initialPos(lower: string, tags: Set<string>): Pos {
  if (tags.has('Negative') || lower === 'not' || lower === "n't") return 'NEG';
  // closed-class words keep their class however compromise reads them after odd punctuation (`((WN)) What`)
  if (WH_WORDS.has(lower)) return lower === 'which' || lower === 'who' || lower === 'whom' || lower === 'whose' ? 'REL' : 'SCONJ';
  if (POSSESSIVE_DETERMINERS.has(lower)) return 'DET';
  if (tags.has('Modal') || tags.has('Auxiliary') || tags.has('Copula')) return 'AUX';
  if (lower === 'been' || lower === 'being' || lower === 'be') return 'AUX'; // `has been able`: compromise calls `been` a verb
  if (lower === 'to' || lower === 'of') return 'PREP'; // compromise folds `of` into names (`President of Afghanistan`)
  if (tags.has('Preposition')) return 'PREP';
  if (tags.has('Conjunction')) return COORDINATORS.has(lower) ? 'CONJ' : 'SCONJ';
  if (tags.has('Determiner')) return 'DET';
  if (tags.has('Pronoun')) return 'PRON';
  if (tags.has('Particle')) return 'PART';
  if (tags.has('Verb')) return 'VERB';
  if (tags.has('Value') || tags.has('Cardinal')) return 'NUM';
  if (tags.has('ProperNoun') || tags.has('Acronym') || tags.has('Person') || tags.has('Organization') || tags.has('Place')) return 'PROPN';
  if (tags.has('Adjective')) return 'ADJ';
  if (tags.has('Adverb')) return 'ADV';
  return 'NOUN';
}
