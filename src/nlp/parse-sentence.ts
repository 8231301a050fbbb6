/** Runs the dependency parser over a sentence's treebank-style tokens and wraps its answer as a tree. */
import { parserHints } from './parser-hints.js';
import type { Token } from './token.js';
import { DependencyTree } from './tree.js';

/** What the extractor needs of a parser (`src/parse`'s DependencyParser is one): words and hints in, tags and a tree out. */
export interface SentenceParser {
  parse(words: readonly string[], hints?: readonly (readonly string[])[]): { upos: readonly string[]; heads: ArrayLike<number>; labels: readonly string[] };
}

export function parseTokens(parser: SentenceParser, tokens: Token[]): DependencyTree {
  const parse = withDateline(parser, tokens);
  const heads = Int32Array.from(parse.heads);
  const labels = [...parse.labels];
  joinSideBySideNames(tokens, heads, parse.upos, labels);
  joinSplitSubjects(heads, labels);
  const tree = new DependencyTree(tokens, heads, labels, parse.upos);
  markNames(tree);
  return tree;
}

type Parse = ReturnType<SentenceParser['parse']>;

/**
 * `WASHINGTON — U.S. Secretary of State Antony Blinken has set out ...`: a news dateline (a place in
 * capitals, maybe an agency in brackets, then a dash) is not part of the sentence, or the parser
 * takes the place for the subject. The rest is parsed alone and the dateline hangs on its root.
 */
function withDateline(parser: SentenceParser, tokens: Token[]): Parse {
  const skip = datelineLength(tokens);
  if (skip === 0) return parser.parse(tokens.map((t) => t.text), parserHints(tokens));
  const body = tokens.slice(skip);
  const parse = parser.parse(body.map((t) => t.text), parserHints(body));
  const root = Math.max(0, Array.prototype.indexOf.call(parse.heads, 0) as number);
  const heads = [...tokens.slice(0, skip).map(() => skip + root + 1), ...Array.from(parse.heads, (h) => (h === 0 ? 0 : h + skip))];
  const dateline = tokens.slice(0, skip).map((t) => (t.pos === 'PUNCT' || t.pos === 'HYPH' ? 'punct' : 'dep'));
  const upos = tokens.slice(0, skip).map((t) => (t.pos === 'PUNCT' || t.pos === 'HYPH' ? 'PUNCT' : 'PROPN'));
  return { heads, labels: [...dateline, ...parse.labels], upos: [...upos, ...parse.upos] };
}

const DASHES = new Set(['—', '–', '--', '-']);

/** How many tokens open the sentence as a dateline (`KABUL —`, `NEW YORK (Reuters) --`); 0 if none. */
function datelineLength(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && /^\p{Lu}[\p{Lu}.'’]+$/u.test(tokens[k]!.text)) k++;
  if (k === 0) return 0;
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > k && t.text === ')');
    if (close < 0 || close - k > 4) return 0;
    k = close + 1;
  }
  const [before, dash, after] = [tokens[k - 1]!, tokens[k], tokens[k + 1]];
  // a dash set apart by spaces (`COVID-19`, `ABS-CBN` are names), then a sentence of its own
  const apart = dash !== undefined && after !== undefined && dash.start > before.end && after.start > dash.end;
  return apart && DASHES.has(dash.text) && tokens.length - k > 3 ? k + 1 : 0;
}

/**
 * `General Motors sold`: two capitalised names side by side that the parser hung on one head with
 * one relation (two subjects of one verb) are one name, the first a part of the second. A verb has
 * one subject, so the reading cannot have been right. Heads are 1-based as the parser gives them.
 */
function joinSideBySideNames(tokens: Token[], heads: Int32Array, upos: readonly string[], labels: string[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const same = heads[i] === heads[i + 1] && labels[i] === labels[i + 1] && (labels[i] === 'nsubj' || labels[i] === 'nsubj:pass' || labels[i] === 'obj');
    if (!same || upos[i] !== 'PROPN' || upos[i + 1] !== 'PROPN' || !tokens[i]!.capital || !tokens[i + 1]!.capital) continue;
    labels[i] = 'compound';
    heads[i] = i + 2;
  }
}

/**
 * `Taliban spokesman Zabihullah Mujahid told`: when the parse gives a verb two subjects written one
 * right after the other, the first is a modifier of the second, not a subject of its own. Subjects
 * apart (`For ... reasons, Turkey's role makes`) are left as they are.
 */
function joinSplitSubjects(heads: Int32Array, labels: string[]): void {
  const extent = (root: number): [number, number] => {
    let [from, to] = [root, root];
    for (let k = 0; k < heads.length; k++) {
      let a = k;
      // bounded, so even a malformed parse cannot loop
      for (let steps = 0; a >= 0 && a !== root && steps < heads.length; steps++) a = heads[a]! - 1;
      if (a === root) [from, to] = [Math.min(from, k), Math.max(to, k)];
    }
    return [from, to];
  };
  for (let i = 0; i < heads.length; i++) {
    if (labels[i] !== 'nsubj') continue;
    const second = labels.findIndex((label, k) => k > i && label === 'nsubj' && heads[k] === heads[i]);
    if (second < 0 || extent(i)[1] + 1 !== extent(second)[0]) continue;
    labels[i] = 'compound';
    heads[i] = second + 1;
  }
}

/**
 * `Zalmay Khalilzad`: words the tree joins into one name (UD's `flat`) are name words, though
 * compromise did not know the first name. Only capitalised words, so `flat` on a number or a
 * foreign phrase changes nothing.
 */
function markNames(tree: DependencyTree): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    if (tree.label(i) !== 'flat') continue;
    for (const k of [i, tree.head(i)]) {
      const word = tree.tokens[k];
      if (word === undefined || !word.capital || (word.pos !== 'NOUN' && word.pos !== 'ADJ') || tree.upos[k] !== 'PROPN') continue;
      word.pos = 'PROPN';
      word.tags.add('ProperNoun');
    }
  }
}
