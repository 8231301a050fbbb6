/** Lists the files kg can read under a folder, in the same order on every machine. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputError } from '../errors/index.js';
import { formatOf } from './formats.js';
import { toInputError } from './fs-errors.js';

/**
 * Depth-first, entries sorted by name (code units, not locale, so the order never depends on the
 * machine). Dotfiles, dot-folders and node_modules are skipped: they hold tooling, not articles.
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
    else if (formatOf(path) !== undefined && (entry.isFile() || (await isLinkToFile(path)))) yield path;
  }
}

/** Links to files are followed; links to folders are not, since they can loop. */
async function isLinkToFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
