/**
 * Splits compromise's tokens the way UD English EWT splits words, so the parser sees words like
 * those it learnt from: `Marcos's` → `Marcos` `'s`, `didn't` → `did` `n't`, `she'll` → `she` `'ll`,
 * `well-known` → `well` `-` `known`, `$300` → `$` `300`. Offsets stay exact; the zero-width tokens
 * compromise adds for expanded contractions go, since the split word now carries them.
 */
import type { Pos, Token } from './token.js';

/** Clitics the treebank writes as words of their own, longest first so `n't` wins over `'t`. */
const CLITIC = /^(.*[\p{L}\p{N}])(n['’]t|['’](?:ll|re|ve|m|d|s))$/iu;
const CANNOT = /^(can)(not)$/i;
const CURRENCY_FIRST = /^([$€£¥])(\d[\d.,]*)$/u;
const PERCENT_LAST = /^(\d[\d.,]*)(%)$/u;
/** Pronouns and adverbs whose `'s` is `is` or `has`, never a possessive: `he's`, `that's`, `let's`. */
const CLITIC_HOSTS = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'let', 'this']);

export function treebankTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.text === '') continue; // compromise's `not`, `will`, `am` of a contraction: the clitic stands for it
    for (const part of split(token)) out.push({ ...part, i: out.length });
  }
  return out;
}

function split(token: Token): Token[] {
  const spaced = splitSpaces(token);
  if (spaced !== undefined) return spaced.flatMap(split);
  const clitic = CLITIC.exec(token.text) ?? CANNOT.exec(token.text);
  if (clitic !== null) return [...split(piece(token, 0, clitic[1]!.length)), cliticToken(token, clitic[1]!.length, clitic[2]!)];
  const currency = CURRENCY_FIRST.exec(token.text);
  if (currency !== null) return [piece(token, 0, 1, 'NUM', new Set(['Currency'])), piece(token, 1, token.text.length)];
  const percent = PERCENT_LAST.exec(token.text);
  if (percent !== null) return [piece(token, 0, percent[1]!.length), piece(token, percent[1]!.length, token.text.length, 'NUM', new Set(['Percent']))];
  return splitHyphens(token);
}

/**
 * `'' .`, `% .`: compromise sometimes keeps punctuation written apart as one token with the word or
 * quote before it; the treebank never has a space inside a word, so each part is a token of its own.
 */
function splitSpaces(token: Token): Token[] | undefined {
  if (!/\s/u.test(token.text)) return undefined;
  const parts: Token[] = [];
  for (const match of token.text.matchAll(/\S+/gu)) {
    const punctuation = !/[\p{L}\p{N}]/u.test(match[0]);
    parts.push(piece(token, match.index, match.index + match[0].length, punctuation ? 'PUNCT' : undefined, punctuation ? new Set(['Punctuation']) : undefined));
  }
  return parts;
}

/**
 * `well-known`, `U.S.-backed`, `2020-21`: a hyphen between two word characters is a word of its own.
 * As in UD English, a bound prefix stays on its word (`co-founder`, `re-election`, `e-mail`), and so
 * does a telephone number. Names stay whole (`al-Qaeda`, `Muqtada al-Sadr`): the mention reader
 * needs them as one word, and the parser reads a name it has not seen by its shape anyway.
 */
function splitHyphens(token: Token): Token[] {
  if (token.text.length < 3 || !/[\p{L}\p{N}.]-[\p{L}\p{N}]/u.test(token.text) || /\p{Lu}/u.test(token.text)) return [token];
  if (BOUND_PREFIXES.has(token.lower.slice(0, token.lower.indexOf('-'))) || TELEPHONE.test(token.text)) return [token];
  const parts: Token[] = [];
  let from = 0;
  for (const match of token.text.matchAll(/(?<=[\p{L}\p{N}.])-(?=[\p{L}\p{N}])/gu)) {
    parts.push(piece(token, from, match.index));
    parts.push(piece(token, match.index, match.index + 1, 'HYPH', new Set()));
    from = match.index + 1;
  }
  parts.push(piece(token, from, token.text.length));
  return parts;
}

/** Prefixes that are not words of their own; UD English keeps them on the word they are hyphened to. */
const BOUND_PREFIXES = new Set([
  'anti', 'bi', 'co', 'counter', 'cross', 'e', 'ex', 'inter', 'intra', 'macro', 'micro', 'mid', 'multi', 'neo',
  'non', 'over', 'post', 'pre', 'pro', 'pseudo', 'quasi', 're', 'semi', 'socio', 'sub', 'super', 'trans', 'tri',
  'ultra', 'un', 'vice',
]);
const TELEPHONE = /^(?:\d{3}-)?\d{3}-\d{4}$/u;

function cliticToken(token: Token, at: number, clitic: string): Token {
  const lower = clitic.toLowerCase().replace('’', "'");
  if (lower === "n't" || lower === 'not') return piece(token, at, token.text.length, 'NEG', new Set(['Negative']));
  if (lower === "'s") {
    const host = token.lower.slice(0, at);
    const possessive = !CLITIC_HOSTS.has(host) && (token.possessive || token.pos === 'NOUN' || token.pos === 'PROPN' || token.tags.has('Possessive'));
    return possessive ? piece(token, at, token.text.length, 'POSS', new Set(['Possessive'])) : piece(token, at, token.text.length, 'AUX', new Set(['Verb', 'Copula', 'PresentTense']));
  }
  if (lower === "'m" || lower === "'re") return piece(token, at, token.text.length, 'AUX', new Set(['Verb', 'Copula', 'PresentTense']));
  if (lower === "'ll" || lower === "'d") return piece(token, at, token.text.length, 'AUX', new Set(['Verb', 'Modal', 'Auxiliary']));
  return piece(token, at, token.text.length, 'AUX', new Set(['Verb', 'Auxiliary'])); // 've
}

/**
 * Characters `from` to `to` of `token` as a token of their own. The host of a clitic keeps the
 * word's tags, except what belonged to the clitic (`Possessive`, and `Negative` of `didn't`).
 */
function piece(token: Token, from: number, to: number, pos?: Pos, tags?: Set<string>): Token {
  const text = token.text.slice(from, to);
  const ownTags = tags ?? new Set([...token.tags].filter((t) => t !== 'Possessive' && t !== 'Negative'));
  const host = pos ?? (token.pos === 'NEG' ? 'AUX' : token.pos === 'POSS' ? 'NOUN' : token.pos);
  return {
    i: token.i,
    text,
    lower: text.toLowerCase(),
    start: token.start + from,
    end: token.start + to,
    tags: ownTags,
    pos: host,
    capital: /^\p{Lu}/u.test(text),
    possessive: false,
  };
}
