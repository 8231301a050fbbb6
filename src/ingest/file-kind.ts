/** Names what a path is when it is neither a file nor a folder, so kg can refuse it without opening it. */
import { InputError } from '../errors/index.js';

/** What fs.Stats and fs.Dirent both tell. */
interface Kind {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/**
 * Undefined for files, folders and links. Opening any of the others is what must not happen: a
 * FIFO blocks until a writer comes, `/dev/zero` never ends, a socket cannot be opened at all.
 */
export function specialKind(entry: Kind): string | undefined {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isSocket()) return 'a socket';
  return undefined;
}

export function notAFile(input: string, kind: string): InputError {
  return new InputError(input, `${kind}, not a file; kg reads regular files, folders and - (stdin)`);
}
