/** Reads JSONL, one document a line, reporting each broken line and going on with the next. */
import { InputError } from '../errors/index.js';
import type { SourceDocument } from '../types.js';
import { splitLines } from './byte-lines.js';
import type { Chunks } from './chunks.js';
import { parseJsonlRecord } from './jsonl-record.js';
import { describeSize } from './limits.js';
import { decodeUtf8 } from './utf8.js';

export interface JsonlOptions {
  /** No line may be longer than this many bytes. */
  maxLineBytes: number;
  onError: (error: InputError) => void;
}

/** `input` names the file (or `stdin`) in errors; each document's source is `input:LINE`. */
export async function* readJsonl(
  chunks: Chunks,
  input: string,
  options: JsonlOptions,
): AsyncGenerator<SourceDocument> {
  const tooLong = `line is longer than the limit (${describeSize(options.maxLineBytes)})`;
  let sawContent = false;
  for await (const piece of splitLines(chunks, options.maxLineBytes)) {
    if ('tooLong' in piece) {
      sawContent = true;
      options.onError(new InputError(input, tooLong, piece.line));
      continue;
    }
    const decoded = decodeUtf8(piece.bytes);
    if ('problem' in decoded) {
      sawContent = true;
      options.onError(new InputError(input, `${decoded.problem} of the line`, piece.line));
      continue;
    }
    // Blank lines, such as a trailing one, hold no record and are not an error.
    if (decoded.text.trim() === '') continue;
    sawContent = true;
    const read = parseJsonlRecord(decoded.text, `${input}:${piece.line}`);
    if ('problem' in read) options.onError(new InputError(input, read.problem, piece.line));
    else yield read;
  }
  if (!sawContent) options.onError(new InputError(input, 'empty: no text'));
}
