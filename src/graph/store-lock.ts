/**
 * One writer at a time per store: a lock file beside it (`NAME.json.lock`) names the holder (pid,
 * host, command, since), so a second `kg add` fails clearly instead of interleaving. A lock left by
 * a process that no longer runs on this host (killed with SIGKILL, say) is taken over.
 */
import { promises as fs, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { messageOf, StoreError } from '../errors/index.js';
import { isRunning } from './running.js';
import { tempPrefixes } from './store-temps.js';

interface Holder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

/** Runs `work` holding the store's lock; the lock goes when the work ends, however it ends. */
export async function withStoreLock<T>(file: string, command: string, work: () => Promise<T>): Promise<T> {
  const lock = lockPath(file);
  await acquire(file, lock, command);
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

/**
 * For a process that must end now (a second Ctrl-C, or a run stuck past its grace time), when
 * `finally` will not run: removes the lock if this process holds it, and this process's temporary
 * files of a save cut short (see store-temps.ts).
 * Synchronous, so it is done before the process ends. The store itself is never touched: a save
 * is a rename, so it is either the old store or the new one.
 */
export function releaseLockNow(file: string): void {
  const lock = lockPath(file);
  try {
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as Partial<Holder>;
    if (holder.pid === process.pid && holder.host === os.hostname()) rmSync(lock, { force: true });
  } catch {
    // no lock, or not one we wrote whole: not ours to remove
  }
  const folder = path.dirname(file);
  const ours = Object.values(tempPrefixes(file)).map((prefix) => `${prefix}${process.pid}-`);
  try {
    for (const name of readdirSync(folder)) {
      if (ours.some((prefix) => name.startsWith(prefix))) rmSync(path.join(folder, name), { force: true });
    }
  } catch {
    // a later save removes what is left
  }
}

async function acquire(file: string, lock: string, command: string): Promise<void> {
  const me: Holder = { pid: process.pid, host: os.hostname(), command, since: new Date().toISOString() };
  // a new store may go in a folder that does not exist yet; the save would make it anyway
  await fs.mkdir(path.dirname(lock), { recursive: true }).catch(() => undefined);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lock, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreError(file, `cannot take the lock ${lock}: ${messageOf(error)}`);
    }
    const holder = await readHolder(lock);
    if (holder !== undefined && !(holder.host === me.host && !isRunning(holder.pid))) {
      throw new StoreError(file, `in use by \`${holder.command}\` (pid ${holder.pid} on ${holder.host}, since ${holder.since}); ` +
        `try again when it has finished, or delete ${lock} if that process is gone`);
    }
    // the holder is gone (or the lock is unreadable, a crash while writing it): take it over
    await fs.rm(lock, { force: true });
  }
  throw new StoreError(file, `another kg took the lock ${lock} at the same moment; try again`);
}

async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await fs.readFile(lock, 'utf8')) as Partial<Holder>;
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string') return undefined;
    return { pid: holder.pid, host: holder.host, command: String(holder.command), since: String(holder.since) };
  } catch {
    return undefined;
  }
}
