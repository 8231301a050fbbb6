/** Runs the dependency parser over a sentence's treebank-style tokens and wraps its answer as a tree. */
import type { Token } from './token.js';
import { DependencyTree } from './tree.js';

/** What the extractor needs of a parser (`src/parse`'s DependencyParser is one): words in, tags and a tree out. */
export interface SentenceParser {
  parse(words: readonly string[]): { upos: readonly string[]; heads: ArrayLike<number>; labels: readonly string[] };
}

export function parseTokens(parser: SentenceParser, tokens: Token[]): DependencyTree {
  const parse = parser.parse(tokens.map((t) => t.text));
  return new DependencyTree(tokens, parse.heads, parse.labels, parse.upos);
}
