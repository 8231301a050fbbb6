/**
 * Greedy left-to-right POS tagger: per word, the class with the best perceptron score given the
 * word, its neighbours, their known tags and the two tags just predicted.
 */
import { analyseWords, type WordInfo } from './words.js';
import { T, TAGGER_ATOMS, TAGGER_TEMPLATES, taggerFeatures } from './tagger-features.js';
import type { TagDictionary } from './tag-dictionary.js';
import { hashText } from './hash.js';
import type { Hints } from './types.js';

const START = 0x51a7e5;
const END = 0x0e4d0e4d;

/** Anything that scores a feature vector: frozen weights at parse time, the live perceptron in training. */
export type Scorer = (features: Uint32Array, n: number) => ArrayLike<number>;

/** Per-sentence inputs to the tagger's features. */
export interface TaggerContext {
  info: WordInfo;
  /** UPOS masks from the tag dictionary (0 = unknown word). */
  tagsSeen: Int32Array;
  /** Hashes of each word's first and second hint (the same constant where there is none). */
  hint: Int32Array;
  hintForm: Int32Array;
}

const NO_HINT = hashText('(no hint)');

export function taggerContext(words: readonly string[], dictionary: TagDictionary, hints?: Hints): TaggerContext {
  const info = analyseWords(words);
  const tagsSeen = new Int32Array(words.length);
  const hint = new Int32Array(words.length).fill(NO_HINT);
  const hintForm = new Int32Array(words.length).fill(NO_HINT);
  for (let i = 0; i < words.length; i++) {
    tagsSeen[i] = dictionary.lookup(info.lower[i]!);
    const given = hints?.[i];
    if (given?.[0] !== undefined) hint[i] = hashText(given[0]);
    if (given?.[1] !== undefined) hintForm[i] = hashText(given[1]);
  }
  return { info, tagsSeen, hint, hintForm };
}

/** Fills the atoms of word `i` given the two previous predicted classes (-1 before the start). */
export function fillTaggerAtoms(ctx: TaggerContext, i: number, prev1: number, prev2: number, atoms: Int32Array): void {
  const { info, tagsSeen } = ctx;
  const n = info.lower.length;
  const at = (arr: Int32Array, j: number): number => (j < 0 ? START : j >= n ? END : arr[j]!);
  atoms[T.W0] = info.lower[i]!;
  atoms[T.W_1] = at(info.lower, i - 1);
  atoms[T.W_2] = at(info.lower, i - 2);
  atoms[T.W1] = at(info.lower, i + 1);
  atoms[T.W2] = at(info.lower, i + 2);
  atoms[T.FORM0] = info.form[i]!;
  atoms[T.FORM1] = at(info.form, i + 1);
  atoms[T.FORM_1] = at(info.form, i - 1);
  atoms[T.PRE1] = info.prefix[0]![i]!;
  atoms[T.PRE2] = info.prefix[1]![i]!;
  atoms[T.PRE3] = info.prefix[2]![i]!;
  atoms[T.SUF1] = info.suffix[0]![i]!;
  atoms[T.SUF2] = info.suffix[1]![i]!;
  atoms[T.SUF3] = info.suffix[2]![i]!;
  atoms[T.SUF4] = info.suffix[3]![i]!;
  atoms[T.SHAPE0] = info.shape[i]!;
  atoms[T.SHAPE_1] = at(info.shape, i - 1);
  atoms[T.SHAPE1] = at(info.shape, i + 1);
  atoms[T.FLAGS0] = info.flags[i]!;
  atoms[T.TAG_1] = prev1;
  atoms[T.TAG_2] = prev2;
  atoms[T.AMB0] = tagsSeen[i]!;
  atoms[T.AMB1] = at(tagsSeen, i + 1);
  atoms[T.AMB2] = at(tagsSeen, i + 2);
  atoms[T.AMB_1] = at(tagsSeen, i - 1);
  atoms[T.SUF3_1] = at(info.suffix[2]!, i - 1);
  atoms[T.SUF3p1] = at(info.suffix[2]!, i + 1);
  atoms[T.HINT0] = ctx.hint[i]!;
  atoms[T.HINT_1] = at(ctx.hint, i - 1);
  atoms[T.HINT1] = at(ctx.hint, i + 1);
  atoms[T.HFORM0] = ctx.hintForm[i]!;
}

/** Tags a sentence greedily; `onDecision` (training) sees each word's features and prediction. */
export function tagGreedy(
  ctx: TaggerContext,
  score: Scorer,
  nClasses: number,
  onDecision?: (i: number, features: Uint32Array, n: number, guess: number) => number,
): Int32Array {
  const n = ctx.info.lower.length;
  const out = new Int32Array(n);
  const atoms = new Int32Array(TAGGER_ATOMS);
  const features = new Uint32Array(TAGGER_TEMPLATES);
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    fillTaggerAtoms(ctx, i, prev1, prev2, atoms);
    const count = taggerFeatures(atoms, features);
    const scores = score(features, count);
    let best = 0;
    for (let c = 1; c < nClasses; c++) if (scores[c]! > scores[best]!) best = c;
    // In training the caller may substitute the gold class to condition the next word on.
    const chosen = onDecision ? onDecision(i, features, count, best) : best;
    out[i] = best;
    prev2 = prev1;
    prev1 = chosen;
  }
  return out;
}
