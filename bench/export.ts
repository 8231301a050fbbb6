/**
 * `npm run bench:export`: time and peak memory of each export format, on the Wikinews corpus graph
 * and on generated graphs of 250,000 and 1,000,000 edges, against graphology-gexf's own writer on
 * the same graph (on the largest it stops at V8's longest string). Each measurement runs in a
 * fresh child process (so memory freed by one cannot hide the next one's), N times; the medians
 * are printed.
 * Usage: node --expose-gc dist/bench/export.js [--runs N] [--nodes N] [--edges M] [--heap MB]
 *   (--nodes and --edges size the largest graph; the middle one is a quarter of each)
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { write as graphologyWrite } from 'graphology-gexf';
import { flattenEdge, flattenNode } from '../src/export/flatten.js';
import { EXPORT_FORMATS, filesOf, isExportFormat } from '../src/export/formats.js';
import { storeInput } from '../src/export/input.js';
import { writeChunks } from '../src/export/write-chunks.js';
import { loadStore, type StoreContents } from '../src/graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../src/types.js';
import { CORPUS_CACHE, corpusStore } from './support/corpus-store.js';
import { generatedStore } from './support/generated-graph.js';
import { measure } from './support/rss-peak.js';
import { median } from './support/stats.js';
import { loadStoreLines, saveStoreLines } from './support/store-lines.js';

const BASELINE = 'graphology-gexf';
const WRITERS = [...EXPORT_FORMATS, BASELINE];
const OPTIONS = { creator: 'kg bench', now: new Date() };

interface Result {
  ms: number;
  peakBytes: number;
  bytes: number;
  /** Why the writer stopped, when it did: time and memory are then up to that point. */
  error?: string;
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1]!, args[2]!, args[3]!);
else await parent();

