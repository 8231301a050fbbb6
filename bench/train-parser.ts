/**
 * Trains the tagger and parser on UD English EWT train, picks epochs on dev, writes
 * models/ud-ewt-parser.bin and its attribution. `npm run train:parser [-- --parser-epochs N ...]`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { readTreebank } from './support/treebank.js';
import { trainTagger, tagClassOf, type TaggerTraining } from '../src/parse/train-tagger.js';
import { trainParser, movesFromTreebank, type ParserTraining } from '../src/parse/train-parser.js';
import { jackknifeTags } from '../src/parse/jackknife.js';
import { DependencyParser } from '../src/parse/dependency-parser.js';
import { encodeModel } from '../src/parse/model-file.js';
import { evaluate } from '../src/parse/evaluate.js';
import { moveSet } from '../src/parse/transitions.js';
import { Weights } from '../src/parse/weights.js';
import type { Model, TaggerModel } from '../src/parse/model.js';
import { numberOption } from './support/options.js';
import { choosePruning } from '../src/parse/prune.js';

const args = process.argv.slice(2);
const stringOption = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const out = stringOption('out', 'models/ud-ewt-parser.bin');
const limit = numberOption('limit', Infinity);
const folds = numberOption('folds', 10);
const seed = numberOption('seed', 1);
const tagset = stringOption('tagset', 'upos+xpos') === 'upos' ? 'upos' : 'upos+xpos';

const taggerOptions: TaggerTraining = {
  epochs: numberOption('tagger-epochs', 8),
  seed,
  tagset,
  minWordCount: numberOption('min-word-count', 3),
  prune: numberOption('tagger-prune', 0.5),
};
const parserOptions: ParserTraining = {
  epochs: numberOption('parser-epochs', 18),
  seed,
  exploreFrom: numberOption('explore-from', 2),
  explore: numberOption('explore', 0.9),
  prune: numberOption('parser-prune', 0.5),
};

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const read = (split: string) => readTreebank(split, limit);
const train = read('train');
const dev = read('dev');
console.log(`train ${train.length} sentences, dev ${dev.length}; tagger ${JSON.stringify(taggerOptions)}; parser ${JSON.stringify(parserOptions)}; ${folds} folds`);

const moves = movesFromTreebank(train);
const noParser = { moves: moveSet(['root'], ['root'], []), weights: Weights.build(1, 1, new Uint32Array(0), new Uint32Array(1), new Uint8Array(0), new Int16Array(0)) };
const devUpos = (tagger: TaggerModel): number => evaluate(new DependencyParser({ tagger, parser: noParser, about: '' }), dev).upos;

let bestTaggerEpoch = 0;
let bestUpos = -1;
const tagger = trainTagger(train, taggerOptions, (epoch, model) => {
  const upos = devUpos(model);
  if (upos > bestUpos) [bestUpos, bestTaggerEpoch] = [upos, epoch];
  console.log(`tagger epoch ${epoch}: dev UPOS ${upos.toFixed(2)}, ${model.weights.size} weights (${elapsed()})`);
  return upos;
});
console.log(`tagger: epoch ${bestTaggerEpoch} kept (dev UPOS ${bestUpos.toFixed(2)})`);

const classIndex = new Map(tagger.classes.map((c, i) => [c, i]));
const tags = folds >= 2
  ? jackknifeTags(train, folds, tagger.classes, { ...taggerOptions, epochs: bestTaggerEpoch }, (fold) => console.log(`jackknife fold ${fold}/${folds} (${elapsed()})`))
  : train.map((s) => Int32Array.from(s, (w) => classIndex.get(tagClassOf(w, tagset)) ?? 0));

let bestLas = -1;
const about = `Trained on UD English EWT (CC BY-SA 4.0) train split; epochs chosen on dev. tagger ${JSON.stringify(taggerOptions)}; parser ${JSON.stringify(parserOptions)}; ${folds} folds`;
let chosen: Model | undefined;
trainParser(train, tags, tagger.dictionary, moves, parserOptions, (epoch, parser, seconds) => {
  const model: Model = { tagger, parser, about };
  const scores = evaluate(new DependencyParser(model), dev);
  console.log(`parser epoch ${epoch}: dev UPOS ${scores.upos.toFixed(2)} UAS ${scores.uas.toFixed(2)} LAS ${scores.las.toFixed(2)}, ${parser.weights.size} weights, ${seconds.toFixed(0)} s (${elapsed()})`);
  if (scores.las > bestLas) {
    bestLas = scores.las;
    chosen = model;
  }
  return scores.las;
});
if (!chosen) throw new Error('train-parser: nothing trained');
// Prune as hard as dev allows: within 0.3 LAS of the unpruned model (for size and speed).
const pruning = choosePruning(chosen, dev, [0.75, 1, 1.25, 1.5, 2, 2.5], numberOption('prune-tolerance', 0.3), ({ threshold, scores, model }) => {
  console.log(`prune < ${threshold}: dev UPOS ${scores.upos.toFixed(2)} UAS ${scores.uas.toFixed(2)} LAS ${scores.las.toFixed(2)}, ${model.tagger.weights.size + model.parser.weights.size} weights`);
});
console.log(`pruning: weights below ${pruning.threshold} dropped (dev LAS ${pruning.scores.las.toFixed(2)})`);
chosen = { ...pruning.model, about: `${about}; weights below ${pruning.threshold} pruned` };
const bytes = encodeModel(chosen);
mkdirSync('models', { recursive: true });
writeFileSync(out, bytes);
writeFileSync('models/ATTRIBUTION.md', ATTRIBUTION());
console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB, ${chosen.tagger.weights.size + chosen.parser.weights.size} non-zero weights; dev LAS ${pruning.scores.las.toFixed(2)}; total training time ${elapsed()}`);

function ATTRIBUTION(): string {
  return `# models/ud-ewt-parser.bin

The POS tagger and dependency parser model used by kg (\`src/parse\`), made by \`npm run train:parser\`.

It was trained on **UD English EWT** (Universal Dependencies English Web Treebank), the copy in
\`data/treebanks/ud-english-ewt/\` (UD 2.16 line): annotations © 2013-2021 The Board of Trustees of
The Leland Stanford Junior University, licensed under CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); the underlying texts are from the English Web
Treebank (LDC2012T13).

The model file is a derived work of that treebank and is likewise licensed under **CC BY-SA 4.0**.
`;
}
