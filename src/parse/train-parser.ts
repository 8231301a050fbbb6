/**
 * Trains the parser with the dynamic oracle: at each state the model is updated towards the
 * best-scoring zero-cost (least-cost) move, and after the first epoch the parser mostly follows
 * its own prediction, so it learns to recover from its mistakes (Goldberg & Nivre 2012).
 */
import { AveragedPerceptron } from './perceptron.js';
import { parserContext, type ParserContext } from './parser-features.js';
import { parseGreedy } from './parser.js';
import { taggerContext } from './tagger.js';
import type { TagDictionary } from './tag-dictionary.js';
import { classCost, moveCosts, moveSet, type MoveSet } from './transitions.js';
import { seededRandom, shuffle } from './random.js';
import type { ParserModel } from './model.js';
import type { TreebankSentence } from './types.js';

export interface ParserTraining {
  epochs: number;
  seed: number;
  /** From this epoch on (1-based), follow the model's own move with probability `explore`. */
  exploreFrom: number;
  explore: number;
  prune: number;
}

/** Labels from the treebank, and which of them occur on leftward and on rightward arcs. */
export function movesFromTreebank(sentences: readonly TreebankSentence[]): MoveSet {
  const left = new Set<string>();
  const right = new Set<string>();
  for (const s of sentences) {
    s.forEach((w, i) => {
      const head = w.head === 0 ? s.length + 1 : w.head;
      (i + 1 < head ? left : right).add(w.deprel);
    });
  }
  const labels = [...new Set([...left, ...right])].sort();
  return moveSet(labels, [...left].sort(), [...right].sort());
}

interface Prepared {
  ctx: ParserContext;
  heads: Int32Array;
  labels: Int32Array;
}

/**
 * `tags[i]` are the tag classes the parser sees for sentence i (jackknifed predictions, ideally);
 * `dictionary` is the tagger's, whose tags-seen masks the parser also reads.
 * `onEpoch` scores each epoch's averaged model; the best one is returned.
 */
export function trainParser(
  sentences: readonly TreebankSentence[],
  tags: readonly Int32Array[],
  dictionary: TagDictionary,
  moves: MoveSet,
  options: ParserTraining,
  onEpoch?: (epoch: number, model: ParserModel, seconds: number) => number,
): ParserModel {
  const labelIndex = new Map(moves.labels.map((l, i) => [l, i]));
  const prepared: Prepared[] = sentences.map((s, k) => {
    const n = s.length;
    const heads = new Int32Array(n + 2);
    const labels = new Int32Array(n + 2).fill(-1);
    s.forEach((w, i) => {
      heads[i + 1] = w.head === 0 ? n + 1 : w.head;
      labels[i + 1] = labelIndex.get(w.deprel) ?? -1;
    });
    return { ctx: parserContext(taggerContext(s.map((w) => w.form), dictionary, s.map((w) => w.hints)), tags[k]!), heads, labels };
  });
  const nClasses = moves.move.length;
  const perceptron = new AveragedPerceptron(nClasses, 1 << 20);
  const scores = new Float64Array(nClasses);
  const costs = new Int32Array(nClasses);
  const moveCost = new Int32Array(3);
  const random = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  let best: ParserModel | undefined;
  let bestScore = -Infinity;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, random);
    const exploring = epoch >= options.exploreFrom;
    for (const index of order) {
      const { ctx, heads, labels } = prepared[index]!;
      parseGreedy(ctx, moves, (f, n) => (perceptron.score(f, n, scores), scores), (state, features, n, sc, guess) => {
        moveCosts(state, heads, moveCost);
        let least = Infinity;
        for (let c = 0; c < nClasses; c++) {
          if (!state.isValid(moves, c)) {
            costs[c] = -1;
            continue;
          }
          const cost = classCost(state, moves, c, moveCost, heads, labels);
          costs[c] = cost;
          if (cost < least) least = cost;
        }
        let gold = -1;
        for (let c = 0; c < nClasses; c++) if (costs[c] === least && (gold < 0 || sc[c]! > sc[gold]!)) gold = c;
        if (costs[guess] !== least) perceptron.update(features, n, gold, guess);
        perceptron.tick();
        return exploring && random() < options.explore ? guess : gold;
      });
    }
    const model: ParserModel = { moves, weights: perceptron.freeze(options.prune) };
    const result = onEpoch ? onEpoch(epoch, model, (performance.now() - started) / 1000) : epoch;
    if (result > bestScore) {
      bestScore = result;
      best = model;
    }
  }
  if (!best) throw new Error('train-parser: no epochs to train');
  return best;
}
