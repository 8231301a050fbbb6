/** `kg build` and `kg add`: read inputs, extract, merge into a store and save it atomically. */
import { emptyStore, addDocuments } from '../../graph/corpus.js';
import { graphStats } from '../../graph/stats.js';
import { loadStore, saveStore, storeExists, type StoreContents } from '../../graph/store.js';
import { withStoreLock } from '../../graph/store-lock.js';
import { InterruptedError } from '../../errors/index.js';
import type { AliasOverride } from '../../types.js';
import { extractDocuments } from '../extract-documents.js';
import { Problems } from '../report.js';
import { runStoppable, whileSaving } from '../stop-signals.js';
import { printStats } from './stats.js';

export interface BuildOptions {
  /** The store file to write. */
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
  return runStoppable(options.graph, (signal) => withStoreLock(options.graph, command, () => buildLocked(paths, options, signal)));
}

/**
 * A rebuild reads its documents afresh but keeps the merges and unmerges a person decided on the
 * store it replaces: they are about names, not documents. A store that will not load has none.
 */
async function handDecisionsOf(file: string, out: NodeJS.WritableStream): Promise<AliasOverride[]> {
  try {
    const { overrides } = await loadStore(file, () => undefined);
    if (overrides.length > 0) out.write(`Keeping ${overrides.length} merge(s) decided by hand in ${file} (see kg aliases).\n`);
    return overrides;
  } catch {
    return [];
  }
}

async function buildLocked(paths: string[], options: BuildOptions, signal: AbortSignal): Promise<number> {
  const out = options.out ?? process.stdout;
  const problems = new Problems();
  const exists = await storeExists(options.graph);
  const start: StoreContents = options.keep && exists ? await loadStore(options.graph) : { ...emptyStore(), overrides: exists ? await handDecisionsOf(options.graph, out) : [] };
  const run = await extractDocuments(paths, {
    knownIds: new Set(start.documents.map((d) => d.id)),
    lexicon: start.lexicon,
    onError: problems.report,
    signal,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
  });
  if (run.documents.length === 0 && (problems.count > 0 || !options.keep)) {
    out.write(`No new documents read; ${options.graph} left unchanged.\n`);
    return problems.count > 0 || run.known === 0 ? 1 : 0;
  }
  const { store, added } = addDocuments(start, run.documents, run.lexicon);
  if (signal.aborted) throw new InterruptedError('stopped before saving');
  if (added.length > 0 || !options.keep) await whileSaving(() => saveStore(options.graph, store));
  out.write(`${options.keep ? 'Added' : 'Built'} ${added.length} document(s), ${run.words} words` +
    `${run.known > 0 ? `, ${run.known} already known` : ''} → ${options.graph}\n`);
  printStats(graphStats(store), out);
  return problems.count > 0 ? 1 : 0;
}
