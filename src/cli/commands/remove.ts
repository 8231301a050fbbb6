/** `kg remove`: drops a document, its evidence, and the edges and nodes left with none. */
import { InterruptedError } from '../../errors/index.js';
import { runStoppable, whileSaving } from '../stop-signals.js';
import { withStore } from '../with-store.js';

export function removeCommand(ids: string[], target: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  return withStore(target, (store) => runStoppable(store, (signal) => store.withLock(`kg remove ${ids.join(' ')}`, async () => {
    const left = await store.removeDocuments(ids, (save) => {
      if (signal.aborted) throw new InterruptedError('stopped before saving');
      return whileSaving(save);
    });
    out.write(`Removed ${ids.length} document(s) from ${store.name}; ${left} left.\n`);
    return 0;
  })));
}
