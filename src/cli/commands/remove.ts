/** `kg remove`: drops a document, its evidence, and the edges and nodes left with none. */
import { removeDocuments } from '../../graph/corpus.js';
import { loadStore, saveStore } from '../../graph/store.js';
import { withStoreLock } from '../../graph/store-lock.js';

export function removeCommand(ids: string[], file: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  return withStoreLock(file, `kg remove ${ids.join(' ')}`, async () => {
    const store = removeDocuments(await loadStore(file), ids);
    await saveStore(file, store);
    out.write(`Removed ${ids.length} document(s) from ${file}; ${store.documents.length} left.\n`);
    return 0;
  });
}
