/**
 * `npm run bench:budget`: do heavy queries keep their time budget, and does a cheap search stay
 * quick while they run? The server (`kg serve`, its own process) holds a generated graph of
 * 100,000 actors and 500,000 edges; 16 clients send the heaviest queries in a loop (filters over
 * every edge, hubs' neighbourhoods, many paths, a misspelt name), one client sends a prefix
 * search every 20 ms. Prints each kind's latency against the budget, the search's p50/p99/max,
 * and the server's resident memory before and at its peak.
 * Usage: node dist/bench/query-budget.js [--order N] [--size M] [--seconds S] [--clients C] [--budget MS]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { saveStore } from '../src/graph/store.js';
import { actorName, generatedStore } from './support/generated-graph.js';
import { median, percentile } from './support/stats.js';
import { numberOption } from './support/options.js';
import { serveInChild } from './support/serve-child.js';

const order = numberOption('order', 100_000);
const size = numberOption('size', 500_000);
const seconds = numberOption('seconds', 30);
const clients = numberOption('clients', 16);
const budget = numberOption('budget', 2000);

// Actor 0 and its low-numbered neighbours are the hubs: the generator draws sources skewed towards them.
const HEAVY: readonly string[] = [
  'edges -hedged',
  'edges -negated min 1',
  'edges rel meet',
  `neighbors ${actorName(0)} depth 1 -negated`,
  `neighbors ${actorName(1)} depth 3 -hedged type person`,
  `paths ${actorName(3)} -- ${actorName(order - 7)} k 50 max 10 -hedged`,
  `path ${actorName(5)} -> ${actorName(order - 11)} via meet -negated`,
  `show Actr ${order - 123}`,
];

const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-budget-'));
const file = path.join(folder, 'generated.json');
await saveStore(file, generatedStore(order, size));
const { url, server } = await serveInChild(['--graph', file, '--time-budget', String(budget)]);

/** Resident and peak resident memory of the server, from /proc (Linux). */
function serverMemory(): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const query = async (text: string): Promise<{ ms: number; truncated: boolean; status: number }> => {
  const started = performance.now();
  const response = await fetch(`${url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  const body = (await response.json()) as { truncated?: boolean };
  return { ms: performance.now() - started, truncated: body.truncated === true, status: response.status };
};

try {
  // one request first, so the timings below do not include opening the connection
  await fetch(`${url}/api/search?q=actor`);
  // each alone first, then a search alone: what a query costs with nothing else running
  const alone = new Map<string, { ms: number; truncated: boolean }>();
  for (const text of HEAVY) alone.set(text, await query(text));
  const searchAlone: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    await (await fetch(`${url}/api/search?q=${encodeURIComponent(`actor ${(i * 7919) % order}`)}`)).json();
    searchAlone.push(performance.now() - started);
  }
  const before = serverMemory();
  const end = performance.now() + seconds * 1000;
  const heavy = new Map<string, { ms: number[]; truncated: number; errors: number }>(HEAVY.map((text) => [text, { ms: [], truncated: 0, errors: 0 }]));
  const searches: number[] = [];
  let searchErrors = 0;
  const heavyClient = async (offset: number): Promise<void> => {
    for (let i = offset; performance.now() < end; i++) {
      const text = HEAVY[i % HEAVY.length]!;
      const record = heavy.get(text)!;
      const result = await query(text).catch(() => undefined);
      if (result === undefined) {
        record.errors++;
        continue;
      }
      record.ms.push(result.ms);
      if (result.truncated) record.truncated++;
      // a misspelt name is a 404 with suggestions: an answer, not an error
      if (result.status >= 500) record.errors++;
    }
  };
  const searchClient = async (): Promise<void> => {
    for (let i = 0; performance.now() < end; i++) {
      const started = performance.now();
      try {
        await (await fetch(`${url}/api/search?q=${encodeURIComponent(`actor ${(i * 7919) % order}`)}`)).json();
        searches.push(performance.now() - started);
      } catch {
        searchErrors++;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all([searchClient(), ...Array.from({ length: clients }, (_unused, i) => heavyClient(i))]);
  const after = serverMemory();

  const f = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;
  console.log(`generated graph: ${order} actors, ${size} edges; ${clients} clients sending heavy queries for ${seconds} s; budget ${budget} ms (goal: every query within ${Math.round(budget * 1.1)} ms)`);
  let worst = 0;
  for (const [text, record] of heavy) {
    worst = Math.max(worst, ...record.ms);
    const single = alone.get(text)!;
    console.log(`  ${text.padEnd(58)} alone ${f(single.ms)}${single.truncated ? ' (cut short)' : '            '}   under load: ${String(record.ms.length).padStart(4)} runs, median ${f(median(record.ms))}, max ${f(Math.max(...record.ms))}, ${record.truncated} cut short, ${record.errors} errors`);
  }
  console.log(`  slowest heavy query: ${worst.toFixed(0)} ms (${(worst / budget).toFixed(2)}× the budget)`);
  console.log(`search alone: p50 ${f(median(searchAlone))}, max ${f(Math.max(...searchAlone))}`);
  console.log(`search meanwhile (GET /api/search, every 20 ms): ${searches.length} requests, p50 ${f(median(searches))}, p99 ${f(percentile(searches, 99))}, max ${f(Math.max(...searches))}, ${searchErrors} failed   (goal: p99 < 100 ms)`);
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(`server memory: resident ${mb(before.rss)} before the load (peak so far ${mb(before.peak)}, loading), ${mb(after.rss)} after; peak ${mb(after.peak)}`);
} finally {
  server.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
