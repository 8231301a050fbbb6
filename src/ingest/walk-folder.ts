/** Lists the files kg can read under a folder, in the same order on every machine. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputError } from '../errors/index.js';
import { notAFile, specialKind } from './file-kind.js';
import { formatOf } from './formats.js';
import { toInputError } from './fs-errors.js';

/**
 * Depth-first, entries sorted by name (code units, not locale, so the order never depends on the
 * machine). Dotfiles, dot-folders and node_modules are skipped: they hold tooling, not articles;
 * so are names kg has no reader for. A FIFO, device or socket with a readable name is reported.
 */
export async function* walkFolder(folder: string, onError: (error: InputError) => void): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    onError(toInputError(folder, error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, onError);
    else if (formatOf(path) === undefined) continue;
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      if (await isLinkToFile(path, onError)) yield path;
    } else {
      const special = specialKind(entry);
      if (special !== undefined) onError(notAFile(path, special));
    }
  }
}

/** Links to files are followed; links to folders are not, since they can loop; a broken link is reported. */
async function isLinkToFile(path: string, onError: (error: InputError) => void): Promise<boolean> {
  try {
    const target = await stat(path);
    const special = specialKind(target);
    if (special !== undefined) onError(notAFile(path, `a link to ${special}`));
    return target.isFile();
  } catch (error) {
    onError(toInputError(path, error));
    return false;
  }
}
