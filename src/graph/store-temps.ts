/**
 * How a save names its temporary files beside the store, in one place: saves make them, and later
 * saves and an interrupted kg remove them by these names. `PREFIX` + pid + `-` + random.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** The new store before its rename (`.NAME.json.tmp-`), and the link that becomes `.bak` (`NAME.json.bak.tmp-`). */
export function tempPrefixes(file: string): { save: string; backup: string } {
  const base = path.basename(file);
  return { save: `.${base}.tmp-`, backup: `${base}.bak.tmp-` };
}

/** A fresh temporary file's path beside `file`, owned by this process. */
export function tempPath(file: string, prefix: string): string {
  return path.join(path.dirname(file), `${prefix}${process.pid}-${randomBytes(6).toString('hex')}`);
}
