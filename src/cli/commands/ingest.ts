/** `kg ingest`: puts documents on a PostgreSQL store's queue for `kg worker`s; nothing is extracted here. */
import { enqueueInputs } from '../../store/postgres/enqueue-inputs.js';
import { queueStatus } from '../../store/postgres/queue.js';
import { withPostgresStore } from '../postgres-target.js';
import { Problems } from '../report.js';
import { printQueueStatus } from './queue-status.js';

export interface IngestOptions {
  /** A postgres:// URL (`--store` or KG_STORE). */
  target: string | undefined;
  stdin?: NodeJS.ReadableStream;
  out?: NodeJS.WritableStream;
}

/** Exit code 1 when an input could not be read (the rest is still enqueued), as `kg add` does. */
export function ingestCommand(paths: string[], options: IngestOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  return withPostgresStore(options.target, 'kg ingest', async (store) => {
    const problems = new Problems();
    const run = await enqueueInputs(store.pool, paths, { onError: problems.report, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) });
    out.write(`Enqueued ${run.enqueued} document(s), ${run.words} words${run.known > 0 ? `, ${run.known} already stored or queued` : ''} → ${store.name}\n`);
    printQueueStatus(await queueStatus(store.pool), out);
    return problems.count > 0 ? 1 : 0;
  });
}
