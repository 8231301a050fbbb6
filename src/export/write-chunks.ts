/** Sends an export's pieces to a stream in chunks, waiting whenever the stream asks it to, so no export is ever one giant string. */
import type { Writable } from 'node:stream';

/** Big enough to keep writes few, small enough that memory stays flat. */
const CHUNK_CHARS = 1 << 16;

/**
 * Writes every piece and resolves once the last chunk is handed to the stream; the caller ends
 * the stream (stdout is never ended). When `write` says the stream is full, nothing more is
 * produced until 'drain': the pieces come from a generator, so a slow reader slows the writer
 * instead of filling memory.
 */
export async function writeChunks(pieces: Iterable<string>, out: Writable, chunkChars = CHUNK_CHARS): Promise<void> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length < chunkChars) continue;
    await write(out, chunk);
    chunk = '';
  }
  if (chunk !== '') await write(out, chunk);
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error('the export stream was closed before the export was written');
  if (!out.write(chunk, 'utf8')) await drained(out);
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => done();
    const onError = (error: Error): void => done(error);
    // a client that hangs up closes the stream without 'drain'; waiting on would never end
    const onClose = (): void => done(new Error('the export stream was closed before the export was written'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}
