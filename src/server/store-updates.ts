/**
 * The server's writes to its store, one at a time: each runs in a worker thread (update-worker.ts)
 * under the store's lock, then the server reloads the saved store and answers from it.
 */
import { Worker } from 'node:worker_threads';
import { KgError, NotFoundError, StoreError } from '../errors/index.js';
import { loadStore } from '../graph/store.js';
import type { UpdateAnswer, UpdateRequest } from '../pipeline/update-messages.js';
import type { SourceDocument } from '../types.js';
import type { GraphState } from './graph-state.js';

export type UpdateResult = Extract<UpdateAnswer, { ok: true }>;

export class StoreUpdates {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly state: GraphState,
  ) {}

  add(sources: SourceDocument[]): Promise<UpdateResult> {
    return this.#enqueue({ kind: 'add', file: this.file, sources });
  }

  remove(ids: string[]): Promise<UpdateResult> {
    return this.#enqueue({ kind: 'remove', file: this.file, ids });
  }

  /** Writes wait for the one before them: two requests never race for the store's lock. */
  #enqueue(request: UpdateRequest): Promise<UpdateResult> {
    const result = this.#queue.then(() => this.#apply(request));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #apply(request: UpdateRequest): Promise<UpdateResult> {
    const answer = await inWorker(request);
    if (!answer.ok) throw asError(answer, this.file);
    if (answer.added.length > 0 || answer.removed.length > 0) this.state.replace(await loadStore(this.file));
    return answer;
  }
}

function inWorker(request: UpdateRequest): Promise<UpdateAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../pipeline/update-worker.js', import.meta.url), { workerData: request });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new StoreError(request.file, `the update stopped (exit code ${code}); the store is as it was`));
    });
  });
}

/** The worker's error, as the class the server maps to a status. */
function asError(answer: Extract<UpdateAnswer, { ok: false }>, file: string): Error {
  if (answer.kind === 'NotFoundError') return new NotFoundError(answer.message);
  if (answer.kind === 'StoreError') return new StoreError(file, answer.message.replace(`${file}: `, ''));
  return answer.kind === 'Error' ? new Error(answer.message) : new KgError(answer.message);
}
