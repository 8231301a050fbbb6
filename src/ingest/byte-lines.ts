/**
 * Splits a byte stream into lines without ever holding more than one line, and no line longer than
 * the cap: readline would buffer a 50 MB line with no breaks whole, so this drops such a line's bytes
 * as they arrive and reports it instead.
 */
import { type Chunks, toBuffer } from './chunks.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** One line (1-based number), its bytes without the line end, or `tooLong` when it was dropped. */
export type ByteLine = { line: number; bytes: Buffer } | { line: number; tooLong: true };

export async function* splitLines(chunks: Chunks, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let dropping = false;
  let line = 1;

  const finishLine = (): ByteLine => {
    const done: ByteLine = dropping
      ? { line, tooLong: true }
      : { line, bytes: withoutCarriageReturn(Buffer.concat(pending, pendingBytes)) };
    pending = [];
    pendingBytes = 0;
    dropping = false;
    line++;
    return done;
  };

  // Keeps a piece of the current line, or starts dropping it once it passes the cap.
  const keep = (piece: Buffer): void => {
    if (dropping || piece.length === 0) return;
    if (pendingBytes + piece.length > maxLineBytes) {
      pending = [];
      pendingBytes = 0;
      dropping = true;
      return;
    }
    pending.push(piece);
    pendingBytes += piece.length;
  };

  for await (const chunk of chunks) {
    const buffer = toBuffer(chunk);
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE, start); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
      keep(buffer.subarray(start, end));
      yield finishLine();
      start = end + 1;
    }
    keep(buffer.subarray(start));
  }
  if (dropping || pendingBytes > 0) yield finishLine();
}

/** CRLF files end each line with `\r`; it is part of the line end, not the text. */
function withoutCarriageReturn(bytes: Buffer): Buffer {
  return bytes.at(-1) === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes;
}
