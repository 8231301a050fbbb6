/** Runs the dependency parser over a sentence's treebank-style tokens and wraps its answer as a tree. */
import { parserHints } from './parser-hints.js';
import type { Token } from './token.js';
import { DependencyTree } from './tree.js';

/** What the extractor needs of a parser (`src/parse`'s DependencyParser is one): words and hints in, tags and a tree out. */
export interface SentenceParser {
  parse(words: readonly string[], hints?: readonly (readonly string[])[]): { upos: readonly string[]; heads: ArrayLike<number>; labels: readonly string[] };
}

export function parseTokens(parser: SentenceParser, tokens: Token[]): DependencyTree {
  const parse = parser.parse(tokens.map((t) => t.text), parserHints(tokens));
  const heads = Int32Array.from(parse.heads);
  const labels = [...parse.labels];
  joinSideBySideNames(tokens, heads, parse.upos, labels);
  joinSplitSubjects(heads, labels);
  const tree = new DependencyTree(tokens, heads, labels, parse.upos);
  markNames(tree);
  return tree;
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
