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
