/** `kg serve`: loads a store (building it first when asked and missing) and serves the page and API until stopped. */
import { once } from 'node:events';
import path from 'node:path';
import { loadStore, storeExists } from '../../graph/store.js';
import type { QueryLimits } from '../../query/limits.js';
import { startServer } from '../../server/start.js';
import { FileStore } from '../../store/file-store.js';
import { runStoppable } from '../stop-signals.js';
import { buildCommand } from './build.js';
import { servePostgres } from './serve-postgres.js';
import { isPostgresUrl } from '../../store/postgres/connection.js';

export interface ServeOptions {
  /** A store file, or a PostgreSQL store's connection string (`--store`, KG_STORE), served from SQL without loading it. */
  graph: string;
  host: string;
  port: number;
  /** Names the API answers to besides the address it is reached at (`--allowed-host`). */
  allowedHosts?: string[];
  limits?: QueryLimits;
  /** Inputs to build the store from when it does not exist yet (what `npm start` passes: seeds). */
  buildFrom?: string[];
  out?: NodeJS.WritableStream;
}

export async function serveCommand(options: ServeOptions): Promise<number> {
  if (isPostgresUrl(options.graph)) return servePostgres(options.graph, options);
  const out = options.out ?? process.stdout;
  if (options.buildFrom !== undefined && !(await storeExists(options.graph))) {
    out.write(`${options.graph} does not exist yet; building it from ${options.buildFrom.join(', ')}\n`);
    const status = await buildCommand(options.buildFrom, { graph: options.graph, keep: false, out });
    if (!(await storeExists(options.graph))) return status === 0 ? 1 : status;
  }
  const store = await loadStore(options.graph);
  const token = process.env['KG_TOKEN'] || undefined;
  const server = await startServer({
    store, host: options.host, port: options.port, graphFile: options.graph,
    ...(token === undefined ? {} : { token }),
    ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
    exportName: path.basename(options.graph, '.json'), ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  const { graph } = server.state.loaded;
  out.write(`Serving ${options.graph} (${graph.order} actors, ${graph.size} edges) at ${server.url}  — Ctrl-C to stop\n`);
  out.write(token === undefined
    ? 'Writes (POST /api/documents, DELETE /api/documents/ID) are open to this machine only; set KG_TOKEN to require a token.\n'
    : 'Writes need "Authorization: Bearer $KG_TOKEN"; reading routes are open.\n');
  // Ctrl-C or SIGTERM closes the server; a write under way holds the store's lock in a worker
  // thread, and must not leave it behind if it is still running GRACE_MS later or on a second signal
  return runStoppable(new FileStore(options.graph), async (stop) => {
    await once(stop, 'abort');
    await server.close();
    return 0;
  });
}