async function parent(): Promise<void> {
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const runs = option('--runs', 3);
  const [order, size] = [option('--nodes', 200_000), option('--edges', 1_000_000)];
  const heap = option('--heap', 8192);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-export-'));
  try {
    const { store: corpus, cached } = await corpusStore();
    console.log(`corpus graph: ${describe(corpus)} (store ${cached ? 'read from' : 'built and saved to'} ${CORPUS_CACHE})`);
    const graphs: [string, string][] = [['corpus graph', 'corpus']];
    for (const [nodes, edges] of [[Math.round(order / 4), Math.round(size / 4)], [order, size]] as const) {
      const started = performance.now();
      const generated = generatedStore(nodes, edges);
      const file = path.join(folder, `generated-${edges}.lines`);
      await saveStoreLines(generated, file);
      console.log(`generated graph: ${describe(generated)} (generated in ${seconds(performance.now() - started)}; no raw triples, so its TSV is empty)`);
      graphs.push([`generated graph of ${edges.toLocaleString('en')} edges`, file]);
    }
    console.log(`${runs} runs; each writer in a fresh process (--max-old-space-size=${heap}), writing to ${folder}; memory is the peak resident size above the loaded store\n`);
    for (const [name, source] of graphs) {
      const results = new Map<string, (Result | string)[]>(WRITERS.map((writer) => [writer, []]));
      for (let run = 1; run <= runs; run++) {
        for (const writer of WRITERS) {
          const result = await runChild(source, writer, folder, heap);
          results.get(writer)!.push(result);
          process.stderr.write(`  ${name}, run ${run}, ${writer}: ${typeof result === 'string' ? result : figures(result)}\n`);
        }
      }
      report(name, results);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function report(name: string, results: Map<string, (Result | string)[]>): void {
  console.log(`${name}: medians`);
  const medians = new Map<string, Result>();
  for (const [writer, list] of results) {
    const measured = list.filter((r): r is Result => typeof r !== 'string');
    const crash = list.find((r): r is string => typeof r === 'string');
    if (measured.length === 0) {
      console.log(`  ${writer.padEnd(16)} crashed: ${crash}`);
      continue;
    }
    const m: Result = { ms: median(measured.map((r) => r.ms)), peakBytes: median(measured.map((r) => r.peakBytes)), bytes: median(measured.map((r) => r.bytes)) };
    const error = measured.find((r) => r.error !== undefined)?.error;
    if (error === undefined) medians.set(writer, m);
    const shown = error === undefined ? figures(m) : `failed after ${figures({ ...m, error })}`;
    console.log(`  ${writer.padEnd(16)} ${shown}${crash === undefined ? '' : ` (a run crashed: ${crash})`}`);
  }
  const ours = medians.get('gexf');
  const theirs = medians.get(BASELINE);
  if (ours !== undefined && theirs !== undefined) {
    console.log(`  gexf against ${BASELINE}: ${(theirs.ms / ours.ms).toFixed(1)}× faster, ${(theirs.peakBytes / Math.max(1, ours.peakBytes)).toFixed(1)}× less memory at peak`);
  } else if (ours !== undefined) {
    console.log(`  gexf against ${BASELINE}: no ratio, ${BASELINE} cannot write this graph`);
  }
  console.log('');
}

function figures(result: Result): string {
  const shown = `${seconds(result.ms).padStart(9)}  peak ${megabytes(result.peakBytes).padStart(9)}`;
  return result.error === undefined ? `${shown}  file ${megabytes(result.bytes).padStart(9)}` : `${shown}: ${result.error}`;
}

/** One measurement in a fresh process; a crash (out of memory) comes back as its reason. */
async function runChild(source: string, writer: string, folder: string, heap: number): Promise<Result | string> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${heap}`, script, '--child', source, writer, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (line !== undefined) return JSON.parse(line.slice(7)) as Result;
  const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
  return `${outOfMemory ? `ran out of memory (heap limit ${heap} MB)` : 'crashed'} (exit ${code ?? signal})${outOfMemory ? '' : `: ${stderr.trim().split('\n').slice(-2).join(' ')}`}`;
}

async function child(source: string, writer: string, folder: string): Promise<void> {
  const store = source === 'corpus' ? await loadStore(CORPUS_CACHE) : await loadStoreLines(source);
  const measured = writer === BASELINE ? await graphologyGexf(store, folder) : await ours(store, writer, folder);
  const { result } = measured;
  const failed = typeof result !== 'number';
  const error = failed ? (result instanceof Error ? `${result.name}: ${result.message}` : String(result)) : undefined;
  console.log(`RESULT ${JSON.stringify({ ms: measured.ms, peakBytes: measured.peakBytes, bytes: failed ? 0 : result, ...(error === undefined ? {} : { error }) })}`);
}

/** The work's size in bytes, or what it threw: a writer that fails is measured up to its failure. */
async function bytesOrError(work: () => number | Promise<number>): Promise<number | unknown> {
  try {
    return await work();
  } catch (error) {
    return error;
  }
}

/** Our streaming writer, from the store as the command and the server read it. */
function ours(store: StoreContents, format: string, folder: string) {
  if (!isExportFormat(format)) throw new Error(`no format ${format}`);
  return measure(() => bytesOrError(async () => {
    const input = storeInput(store);
    let bytes = 0;
    for (const file of filesOf(format)) {
      const target = path.join(folder, `bench.${file.name}`);
      const out = createWriteStream(target);
      await writeChunks(file.pieces(input, OPTIONS), out);
      const closed = once(out, 'close');
      out.end();
      await closed;
      bytes += statSync(target).size;
    }
    return bytes;
  }));
}

/**
 * graphology-gexf's writer on the same graph with the same content: the graphology graph is built
 * before the measurement starts (a server holds one already), and the nodes and edges go through
 * our flattening, since its default output is neither valid nor readable by networkx.
 */
async function graphologyGexf(store: StoreContents, folder: string) {
  const graph = MultiDirectedGraph.from<NodeAttributes, EdgeAttributes>(store.graph);
  const { documentById } = storeInput(store);
  return measure(() => bytesOrError(() => {
    const text = graphologyWrite(graph, {
      version: '1.3',
      pedantic: true,
      formatNode: (key, attributes) => {
        const flat = flattenNode(key, attributes);
        return {
          label: flat.label,
          attributes: { type: flat.type, aliases: flat.aliases, mentions: flat.mentions, documents: flat.documents },
          viz: {
            ...(flat.rgb === undefined ? {} : { color: `rgb(${flat.rgb.r},${flat.rgb.g},${flat.rgb.b})` }),
            ...(flat.size === undefined ? {} : { size: flat.size }),
            ...(flat.x === undefined ? {} : { x: flat.x, y: flat.y!, z: 0 }),
          },
        };
      },
      formatEdge: (key, attributes) => {
        const [source, target] = graph.extremities(key);
        const { key: _key, source: _source, target: _target, label, weight, ...rest } = flattenEdge(key, source, target, attributes, documentById);
        return { label, weight, attributes: rest };
      },
    });
    const file = path.join(folder, 'bench.graphology.gexf');
    writeFileSync(file, text);
    return statSync(file).size;
  }));
}

function describe(store: StoreContents): string {
  return `${store.documents.length.toLocaleString('en')} documents, ${store.graph.nodes.length.toLocaleString('en')} nodes, ${store.graph.edges.length.toLocaleString('en')} edges`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
