/** `kg remove`: drops a document, its evidence, and the edges and nodes left with none. */
import { removeDocuments } from '../../graph/corpus.js';
import { loadStore, saveStore } from '../../graph/store.js';

export async function removeCommand(ids: string[], file: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const store = removeDocuments(await loadStore(file), ids);
  await saveStore(file, store);
  out.write(`Removed ${ids.length} document(s) from ${file}; ${store.documents.length} left.\n`);
  return 0;
}
