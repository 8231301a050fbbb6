/** The trained model in memory: the tagger's and the parser's parts, as the model file holds them. */
import type { TagDictionary } from './tag-dictionary.js';
import type { MoveSet } from './transitions.js';
import type { Weights } from './weights.js';

export interface TaggerModel {
  /** Tag classes: a UPOS tag, or `UPOS|XPOS` when the tagger predicts both. */
  classes: readonly string[];
  dictionary: TagDictionary;
  weights: Weights;
}

export interface ParserModel {
  moves: MoveSet;
  weights: Weights;
}

export interface Model {
  tagger: TaggerModel;
  parser: ParserModel;
  /** Free text saved with the model: what it was trained on and how. */
  about: string;
}
