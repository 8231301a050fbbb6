/** Groups tagged tokens into phrases: noun phrases, verb groups, and the single words between them. */
import type { Token } from './token.js';
import {
  APPROXIMATORS, BE_FORMS, CLOSING_QUOTES, DATE_OPENERS, DO_FORMS, GROUP_HEADS, HAVE_FORMS, MODALS, OPENING_QUOTES,
  ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_LIKE_WORDS,
} from './data/words.js';

export interface NounPhrase {
  kind: 'np';
  tokens: Token[];
}

export interface VerbGroup {
  kind: 'vg';
  tokens: Token[];
  /** The main verb (or the copula when there is none). */
  head: Token;
  /** Particles and predicative adjectives read into the relation (`set out`, `made public`). */
  extras: Token[];
  passive: boolean;
  copula: boolean;
}

export interface Word {
  kind: 'word';
  token: Token;
}

export type Phrase = NounPhrase | VerbGroup | Word;

const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

export function phrases(tokens: Token[]): Phrase[] {
  const out: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const np = nounPhraseAt(tokens, i);
    if (np > i) {
      out.push({ kind: 'np', tokens: tokens.slice(i, np) });
      i = np;
      continue;
    }
    const vg = verbGroupAt(tokens, i);
    if (vg !== undefined) {
      out.push(vg);
      i = vg.tokens[vg.tokens.length - 1]!.i + 1 + vg.extras.length;
      continue;
    }
    out.push({ kind: 'word', token: tokens[i]! });
    i++;
  }
  return out;
}

/** The end (exclusive) of a noun phrase starting at `i`, or `i` when none starts there. */
function nounPhraseAt(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (first === undefined) return i;
  if (first.pos === 'PRON') return i + 1;
  let j = i;
  let hasHead = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (NP_INNER.has(t.pos) || (t.pos === 'VERB' && t.tags.has('Gerund') && (tokens[j - 1]?.pos === 'DET') && j > i)) {
      // a determiner only opens a phrase; `the the` or `news the` splits
      if (t.pos === 'DET' && j > i && tokens[j - 1]!.pos !== 'DET' && !tokens[j - 1]!.possessive) break;
      // a fronted time or place ends before the subject's name: `In 1717 | Lady Mary`, `After a short absence | Keibler`
      if (j > i && t.pos === 'PROPN' && t.capital && endsFrontedAdjunct(tokens, i, j)) break;
      // a date after a name starts a new phrase: `the Trump Administration | last year`
      const previous = tokens[j - 1];
      const previousIsHead =
        j > i && previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN') && !previous.tags.has('Date') && !DATE_OPENERS.has(previous.lower);
      if (previousIsHead && startsDate(tokens, j)) break;
      if (t.pos !== 'DET' && t.pos !== 'ADJ') hasHead = true;
      j++;
      if (t.possessive) hasHead = false;
      continue;
    }
    const next = tokens[j + 1];
    if (t.pos === 'POSS' && j > i) {
      hasHead = false;
      j++;
      continue;
    }
    if (t.pos === 'HYPH' && j > i && next !== undefined && NP_INNER.has(next.pos) && next.pos !== 'DET') {
      j++;
      continue;
    }
    // `State - owned BNL`, `fume - filled`: a hyphenated participle is a modifier inside the phrase
    const participle = next !== undefined && next.pos === 'VERB' && (next.tags.has('PastTense') || next.tags.has('Participle') || next.tags.has('Gerund'));
    if (t.pos === 'HYPH' && j > i && participle && NP_INNER.has(tokens[j + 2]?.pos ?? 'PUNCT')) {
      j += 2;
      continue;
    }
    // `Ogilvy & Mather`, `Johnson & Johnson`: an ampersand between name words joins one name
    if (t.text === '&' && j > i && tokens[j - 1]!.pos === 'PROPN' && next?.pos === 'PROPN') {
      j++;
      continue;
    }
    // `Secretary of State`, `Bank of England`: `of` between capitalised name words stays inside
    if (t.lower === 'of' && tokens[j - 1]?.pos === 'PROPN' && tokens[j - 1]!.capital && next?.pos === 'PROPN' && next.capital && isTitleLike(tokens[j - 1]!)) {
      j++;
      continue;
    }
    // quotation marks around a name or a phrase stay inside it: `his `` Aramata Collection ''`
    if (OPENING_QUOTES.has(t.text) && next !== undefined && NP_INNER.has(next.pos) && next.pos !== 'DET') {
      j++;
      continue;
    }
    if (CLOSING_QUOTES.has(t.text) && j > i && tokens.slice(i, j).some((x) => OPENING_QUOTES.has(x.text))) {
      j++;
      continue;
    }
    // `rare and endemic plants`: coordinated adjectives before the head
    if (t.pos === 'CONJ' && j > i && tokens[j - 1]!.pos === 'ADJ' && next?.pos === 'ADJ' && tokens[j + 2] !== undefined && NP_INNER.has(tokens[j + 2]!.pos)) {
      j++;
      continue;
    }
    // `about 60 %`, `nearly 20 years`: an approximating adverb before a number
    if (t.pos === 'ADV' && APPROXIMATORS.has(t.lower) && next?.pos === 'NUM') {
      j++;
      continue;
    }
    // `more than $ 300 million`
    if ((t.lower === 'more' || t.lower === 'less' || t.lower === 'fewer') && next?.lower === 'than' && tokens[j + 2]?.pos === 'NUM') {
      j += 2;
      continue;
    }
    // `a further two`, `the most important`: an adverb right after the determiner belongs to the phrase
    if (t.pos === 'ADV' && j > i && tokens[j - 1]!.pos === 'DET' && next !== undefined && NP_INNER.has(next.pos) && next.pos !== 'DET') {
      j++;
      continue;
    }
    // an adverb before an adjective (`very large`) belongs to the phrase
    if (t.pos === 'ADV' && next?.pos === 'ADJ' && tokens[j + 2] !== undefined && NP_INNER.has(tokens[j + 2]!.pos)) {
      j++;
      continue;
    }
    break;
  }
  // `the public`, `the poor`: after a determiner an adjective can stand as the head
  if (!hasHead && j - i >= 2 && first.pos === 'DET' && tokens[j - 1]!.pos === 'ADJ') hasHead = true;
  // trailing adjectives without a head noun are not a noun phrase (`made public`)
  while (j > i && !hasHead) {
    const last = tokens[j - 1]!;
    if (last.pos === 'ADJ' || last.pos === 'DET' || last.pos === 'HYPH' || last.lower === 'of') j--;
    else break;
    if (j > i && [...tokens.slice(i, j)].some((t) => t.pos !== 'ADJ' && t.pos !== 'DET')) hasHead = true;
  }
  return j;
}

