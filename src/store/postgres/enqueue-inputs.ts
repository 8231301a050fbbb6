/**
 * `kg ingest`'s work: read the inputs, keep the documents the store neither holds nor queues,
 * learn the lexicon from them, and enqueue them with it in one transaction. The lexicon is learnt
 * from the whole batch, as `kg build` learns it, so workers extract each document as a build would.
 */
import type pg from 'pg';
import type { InputError } from '../../errors/index.js';
import { firstPass } from '../../cli/first-pass.js';
import { readTwice, toDocument } from '../../ingest/index.js';
import type { Document } from '../../types.js';
import { inTransaction } from './connection.js';
import { mergeLexicon } from './documents.js';
import { enqueueDocuments, storedOrQueuedIds } from './enqueue.js';

export interface EnqueuedInputs {
  enqueued: number;
  /** Documents skipped because the store held them, the queue had them, or the inputs repeated them. */
  known: number;
  words: number;
}

/** Documents sent to the server at once: enough to make few round trips, few enough to keep memory flat. */
const CHUNK = 200;

export async function enqueueInputs(pool: pg.Pool, paths: string[], options: { onError: (error: InputError) => void; stdin?: NodeJS.ReadableStream }): Promise<EnqueuedInputs> {
  const inputs = readTwice(paths, { onError: options.onError, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) });
  return inTransaction(pool, async (client) => {
    // first pass: which documents are new, and the names they teach
    const { fresh, known, words, learnt } = await firstPass(inputs.first(), await storedOrQueuedIds(client));
    await mergeLexicon(client, learnt);
    // second pass: the same documents, in the same order, onto the queue
    let [enqueued, chunk] = [0, [] as Document[]];
    for await (const source of inputs.second()) {
      const doc = toDocument(source);
      if (!fresh.delete(doc.id)) continue; // known, repeated, or new since the first pass (the next ingest takes it)
      chunk.push(doc);
      if (chunk.length >= CHUNK) [enqueued, chunk] = [enqueued + await enqueueDocuments(client, chunk), []];
    }
    enqueued += await enqueueDocuments(client, chunk);
    return { enqueued, known, words };
  });
}
