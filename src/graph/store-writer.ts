/** Writes a store's JSON in pieces, so a large corpus never becomes one giant string. */
import type { FileHandle } from 'node:fs/promises';
import type { StoreContents } from './store.js';

/** Writes are gathered to about this size before going to the file, to keep syscalls few. */
const CHUNK_CHARS = 1 << 20;

/**
 * Streams the store out document by document (and node by node, edge by edge), because one
 * JSON.stringify of a large corpus would pass V8's maximum string length. One array element a
 * line keeps the file diffable; the key order is fixed so the same store gives the same bytes.
 */
export async function writeContents(handle: FileHandle, contents: StoreContents): Promise<void> {
  const out = new ChunkedWriter(handle);
  const { graph } = contents;
  await out.write(`{"format":${json(contents.format)},"version":${json(contents.version)},\n"documents":`);
  await writeArray(out, contents.documents);
  await out.write(`,\n"lexicon":${json(contents.lexicon)},\n"merges":`);
  await writeArray(out, contents.merges);
  await out.write(`,\n"graph":{"options":${json(graph.options)},"attributes":${json(graph.attributes)},\n"nodes":`);
  await writeArray(out, graph.nodes);
  await out.write(',\n"edges":');
  await writeArray(out, graph.edges);
  await out.write('}}\n');
  await out.flush();
}

async function writeArray(out: ChunkedWriter, items: readonly unknown[]): Promise<void> {
  if (items.length === 0) return out.write('[]');
  await out.write('[\n');
  for (let i = 0; i < items.length; i++) {
    await out.write(json(items[i]));
    await out.write(i < items.length - 1 ? ',\n' : '\n]');
  }
}

/** JSON.stringify, except that `undefined` becomes `null` as it would inside an array. */
export function json(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/** Gathers small strings into large writes. */
class ChunkedWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await this.handle.writeFile(chunk, 'utf8');
  }
}