/** The phrase from `i` to `j` follows a preposition and ends in a year or a plain common noun. */
function endsFrontedAdjunct(tokens: Token[], i: number, j: number): boolean {
  const previous = tokens[j - 1]!;
  // only a phrase opening the clause: `In 1717 Lady Mary ...`, not `switched to the major Columbia label`
  const preposition = tokens[i - 1];
  const opensClause = i === 1 || tokens[i - 2]?.pos === 'PUNCT';
  if (preposition?.pos !== 'PREP' || !opensClause) return false;
  if (previous.pos === 'NUM') return /^\d{4}$/.test(previous.text);
  const role = previous.tags.has('Actor') || TITLE_HEADS.has(previous.lower) || ORGANIZATION_HEADS.has(previous.lower) || GROUP_HEADS.has(previous.lower) || PLACE_HEADS.has(previous.lower);
  return previous.pos === 'NOUN' && !previous.capital && !role;
}

/** `last year`, `Monday`: a time expression inside a run of nouns. */
function startsDate(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.tags.has('Date') || (DATE_OPENERS.has(t.lower) && tokens[j + 1]?.tags.has('Date') === true);
}

function isTitleLike(t: Token): boolean {
  return t.tags.has('Actor') || t.tags.has('Honorific') || TITLE_LIKE_WORDS.has(t.text);
}

/** A run of auxiliaries, negations and adverbs ending in a verb, with its particles. */
function verbGroupAt(tokens: Token[], i: number): VerbGroup | undefined {
  let j = i;
  let head: Token | undefined;
  let hasAux = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') {
      if (head !== undefined) break;
      hasAux = true;
      j++;
      continue;
    }
    // `also stopped`, `typically have`: an adverb right before the verb is read into the relation
    const preverbal = j === i && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX');
    if (t.pos === 'NEG' || (t.pos === 'ADV' && (hasAux || head === undefined) && (j > i || preverbal))) {
      if (head !== undefined) break;
      j++;
      continue;
    }
    if (t.pos === 'VERB') {
      if (head !== undefined) break;
      head = t;
      j++;
      continue;
    }
    // `was “considering a number of ideas`: a quotation that opens on the verb does not split its group
    if (OPENING_QUOTES.has(t.text) && hasAux && head === undefined && tokens[j + 1]?.pos === 'VERB') {
      j++;
      continue;
    }
    break;
  }
  const group = tokens.slice(i, j).filter((t) => t.pos !== 'PUNCT');
  // trailing adverbs belong after the group, not inside it
  while (group.length > 0 && group[group.length - 1]!.pos === 'ADV') group.pop();
  if (group.length === 0) return undefined;
  if (head === undefined) {
    // only auxiliaries: a copula or `have` as the main verb (`Turkey is ...`); a bare modal is elliptical
    const last = [...group].reverse().find((t) => t.pos === 'AUX');
    if (last === undefined || MODALS[last.lower] !== undefined || DO_FORMS.has(last.lower)) return undefined;
    head = last;
  }
  const auxiliaries = group.filter((t) => t.pos === 'AUX' && t !== head);
  const copula = head.pos === 'AUX' && BE_FORMS.has(head.lower);
  const passive =
    !copula &&
    head.pos === 'VERB' &&
    (head.tags.has('PastTense') || head.tags.has('Participle') || head.tags.has('Passive')) &&
    auxiliaries.some((t) => BE_FORMS.has(t.lower) || t.lower === 'get' || t.lower === 'got');
  const extras: Token[] = [];
  let k = group[group.length - 1]!.i + 1;
  while (tokens[k]?.pos === 'PART') extras.push(tokens[k++]!);
  if (passive && tokens[k]?.pos === 'ADJ' && (tokens[k + 1] === undefined || tokens[k + 1]!.pos === 'PREP' || tokens[k + 1]!.pos === 'PUNCT')) {
    extras.push(tokens[k]!); // `was made public by`
  }
  return { kind: 'vg', tokens: group, head, extras, passive, copula };
}

export const isHaveMain = (vg: VerbGroup): boolean => vg.head.pos === 'AUX' && HAVE_FORMS.has(vg.head.lower);
