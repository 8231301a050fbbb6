/** A text as tagged and parsed sentences: what the extractor and the coreference pass both read. */
import { tagText } from './01-tag.js';
import { retag } from './02-retag.js';
import { parseTokens, type SentenceParser } from './parse-sentence.js';
import type { TaggedSentence, Token } from './token.js';
import { treebankTokens } from './treebank-tokens.js';
import type { DependencyTree } from './tree.js';

export interface ParsedSentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  tree: DependencyTree;
}

/** One tagged sentence in the parser's tokens, with its dependency tree. */
export function parseSentence(parser: SentenceParser, sentence: TaggedSentence): ParsedSentence {
  const tokens = retag(treebankTokens(sentence.tokens));
  return { index: sentence.index, start: sentence.start, end: sentence.end, tokens, tree: parseTokens(parser, tokens) };
}

/** Every sentence of `text`, parsed. */
export function parseText(text: string, parser: SentenceParser, lexicon?: ReadonlyMap<string, string>): ParsedSentence[] {
  return tagText(text, lexicon).map((sentence) => parseSentence(parser, sentence));
}
