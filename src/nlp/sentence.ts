/** A sentence seen as a row of phrases, which the clause and nominal readers walk by index. */
import type { Mention } from '../types.js';
import type { Token } from './token.js';
import { phrases, type NounPhrase, type Phrase } from './03-phrases.js';
import { readMention } from './04-mentions.js';
import type { DependencyTree } from './tree.js';

export interface SentenceInput {
  index: number;
  tokens: Token[];
  /** The whole document's text: token offsets index into it. */
  text: string;
  /** The parser's tree over `tokens`, when the sentence was parsed. */
  tree?: DependencyTree | undefined;
}

export class Sentence implements SentenceInput {
  readonly index: number;
  readonly tokens: Token[];
  readonly text: string;
  readonly phrases: Phrase[];
  readonly tree: DependencyTree | undefined;
  /** Per token, the noun phrase it sits in, if any. */
  private readonly chunks: (Token[] | undefined)[];
  private readonly mentions = new Map<string, Mention>();

  constructor(input: SentenceInput) {
    this.index = input.index;
    this.tokens = input.tokens;
    this.text = input.text;
    this.tree = input.tree;
    this.phrases = phrases(input.tokens);
    this.chunks = [];
    for (const phrase of this.phrases) {
      if (phrase.kind === 'np') for (const t of phrase.tokens) this.chunks[t.i] = phrase.tokens;
    }
  }

  /** The tokens of the noun phrase compromise's tags put token `i` in. */
  chunkOf(i: number): Token[] | undefined {
    return this.chunks[i];
  }

  textOf(tokens: Token[]): string {
    return this.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  }

  /**
   * `phrase` gives the name; `tokens`, the wider argument it heads, gives the mention's text. The
   * readers ask about the same phrases many times (is it named? a pronoun?), so each reading is
   * kept; mentions are never changed once read, so sharing one is safe.
   */
  mention(phrase: NounPhrase, tokens: Token[]): Mention {
    const key = `${phrase.tokens[0]!.i}:${phrase.tokens.length}:${tokens[0]!.i}:${tokens.length}`;
    let mention = this.mentions.get(key);
    if (mention === undefined) {
      mention = readMention(phrase.tokens, tokens, this.text);
      this.mentions.set(key, mention);
    }
    return mention;
  }
}
