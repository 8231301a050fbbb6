/** Reads standard input as one text document or as JSONL, with the same checks as a file. */
import { InputError } from '../errors/index.js';
import type { SourceDocument } from '../types.js';
import { binaryProblem, SNIFF_BYTES } from './binary.js';
import { type Chunks, peek } from './chunks.js';
import { readJsonl } from './jsonl.js';
import { describeSize, tooLargeProblem } from './limits.js';
import { parsePlainText } from './plain-text.js';
import { decodeWholeText } from './whole-text.js';

/** What errors and sources call standard input. */
const STDIN = 'stdin';

export interface ReadStdinOptions {
  /** When not given, input whose first non-space character is `{` is JSONL and anything else text. */
  format?: 'txt' | 'jsonl' | undefined;
  maxFileBytes: number;
  onError: (error: InputError) => void;
}

export async function* readStdin(stream: Chunks, options: ReadStdinOptions): AsyncGenerator<SourceDocument> {
  const { head, all } = await peek(stream, SNIFF_BYTES);
  const binary = binaryProblem(head);
  if (binary !== undefined) {
    options.onError(new InputError(STDIN, binary));
    return;
  }
  // trimStart also drops a byte-order mark.
  const format = options.format ?? (head.toString('utf8').trimStart().startsWith('{') ? 'jsonl' : 'txt');
  if (format === 'jsonl') {
    yield* readJsonl(all, STDIN, { maxLineBytes: options.maxFileBytes, onError: options.onError });
    return;
  }
  const bytes = await readAtMost(all, options.maxFileBytes);
  if (bytes === undefined) {
    const size = `over ${describeSize(options.maxFileBytes)}`;
    options.onError(new InputError(STDIN, tooLargeProblem(size, options.maxFileBytes)));
    return;
  }
  try {
    yield parsePlainText(decodeWholeText(bytes, STDIN), STDIN);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    options.onError(error);
  }
}

/** The whole stream, or undefined as soon as it passes the cap: a pipe has no size to check first. */
async function readAtMost(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer | undefined> {
  const kept: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > maxBytes) return undefined;
    kept.push(chunk);
  }
  return Buffer.concat(kept, length);
}
