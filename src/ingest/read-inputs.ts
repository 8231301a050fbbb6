/** Reads every input the user names (files, folders, `-` for stdin) as documents, reporting problems as it goes. */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../errors/index.js';
import type { SourceDocument } from '../types.js';
import type { Chunks } from './chunks.js';
import { notAFile, specialKind } from './file-kind.js';
import { SUPPORTED_EXTENSIONS } from './formats.js';
import { toInputError } from './fs-errors.js';
import { DEFAULT_MAX_FILE_BYTES } from './limits.js';
import { readInputFile } from './read-file.js';
import { readStdin } from './read-stdin.js';
import { walkFolder } from './walk-folder.js';

export interface ReadInputsOptions {
  /** Called for each file, line or stream that cannot be read; reading goes on with the rest. */
  onError: (error: InputError) => void;
  /** Read for the path `-`; process.stdin when not given. */
  stdin?: NodeJS.ReadableStream;
  /** How to read stdin; when not given, JSONL if it starts with `{`, else text. */
  stdinFormat?: 'txt' | 'jsonl';
  /**
   * Cap on a whole `.txt`/`.md`/`.html` file or stdin text, and on each JSONL line;
   * {@link DEFAULT_MAX_FILE_BYTES} when not given.
   */
  maxFileBytes?: number;
}

export async function* readInputs(paths: string[], options: ReadInputsOptions): AsyncGenerator<SourceDocument> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const fileOptions = { maxFileBytes, onError: options.onError };
  for (const path of paths) {
    if (path === '-') {
      const stdin: Chunks = options.stdin ?? process.stdin;
      yield* readStdin(stdin, { ...fileOptions, format: options.stdinFormat });
    } else {
      yield* readPath(path, fileOptions);
    }
  }
}

interface PathOptions {
  maxFileBytes: number;
  onError: (error: InputError) => void;
}

/**
 * A file is read whatever its extension (so an unsupported one is reported); a folder is walked;
 * anything else (a FIFO, a device, a socket) is refused without being opened.
 */
async function* readPath(path: string, options: PathOptions): AsyncGenerator<SourceDocument> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    options.onError(toInputError(path, error));
    return;
  }
  const special = specialKind(stats);
  if (special !== undefined) {
    options.onError(notAFile(path, special));
    return;
  }
  if (!stats.isDirectory()) {
    yield* readInputFile(path, options);
    return;
  }
  let files = 0;
  let problems = 0;
  const onError = (error: InputError): void => {
    problems++;
    options.onError(error);
  };
  for await (const file of walkFolder(path, onError)) {
    files++;
    yield* readInputFile(file, options);
  }
  // a folder that could not be listed, or whose only entries were refused, has said so already
  if (files === 0 && problems === 0) options.onError(new InputError(path, `no ${SUPPORTED_EXTENSIONS} files in this folder`));
}
