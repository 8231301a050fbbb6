/** `kg build` and `kg add`: read inputs, extract, merge into a store and save it atomically. */
import { InterruptedError } from '../../errors/index.js';
import { addSources } from '../../store/add-sources.js';
import type { GraphStore } from '../../store/graph-store.js';
import { Problems } from '../report.js';
import { runStoppable, whileSaving } from '../stop-signals.js';
import { withStore } from '../with-store.js';
import { printStats } from './stats.js';

export interface BuildOptions {
  /** The store: a file's path or a PostgreSQL connection string. */
  graph: string;
  /** `add` keeps what the store holds; `build` starts afresh. */
  keep: boolean;
  stdin?: NodeJS.ReadableStream;
  out?: NodeJS.WritableStream;
  /** Worker threads for extraction; the number of cores when not given. */
  workers?: number;
}

/**
 * Returns the exit code: 0 when every input was read, 1 when any was not (the rest is still saved).
 * The store is locked from reading it to saving it, so two runs never interleave; Ctrl-C or
 * SIGTERM stops the workers and leaves the store as it was last saved.
 */
export function buildCommand(paths: string[], options: BuildOptions): Promise<number> {
  const command = `kg ${options.keep ? 'add' : 'build'} ${paths.join(' ')}`;
  return withStore(options.graph, (store) =>
    runStoppable(store, (signal) => store.withLock(command, () => buildLocked(store, paths, options, signal))));
}

async function buildLocked(store: GraphStore, paths: string[], options: BuildOptions, signal: AbortSignal): Promise<number> {
  const out = options.out ?? process.stdout;
  const problems = new Problems();
  const replace = !options.keep;
  // a rebuild reads its documents afresh but keeps the merges a person decided: they are about names, not documents
  if (replace && (await store.exists())) {
    const kept = (await store.overrides()).length;
    if (kept > 0) out.write(`Keeping ${kept} merge(s) decided by hand in ${store.name} (see kg aliases).\n`);
  }
  const run = await addSources(store, { paths, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) }, {
    replace,
    onError: problems.report,
    signal,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    storing: (change) => {
      if (signal.aborted) throw new InterruptedError('stopped before saving');
      return whileSaving(change);
    },
  });
  if (run.read === 0 && (problems.count > 0 || replace)) {
    out.write(`No new documents read; ${store.name} left unchanged.\n`);
    return problems.count > 0 || run.known === 0 ? 1 : 0;
  }
  out.write(`${options.keep ? 'Added' : 'Built'} ${run.added.length} document(s), ${run.words} words` +
    `${run.known > 0 ? `, ${run.known} already known` : ''} → ${store.name}\n`);
  printStats(await store.stats(), out);
  return problems.count > 0 ? 1 : 0;
}
