/** Helpers for streams of bytes: streams may yield strings or buffers, and formats are told by their start. */

export type Chunks = AsyncIterable<Uint8Array | string>;

export function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  // A view, not a copy: chunks can be large.
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Reads at least `bytes` from the start of a stream (less if it ends first) and gives them back along
 * with the whole stream, unread parts included, so the caller can look before choosing a reader.
 */
export async function peek(chunks: Chunks, bytes: number): Promise<{ head: Buffer; all: AsyncGenerator<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    const buffer = toBuffer(next.value);
    seen.push(buffer);
    length += buffer.length;
  }
  return { head: Buffer.concat(seen), all: replay(seen, iterator, ended) };
}

async function* replay(
  seen: Buffer[],
  iterator: AsyncIterator<Uint8Array | string>,
  ended: boolean,
): AsyncGenerator<Buffer> {
  let finished = ended;
  try {
    yield* seen;
    while (!finished) {
      const next = await iterator.next();
      if (next.done === true) finished = true;
      else yield toBuffer(next.value);
    }
  } finally {
    // A reader that stops early (a size cap, a consumer that breaks) must still close the stream.
    if (!finished) await iterator.return?.();
  }
}
