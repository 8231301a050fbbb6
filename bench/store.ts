/**
 * `npm run bench:store`: what the store's checks cost on a large store. The Wikinews corpus's store is
 * copied K times under fresh ids (×10 by default, about 200 MB); it is saved, then loaded as
 * version 2 (checksum, shape and references checked) and, as the baseline, as the same bytes in
 * version 1 (no checksum line, so nothing hashed); the SHA-256 of the file and the reference check
 * are also timed alone. Medians of N runs, as ratios against the version 1 load.
 * Usage: node dist/bench/store.js [--runs N] [--copies K]
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadStore, saveStore } from '../src/graph/store.js';
import { referenceProblems } from '../src/graph/store-references.js';
import { corpusStore } from './support/corpus-store.js';
import { repeated } from './support/repeated-store.js';
import { median } from './support/stats.js';
import { numberOption } from './support/options.js';

const runs = numberOption('runs', 3);
const copies = numberOption('copies', 10);

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-store-'));
try {
  const big = repeated((await corpusStore()).store, copies);
  const file = path.join(folder, 'big.json');
  const version1 = path.join(folder, 'big-v1.json');
  const quiet = (): void => undefined;
  const saveNew: number[] = [];
  const saveOver: number[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(file, { force: true });
    rmSync(`${file}.bak`, { force: true });
    saveNew.push(await timed(() => saveStore(file, big, quiet)));
    // saving over a store first checks the one on disk, which is about to become the .bak
    saveOver.push(await timed(() => saveStore(file, big, quiet)));
  }
  // the same bytes as version 1: no checksum line, the graph closing the store
  const bytes = readFileSync(file);
  const end = bytes.lastIndexOf('\n"checksum":');
  writeFileSync(version1, Buffer.concat([bytes.subarray(0, end - 2), Buffer.from('}}\n')]).fill('1', 31, 32));
  const load2: number[] = [];
  const load1: number[] = [];
  const hashing: number[] = [];
  const references: number[] = [];
  for (let run = 0; run < runs; run++) {
    load1.push(await timed(() => loadStore(version1, quiet)));
    load2.push(await timed(() => loadStore(file, quiet)));
    hashing.push(await timed(() => sha256Of(file)));
    references.push(await timed(() => referenceProblems(big)));
  }
  const base = median(load1);
  const line = (what: string, values: number[]): string => `${what.padEnd(58)} ${(median(values) / 1000).toFixed(2)} s  ${(median(values) / base).toFixed(3)}×`;
  console.log(`corpus store ×${copies}: ${big.documents.length} documents, ${big.graph.nodes.length} nodes, ${big.graph.edges.length} edges, ` +
    `${Math.round(statSync(file).size / 2 ** 20)} MB; medians of ${runs} runs, ratios against the version 1 load`);
  console.log(line('load, version 1 (no checksum; shape and references)', load1));
  console.log(line('load, version 2 (SHA-256 checksum, shape and references)', load2));
  console.log(line('SHA-256 of the file alone', hashing));
  console.log(line('reference check alone (edges\' ends, evidence)', references));
  console.log(line('save to a new file (hashed as written)', saveNew));
  console.log(line('save over the store (the old one checked before its .bak)', saveOver));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
