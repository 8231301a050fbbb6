/** Tags and parses one tokenised sentence with a loaded model. */
import { decodeModel } from './model-file.js';
import { taggerContext, tagGreedy } from './tagger.js';
import { parserContext } from './parser-features.js';
import { parseGreedy } from './parser.js';
import type { Model } from './model.js';
import type { Hints, Parse } from './types.js';

export class DependencyParser {
  readonly model: Model;
  private readonly upos: string[];
  private readonly tagScores: Int32Array;
  private readonly moveScores: Int32Array;

  constructor(model: Model) {
    this.model = model;
    this.upos = model.tagger.classes.map((c) => c.split('|')[0] ?? c);
    this.tagScores = new Int32Array(model.tagger.weights.nClasses);
    this.moveScores = new Int32Array(model.parser.weights.nClasses);
  }

  /** Loads a model file's bytes; throws a `ModelFileError` naming the problem. */
  static fromBytes(bytes: Uint8Array): DependencyParser {
    return new DependencyParser(decodeModel(bytes));
  }

  /** `hints`: per token, what another tagger said of it (kg gives compromise's class and verb form). */
  parse(words: readonly string[], hints?: Hints): Parse {
    const n = words.length;
    if (n === 0) return { upos: [], heads: new Int32Array(0), labels: [] };
    const { tagger, parser } = this.model;
    const tagCtx = taggerContext(words, tagger.dictionary, hints);
    const tags = tagGreedy(tagCtx, (f, k) => (tagger.weights.score(f, k, this.tagScores), this.tagScores), tagger.classes.length);
    const state = parseGreedy(parserContext(tagCtx, tags), parser.moves, (f, k) => (parser.weights.score(f, k, this.moveScores), this.moveScores));
    const heads = new Int32Array(n);
    const labels: string[] = new Array<string>(n);
    const upos: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const head = state.heads[i + 1]!;
      heads[i] = head === n + 1 ? 0 : head;
      labels[i] = parser.moves.labels[state.labels[i + 1]!] ?? 'dep';
      upos[i] = this.upos[tags[i]!] ?? 'X';
    }
    return { upos, heads, labels };
  }

  /** Tags only (the parser's first stage), as class ids into `model.tagger.classes`. */
  tagClasses(words: readonly string[], hints?: Hints): Int32Array {
    const { tagger } = this.model;
    return tagGreedy(taggerContext(words, tagger.dictionary, hints), (f, k) => (tagger.weights.score(f, k, this.tagScores), this.tagScores), tagger.classes.length);
  }
}
