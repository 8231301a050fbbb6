/** Trains the tagger: greedy decoding with its own predicted history, perceptron update per wrong word. */
import { AveragedPerceptron } from './perceptron.js';
import { TagDictionary } from './tag-dictionary.js';
import { taggerContext, tagGreedy, type TaggerContext } from './tagger.js';
import { hashText } from './hash.js';
import { uposIndex } from './upos.js';
import { seededRandom, shuffle } from './random.js';
import type { TaggerModel } from './model.js';
import type { TreebankSentence, TreebankWord } from './types.js';

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** `upos`, or `upos+xpos` to predict `VERB|VBD`-style classes (finer tags for the parser). */
  tagset: 'upos' | 'upos+xpos';
  /** A word enters the tag dictionary once seen this often. */
  minWordCount: number;
  /** Averaged weights smaller than this are dropped from the model. */
  prune: number;
}

export function tagClassOf(word: TreebankWord, tagset: TaggerTraining['tagset']): string {
  return tagset === 'upos' ? word.upos : `${word.upos}|${word.xpos}`;
}

export function buildTagDictionary(sentences: readonly TreebankSentence[], minWordCount: number): TagDictionary {
  const counts = new Map<number, { count: number; mask: number }>();
  for (const sentence of sentences) {
    for (const word of sentence) {
      const key = hashText(word.form.toLowerCase()) || 1;
      const entry = counts.get(key) ?? { count: 0, mask: 0 };
      entry.count++;
      entry.mask |= 1 << uposIndex(word.upos);
      counts.set(key, entry);
    }
  }
  const keys: number[] = [];
  const masks: number[] = [];
  for (const [key, { count, mask }] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count < minWordCount) continue;
    keys.push(key);
    masks.push(mask);
  }
  return new TagDictionary(Uint32Array.from(keys), Uint32Array.from(masks));
}

/**
 * Trains on `sentences`; after each epoch `onEpoch` receives the averaged model so far and
 * returns a score (higher is better, e.g. dev accuracy); the best epoch's model is returned.
 */
export function trainTagger(
  sentences: readonly TreebankSentence[],
  options: TaggerTraining,
  onEpoch?: (epoch: number, model: TaggerModel) => number,
): TaggerModel {
  const classes = [...new Set(sentences.flatMap((s) => s.map((w) => tagClassOf(w, options.tagset))))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const dictionary = buildTagDictionary(sentences, options.minWordCount);
  const prepared: { ctx: TaggerContext; gold: Int32Array }[] = sentences.map((s) => ({
    ctx: taggerContext(s.map((w) => w.form), dictionary, s.map((w) => w.hints)),
    gold: Int32Array.from(s, (w) => classIndex.get(tagClassOf(w, options.tagset))!),
  }));
  const perceptron = new AveragedPerceptron(classes.length);
  const scores = new Float64Array(classes.length);
  const score = (f: Uint32Array, n: number): Float64Array => (perceptron.score(f, n, scores), scores);
  const random = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  let best: TaggerModel | undefined;
  let bestScore = -Infinity;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { ctx, gold } = prepared[index]!;
      tagGreedy(ctx, score, classes.length, (i, features, n, guess) => {
        perceptron.update(features, n, gold[i]!, guess);
        perceptron.tick();
        return guess;
      });
    }
    const model: TaggerModel = { classes, dictionary, weights: perceptron.freeze(options.prune) };
    const result = onEpoch ? onEpoch(epoch, model) : epoch;
    if (result > bestScore) {
      bestScore = result;
      best = model;
    }
  }
  if (!best) throw new Error('train-tagger: no epochs to train');
  return best;
}
