/** The Wikinews corpus's store for benchmarks, kept in graph/bench-corpus.json until the corpus changes (extracting it takes a while). */
import { statSync } from 'node:fs';
import { extractDocuments } from '../../src/cli/extract-documents.js';
import { addDocuments, emptyStore } from '../../src/graph/corpus.js';
import { loadStore, saveStore, type StoreContents } from '../../src/graph/store.js';

export const DEFAULT_CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';
export const CORPUS_CACHE = 'graph/bench-corpus.json';

export async function corpusStore(corpus = DEFAULT_CORPUS, cache = CORPUS_CACHE): Promise<{ store: StoreContents; cached: boolean }> {
  const modified = (file: string): number => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return -1;
    }
  };
  if (modified(cache) > modified(corpus)) return { store: await loadStore(cache), cached: true };
  const run = await extractDocuments([corpus], { knownIds: new Set(), lexicon: {}, onError: (e) => console.error(e.message) });
  const { store } = addDocuments(emptyStore(), run.documents, run.lexicon);
  await saveStore(cache, store);
  return { store, cached: false };
}
