/** `kg remove`: drops a document, its evidence, and the edges and nodes left with none. */
import { removeDocuments } from '../../graph/corpus.js';
import { loadStore, saveStore } from '../../graph/store.js';
import { withStoreLock } from '../../graph/store-lock.js';
import { InterruptedError } from '../../errors/index.js';
import { runStoppable, whileSaving } from '../stop-signals.js';

export function removeCommand(ids: string[], file: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  return runStoppable(file, (signal) => withStoreLock(file, `kg remove ${ids.join(' ')}`, async () => {
    const store = removeDocuments(await loadStore(file), ids);
    // a large store takes a while to load; Ctrl-C meanwhile means it is not to be changed
    if (signal.aborted) throw new InterruptedError('stopped before saving');
    await whileSaving(() => saveStore(file, store));
    out.write(`Removed ${ids.length} document(s) from ${file}; ${store.documents.length} left.\n`);
    return 0;
  }));
}
