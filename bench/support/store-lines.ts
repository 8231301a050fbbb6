/**
 * A store kept as JSON lines (a header line, then one node or edge a line) for benchmarks whose
 * stores are too big for one JSON string: read back line by line, it loads far faster than it generates.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import type { StoreContents } from '../../src/graph/store.js';
import { writeChunks } from '../../src/export/write-chunks.js';

function* lines(store: StoreContents): Generator<string> {
  const { nodes, edges, ...graph } = store.graph;
  yield `${JSON.stringify({ ...store, graph })}\n`;
  for (const node of nodes) yield `N${JSON.stringify(node)}\n`;
  for (const edge of edges) yield `E${JSON.stringify(edge)}\n`;
}

export async function saveStoreLines(store: StoreContents, file: string): Promise<void> {
  const out = createWriteStream(file);
  await writeChunks(lines(store), out);
  const closed = once(out, 'close');
  out.end();
  await closed;
}

export async function loadStoreLines(file: string): Promise<StoreContents> {
  let store: StoreContents | undefined;
  const nodes: StoreContents['graph']['nodes'] = [];
  const edges: StoreContents['graph']['edges'] = [];
  for await (const line of readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.startsWith('N')) nodes.push(JSON.parse(line.slice(1)));
    else if (line.startsWith('E')) edges.push(JSON.parse(line.slice(1)));
    else if (line !== '') store = JSON.parse(line) as StoreContents;
  }
  if (store === undefined) throw new Error(`${file}: no store header`);
  return { ...store, graph: { ...store.graph, nodes, edges } };
}
