/**
 * Changes a store off the server's main thread: add documents (extracted by `addSources`, the one
 * path every writer takes) or remove them, under the store's lock. The main thread only reloads the
 * result, so reading routes keep answering while a document is ingested.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KgError, describe } from '../errors/index.js';
import { addSources } from '../store/add-sources.js';
import { openStore } from '../store/open-store.js';
import type { UpdateAnswer, UpdateRequest } from './update-messages.js';

/** A request adds at most a hundred documents: one extraction thread besides the server's keeps the machine's other cores for readers. */
const EXTRACTION_THREADS = 1;

const request = workerData as UpdateRequest;
parentPort!.postMessage(await run(request).catch((error: unknown): UpdateAnswer => ({
  ok: false,
  kind: error instanceof KgError ? error.name : 'Error',
  message: describe(error),
})));

async function run(request: UpdateRequest): Promise<UpdateAnswer> {
  const store = await openStore(request.file);
  try {
    return await store.withLock(`kg serve: ${request.kind} documents`, async () => {
      if (request.kind === 'remove') {
        const documents = await store.removeDocuments(request.ids);
        return { ok: true, added: [], known: 0, removed: request.ids, documents, problems: [] };
      }
      const problems: string[] = [];
      const result = await addSources(store, { documents: request.sources }, { onError: (error) => problems.push(error.message), workers: EXTRACTION_THREADS });
      return { ok: true, added: result.added, known: result.known, removed: [], documents: result.documents ?? 0, problems };
    });
  } finally {
    await store.close();
  }
}
