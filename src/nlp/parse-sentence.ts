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
