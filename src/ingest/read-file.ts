/** Reads one file of any supported format, reporting its problems instead of stopping the run. */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from '../errors/index.js';
import type { SourceDocument } from '../types.js';
import { binaryProblem, SNIFF_BYTES } from './binary.js';
import { peek } from './chunks.js';
import { notAFile, specialKind } from './file-kind.js';
import { type Format, formatOf, SUPPORTED_EXTENSIONS } from './formats.js';
import { toInputError } from './fs-errors.js';
import { parseHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { describeSize, tooLargeProblem } from './limits.js';
import { parsePlainText } from './plain-text.js';
import { decodeWholeText } from './whole-text.js';

export interface ReadFileOptions {
  /** Cap on a whole `.txt`/`.md`/`.html` file, and on each line of a `.jsonl` file. */
  maxFileBytes: number;
  onError: (error: InputError) => void;
}

export async function* readInputFile(file: string, options: ReadFileOptions): AsyncGenerator<SourceDocument> {
  const format = formatOf(file);
  if (format === undefined) {
    options.onError(new InputError(file, `unsupported file type (kg reads ${SUPPORTED_EXTENSIONS})`));
    return;
  }
  try {
    if (format === 'jsonl') yield* readJsonlFile(file, options);
    else yield await readWholeFile(file, format, options.maxFileBytes);
  } catch (error) {
    options.onError(toInputError(file, error));
  }
}

/** Size is checked before reading, so a huge file never reaches memory. */
async function readWholeFile(
  file: string,
  format: Exclude<Format, 'jsonl'>,
  maxFileBytes: number,
): Promise<SourceDocument> {
  const { handle, size } = await openFile(file);
  let bytes: Buffer;
  try {
    if (size > maxFileBytes) throw new InputError(file, tooLargeProblem(describeSize(size), maxFileBytes));
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  const text = decodeWholeText(bytes, file);
  if (format !== 'html') return parsePlainText(text, file);
  const page = parseHtml(text, file);
  // A page of markup alone has bytes but nothing to read.
  if (page.text === '') throw new InputError(file, 'empty: no text');
  return page;
}

/** Streams the file; only its first few kilobytes are looked at for binary content. */
async function* readJsonlFile(file: string, options: ReadFileOptions): AsyncGenerator<SourceDocument> {
  // the stream closes the handle when it ends or is destroyed
  const stream = (await openFile(file)).handle.createReadStream();
  try {
    const { head, all } = await peek(stream, SNIFF_BYTES);
    const binary = binaryProblem(head);
    if (binary !== undefined) throw new InputError(file, binary);
    yield* readJsonl(all, file, { maxLineBytes: options.maxFileBytes, onError: options.onError });
  } finally {
    stream.destroy();
  }
}

/**
 * The path was seen to be a file before, but it may have been replaced since: opening without
 * blocking (a FIFO would wait for a writer) and checking what was opened closes that gap.
 */
async function openFile(file: string): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stats = await handle.stat();
    const special = specialKind(stats);
    if (special !== undefined) throw notAFile(file, special);
    if (stats.isDirectory()) throw new InputError(file, 'is a folder, not a file');
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
