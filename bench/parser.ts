/**
 * Accuracy and speed of the shipped tagger + parser on UD English EWT (test split unless
 * `--split dev`): gold tokens, predicted tags, punctuation included. `npm run bench:parser`.
 */
import { readFileSync, statSync } from 'node:fs';
import { readTreebank } from './support/treebank.js';
import { DependencyParser } from '../src/parse/dependency-parser.js';
import { evaluate } from '../src/parse/evaluate.js';
import type { Hints } from '../src/parse/types.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const split = option('split', 'test');
const modelPath = option('model', 'models/ud-ewt-parser.bin');

const loadStart = performance.now();
const parser = DependencyParser.fromBytes(readFileSync(modelPath));
const loadMs = performance.now() - loadStart;
// each word carries compromise's hints, read from the sentence's raw text as kg reads any text
const sentences = readTreebank(split);
const tokens = sentences.map((s) => ({ words: s.map((w) => w.form), hints: s.map((w) => w.hints) }));

const scores = evaluate(parser, sentences);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wordsPerSecond = (batch: readonly { words: readonly string[]; hints?: Hints }[]): number => {
  const words = batch.reduce((n, s) => n + s.words.length, 0);
  const rates: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    for (const s of batch) parser.parse(s.words, s.hints);
    rates.push(words / ((performance.now() - t) / 1000));
  }
  return median(rates);
};
const rate = wordsPerSecond(tokens);
(globalThis as { gc?: () => void }).gc?.();

console.log(`UD English EWT ${split}: ${sentences.length} sentences, ${scores.words} words (gold tokens, predicted tags, punctuation included)`);
console.log(`  UPOS ${scores.upos.toFixed(2)}   UAS ${scores.uas.toFixed(2)}   LAS ${scores.las.toFixed(2)}`);
console.log(`  speed ${Math.round(rate).toLocaleString('en')} words/s per core (tagger + parser, median of 3 passes)`);
console.log(`  model ${(statSync(modelPath).size / 1e6).toFixed(1)} MB, ${(parser.model.tagger.weights.size + parser.model.parser.weights.size).toLocaleString('en')} weights, loaded in ${loadMs.toFixed(0)} ms; heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

// Speed on news text: Wikinews articles, split crudely into sentences and words just for a timing.
const articles = readFileSync('data/corpora/wikinews-2019-2020/articles.jsonl', 'utf8').split('\n').filter((l) => l.trim() !== '');
const news: { words: string[] }[] = [];
for (const line of articles) {
  const { text } = JSON.parse(line) as { text: string };
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const words = sentence.match(/\w+(?:[-'’.]\w+)*|[^\s\w]/gu);
    if (words && words.length > 0) news.push({ words });
  }
}
const newsWords = news.reduce((n, s) => n + s.words.length, 0);
console.log(`  Wikinews 2019-2020: ${news.length} crude sentences, ${newsWords.toLocaleString('en')} words: ${Math.round(wordsPerSecond(news)).toLocaleString('en')} words/s per core`);
