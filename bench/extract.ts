/**
 * `npm run bench:extract`: words per second of the whole pipeline (lexicon, tagging, triples, graph)
 * against compromise's bare `nlp(text).json()` on the same text in the same run, document by
 * document (paired, so load from elsewhere falls on both alike), and peak memory.
 * Usage: node dist/bench/extract.js [corpus.jsonl] [--runs N]
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { toDocument } from '../src/ingest/index.js';
import { extract } from '../src/nlp/extract.js';
import { learnLexicon } from '../src/nlp/lexicon.js';
import { buildGraph } from '../src/graph/build.js';
import { wordCount } from '../src/cli/first-pass.js';
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

/** compromise alone on one document, fed one line (paragraph) at a time, as the pipeline feeds it. */
function bareCompromise(doc: Document): void {
  for (const line of doc.text.split('\n')) if (line.trim() !== '') nlp(line).json();
}

/** Loaded before any timing, once, as each worker does. */
const parser = shippedParser();

interface Run {
  bareMs: number;
  pipelineMs: number;
  graphMs: number;
}

/** The last run's output, for the counts printed (only one run's is kept, so memory stays one run's). */
let extracted: ExtractedDocument[] = [];

/**
 * One run, paired: each document goes through bare compromise and then through the pipeline, so a
 * burst of load from elsewhere on the machine falls on both sides alike. The pipeline's time is its
 * share of the lexicon, its extraction and the graph build.
 */
function pairedRun(): Run {
  let t = performance.now();
  const lexicon = learnLexicon(documents.map((d) => d.text));
  let pipelineMs = performance.now() - t;
  let bareMs = 0;
  extracted = [];
  for (const doc of documents) {
    t = performance.now();
    bareCompromise(doc);
    bareMs += performance.now() - t;
    t = performance.now();
    extracted.push(extract(doc, { parser, lexicon }));
    pipelineMs += performance.now() - t;
  }
  t = performance.now();
  buildGraph(extracted);
  const graphMs = performance.now() - t;
  return { bareMs, pipelineMs: pipelineMs + graphMs, graphMs };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
pairedRun(); // warm both paths once so the JIT state is comparable
const results: Run[] = [];
for (let run = 0; run < runs; run++) results.push(pairedRun());
const bare = results.map((r) => r.bareMs);
const whole = results.map((r) => r.pipelineMs);
const ratios = results.map((r) => r.bareMs / r.pipelineMs);
const wps = (ms: number): number => Math.round(words / (ms / 1000));
const triples = extracted.reduce((sum, d) => sum + d.triples.length, 0);
const sentences = extracted.reduce((sum, d) => sum + d.sentences.length, 0);
console.log(`corpus            ${corpus}: ${documents.length} documents, ${words} words, ${sentences} sentences, ${triples} triples`);
console.log(`runs              ${runs} (median; all runs: bare ${bare.map(wps).join(', ')} | pipeline ${whole.map(wps).join(', ')} words/s | ratio ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
console.log(`compromise bare   ${wps(median(bare))} words/s  (nlp(line).json())`);
console.log(`kg pipeline       ${wps(median(whole))} words/s  (lexicon + tagging + triples + graph; graph build ${Math.round(median(results.map((r) => r.graphMs)))} ms)`);
console.log(`ratio             ${median(ratios).toFixed(2)}x of compromise's bare speed, median of the runs' paired ratios (goal >= 0.45 with the dependency parse)`);
console.log(`peak memory       ${Math.round(process.resourceUsage().maxRSS / 1024)} MB resident`);
