/** Writes a store's JSON in pieces, so a large corpus never becomes one giant string, and ends it with its checksum. */
import type { Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { checksumLine, startChecksum } from './store-checksum.js';
import { STORE_VERSION, type StoreContents } from './store-contents.js';

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
  await out.write(`{"format":${json(contents.format)},"version":${STORE_VERSION},\n"documents":`);
  await writeArray(out, contents.documents);
  await out.write(`,\n"lexicon":${json(contents.lexicon)},\n"merges":`);
  await writeArray(out, contents.merges);
  await out.write(',\n"overrides":');
  await writeArray(out, contents.overrides);
  await out.write(`,\n"graph":{"options":${json(graph.options)},"attributes":${json(graph.attributes)},\n"nodes":`);
  await writeArray(out, graph.nodes);
  await out.write(',\n"edges":');
  await writeArray(out, graph.edges);
  await out.write('},\n');
  await out.end();
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

/** Gathers small strings into large writes, hashing the bytes as they go to the file. */
class ChunkedWriter {
  private pending: string[] = [];
  private size = 0;
  private readonly hash: Hash = startChecksum();

  constructor(private readonly handle: FileHandle) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  /** Writes what is pending, then the checksum of everything written. */
  async end(): Promise<void> {
    await this.flush();
    await this.handle.writeFile(checksumLine(this.hash), 'utf8');
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    // encoded once, so the hash sees exactly the bytes the file gets
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.size = 0;
    this.hash.update(bytes);
    await this.handle.writeFile(bytes);
  }
}
