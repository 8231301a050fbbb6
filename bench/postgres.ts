/**
 * `npm run bench:postgres`: the PostgreSQL store on this machine, in a throwaway cluster.
 * (a) ingest: the corpus ×K (fresh ids) enqueued by `kg ingest` and drained by 1, 2 and 4
 *     `kg worker` processes of one extraction thread each, then resolved; against `kg build` of the
 *     same into a store file (with as many threads as cores);
 * (b) latency: search, actor card and `path A -> B` through HTTP on that store, `kg serve --store`
 *     against `kg serve --graph` on the same documents: p50, p99 and their ratio;
 * (c) scale: a generated graph of 10 million edges bulk-loaded with COPY, then served: load time,
 *     `path` p50/p99 against the 2 s budget, search and card, and the server's peak memory.
 * Usage: node dist/bench/postgres.js [--copies 10] [--workers 1,2,4] [--order 1000000] [--edges 10000000]
 *        [--queries 100] [--parts a,b,c]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wordCount } from '../src/cli/first-pass.js';
import { connect } from '../src/store/postgres/connection.js';
import { startCluster, type PgCluster } from '../test/support/pg-cluster.js';
import { seededRandom } from '../test/support/seeded-random.js';
import { loadGeneratedRows } from './support/generated-rows.js';
import { actorName } from './support/generated-graph.js';
import { numberOption } from './support/options.js';
import { repeatWithFreshIds } from './support/repeat-corpus.js';
import { serveInChild } from './support/serve-child.js';
import { percentile } from './support/stats.js';

const CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';
const KG = 'dist/src/cli/main.js';

const args = process.argv.slice(2);
const listOption = (name: string, fallback: string): string[] => {
  const at = args.indexOf(`--${name}`);
  return (at >= 0 ? args[at + 1]! : fallback).split(',');
};
const parts = new Set(listOption('parts', 'a,b,c'));
const copies = numberOption('copies', 10);
const workerCounts = listOption('workers', '1,2,4').map(Number);
const queries = numberOption('queries', 100);

const cluster = await startCluster();
const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-pg-'));
try {
  console.log(`${os.availableParallelism()} cores; PostgreSQL in a throwaway cluster on this machine (fsync off, as in the tests)`);
  let served: { file: string; store: string } | undefined;
  if (parts.has('a') || parts.has('b')) served = await ingest(cluster);
  if (parts.has('b') && served !== undefined) await latency(served);
  if (parts.has('c')) await scale(cluster);
} finally {
  await cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}

/** (a): returns the file store and the last PostgreSQL store, for (b). */
async function ingest(pgCluster: PgCluster): Promise<{ file: string; store: string }> {
  const input = path.join(folder, `corpus-x${copies}.jsonl`);
  const jsonl = repeatWithFreshIds(readFileSync(CORPUS, 'utf8'), copies);
  writeFileSync(input, jsonl);
  const lines = jsonl.split('\n').filter((line) => line !== '');
  const words = lines.reduce((sum, line) => sum + wordCount((JSON.parse(line) as { text: string }).text), 0);
  console.log(`\n(a) ingest: the corpus ×${copies}, ${lines.length} documents, ${words} words`);

  const file = path.join(folder, 'corpus.json');
  const fileMs = timed(() => kg(['build', input, '--out', file, '-w', String(os.availableParallelism())]));
  const fileRate = words / (fileMs / 1000);
  console.log(`  kg build to a store file, ${os.availableParallelism()} threads: ${seconds(fileMs)}, ${perSecond(lines.length, fileMs)} documents/s, ${Math.round(fileRate)} words/s`);

  let store = '';
  let oneWorker: number | undefined;
  for (const count of workerCounts) {
    store = await pgCluster.createDatabase();
    const env = { KG_STORE: store };
    kg(['db', 'init'], env);
    const ingestMs = timed(() => kg(['ingest', input], env));
    const { pool } = await connect(store);
    const started = performance.now();
    const workers = Array.from({ length: count }, () => startWorker(env));
    let drainedAt = 0;
    while (workers.some((worker) => worker.exitCode === null)) {
      if (drainedAt === 0 && Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM ingest_queue')).rows[0]!.n) === 0) drainedAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const endedAt = performance.now();
    await pool.end();
    for (const worker of workers) if (worker.exitCode !== 0) throw new Error(`a kg worker failed (exit ${worker.exitCode})`);
    const extractMs = (drainedAt || endedAt) - started;
    const total = ingestMs + (endedAt - started);
    oneWorker ??= extractMs;
    console.log(`  ${count} worker process(es), 1 thread each: enqueue ${seconds(ingestMs)}; extract ${seconds(extractMs)} ` +
      `(${perSecond(lines.length, extractMs)} documents/s, ${Math.round(words / (extractMs / 1000))} words/s, ×${(oneWorker / extractMs).toFixed(2)} against 1 worker); ` +
      `resolve ${seconds(endedAt - started - extractMs)}; end to end ${Math.round(words / (total / 1000))} words/s = ${(words / (total / 1000) / fileRate).toFixed(2)} × kg build`);
  }
  return { file, store };
}

/** (b) */
async function latency({ file, store }: { file: string; store: string }): Promise<void> {
  console.log(`\n(b) latency through HTTP, ${queries} of each, one at a time (after a warm-up pass): PostgreSQL against the store file`);
  const top = (JSON.parse(kg(['stats', '--json', '--top', '200', '--graph', file])) as { topActors: { key: string; label: string }[] }).topActors;
  const random = seededRandom(17);
  const pick = (): { key: string; label: string } => top[Math.floor(random() * top.length)]!;
  const work = Array.from({ length: queries }, () => ({ actor: pick(), from: pick(), to: pick() }));
  const kinds: Record<string, (url: string, item: (typeof work)[number]) => Promise<Response>> = {
    search: (url, { actor }) => fetch(`${url}/api/search?q=${encodeURIComponent(actor.label.slice(0, 4).toLowerCase())}`),
    card: (url, { actor }) => fetch(`${url}/api/nodes/${encodeURIComponent(actor.key)}`),
    path: (url, { from, to }) => postQuery(url, `path "${from.label}" -> "${to.label}"`),
  };
  const results: Record<string, Record<'file' | 'postgres', number[]>> = {};
  for (const [label, serveArgs, env] of [['file', ['--graph', file], {}], ['postgres', [], { KG_STORE: store }]] as const) {
    const { url, server } = await serveInChild(serveArgs, env);
    try {
      for (const [kind, ask] of Object.entries(kinds)) {
        for (const item of work.slice(0, 10)) await (await ask(url, item)).arrayBuffer();
        const times: number[] = [];
        for (const item of work) {
          const started = performance.now();
          const response = await ask(url, item);
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`${kind} on the ${label} server: ${response.status}`);
          times.push(performance.now() - started);
        }
        (results[kind] ??= { file: [], postgres: [] })[label] = times;
      }
      console.log(`  ${label} server: ${peakMemory(server)}`);
    } finally {
      server.kill('SIGTERM');
    }
  }
  for (const [kind, { file: a, postgres: b }] of Object.entries(results)) {
    const [p50, p99] = [percentile(b, 50) / percentile(a, 50), percentile(b, 99) / percentile(a, 99)];
    console.log(`  ${kind.padEnd(6)} file p50 ${ms(percentile(a, 50))} p99 ${ms(percentile(a, 99))}; postgres p50 ${ms(percentile(b, 50))} p99 ${ms(percentile(b, 99))}; ratio ×${p50.toFixed(2)} / ×${p99.toFixed(2)}`);
  }
}

/** (c) */
async function scale(pgCluster: PgCluster): Promise<void> {
  const order = numberOption('order', 1_000_000);
  const size = numberOption('edges', 10_000_000);
  console.log(`\n(c) a generated graph of ${order} actors and ${size} edges, bulk-loaded with COPY`);
  const store = await pgCluster.createDatabase();
  kg(['db', 'init'], { KG_STORE: store });
  const { pool } = await connect(store);
  const load = await loadGeneratedRows(pool, order, size);
  const bytes = Number((await pool.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n')).rows[0]!.n);
  await pool.end();
  console.log(`  drawn in ${seconds(load.drawMs)}; ${load.rows} rows copied, indexes and keys built, in ${seconds(load.copyMs)} (${Math.round(load.rows / (load.copyMs / 1000))} rows/s); database ${Math.round(bytes / 2 ** 20)} MB`);
  const { url, server } = await serveInChild([], { KG_STORE: store });
  try {
    const random = seededRandom(23);
    const actor = (): number => Math.floor(random() * order);
    const measure = async (kind: string, ask: () => Promise<Response>): Promise<number[]> => {
      const times: number[] = [];
      let truncated = 0;
      for (let i = 0; i < queries; i++) {
        const started = performance.now();
        const response = await ask();
        const body = (await response.json()) as { truncated?: boolean };
        if (!response.ok) throw new Error(`${kind}: ${response.status} ${JSON.stringify(body)}`);
        times.push(performance.now() - started);
        if (body.truncated === true) truncated++;
      }
      console.log(`  ${kind.padEnd(6)} p50 ${ms(percentile(times, 50))} p99 ${ms(percentile(times, 99))}${truncated > 0 ? `; ${truncated} of ${queries} cut short by the budget` : ''}`);
      return times;
    };
    await measure('search', () => fetch(`${url}/api/search?q=${encodeURIComponent(`actor ${actor()}`.slice(0, 9))}`));
    await measure('card', () => fetch(`${url}/api/nodes/actor-${actor()}`));
    const paths = await measure('path', () => postQuery(url, `path "${actorName(actor())}" -> "${actorName(actor())}"`));
    console.log(`  path p99 ${ms(percentile(paths, 99))} against the 2 s budget: ${percentile(paths, 99) < 2000 ? 'within' : 'over'}; server: ${peakMemory(server)} (goal: under 500 MB)`);
  } finally {
    server.kill('SIGTERM');
  }
}

function kg(kgArgs: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(process.execPath, [KG, ...kgArgs], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`kg ${kgArgs[0]} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [KG, 'worker', '--drain', '-w', '1'], { stdio: 'ignore', env: { ...process.env, ...env } });
}

function postQuery(url: string, query: string): Promise<Response> {
  return fetch(`${url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}

/** The server's peak and current resident memory, from Linux's /proc. */
function peakMemory(server: ChildProcess): string {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return `peak ${Math.round(kb('VmHWM') / 1024)} MB resident, ${Math.round(kb('VmRSS') / 1024)} MB now`;
  } catch {
    return 'memory unknown (no /proc)';
  }
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function seconds(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

function perSecond(n: number, elapsed: number): string {
  return (n / (elapsed / 1000)).toFixed(1);
}
