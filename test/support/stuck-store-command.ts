/**
 * A store command stuck in a read that never returns (a FIFO with no writer: the open waits in the
 * thread pool, and the stop signal cannot cut it short), run as kg runs add and remove. What the
 * grace time and the second Ctrl-C are for. `node stuck-store-command.js STORE FIFO` prints
 * "locked" once it holds the store's lock, with a temporary file of a save under way beside it.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runStoppable } from '../../src/cli/stop-signals.js';
import { withStoreLock } from '../../src/graph/store-lock.js';
import { FileStore } from '../../src/store/file-store.js';

const [store, fifo] = process.argv.slice(2);
if (store === undefined || fifo === undefined) throw new Error('usage: stuck-store-command.js STORE FIFO');

process.exitCode = await runStoppable(new FileStore(store), () => withStoreLock(store, 'stuck-store-command', async () => {
  writeFileSync(path.join(path.dirname(store), `.${path.basename(store)}.tmp-${process.pid}-cut-short`), '{');
  const read = readFile(fifo);
  process.stdout.write('locked\n');
  await read;
  return 0;
}));
