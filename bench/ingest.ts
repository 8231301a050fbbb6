/**
 * `npm run bench:ingest`: words/s end to end (read, extract on worker threads, build the graph,
 * save) with 1 and with 2 workers, on the Wikinews corpus and on it repeated ×10 with fresh ids;
 * compromise's bare `nlp(text).json()` on the same text in the same run; peak memory, store size
 * and the time to load the store against the time to build it.
 * Usage: node dist/bench/ingest.js [--runs N] [--copies K] [--workers 1,2]
 * Each build runs in a child process of its own, so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractDocuments } from '../src/cli/extract-documents.js';
import { wordCount } from '../src/cli/first-pass.js';
import { addDocuments, emptyStore } from '../src/graph/corpus.js';
import { loadStore, saveStore } from '../src/graph/store.js';
import { repeatWithFreshIds } from './support/repeat-corpus.js';
import { median } from './support/stats.js';

const CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';

interface BuildFigures {
  words: number;
  documents: number;
  extractMs: number;
  graphMs: number;
  saveMs: number;
  totalMs: number;
  peakRssBytes: number;
  storeBytes: number;
  loadMs: number;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

if (args[0] === '--child') await child(args[1]!, Number(args[2]), args[3]!);
else await parent();

/** One build, measured from inside: the parent reads its figures from stdout. */
async function child(input: string, workers: number, out: string): Promise<void> {
  const started = performance.now();
  const run = await extractDocuments([input], { knownIds: new Set(), lexicon: {}, onError: (e) => console.error(e.message), workers });
  const extracted = performance.now();
  const { store } = addDocuments(emptyStore(), run.documents, run.lexicon);
  const built = performance.now();
  await saveStore(out, store);
  const saved = performance.now();
  const figures: BuildFigures = {
    words: run.words,
    documents: run.documents.length,
    extractMs: extracted - started,
    graphMs: built - extracted,
    saveMs: saved - built,
    totalMs: saved - started,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    storeBytes: statSync(out).size,
    loadMs: 0,
  };
  const loadStarted = performance.now();
  await loadStore(out);
  figures.loadMs = performance.now() - loadStarted;
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

async function parent(): Promise<void> {
  const runs = Number(option('runs') ?? 3);
  const copies = Number(option('copies') ?? 10);
  const workerCounts = (option('workers') ?? '1,2').split(',').map(Number);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  try {
    const repeated = path.join(folder, `corpus-x${copies}.jsonl`);
    writeFileSync(repeated, repeatWithFreshIds(readFileSync(CORPUS, 'utf8'), copies));
    const bare = bareCompromise(CORPUS);
    console.log(`compromise alone, nlp(text).json() a paragraph at a time, one thread: ${Math.round(bare)} words/s (the corpus once)`);
    console.log(`${os.availableParallelism()} cores; each build in its own process; medians of ${runs} runs on the corpus, 1 run on ×${copies}`);
    for (const [label, input, times] of [['corpus', CORPUS, runs], [`corpus ×${copies}`, repeated, 1]] as const) {
      const byWorkers = new Map<number, BuildFigures>();
      for (const workers of workerCounts) {
        const samples = Array.from({ length: times }, () => build(input, workers, path.join(folder, 'store.json')));
        const pick = (key: keyof BuildFigures): number => median(samples.map((s) => s[key]));
        const figures = Object.fromEntries((Object.keys(samples[0]!) as (keyof BuildFigures)[]).map((key) => [key, pick(key)])) as unknown as BuildFigures;
        byWorkers.set(workers, figures);
        const wordsPerSecond = figures.words / (figures.totalMs / 1000);
        console.log(`${label}, ${workers} worker(s): ${figures.documents} documents, ${figures.words} words in ${seconds(figures.totalMs)} ` +
          `(extract ${seconds(figures.extractMs)}, graph ${seconds(figures.graphMs)}, save ${seconds(figures.saveMs)}) = ${Math.round(wordsPerSecond)} words/s, ` +
          `${(wordsPerSecond / bare).toFixed(2)}× bare compromise; peak memory ${mb(figures.peakRssBytes)}; store ${mb(figures.storeBytes)}, ` +
          `loads in ${seconds(figures.loadMs)} (${(figures.totalMs / figures.loadMs).toFixed(0)}× faster than building it)`);
      }
      const [one, two] = [byWorkers.get(1), byWorkers.get(2)];
      if (one !== undefined && two !== undefined) console.log(`${label}: 2 workers ${(one.totalMs / two.totalMs).toFixed(2)}× as fast as 1 end to end (extraction alone ${(one.extractMs / two.extractMs).toFixed(2)}×)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function build(input: string, workers: number, out: string): BuildFigures {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [script, '--child', input, String(workers), out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`build of ${input} with ${workers} worker(s) failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as BuildFigures;
}

/** compromise alone on the same text, fed a paragraph at a time as the pipeline feeds it. */
function bareCompromise(file: string): number {
  const texts = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => (JSON.parse(line) as { text: string }).text);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  const started = performance.now();
  for (const text of texts) for (const paragraph of text.split('\n')) if (paragraph.trim() !== '') nlp(paragraph).json();
  return words / ((performance.now() - started) / 1000);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
