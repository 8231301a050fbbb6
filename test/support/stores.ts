/** Stores for tests that need a whole graph: the seeds, extracted once per test run. */
import assert from 'node:assert/strict';
import { extractDocuments } from '../../src/cli/extract-documents.js';
import { addDocuments, emptyStore } from '../../src/graph/corpus.js';
import type { StoreContents } from '../../src/graph/store.js';

let seeds: Promise<StoreContents> | undefined;

/** The seed articles' store; several test files share one extraction. */
export function seedStore(): Promise<StoreContents> {
  seeds ??= buildStore(['seeds']);
  return seeds;
}

export async function buildStore(paths: string[]): Promise<StoreContents> {
  const errors: unknown[] = [];
  const run = await extractDocuments(paths, { knownIds: new Set(), lexicon: {}, onError: (e) => errors.push(e) });
  assert.deepEqual(errors, [], `reading ${paths.join(', ')}`);
  return addDocuments(emptyStore(), run.documents, run.lexicon).store;
}

export const CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';

let corpus: Promise<StoreContents> | undefined;

/** The Wikinews corpus's store (about 25 s to extract): built once per test run, shared by every file that needs it. */
export function corpusStore(): Promise<StoreContents> {
  corpus ??= buildStore([CORPUS]);
  return corpus;
}
