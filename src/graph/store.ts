/** Saves and loads a named graph's store file: atomically on save, with a backup, and checked on load. */

import { constants as fsConstants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isSystemError, messageOf, StoreError } from '../errors/index.js';
import { isRunning } from './running.js';
import { tempPath, tempPrefixes } from './store-temps.js';
import { isGoodStore, storeProblems } from './store-check.js';
import { readContents, type StoreRead } from './store-reader.js';
import { referenceProblems } from './store-references.js';
import { STORE_VERSION, type StoreContents } from './store-contents.js';
import { writeContents } from './store-writer.js';

export { STORE_VERSION, type StoreContents };


/** Where notes go that are no error: a store without a checksum, a damaged store set aside. */
export type Notes = (note: string) => void;

const toStderr: Notes = (note) => process.stderr.write(`kg: ${note}\n`);

/** Where the previous good store is kept while a new one replaces it. */
function backupPath(file: string): string {
  return `${file}.bak`;
}

export async function storeExists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw new StoreError(file, `cannot read: ${messageOf(error)}`);
  }
}

/**
 * Replaces `file` with `contents` so that a crash at any point leaves either the old store or
 * the new one, never half of one; the old store is kept as `file.bak` if it would load, and set
 * aside as `file.corrupt-TIME` if not, so a damaged store never replaces a good backup.
 */
export async function saveStore(file: string, contents: StoreContents, notes: Notes = toStderr): Promise<void> {
  // a store that would not load must not replace one that does
  const problems = referenceProblems(contents);
  if (problems.length > 0) throw new StoreError(file, `not saved, the store on disk is unchanged: ${problems[0]} (a bug in kg; please report it)`);
  const folder = path.dirname(file);
  const temp = tempPath(file, tempPrefixes(file).save);
  try {
    await fs.mkdir(folder, { recursive: true });
    await removeAbandonedTemps(file);
    const handle = await fs.open(temp, 'wx');
    try {
      await writeContents(handle, contents);
      // The data must be on disk before the rename makes it the store, or a crash could
      // leave a renamed but empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepBackup(file, notes);
    await fs.rename(temp, file);
  } catch (error) {
    // Cleaning up must not hide the error that matters.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    // System errors (disk full, permissions) are the store's problem; anything else, such as a
    // value JSON cannot hold, is a bug and keeps its own type and stack.
    if (isSystemError(error)) throw new StoreError(file, `cannot save: ${messageOf(error)}`);
    throw error;
  }
  await syncFolder(folder);
}

/**
 * Reads and checks a store (checksum and references as well as shape); never writes to it, even
 * when it is damaged, so the user decides between it and the backup the error names.
 */
export async function loadStore(file: string, notes: Notes = toStderr): Promise<StoreContents> {
  let read: StoreRead;
  try {
    read = await readContents(file);
  } catch (error) {
    if (isMissing(error)) throw new StoreError(file, 'no such store');
    if (!(error instanceof SyntaxError)) throw new StoreError(file, `cannot read: ${messageOf(error)}`);
    throw new StoreError(file, `store is corrupt or truncated (${messageOf(error)})${await restoreHint(file)}`);
  }

  const problems = storeProblems(read);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new StoreError(file, `${problems[0]}${more}${await restoreHint(file)}`);
  }
  const contents = read.data as StoreContents;
  if (read.checksum === 'none') notes(`${file} carries no checksum (a version ${String(contents.version)} store); the next save adds one`);
  // stores written before hand-made merges existed have none
  return { ...contents, overrides: contents.overrides ?? [], version: STORE_VERSION };
}

/** Points at the backup when it would load, so the message says how to get the graph back. */
async function restoreHint(file: string): Promise<string> {
  const backup = backupPath(file);
  return (await isGoodStore(backup)) ? `; a backup is at ${backup}; copy it over to restore` : '';
}

/**
 * Links the current store to `file.bak` before it is replaced. A hard link costs nothing and
 * survives the rename, since the rename gives `file` a new inode; where links are not
 * supported, a copy does the same. Going through a temporary name replaces the old backup in
 * one step, so there is always a backup once there has been one.
 */
async function keepBackup(file: string, notes: Notes): Promise<void> {
  if (!(await storeExists(file))) return;
  // only a store that would load becomes the backup; a damaged one is set aside under its own name
  if (!(await isGoodStore(file))) {
    const aside = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
    // a link (or a copy), not a rename: the store's path must hold a file until the new store's rename
    await fs.link(file, aside).catch(() => fs.copyFile(file, aside, fsConstants.COPYFILE_EXCL));
    notes(`${file} was damaged, so it did not replace the backup: set aside as ${aside}`);
    return;
  }
  const backup = backupPath(file);
  const temp = tempPath(file, tempPrefixes(file).backup);
  try {
    try {
      await fs.link(file, temp);
    } catch {
      await fs.copyFile(file, temp, fsConstants.COPYFILE_EXCL);
    }
    await fs.rename(temp, backup);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Temporary files of saves whose process was killed before the rename; they hold nothing the store needs. */
async function removeAbandonedTemps(file: string): Promise<void> {
  const folder = path.dirname(file);
  const prefix = tempPrefixes(file).save;
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await fs.rm(path.join(folder, name), { force: true });
  }
}

/** Makes the rename itself durable. Some platforms cannot open or sync a folder; the rename stands anyway. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Nothing to undo: the new store is in place, only its durability across a power cut is less sure.
  } finally {
    await handle?.close();
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
