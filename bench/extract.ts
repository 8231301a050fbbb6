/**
 * `npm run bench:extract`: words per second of the whole pipeline (lexicon, tagging, triples, graph)
 * against compromise's bare `nlp(text).json()` on the same text in the same run, and peak memory.
 * Usage: node dist/bench/extract.js [corpus.jsonl] [--runs N]
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { toDocument } from '../src/ingest/index.js';
import { extract } from '../src/nlp/extract.js';
import { learnLexicon } from '../src/nlp/lexicon.js';
import { buildGraph } from '../src/graph/build.js';
import { wordCount } from '../src/cli/extract-documents.js';
import type { Document, ExtractedDocument } from '../src/types.js';
import { shippedParser } from '../src/pipeline/parser-model.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'data/corpora/wikinews-2019-2020/articles.jsonl';

const documents: Document[] = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string; date?: string })
  .map((a) => toDocument({ source: a.id, title: a.title, text: a.text, ...(a.date ? { date: a.date } : {}) }));
const words = documents.reduce((sum, d) => sum + wordCount(d.text), 0);

/** compromise alone, fed one line (paragraph) at a time, as the pipeline feeds it. */
function bareCompromise(): void {
  for (const doc of documents) {
    for (const line of doc.text.split('\n')) if (line.trim() !== '') nlp(line).json();
  }
}

let extracted: ExtractedDocument[] = [];
/** Loaded before any timing, once, as each worker does. */
const parser = shippedParser();
function pipeline(): { extractMs: number; graphMs: number } {
  const started = performance.now();
  const lexicon = learnLexicon(documents.map((d) => d.text));
  extracted = documents.map((doc) => extract(doc, { parser, lexicon }));
  const extractMs = performance.now() - started;
  const graphStarted = performance.now();
  buildGraph(extracted);
  return { extractMs, graphMs: performance.now() - graphStarted };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bare: number[] = [];
const whole: number[] = [];
const graphOnly: number[] = [];
bareCompromise(); // warm both paths once so the JIT state is comparable
pipeline();
for (let run = 0; run < runs; run++) {
  let t = performance.now();
  bareCompromise();
  bare.push(performance.now() - t);
  t = performance.now();
  const { graphMs } = pipeline();
  whole.push(performance.now() - t);
  graphOnly.push(graphMs);
}
const wps = (ms: number): number => Math.round(words / (ms / 1000));
const triples = extracted.reduce((sum, d) => sum + d.triples.length, 0);
const sentences = extracted.reduce((sum, d) => sum + d.sentences.length, 0);
console.log(`corpus            ${corpus}: ${documents.length} documents, ${words} words, ${sentences} sentences, ${triples} triples`);
console.log(`runs              ${runs} (median; all runs: bare ${bare.map(wps).join(', ')} | pipeline ${whole.map(wps).join(', ')} words/s)`);
console.log(`compromise bare   ${wps(median(bare))} words/s  (nlp(line).json())`);
console.log(`kg pipeline       ${wps(median(whole))} words/s  (lexicon + tagging + triples + graph; graph build ${Math.round(median(graphOnly))} ms)`);
console.log(`ratio             ${(median(bare) / median(whole)).toFixed(2)}x of compromise's bare speed (goal >= 0.45 with the dependency parse)`);
console.log(`peak memory       ${Math.round(process.resourceUsage().maxRSS / 1024)} MB resident`);
