/**
 * `npm run bench:load`: the server on the corpus graph under autocannon, 50 connections for 30 s,
 * split over four kinds of request (search, actor cards, paths, neighbourhoods), while documents
 * are added through the API; then checks every added document is in the store.
 * Usage: node dist/bench/load.js [--seconds S] [--connections C]
 * The server runs in a child process (`kg serve`), so autocannon does not share its event loop.
 */
import autocannon from 'autocannon';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadStore } from '../src/graph/store.js';
import { normaliseName } from '../src/query/names.js';
import { CORPUS_CACHE, corpusStore } from './support/corpus-store.js';
import { seededRandom } from '../test/support/seeded-random.js';
import { numberOption } from './support/options.js';
import { serveInChild } from './support/serve-child.js';

const seconds = numberOption('seconds', 30);
const connections = numberOption('connections', 50);

const { store } = await corpusStore();
const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-load-'));
const file = path.join(folder, 'corpus.json');
copyFileSync(CORPUS_CACHE, file);

// named actors whose label names one actor only and can be quoted, so every query resolves
const byLabel = new Map<string, number>();
for (const node of store.graph.nodes) byLabel.set(normaliseName(node.attributes!.label), (byLabel.get(normaliseName(node.attributes!.label)) ?? 0) + 1);
const actors = store.graph.nodes
  .filter((node) => node.attributes!.type !== 'concept' && !node.attributes!.label.includes('"') && byLabel.get(normaliseName(node.attributes!.label)) === 1)
  .map((node) => ({ key: node.key, label: node.attributes!.label }));
const random = seededRandom(5);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const { url, server } = await serveInChild(['--graph', file]);

try {
  // the first query builds the name index: not what a reader waits for on every request
  await fetch(`${url}/api/search?q=a`);
  const json = { 'content-type': 'application/json' };
  const kinds: Record<string, () => { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }> = {
    search: () => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(pick(actors).label.slice(0, 3 + Math.floor(random() * 4)))}` }),
    'actor card': () => ({ method: 'GET', path: `/api/nodes/${encodeURIComponent(pick(actors).key)}` }),
    path: () => ({ method: 'POST', path: '/api/query', headers: json, body: JSON.stringify({ query: `path "${pick(actors).label}" -- "${pick(actors).label}"` }) }),
    neighbourhood: () => ({ method: 'POST', path: '/api/query', headers: json, body: JSON.stringify({ query: `neighbors "${pick(actors).label}" depth 2` }) }),
  };
  const names = Object.keys(kinds);
  // 50 connections over 4 kinds: 13, 13, 12, 12
  const shares = names.map((_name, i) => Math.max(1, Math.floor(connections / names.length) + (i < connections % names.length ? 1 : 0)));

  const ingest = addDocumentsMeanwhile(url, seconds);
  const results = await Promise.all(names.map((name, i) => autocannon({
    url,
    connections: shares[i]!,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, ...kinds[name]!() }) }],
  })));
  const added = await ingest;

  console.log(`corpus graph: ${store.graph.nodes.length} nodes, ${store.graph.edges.length} edges; ${connections} connections (${shares.join(', ')} per kind) for ${seconds} s; server in its own process`);
  names.forEach((name, i) => {
    const r = results[i]!;
    const errors = r.errors + r.timeouts + r.non2xx;
    console.log(`  ${name.padEnd(14)} ${r.requests.average.toFixed(0).padStart(6)} requests/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(5)} ms   ${errors} errors of ${r.requests.total}`);
  });
  const total = results.reduce((sum, r) => sum + r.requests.average, 0);
  console.log(`  all kinds      ${total.toFixed(0).padStart(6)} requests/s   goal: no errors, p99 under 100 ms for search and actor cards`);

  const saved = new Set((await loadStore(file)).documents.map((doc) => doc.id));
  const missing = added.ids.filter((id) => !saved.has(id));
  console.log(`ingest meanwhile: ${added.requests} POST /api/documents (${added.failures} failed), ${added.ids.length} documents added, ` +
    `median ${added.medianMs.toFixed(0)} ms each; ${missing.length === 0 ? 'every one is in the saved store' : `MISSING from the store: ${missing.join(', ')}`}`);
} finally {
  server.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}

/** Adds the seed articles one at a time, spread over the run, as a newsroom feed would. */
async function addDocumentsMeanwhile(base: string, runSeconds: number): Promise<{ requests: number; failures: number; ids: string[]; medianMs: number }> {
  const articles = ['000_f165c766ef995aa2', '001_6e11aa146ebfb646', '002_766c7e8c6f041d3f', '003_84bb2358f619e3f0']
    .map((name) => readFileSync(`seeds/${name}.txt`, 'utf8'));
  const ids: string[] = [];
  const times: number[] = [];
  let failures = 0;
  for (const [i, text] of articles.entries()) {
    await new Promise((resolve) => setTimeout(resolve, (runSeconds * 1000) / (articles.length + 1)));
    const started = performance.now();
    const response = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, title: `Seed ${i}` }) });
    times.push(performance.now() - started);
    if (!response.ok) {
      failures++;
      continue;
    }
    ids.push(...((await response.json()) as { added: string[] }).added);
  }
  times.sort((a, b) => a - b);
  return { requests: articles.length, failures, ids, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}
