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
  const tree = new DependencyTree(tokens, parse.heads, parse.labels, parse.upos);
  markNames(tree);
  return tree;
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
