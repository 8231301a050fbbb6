/**
 * Changes a store off the server's main thread: extract the new documents, rebuild the graph, save
 * atomically under the store's lock. The main thread only reloads the result, so reading routes keep
 * answering while a document is ingested.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KgError, describe } from '../errors/index.js';
import { addDocuments, removeDocuments } from '../graph/corpus.js';
import { loadStore, saveStore } from '../graph/store.js';
import { withStoreLock } from '../graph/store-lock.js';
import { toDocument } from '../ingest/index.js';
import { extract } from '../nlp/extract.js';
import { shippedParser } from './parser-model.js';
import { learnLexicon } from '../nlp/lexicon.js';
import { sentenceFailure } from '../cli/report.js';
import type { UpdateAnswer, UpdateRequest } from './update-messages.js';

const request = workerData as UpdateRequest;
parentPort!.postMessage(await run(request).catch((error: unknown): UpdateAnswer => ({
  ok: false,
  kind: error instanceof KgError ? error.name : 'Error',
  message: describe(error),
})));

async function run(request: UpdateRequest): Promise<UpdateAnswer> {
  return withStoreLock(request.file, `kg serve: ${request.kind} documents`, async () => {
    const store = await loadStore(request.file);
    if (request.kind === 'remove') {
      const next = removeDocuments(store, request.ids);
      await saveStore(request.file, next);
      return { ok: true, added: [], known: 0, removed: request.ids, documents: next.documents.length, problems: [] };
    }
    const known = new Set(store.documents.map((doc) => doc.id));
    const fresh = request.sources.map(toDocument).filter((doc) => !known.has(doc.id) && known.add(doc.id));
    const lexicon = { ...store.lexicon, ...Object.fromEntries(learnLexicon(fresh.map((doc) => doc.text))) };
    const words = new Map(Object.entries(lexicon));
    const problems: string[] = [];
    const extracted = fresh.map((doc) => extract(doc, {
      parser: shippedParser(),
      lexicon: words,
      onSentenceError: (error, sentence) => problems.push(sentenceFailure(doc.source, sentence, error).message),
    }));
    const { store: next, added } = addDocuments(store, extracted, lexicon);
    if (added.length > 0) await saveStore(request.file, next);
    return { ok: true, added, known: request.sources.length - fresh.length, removed: [], documents: next.documents.length, problems };
  });
}
